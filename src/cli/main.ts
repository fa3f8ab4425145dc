import { readFileSync } from 'node:fs'
import { Command, InvalidArgumentError, Option } from 'commander'
import { DEFAULT_MAX_BYTES } from '../ingest/read.js'
import { exitStatus, runAnalyze, type OutputFormat } from './analyze.js'
import { parseSize } from './size.js'

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }

/** Builds the command-line program; one subcommand per file under src/cli. */
export function createProgram(): Command {
  const program = new Command()
  program
    .name('pledgewatch')
    .description('Turn climate news into an evidence-linked register of national climate pledges, diplomatic interactions and quotes.')
    .version(pkg.version, '-V, --version', 'print the version')
    .addHelpText(
      'after',
      `
Examples:
  $ pledgewatch analyze samples/articles
  $ pledgewatch analyze --format jsonl article.html > facts.jsonl
  $ curl -s https://example.org/story | pledgewatch analyze -`,
    )

  program
    .command('analyze')
    .description('Read articles (files, folders, stdin) and print, for each, its clean text, title, date, and every pledge, interaction and quote it reports with the sentence behind it.')
    .argument('<paths...>', 'files or folders (read recursively, in sorted order), or - for stdin: plain text, HTML, Markdown with front matter, JSON Lines (url, title, date, text|html), any of them gzip-compressed (.gz)')
    .addOption(new Option('-f, --format <format>', 'output format: table (for a person), json (one array), jsonl (one record per line, FORMAT.md)').choices(['table', 'json', 'jsonl']).default('table'))
    .option('--explain', 'show, per fact, the rule that produced it and the sentence it came from', false)
    .option('--max-size <size>', 'largest input accepted, after decompression (e.g. 500k, 5MB, 20MB)', parseSizeArg, DEFAULT_MAX_BYTES)
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
  return program
}

function parseSizeArg(value: string): number {
  try {
    return parseSize(value)
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message)
  }
}

/** Entry point of bin/pledgewatch. */
export async function main(argv: string[] = process.argv): Promise<void> {
  // A closed pipe (`| head`) is a normal way for a reader to stop.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
  await createProgram().parseAsync(argv)
}
