// What the optional parts of the test suite need, probed the same way by the
// test runner (test/run-all.mjs, one line per skipped part) and by the test
// files (which skip their suites). Plain JavaScript: the runner starts before
// anything is compiled. Under CI=true every requirement is required: nothing
// is skipped and a missing one fails loudly (issue 15, item 7).
import { accessSync, constants, readdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** True under CI=true: every optional part must run. */
export const REQUIRED = process.env.CI === 'true'

/** The PostgreSQL server the server-backend tests use. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'

/** Debian's Chromium; PLEDGEWATCH_CHROMIUM points elsewhere (or at nothing, to try the suite without it). */
export const CHROMIUM = process.env.PLEDGEWATCH_CHROMIUM || '/usr/bin/chromium'

/** The shared evaluation articles beside the repository (never copied into it). */
export const SHARED_DEV_RAW = resolve(ROOT, '../shared/eval/dev/raw')

/**
 * Each requirement: what it enables, how to get it (Debian package names), and
 * a probe that resolves to null when it is there, else the reason it is not.
 */
export const REQUIREMENTS = {
  postgres: {
    what: 'the PostgreSQL server tests (store contract on a server, the job queue)',
    how: 'apt-get install postgresql (trust auth on 127.0.0.1:5432, database "test"), or set TEST_DATABASE_URL',
    probe: probePostgres,
  },
  chromium: {
    what: 'the dashboard browser tests (test/e2e)',
    how: 'apt-get install chromium, or set PLEDGEWATCH_CHROMIUM to its path',
    probe: async () => {
      try {
        accessSync(CHROMIUM, constants.X_OK)
        return null
      } catch {
        return `no browser at ${CHROMIUM}`
      }
    },
  },
  shared: {
    what: 'the checks over the shared dev articles (evidence spans; the register built in two orders, its change log and our expectations of it)',
    how: 'put the shared evaluation set beside the repository, in ../shared/eval',
    probe: async () => {
      try {
        return readdirSync(SHARED_DEV_RAW).length > 0 ? null : `${SHARED_DEV_RAW} is empty`
      } catch {
        return `no ${SHARED_DEV_RAW}`
      }
    },
  },
}

/** Null when a PostgreSQL server answers at TEST_DATABASE_URL, else why not (within 3 s). */
async function probePostgres() {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (err) {
    const e = /** @type {Error & { code?: string }} */ (err)
    return `no server at ${redact(TEST_DATABASE_URL)} (${e.code ?? e.message})`
  } finally {
    await client.end().catch(() => {})
  }
}

/** A URL as it may be printed: without its password. */
function redact(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'TEST_DATABASE_URL'
  }
}

/**
 * For a test file: whether to skip the suites that need `name`. Never skips
 * under CI=true, so the suites run and fail with the real error.
 * @returns {Promise<{ skip: boolean, reason: string | null }>}
 */
export async function need(name) {
  const reason = await REQUIREMENTS[name].probe()
  return { skip: reason !== null && !REQUIRED, reason }
}

