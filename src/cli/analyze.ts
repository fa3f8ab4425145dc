import cliProgress from 'cli-progress'
import { expandPaths, readInput } from '../ingest/read.js'
import type { Analysis } from '../model/facts.js'
import { analyseRaw } from '../pipeline.js'
import { formatTable } from './format-table.js'

export type OutputFormat = 'table' | 'json' | 'jsonl'

export interface AnalyzeOptions {
  readonly format: OutputFormat
  readonly explain: boolean
  readonly maxBytes: number
  readonly progress: boolean
  readonly out?: NodeJS.WritableStream
  readonly err?: NodeJS.WritableStream
  readonly stdin?: NodeJS.ReadableStream
}

export interface AnalyzeSummary {
  readonly succeeded: number
  readonly failed: number
}

/**
 * Analyses every input in order and prints one record per article as it is
 * done (so output streams and memory stays flat); failures go to stderr, one
 * line each, and the batch goes on.
 */
export async function runAnalyze(paths: readonly string[], opts: AnalyzeOptions): Promise<AnalyzeSummary> {
  const out = opts.out ?? process.stdout
  const err = opts.err ?? process.stderr
  const files = await expandPaths(paths)
  const bar = opts.progress && files.length > 1 ? new cliProgress.SingleBar({ stream: err as NodeJS.WriteStream, format: 'analyze [{bar}] {value}/{total} files  {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic) : null
  bar?.start(files.length, 0)
  let succeeded = 0
  let failed = 0
  let first = true
  if (opts.format === 'json') out.write('[')
  for (const file of files) {
    for (const read of await readInput(file, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
      const outcome = read.ok ? analyseRaw(read.article) : read
      if (!outcome.ok) {
        failed++
        bar?.stop()
        err.write(`pledgewatch: ${outcome.source}: ${outcome.reason} [${outcome.code}]\n`)
        continue
      }
      succeeded++
      const record = opts.explain ? outcome.analysis : withoutRules(outcome.analysis)
      if (opts.format === 'jsonl') out.write(JSON.stringify(record) + '\n')
      else if (opts.format === 'json') out.write((first ? '\n' : ',\n') + JSON.stringify(record, null, 2))
      else out.write(formatTable(record, opts.explain) + '\n')
      first = false
    }
    bar?.increment()
  }
  if (opts.format === 'json') out.write(first ? ']\n' : '\n]\n')
  bar?.stop()
  return { succeeded, failed }
}

/** Exit status: 0 when all succeeded, 1 when none did, 2 when some failed. */
export function exitStatus(s: AnalyzeSummary): number {
  if (s.failed === 0 && s.succeeded > 0) return 0
  if (s.succeeded === 0) return 1
  return 2
}

/** The FORMAT.md record: rule names are kept only for `--explain`. */
function withoutRules(a: Analysis): Analysis {
  return {
    ...a,
    pledges: a.pledges.map(({ rule: _r, ...p }) => p),
    interactions: a.interactions.map(({ rule: _r, ...x }) => x),
    quotes: a.quotes.map(({ rule: _r, ...q }) => q),
  }
}
