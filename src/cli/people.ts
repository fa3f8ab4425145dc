import { Command } from 'commander'
import { queryPeople, type PersonRow } from '../store/queries/people.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, render, type Column, type QueryFormat } from './render.js'

const COLUMNS: Column<PersonRow>[] = [
  { head: 'person', get: (p) => p.name },
  { head: 'acts for', get: (p) => p.actor },
  { head: 'quotes', get: (p) => p.quotes },
  { head: 'quoted as', get: (p) => p.names.join('; ') },
]

/** `pledgewatch people`: one record per person quoted, however the name was spelled. */
export function peopleCommand(): Command {
  return storeOptions(
    new Command('people')
      .description('List the people quoted, one record each ("John F. Kerry" and "John Kerry", "Xi Jin Ping" and "Xi Jinping" are one), with the actor they act for (a country over a body they speak in) and how often they were quoted.')
      .option('-n, --name <name>', 'name contains this, spelling folded (e.g. "Xi Jinping" finds "Xi Jin Ping")')
      .option('-a, --actor <id>', 'only people acting for this actor')
      .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 200)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch people --name Kerry\n  $ pledgewatch people --actor CHN --format json')
    .action(async (o: { name?: string; actor?: string; limit: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => queryPeople(db, o))
      process.stdout.write(render(o.format, rows, COLUMNS))
    })
}
