import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { need, TEST_DATABASE_URL } from './helpers/requirements.mjs'

// Three workers against the PostgreSQL server (CI has one on 127.0.0.1:5432),
// in a database of their own, one of them killed mid-job. Skipped without a
// server, except under CI=true (issue 15, item 7).
const SERVER = TEST_DATABASE_URL
const server = await need('postgres')
const BIN = resolve(__dirname, '../bin/pledgewatch')
const DB = `pw_queue_${process.pid}`
const N = 30
let url: string
let dir: string

async function admin<T>(fn: (c: pg.Client) => Promise<T>, database = SERVER): Promise<T> {
  const c = new pg.Client({ connectionString: database })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

beforeAll(async () => {
  if (server.skip) return
  await admin((c) => c.query(`drop database if exists ${DB}`).then(() => c.query(`create database ${DB}`)))
  const u = new URL(SERVER)
  u.pathname = `/${DB}`
  url = u.toString()
  dir = mkdtempSync(join(tmpdir(), 'pw-queue-'))
  for (let i = 0; i < N; i++) {
    writeFileSync(join(dir, `q${String(i).padStart(2, '0')}.txt`), `Japan pledged in report ${i} to cut emissions ${20 + i} percent by ${2030 + i} from 2013 levels, officials said after meeting ${i * 3} delegations from Elbonia and ${i * 5} from Freedonia.`)
  }
})

afterAll(async () => {
  if (server.skip) return
  await admin((c) => c.query(`drop database if exists ${DB} with (force)`))
})

function startWorker(): { child: ChildProcess; exited: Promise<void>; log: () => string } {
  let log = ''
  const child = spawn(BIN, ['worker', '--database-url', url, '--job-timeout', '3', '--exit-when-idle', '6', '--verbose'])
  child.stderr!.on('data', (b) => (log += b))
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  return { child, exited, log: () => log }
}

describe.skipIf(server.skip)('ingest --queue with workers', () => {
  it('processes every article exactly once across three workers, one killed mid-job', async () => {
    const q = spawnSync(BIN, ['ingest', '--queue', '--job-timeout', '3', '--database-url', url, dir], { encoding: 'utf8' })
    expect(q.stderr).toContain(`${N} article(s) queued`)
    const workers = [startWorker(), startWorker(), startWorker()]
    // Kill the first as soon as it has taken a job and before it reports storing it.
    await new Promise<void>((done, fail) => {
      void workers[0].exited.then(() => fail(new Error(`worker exited before taking a job: ${workers[0].log()}`)))
      const t = setInterval(() => {
        if (/^job /m.test(workers[0].log())) {
          workers[0].child.kill('SIGKILL')
          clearInterval(t)
          done()
        }
      }, 5)
    })
    await Promise.all(workers.map((w) => w.exited))
    expect(workers[0].child.signalCode).toBe('SIGKILL')
    const rows = await admin(
      (c) =>
        c.query(`select (select count(*) from articles)::int as articles, (select count(distinct text_hash) from articles)::int as distinct_texts,
                        (select count(*) from pgboss.job where name = 'pledgewatch-analyse' and state = 'completed')::int as completed,
                        (select count(*) from pgboss.job where name = 'pledgewatch-analyse' and state <> 'completed')::int as left_over`),
      url,
    )
    expect(rows.rows[0]).toEqual({ articles: N, distinct_texts: N, completed: N, left_over: 0 })
    // The survivors did the work between them.
    const stored = workers.slice(1).map((w) => (w.log().match(/^stored /gm) ?? []).length)
    expect(stored[0] + stored[1]).toBeGreaterThanOrEqual(N - 1)
  }, 180_000)
})
