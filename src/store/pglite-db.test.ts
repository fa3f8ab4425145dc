import { afterAll } from 'vitest'
import type { Db } from './db.js'
import { migrate } from './migrate.js'
import { openPgliteDb } from './pglite-db.js'
import { runRegisterReferenceContract } from './register-reference.contract.js'
import { runRegisterSourcesContract } from './register-sources.contract.js'
import { runRegisterStatesContract } from './register-states.contract.js'
import { runStoreContract } from './store.contract.js'

// One in-memory PGlite for the file (starting one costs seconds); each test
// gets a fresh schema in it, as the server suite does.
let shared: Promise<Db> | undefined
let n = 0

async function openFresh(): Promise<Db> {
  shared ??= openPgliteDb(null)
  const db = await shared
  const schema = `pw_test_${n++}`
  await db.exec(`create schema ${schema}; set search_path to ${schema}`)
  await migrate(db)
  return { ...db, close: async () => {} }
}

afterAll(async () => (await shared)?.close())

runStoreContract('embedded PGlite', openFresh)
runRegisterStatesContract('embedded PGlite', openFresh)
runRegisterSourcesContract('embedded PGlite', openFresh)
runRegisterReferenceContract('embedded PGlite', openFresh)
