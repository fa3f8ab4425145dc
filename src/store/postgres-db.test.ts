import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { need, TEST_DATABASE_URL } from '../../test/helpers/requirements.mjs'
import { openDb } from './open.js'
import { runRegisterReferenceContract } from './register-reference.contract.js'
import { runRegisterSourcesContract } from './register-sources.contract.js'
import { runRegisterStatesContract } from './register-states.contract.js'
import { runStoreContract } from './store.contract.js'

// The same suite against a PostgreSQL server (CI has one on 127.0.0.1:5432,
// database `test`); each test gets a fresh schema, dropped at the end. Without
// a server the suite is skipped (npm test says so in one line), except under
// CI=true, where it runs and fails (issue 15, item 7).
const SERVER = TEST_DATABASE_URL
const server = await need('postgres')
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
  if (!schemas.length) return
  const admin = new pg.Client({ connectionString: SERVER })
  await admin.connect()
  for (const s of schemas) await admin.query(`drop schema if exists ${s} cascade`)
  await admin.end()
})

describe('the PostgreSQL server', () => {
  it.skipIf(server.skip)('answers at TEST_DATABASE_URL (required under CI=true)', () => expect(server.reason).toBeNull())
})
if (!server.skip) {
  runStoreContract('PostgreSQL server', openFresh)
  runRegisterStatesContract('PostgreSQL server', openFresh)
  runRegisterSourcesContract('PostgreSQL server', openFresh)
  runRegisterReferenceContract('PostgreSQL server', openFresh)
}
