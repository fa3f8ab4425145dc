import cliProgress from 'cli-progress'
import { Command, Option } from 'commander'
import { createFetcher, type Fetcher } from '../feeds/fetcher.js'
import { isUrl, readUrl } from '../ingest/read-url.js'
import { DEFAULT_MAX_BYTES, expandPaths, readInput, type InputEntry, type ReadResult } from '../ingest/read.js'
import { createInlinePool, createWorkerPool, type AnalysePool, type AnalysisOutcome } from '../parallel/analyse-pool.js'
import type { Db } from '../store/db.js'
import { openDb } from '../store/open.js'
import { storeAnalysis } from '../store/write-article.js'
import { exitStatus } from './analyze.js'
import { postInputs } from './ingest-to.js'
import { DEFAULT_TIME_LIMIT_MS, maxSizeOption, storeOptions, timeLimitOption, type StoreFlags } from './options.js'
import { failureLine } from './terminal-text.js'

export interface IngestSummary {
  queued: number
  new: number
  copies: number
  known: number
  failed: number
  facts: number
  changes: number
}

export const emptySummary = (): IngestSummary => ({ queued: 0, new: 0, copies: 0, known: 0, failed: 0, facts: 0, changes: 0 })

export interface IngestOptions extends StoreFlags {
  readonly workers: number
  readonly maxBytes: number
  readonly progress: boolean
  /** Longest one article's analysis may take, in ms (0: none). Default DEFAULT_TIME_LIMIT_MS. */
  readonly timeLimitMs?: number
  /** Put articles on the server's job queue for `pledgewatch worker` instead of analysing them here. */
  readonly queue?: boolean
  /** With `queue`: seconds a worker may hold a job before it is given to another. */
  readonly jobTimeout?: number
  /** Post the articles to a running `pledgewatch serve` at this URL instead of opening the store. */
  readonly to?: string
  /** One line per stored article on stderr. */
  readonly verbose?: boolean
  readonly err?: NodeJS.WritableStream
  /** The analysis pool to use (tests count what it holds); default: threads per `workers` and the time limit. */
  readonly pool?: AnalysePool
}

/** Records handed to analysis and not yet stored, per worker: bounds memory whatever the files hold. */
const WINDOW_PER_WORKER = 4

/**
 * Analyses inputs on worker threads and stores each article with its facts
 * in one transaction, in input order (so a parallel run stores exactly what a
 * single-threaded one does). Safe to re-run after a crash: stored articles are
 * recognised and skipped. Whatever fails, the workers and the store are closed.
 * At most `WINDOW_PER_WORKER × workers` records are in flight, counted by
 * record, not by file: a JSON Lines file of 27k records no longer goes to the
 * workers at once (issue 15, item 6).
 */
