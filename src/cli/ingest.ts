import cliProgress from 'cli-progress'
import { Command, Option } from 'commander'
import { DEFAULT_MAX_BYTES, expandPaths, readInput, type ReadResult } from '../ingest/read.js'
import { createInlinePool, createWorkerPool, type AnalysisOutcome } from '../parallel/analyse-pool.js'
import { openDb } from '../store/open.js'
import { storeAnalysis } from '../store/write-article.js'
import { exitStatus } from './analyze.js'
import { parseSizeArg, storeOptions, type StoreFlags } from './options.js'

export interface IngestSummary {
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
  const err = opts.err ?? process.stderr
  const db = await openDb({ data: opts.data, databaseUrl: opts.databaseUrl })
  const pool = opts.workers > 1 ? createWorkerPool(opts.workers) : createInlinePool()
  const s: IngestSummary = { new: 0, copies: 0, known: 0, failed: 0, facts: 0, changes: 0 }
  const files = await expandPaths(paths)
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
      const reads = await readInput(file, { maxBytes: opts.maxBytes })
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

export function formatSummary(s: IngestSummary): string {
  return `ingest: ${s.new} new article(s) (${s.copies} wire copies of stored stories), ${s.known} already known, ${s.failed} failed; ${s.facts} facts added; ${s.changes} register change(s)`
}

export function ingestCommand(): Command {
  return storeOptions(
    new Command('ingest')
      .description('Analyse articles and store them, with their facts, in the register (one transaction per article). The same article twice is stored once; wire copies join one story.')
      .argument('<paths...>', 'files or folders (recursively), or - for stdin; the formats of `analyze`')
      .addOption(new Option('-j, --workers <n>', 'analysis threads (1 = in this thread)').default(0, 'one per core').argParser((v) => Math.max(1, parseInt(v, 10) || 1)))
      .option('--max-size <size>', 'largest input accepted (e.g. 5MB)', parseSizeArg, DEFAULT_MAX_BYTES)
      .option('-q, --quiet', 'no progress bar', false)
      .option('-v, --verbose', 'one line per article as it is stored', false),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ pledgewatch ingest samples/articles
  $ pledgewatch ingest --data ~/register news/2021/
  $ DATABASE_URL=postgres://localhost/pledgewatch pledgewatch ingest feed.jsonl.gz`,
    )
    .action(async (paths: string[], o: { workers: number; maxSize: number; quiet: boolean; verbose: boolean; data?: string; databaseUrl?: string }) => {
      const workers = o.workers || (await import('node:os')).availableParallelism()
      const s = await runIngest(paths, { workers, maxBytes: o.maxSize, progress: !o.quiet && !o.verbose && Boolean(process.stderr.isTTY), verbose: o.verbose, data: o.data, databaseUrl: o.databaseUrl })
      process.stderr.write(formatSummary(s) + '\n')
      process.exitCode = exitStatus({ succeeded: s.new + s.known, failed: s.failed })
    })
}
