import pg from 'pg'
import { afterAll } from 'vitest'
import { openDb } from './open.js'
import { runStoreContract } from './store.contract.js'

// The same suite against a PostgreSQL server (CI has one on 127.0.0.1:5432,
// database `test`); each test gets a fresh schema, dropped at the end.
const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const schemas: string[] = []

async function openFresh() {
  const schema = `pw_test_${process.pid}_${schemas.length}_${Date.now() % 100000}`
  schemas.push(schema)
  const admin = new pg.Client({ connectionString: SERVER })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const url = new URL(SERVER)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return openDb({ databaseUrl: url.toString() }, {})
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: SERVER })
  await admin.connect()
  for (const s of schemas) await admin.query(`drop schema if exists ${s} cascade`)
  await admin.end()
})

runStoreContract('PostgreSQL server', openFresh)
