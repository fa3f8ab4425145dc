import cliProgress from 'cli-progress'
import { Command, Option } from 'commander'
import { DEFAULT_MAX_BYTES } from '../ingest/read.js'
import { maxSizeOption } from './options.js'
import { expandPaths, readInput } from '../ingest/read.js'
import type { Analysis } from '../model/facts.js'
import { analyseRaw } from '../pipeline.js'
import { formatTable } from './format-table.js'
import { failureLine } from './terminal-text.js'

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
        err.write(failureLine(outcome))
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

/** `pledgewatch analyze`: print what each article reports. */
export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('Read articles (files, folders, stdin) and print, for each, its clean text, title, date, and every pledge, interaction and quote it reports with the sentence behind it.')
    .argument('<paths...>', 'files or folders (read recursively, in sorted order), or - for stdin: plain text, HTML, Markdown with front matter, JSON Lines (url, title, date, text|html), any of them gzip-compressed (.gz)')
    .addOption(new Option('-f, --format <format>', 'output format: table (for a person), json (one array), jsonl (one record per line, FORMAT.md)').choices(['table', 'json', 'jsonl']).default('table'))
    .option('--explain', 'show, per fact, the rule that produced it and the sentence it came from', false)
    .addOption(maxSizeOption('largest input accepted, after decompression (e.g. 500k, 20MB)', DEFAULT_MAX_BYTES))
    .option('-q, --quiet', 'no progress bar', false)
    .addHelpText(
      'after',
      `
Exit status: 0 when every input was analysed, 2 when some failed, 1 when none succeeded.
Each failed input gets one line on stderr naming it and the reason; the rest go on.

Examples:
  $ pledgewatch analyze samples/articles                   # tables for a person
  $ pledgewatch analyze --format jsonl news/ > facts.jsonl # the output contract
  $ pledgewatch analyze --explain story.txt                # why each fact was found
  $ zcat feed.jsonl.gz | pledgewatch analyze --format json -
  $ pledgewatch analyze --max-size 20MB big-page.html`,
    )
    .action(async (paths: string[], o: { format: OutputFormat; explain: boolean; maxSize: number; quiet: boolean }) => {
      const summary = await runAnalyze(paths, {
        format: o.format,
        explain: o.explain,
        maxBytes: o.maxSize,
        progress: !o.quiet && Boolean(process.stderr.isTTY),
      })
      if (summary.succeeded + summary.failed === 0) process.stderr.write('pledgewatch: no input files found\n')
      process.exitCode = exitStatus(summary)
    })
}
