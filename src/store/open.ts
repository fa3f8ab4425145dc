import { resolve } from 'node:path'
import type { Db } from './db.js'
import { migrate } from './migrate.js'
import { analyzeGrownTables } from './pglite-analyze.js'
import { openPgliteDb } from './pglite-db.js'
import { openPostgresDb } from './postgres-db.js'

export interface OpenOptions {
  /** Data folder of the embedded store; `:memory:` keeps it in memory. */
  readonly data?: string
  /** A PostgreSQL server URL; wins over `data`. */
  readonly databaseUrl?: string
}

/** Where the data lives by default: `--data`, else PLEDGEWATCH_DATA, else ./.pledgewatch. */
export function defaultDataDir(env = process.env): string {
  return resolve(env.PLEDGEWATCH_DATA ?? '.pledgewatch')
}

/**
 * Opens the register and brings its schema up to date: a PostgreSQL server
 * when `databaseUrl` (or DATABASE_URL) is set, else the embedded store.
 */
export async function openDb(opts: OpenOptions = {}, env = process.env): Promise<Db> {
  const url = opts.databaseUrl ?? env.DATABASE_URL
  const db = url ? await openPostgresDb(url) : await openPgliteDb(opts.data === ':memory:' ? null : resolve(opts.data ?? defaultDataDir(env)))
  try {
    await migrate(db)
    // A register filled by another process (or before statistics were kept) is planned from fresh ones.
    if (db.dialect === 'pglite') await analyzeGrownTables(db)
  } catch (err) {
    await db.close()
    throw err
  }
  return db
}
