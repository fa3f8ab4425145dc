import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { Command } from 'commander'
import { describeError } from './describe-error.js'
import { escapeForTerminal } from './terminal-text.js'
import { analyzeCommand } from './analyze.js'
import { ingestCommand } from './ingest.js'
import { targetsCommand } from './targets.js'
import { actorCommand } from './actor.js'
import { interactionsCommand } from './interactions.js'
import { peopleCommand } from './people.js'
import { quotesCommand } from './quotes.js'
import { searchCommand } from './search.js'
import { changesCommand } from './changes.js'
import { conflictsCommand } from './conflicts.js'
import { checkCommand } from './check.js'
import { exportCommand } from './export.js'
import { watchCommand } from './watch.js'
import { workerCommand } from './worker.js'
import { serveCommand } from './serve.js'
import { assessCommand } from './assess.js'
import { dataCommand } from './data.js'

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
  $ pledgewatch analyze samples/articles                 # what each article reports
  $ pledgewatch analyze --format jsonl article.html > facts.jsonl
  $ pledgewatch ingest samples/articles                  # store in the register (./.pledgewatch)
  $ pledgewatch targets --actor JPN                      # merged claims with history and sources
  $ pledgewatch changes --since 2021-01-01
  $ pledgewatch check draft.txt                          # an article against the register

The register is embedded (a data folder: --data DIR, $PLEDGEWATCH_DATA, default ./.pledgewatch)
unless DATABASE_URL names a PostgreSQL server.`,
    )

  program.addCommand(analyzeCommand())
  program.addCommand(ingestCommand())
  for (const cmd of [targetsCommand, actorCommand, interactionsCommand, quotesCommand, peopleCommand, searchCommand, changesCommand, conflictsCommand, checkCommand, exportCommand, watchCommand, workerCommand, serveCommand, assessCommand, dataCommand]) {
    program.addCommand(cmd())
  }
  return program
}

/** Entry point of bin/pledgewatch. */
export async function main(argv: string[] = process.argv): Promise<void> {
  // A closed pipe (`| head`) is a normal way for a reader to stop.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
  try {
    await createProgram().parseAsync(argv)
  } catch (err) {
    // Known failures (a server that refuses, a bad argument found late) get one line, not a stack trace.
    process.stderr.write(`pledgewatch: ${escapeForTerminal(describeError(err))}\n`)
    if (process.env.PLEDGEWATCH_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? inspect(err)}\n`)
    process.exitCode = 1
  }
}
