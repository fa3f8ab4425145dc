import { mkdirSync } from 'node:fs'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Db } from './db.js'

/**
 * Opens the embedded store: PostgreSQL compiled to WASM, in this process,
 * kept in `dataDir` (created if missing), or in memory when `dataDir` is null.
 */
export async function openPgliteDb(dataDir: string | null): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const pg = dataDir ? new PGlite(dataDir) : new PGlite()
  await pg.waitReady
  return wrap(pg, async () => pg.close())
}

function wrap(conn: PGlite | Transaction, close: () => Promise<void>): Db {
  const db: Db = {
    dialect: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await conn.query<T>(sql, params as unknown[])).rows
    },
    async exec(sql: string) {
      await conn.exec(sql)
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!('transaction' in conn)) return fn(db) // already inside one: PGlite has no nested transactions
      return (conn as PGlite).transaction((tx) => fn(wrap(tx, async () => {})))
    },
    close,
  }
  return db
}