export async function runIngest(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  if (opts.queue) return enqueueInputs(paths, opts)
  if (opts.to) return postInputs(paths, opts.to, opts)
  const err = opts.err ?? process.stderr
  const s = emptySummary()
  let db: Db | null = null
  let pool: AnalysePool | null = null
  let bar: cliProgress.SingleBar | null = null
  try {
    db = await openDb({ data: opts.data, databaseUrl: opts.databaseUrl })
    const store = db
    // Inputs in the order given: URLs as they are, paths expanded (an unreadable entry is a failure in its place).
    const files: InputEntry[] = []
    for (const p of paths) files.push(...(isUrl(p) ? [p] : await expandPaths([p])))
    const limit = opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
    // A time limit needs a thread that can be stopped, so only `-j 1 --time-limit 0` analyses here.
    pool = opts.pool ?? (opts.workers > 1 || limit > 0 ? createWorkerPool(opts.workers, { timeLimitMs: limit }) : createInlinePool())
    const analyser = pool
    const fetcher = paths.some(isUrl) ? createFetcher({ maxBytes: opts.maxBytes }) : null
    if (opts.progress) {
      bar = new cliProgress.SingleBar({ stream: err as NodeJS.WriteStream, format: 'ingest [{bar}] {value}/{total} files | {new} new, {known} known, {failed} failed', hideCursor: true }, cliProgress.Presets.shades_classic)
      bar.start(files.length, 0, { new: 0, known: 0, failed: 0 })
    }
    const window = Math.max(4, opts.workers * WINDOW_PER_WORKER)
    const inflight: Array<{ read: ReadResult; outcome: Promise<AnalysisOutcome> | null; lastOfFile: boolean }> = []
    const report = (f: { source: string; reason: string; code?: string }) => {
      s.failed++
      err.write(`${bar ? '\n' : ''}${failureLine(f)}`)
    }
    const drainOne = async () => {
      const item = inflight.shift()!
      if (item.outcome) await storeOne(store, await item.outcome, s, report, opts.verbose ? err : null)
      else if (!item.read.ok) report(item.read)
      if (item.lastOfFile) bar?.increment(1, { new: s.new, known: s.known, failed: s.failed })
    }
    for (const file of files) {
      const reads = await readEntry(file, fetcher, opts.maxBytes)
      for (const [i, read] of reads.entries()) {
        inflight.push({ read, outcome: read.ok ? analyser.analyse(read.article) : null, lastOfFile: i === reads.length - 1 })
        while (inflight.length > window) await drainOne()
      }
    }
    while (inflight.length) await drainOne()
  } finally {
    bar?.stop()
    await pool?.close().catch(() => {})
    await db?.close()
  }
  return s
}

async function storeOne(db: Db, o: AnalysisOutcome, s: IngestSummary, report: (f: { source: string; reason: string; code?: string }) => void, verbose: NodeJS.WritableStream | null) {
  if (!o.ok) return report(o)
  try {
    const r = await storeAnalysis(db, o.analysis)
    verbose?.write(`stored ${o.analysis.doc}: ${r.status === 'known' ? 'already known' : r.copy ? 'new (wire copy)' : 'new'}, ${r.factsAdded} facts\n`)
    if (r.status === 'known') s.known++
    else {
      s.new++
      if (r.copy) s.copies++
      s.facts += r.factsAdded
      s.changes += r.changes
    }
  } catch (e) {
    report({ source: o.analysis.doc, reason: `cannot store: ${(e as Error).message}` })
  }
}

/** Reads one input entry: a URL through the fetcher, a path from disk, a walk failure as it is. */
export async function readEntry(entry: InputEntry, fetcher: Fetcher | null, maxBytes: number): Promise<ReadResult[]> {
  return fetcher && typeof entry === 'string' && isUrl(entry) ? readUrl(entry, fetcher) : readInput(entry, { maxBytes })
}

/** `ingest --queue`: read inputs here, leave analysis and storage to the workers. */
async function enqueueInputs(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const err = opts.err ?? process.stderr
  const url = opts.databaseUrl ?? process.env.DATABASE_URL
  if (!url) throw new Error('--queue needs a PostgreSQL server: set DATABASE_URL or pass --database-url')
  const { openQueue, enqueueArticle } = await import('../queue/queue.js')
  const boss = await openQueue({ databaseUrl: url, jobTimeoutSeconds: opts.jobTimeout })
  const s = emptySummary()
  const fetcher = paths.some(isUrl) ? createFetcher({ maxBytes: opts.maxBytes }) : null
  try {
    for (const p of paths) {
      for (const file of isUrl(p) ? [p] : await expandPaths([p])) {
        for (const read of await readEntry(file, fetcher, opts.maxBytes)) {
          if (!read.ok) {
            s.failed++
            err.write(failureLine(read))
          } else if (await enqueueArticle(boss, read.article, opts.jobTimeout)) s.queued++
        }
      }
    }
  } finally {
    await boss.stop({ graceful: false, wait: true })
  }
  return s
}

export function formatSummary(s: IngestSummary): string {
  if (s.queued) return `ingest: ${s.queued} article(s) queued for workers, ${s.failed} failed`
  return `ingest: ${s.new} new article(s) (${s.copies} wire copies of stored stories), ${s.known} already known, ${s.failed} failed; ${s.facts} facts added; ${s.changes} register change(s)`
}

