import { Command } from 'commander'
import { readInput } from '../ingest/read.js'
import { analyseRaw } from '../pipeline.js'
import { checkAnalysis, type CheckLine } from '../store/queries/check.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, render, type Column, type QueryFormat } from './render.js'
import { failureLine } from './terminal-text.js'

const COLUMNS: Column<CheckLine & { doc: string }>[] = [
  { head: 'doc', get: (l) => l.doc },
  { head: 'verdict', get: (l) => l.verdict },
  { head: 'fact', get: (l) => l.claim },
  { head: 'register', get: (l) => l.register },
  { head: 'evidence', get: (l) => l.evidence.replace(/\s+/g, ' ') },
]

/** `pledgewatch check FILE`: an article's facts against the register. */
export function checkCommand(): Command {
  return storeOptions(
    new Command('check')
      .description("Check an article's facts against the register without storing it: each pledge and interaction agrees, differs or is new.")
      .argument('<file>', 'an article in any format `analyze` reads, or - for stdin')
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch check draft-story.txt\n  $ curl -s https://example.org/story | pledgewatch check - --format json')
    .action(async (file: string, o: { format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const lines: Array<CheckLine & { doc: string }> = []
      let failed = 0
      await withDb(o, async (db) => {
        for (const read of await readInput(file)) {
          const outcome = read.ok ? analyseRaw(read.article) : read
          if (!outcome.ok) {
            failed++
            process.stderr.write(failureLine(outcome))
            continue
          }
          for (const l of await checkAnalysis(db, outcome.analysis)) lines.push({ doc: outcome.analysis.doc, ...l })
        }
      })
      process.stdout.write(render(o.format, lines, COLUMNS))
      process.exitCode = failed ? (lines.length ? 2 : 1) : 0
    })
}
