import cliProgress from 'cli-progress'
import { Command, Option } from 'commander'
import { createFetcher } from '../feeds/fetcher.js'
import { isUrl, readUrl } from '../ingest/read-url.js'
import { DEFAULT_MAX_BYTES, expandPaths, readInput, type ReadResult } from '../ingest/read.js'
import { createInlinePool, createWorkerPool, type AnalysisOutcome } from '../parallel/analyse-pool.js'
import { openDb } from '../store/open.js'
import { storeAnalysis } from '../store/write-article.js'
import { exitStatus } from './analyze.js'
import { parseSizeArg, storeOptions, type StoreFlags } from './options.js'

export interface IngestSummary {
  queued: number
  new: number
  copies: number
  known: number
  failed: number
  facts: number
  changes: number
}

export interface IngestOptions extends StoreFlags {
  readonly workers: number
  readonly maxBytes: number
  readonly progress: boolean
  /** Put articles on the server's job queue for `pledgewatch worker` instead of analysing them here. */
  readonly queue?: boolean
  /** With `queue`: seconds a worker may hold a job before it is given to another. */
  readonly jobTimeout?: number
  /** One line per stored article on stderr. */
  readonly verbose?: boolean
  readonly err?: NodeJS.WritableStream
}

/**
 * Analyses inputs on worker threads and stores each article with its facts
 * in one transaction, in input order (so a parallel run stores exactly what a
 * single-threaded one does). Safe to re-run after a crash: stored articles are
 * recognised and skipped.
 */
export async function runIngest(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  if (opts.queue) return enqueueInputs(paths, opts)
  const err = opts.err ?? process.stderr
  const db = await openDb({ data: opts.data, databaseUrl: opts.databaseUrl })
  const pool = opts.workers > 1 ? createWorkerPool(opts.workers) : createInlinePool()
  const s: IngestSummary = { queued: 0, new: 0, copies: 0, known: 0, failed: 0, facts: 0, changes: 0 }
  // Inputs in the order given: URLs as they are, paths expanded.
  const files: string[] = []
  for (const p of paths) files.push(...(isUrl(p) ? [p] : await expandPaths([p])))
  const fetcher = paths.some(isUrl) ? createFetcher({ maxBytes: opts.maxBytes }) : null
  const bar = opts.progress ? new cliProgress.SingleBar({ stream: err as NodeJS.WriteStream, format: 'ingest [{bar}] {value}/{total} files | {new} new, {known} known, {failed} failed', hideCursor: true }, cliProgress.Presets.shades_classic) : null
  bar?.start(files.length, 0, { new: 0, known: 0, failed: 0 })
  const window = Math.max(4, opts.workers * 4)
  const inflight: Array<{ read: ReadResult; outcome: Promise<AnalysisOutcome> | null; lastOfFile: boolean }> = []
  const report = (source: string, reason: string) => {
    s.failed++
    err.write(`${bar ? '\n' : ''}pledgewatch: ${source}: ${reason}\n`)
  }
  const drainOne = async () => {
    const item = inflight.shift()!
    if (item.outcome) {
      const o = await item.outcome
      if (!o.ok) report(o.source, o.reason)
      else {
        try {
          const r = await storeAnalysis(db, o.analysis)
          if (opts.verbose) err.write(`stored ${o.analysis.doc}: ${r.status === 'known' ? 'already known' : r.copy ? 'new (wire copy)' : 'new'}, ${r.factsAdded} facts\n`)
          if (r.status === 'known') s.known++
          else {
            s.new++
            if (r.copy) s.copies++
            s.facts += r.factsAdded
            s.changes += r.changes
          }
        } catch (e) {
          report(item.read.ok ? item.read.article.source : item.read.source, `cannot store: ${(e as Error).message}`)
        }
      }
    } else if (!item.read.ok) report(item.read.source, item.read.reason)
    if (item.lastOfFile) bar?.increment(1, { new: s.new, known: s.known, failed: s.failed })
  }
  try {
    for (const file of files) {
      const reads = fetcher && isUrl(file) ? await readUrl(file, fetcher) : await readInput(file, { maxBytes: opts.maxBytes })
      reads.forEach((read, i) => {
        inflight.push({ read, outcome: read.ok ? pool.analyse(read.article) : null, lastOfFile: i === reads.length - 1 })
      })
      while (inflight.length > window) await drainOne()
    }
    while (inflight.length) await drainOne()
  } finally {
    bar?.stop()
    await pool.close()
    await db.close()
  }
  return s
}

