import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { createWorkerPool } from '../src/parallel/analyse-pool.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { CHURNED_TABLES } from '../src/store/pglite-db.js'
import { queryActor } from '../src/store/queries/actor.js'
import { searchArticles } from '../src/store/queries/register.js'
import { queryTargets } from '../src/store/queries/targets.js'
import { storeAnalysis, type StoreResult } from '../src/store/write-article.js'
import { storeBatch } from '../src/store/write-batch.js'
import { buildCorpus, loadSamplePool } from './corpus.js'
import { mb } from './measure.js'

/**
 * `npm run bench:store`: ingests generated articles (built from our samples,
 * as the analyze bench does) into the embedded store and into the PostgreSQL
 * server, then times the register's queries at that size (issue #4 item 7).
 * 1. stream the corpus in chunks (never all in memory), analyse on all cores (the next chunk
 *    while this one is stored), store in order, `--batch` articles per transaction (storeBatch:
 *    each touched claim group derived once per batch; `--batch 1`: one transaction per article,
 *    as `ingest` does);
 * 2. sample memory along the way: it must stay flat as the corpus grows;
 * 3. time `targets`, `actor JPN` and `search` (median of 5 runs each) against a 200 ms target.
 */
const CHUNK = 500

interface StoreRun {
  store: string
  articles: number
  /** Articles this run stored (fewer than `articles` when it went on filling a kept folder). */
  added: number
  batch: number
  seconds: number
  articlesPerSec: number
  stored: { new: number; known: number; copies: number }
  rssMbAt: Record<string, number>
  peakRssMb: number
  dbSizeMb: number
  rows: Record<string, number>
  queriesMs: Record<string, number>
}

/** Fills `db` with `total` generated articles: analysed on all cores, stored `batch` at a time (storeBatch; 1: storeAnalysis per article, as `ingest` does). */
async function ingestInto(db: Db, label: string, total: number, seed: number, batch: number, sizeOf: () => Promise<number>): Promise<StoreRun> {
  const pool = await loadSamplePool(resolve('samples/articles'))
  const workers = createWorkerPool(availableParallelism())
  const rssMbAt: Record<string, number> = {}
  let peak = 0
  let storeMs = 0
  const stored = { new: 0, known: 0, copies: 0 }
  const count = (s: StoreResult) => {
    if (s.status === 'known') stored.known++
    else (stored.new++, s.copy && stored.copies++)
  }
  // The next chunk is analysed on the workers while this one is stored.
  const submit = (from: number) => from >= total ? null
    : buildCorpus(pool, Math.min(CHUNK, total - from), seed + from).map((a) => workers.analyse({ ...a.raw, doc: `bench-${from}-${a.raw.doc}` }))
  // A kept folder that already holds articles is filled on from where it stopped (same seeds as one run).
  const [{ have }] = await db.query<{ have: number }>('select count(*)::int as have from articles')
  const from = Math.floor(have / CHUNK) * CHUNK
  if (from > 0) process.stderr.write(`bench:store ${label}: ${have} articles already stored; going on from ${from}\n`)
  let next = submit(from)
  // SIGINT/SIGTERM stop a long fill after the chunk being stored, so a kept folder is closed cleanly and can be filled on later.
  let stop = false
  const stopSoon = () => {
    stop = true
    process.stderr.write(`bench:store ${label}: stopping after this chunk\n`)
  }
  process.once('SIGINT', stopSoon).once('SIGTERM', stopSoon)
  const started = performance.now()
  let end = total
  try {
    for (let done = from; done < total; done += CHUNK) {
      if (stop) {
        end = done
        break
      }
      const analyses = (await Promise.all(next!)).flatMap((o) => (o.ok ? [o.analysis] : []))
      next = submit(done + CHUNK)
      const t = performance.now()
      if (batch === 1) for (const a of analyses) count(await storeAnalysis(db, a))
      else for (let i = 0; i < analyses.length; i += batch) (await storeBatch(db, analyses.slice(i, i + batch))).results.forEach(count)
      // PGlite vacuums the tables each article rewrites every 100 transactions and checkpoints every
      // 1000 (pglite-db.ts); batches make far fewer, so the bench does both after each chunk, as often
      // per article as `ingest` (without, 10.5k articles left claims at 1469 pages for 847 rows).
      // One statement per call: a script is one transaction, and VACUUM refuses to run in one.
      if (batch > 1 && db.dialect === 'pglite') for (const sql of [`vacuum ${CHURNED_TABLES}`, 'checkpoint']) await db.exec(sql)
      storeMs += performance.now() - t
      const rss = process.memoryUsage().rss
      peak = Math.max(peak, rss)
      const n = Math.min(total, done + CHUNK)
      if (n % Math.max(CHUNK, Math.floor(total / 40 / CHUNK) * CHUNK) === 0 || n === total) {
        rssMbAt[String(n)] = Math.round(mb(rss))
        process.stderr.write(`bench:store ${label}: ${n}/${total} articles, ${((n - from) / ((performance.now() - started) / 1000)).toFixed(1)}/s, RSS ${mb(rss).toFixed(0)} MB\n`)
      }
    }
  } finally {
    process.off('SIGINT', stopSoon).off('SIGTERM', stopSoon)
    // A stop leaves the next chunk on the workers: its answers are awaited (and dropped) before they close.
    if (next) await Promise.allSettled(next)
    await workers.close()
  }
  const seconds = (performance.now() - started) / 1000
  const added = Math.max(1, end - from)
  process.stderr.write(`bench:store ${label}: storing took ${(storeMs / added).toFixed(1)} ms per article of ${((seconds * 1000) / added).toFixed(1)} ms\n`)
  const queriesMs = await timeQueries(db)
  return { store: label, articles: end, added, batch, seconds, articlesPerSec: added / seconds, stored, rssMbAt, peakRssMb: Math.round(mb(peak)), dbSizeMb: Math.round(mb(await sizeOf())), rows: await countRows(db), queriesMs }
}

