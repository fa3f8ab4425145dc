/**
 * Both store backends for a test file (the store contract's way: one
 * in-memory PGlite with a fresh schema per register, and the PostgreSQL
 * server with a schema per register, dropped at the end). The server is
 * skipped when absent, except under CI=true (requirements.mjs).
 */
import pg from 'pg'
import { afterAll } from 'vitest'
import type { Db } from '../../src/store/db.js'
import { migrate } from '../../src/store/migrate.js'
import { openDb } from '../../src/store/open.js'
import { openPgliteDb } from '../../src/store/pglite-db.js'
import { need, TEST_DATABASE_URL } from './requirements.mjs'

export interface StoreBackend {
  readonly name: string
  readonly skip: boolean
  /** A new, empty, migrated register. */
  readonly open: () => Promise<Db>
}

let pglite: Promise<Db> | undefined
let n = 0
const schemas: string[] = []

afterAll(async () => {
  await (await pglite)?.close()
  if (!schemas.length) return
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await admin.connect()
  for (const s of schemas) await admin.query(`drop schema if exists ${s} cascade`)
  await admin.end()
})

/** The embedded store and the PostgreSQL server, each able to open fresh registers. */
export async function bothStores(): Promise<StoreBackend[]> {
  const server = await need('postgres')
  return [
    {
      name: 'embedded PGlite',
      skip: false,
      open: async () => {
        pglite ??= openPgliteDb(null)
        const db = await pglite
        const schema = `pw_feed_${n++}`
        await db.exec(`create schema ${schema}; set search_path to ${schema}`)
        await migrate(db)
        return { ...db, close: async () => {} }
      },
    },
    {
      name: 'PostgreSQL server',
      skip: server.skip,
      open: async () => {
        const schema = `pw_feed_${process.pid}_${schemas.length}_${Date.now() % 100000}`
        schemas.push(schema)
        const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
        await admin.connect()
        await admin.query(`create schema ${schema}`)
        await admin.end()
        const url = new URL(TEST_DATABASE_URL)
        url.searchParams.set('options', `-c search_path=${schema}`)
        return openDb({ databaseUrl: url.toString() }, {})
      },
    },
  ]
}