/** `ingest --queue`: read inputs here, leave analysis and storage to the workers. */
async function enqueueInputs(paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const err = opts.err ?? process.stderr
  const url = opts.databaseUrl ?? process.env.DATABASE_URL
  if (!url) throw new Error('--queue needs a PostgreSQL server: set DATABASE_URL or pass --database-url')
  const { openQueue, enqueueArticle } = await import('../queue/queue.js')
  const boss = await openQueue({ databaseUrl: url, jobTimeoutSeconds: opts.jobTimeout })
  const s: IngestSummary = { queued: 0, new: 0, copies: 0, known: 0, failed: 0, facts: 0, changes: 0 }
  const fetcher = paths.some(isUrl) ? createFetcher({ maxBytes: opts.maxBytes }) : null
  try {
    for (const p of paths) {
      for (const file of isUrl(p) ? [p] : await expandPaths([p])) {
        for (const read of fetcher && isUrl(file) ? await readUrl(file, fetcher) : await readInput(file, { maxBytes: opts.maxBytes })) {
          if (!read.ok) {
            s.failed++
            err.write(`pledgewatch: ${read.source}: ${read.reason}\n`)
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

export function ingestCommand(): Command {
  return storeOptions(
    new Command('ingest')
      .description('Analyse articles and store them, with their facts, in the register (one transaction per article). The same article twice is stored once; wire copies join one story.')
      .argument('[inputs...]', 'files or folders (recursively), http(s) URLs of pages, or - for stdin; the formats of `analyze`')
      .option('--reference', "also load our reference register of national targets (official sources, src/assess/reference), one article per actor and source", false)
      .addOption(new Option('-j, --workers <n>', 'analysis threads (1 = in this thread)').default(0, 'one per core').argParser((v) => Math.max(1, parseInt(v, 10) || 1)))
      .option('--max-size <size>', 'largest input accepted (e.g. 5MB)', parseSizeArg, DEFAULT_MAX_BYTES)
      .option('-q, --quiet', 'no progress bar', false)
      .option('-v, --verbose', 'one line per article as it is stored', false)
      .option('--queue', 'queue the articles in the PostgreSQL server for `pledgewatch worker` processes instead of analysing them here', false)
      .option('--job-timeout <seconds>', 'with --queue: a job held this long by a worker that died goes to another', (v) => Math.max(1, parseInt(v, 10) || 1), 300),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgewatch ingest samples/articles
  $ pledgewatch ingest --reference                       # our reference register of national targets
  $ pledgewatch ingest --data ~/register news/2021/
  $ pledgewatch ingest https://news.example/2021/04/22/japan-target
  $ DATABASE_URL=postgres://localhost/pledgewatch pledgewatch ingest feed.jsonl.gz
  $ DATABASE_URL=postgres://db.example/pw pledgewatch ingest --queue news/   # then: pledgewatch worker`,
    )
    .action(async (paths: string[], o: { reference: boolean; workers: number; maxSize: number; quiet: boolean; verbose: boolean; queue: boolean; jobTimeout: number; data?: string; databaseUrl?: string }) => {
      if (!paths.length && !o.reference) throw new Error('nothing to ingest: give inputs, or --reference')
      if (o.reference) {
        const { storeReference } = await import('../assess/reference/store.js')
        const db = await openDb({ data: o.data, databaseUrl: o.databaseUrl })
        const r = await storeReference(db).finally(() => db.close())
        process.stderr.write(`ingest: reference register: ${r.stored} source(s) stored, ${r.known} already known; ${r.facts} targets added; ${r.changes} register change(s)\n`)
        if (!paths.length) return
      }
      const workers = o.workers || (await import('node:os')).availableParallelism()
      const s = await runIngest(paths, { workers, maxBytes: o.maxSize, progress: !o.quiet && !o.verbose && Boolean(process.stderr.isTTY), verbose: o.verbose, queue: o.queue, jobTimeout: o.jobTimeout, data: o.data, databaseUrl: o.databaseUrl })
      process.stderr.write(formatSummary(s) + '\n')
      process.exitCode = exitStatus({ succeeded: s.queued + s.new + s.known, failed: s.failed })
    })
}