const TABLES = ['articles', 'stories', 'pledges', 'claims', 'changes', 'conflicts', 'interactions', 'quotes', 'people'] as const

/** Rows per table: what the register holds at this size. */
async function countRows(db: Db): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(`select ${TABLES.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`)
  return row
}

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn() // warm: plans and caches, as a running server would have them
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)] * 10) / 10
}

async function timeQueries(db: Db): Promise<Record<string, number>> {
  return {
    'targets (all)': await median(() => queryTargets(db)),
    'targets --actor JPN': await median(() => queryTargets(db, { actor: 'JPN' })),
    'actor JPN': await median(() => queryActor(db, 'JPN')),
    'search "carbon neutral"': await median(() => searchArticles(db, 'carbon neutral')),
  }
}

function report(r: StoreRun): string {
  const q = Object.entries(r.queriesMs).map(([k, v]) => `    ${k.padEnd(26)} ${String(v).padStart(7)} ms  ${v < 200 ? 'ok' : 'OVER 200 ms'}`)
  return [
    `${r.store}: ${r.articles} articles (${r.added} added by this run) in ${r.seconds.toFixed(0)} s = ${r.articlesPerSec.toFixed(1)} articles/s, ${r.batch} per transaction (${r.stored.new} new, ${r.stored.copies} of them wire copies, ${r.stored.known} known)`,
    `  RSS by articles stored: ${Object.entries(r.rssMbAt).map(([n, v]) => `${n}: ${v} MB`).join(', ')}; peak ${r.peakRssMb} MB`,
    `  database size: ${r.dbSizeMb} MB; rows: ${Object.entries(r.rows).map(([t, n]) => `${t} ${n}`).join(', ')}`,
    '  queries at this size (median of 5):',
    ...q,
  ].join('\n')
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string, def: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def)
  const total = parseInt(arg('--articles', '100000'), 10)
  const batch = parseInt(arg('--batch', '500'), 10)
  if (!(batch >= 1)) throw new Error(`--batch needs a whole number of articles per transaction, not '${arg('--batch', '')}'`)
  const stores = arg('--stores', 'embedded,server').split(',')
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const runs: StoreRun[] = []
  const done = (r: StoreRun) => {
    runs.push(r)
    if (!argv.includes('--json')) process.stdout.write(report(r) + '\n\n')
  }
  if (stores.includes('embedded')) {
    // `--keep DIR` leaves the filled embedded store there (for the HTTP load bench at this size).
    const keep = argv.includes('--keep') ? resolve(arg('--keep', '')) : null
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'pw-bench-store-'))
    const db = await openDb({ data: dir }, {})
    try {
      done(await ingestInto(db, 'embedded (PGlite)', total, 7, batch, async () => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0])))
    } finally {
      await db.close()
      if (!keep) rmSync(dir, { recursive: true, force: true })
    }
  }
  if (stores.includes('server')) {
    // `--keep-db NAME` leaves the filled server database under that name (dropped first if it exists).
    const keepDb = argv.includes('--keep-db') ? arg('--keep-db', '') : null
    if (keepDb !== null && !/^[a-z_][a-z0-9_]*$/.test(keepDb)) throw new Error(`--keep-db: '${keepDb}' is not a plain database name`)
    const name = keepDb ?? `pw_bench_${process.pid}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    if (keepDb) await admin.query(`drop database if exists ${name} with (force)`)
    await admin.query(`create database ${name}`)
    const url = new URL(server)
    url.pathname = `/${name}`
    const db = await openDb({ databaseUrl: url.toString() }, {})
    try {
      done(await ingestInto(db, 'PostgreSQL server', total, 7, batch, async () => Number((await db.query<{ s: string }>('select pg_database_size(current_database())::text as s'))[0].s)))
    } finally {
      await db.close()
      if (!keepDb) await admin.query(`drop database ${name} with (force)`)
      await admin.end()
    }
  }
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(runs, null, 2) + '\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error('bench:store:', err)
    process.exitCode = 1
  })
}