interface IngestFlags extends StoreFlags {
  reference: boolean
  workers: number
  maxSize: number
  timeLimit: number
  quiet: boolean
  verbose: boolean
  queue: boolean
  jobTimeout: number
  to?: string
}

export function ingestCommand(): Command {
  return storeOptions(
    new Command('ingest')
      .description('Analyse articles and store them, with their facts, in the register (one transaction per article). The same article twice is stored once; wire copies join one story.')
      .argument('[inputs...]', 'files or folders (recursively), http(s) URLs of pages, or - for stdin; the formats of `analyze`')
      .option('--reference', "also load our reference register of national targets (official sources, src/assess/reference), one article per actor and source", false)
      .addOption(new Option('-j, --workers <n>', 'analysis threads').default(0, 'one per core').argParser((v) => Math.max(1, parseInt(v, 10) || 1)))
      .addOption(maxSizeOption('largest input accepted (e.g. 500k, 20MB)', DEFAULT_MAX_BYTES))
      .addOption(timeLimitOption())
      .option('-q, --quiet', 'no progress bar', false)
      .option('-v, --verbose', 'one line per article as it is stored', false)
      .option('--to <url>', 'post the articles to a running `pledgewatch serve` (its /api/articles, with $PLEDGEWATCH_TOKEN) instead of opening the store: the way to add articles while the server holds the data folder')
      .option('--queue', 'queue the articles in the PostgreSQL server for `pledgewatch worker` processes instead of analysing them here', false)
      .option('--job-timeout <seconds>', 'with --queue: a job held this long by a worker that died goes to another', (v) => Math.max(1, parseInt(v, 10) || 1), 300),
  )
    .addHelpText(
      'after',
      `
One process at a time may open an embedded data folder. While \`pledgewatch serve\` runs on it,
add articles through the server: PLEDGEWATCH_TOKEN=… pledgewatch ingest --to http://127.0.0.1:8080 news/

Examples:
  $ pledgewatch ingest samples/articles
  $ pledgewatch ingest --reference                       # our reference register of national targets
  $ pledgewatch ingest --data ~/register news/2021/
  $ pledgewatch ingest https://news.example/2021/04/22/japan-target
  $ PLEDGEWATCH_TOKEN=s3cret pledgewatch ingest --to http://127.0.0.1:8080 news/
  $ DATABASE_URL=postgres://localhost/pledgewatch pledgewatch ingest feed.jsonl.gz
  $ DATABASE_URL=postgres://db.example/pw pledgewatch ingest --queue news/   # then: pledgewatch worker`,
    )
    .action(async (paths: string[], o: IngestFlags) => {
      if (!paths.length && !o.reference) throw new Error('nothing to ingest: give inputs, or --reference')
      if (o.to && (o.queue || o.reference)) throw new Error('--to posts articles to a server; it cannot be combined with --queue or --reference')
      if (o.reference) {
        const { storeReference } = await import('../assess/reference/store.js')
        const db = await openDb({ data: o.data, databaseUrl: o.databaseUrl })
        const r = await storeReference(db).finally(() => db.close())
        process.stderr.write(`ingest: reference register: ${r.stored} source(s) stored, ${r.known} already known; ${r.facts} targets added; ${r.changes} register change(s)\n`)
        if (!paths.length) return
      }
      const workers = o.workers || (await import('node:os')).availableParallelism()
      const s = await runIngest(paths, { workers, maxBytes: o.maxSize, timeLimitMs: o.timeLimit, progress: !o.quiet && !o.verbose && Boolean(process.stderr.isTTY), verbose: o.verbose, queue: o.queue, jobTimeout: o.jobTimeout, to: o.to, data: o.data, databaseUrl: o.databaseUrl })
      process.stderr.write(formatSummary(s) + '\n')
      process.exitCode = exitStatus({ succeeded: s.queued + s.new + s.known, failed: s.failed })
    })
}
