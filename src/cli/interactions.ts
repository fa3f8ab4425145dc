import { Command } from 'commander'
import { INTERACTION_TYPES } from '../model/facts.js'
import { queryInteractions, type InteractionRow } from '../store/queries/facts.js'
import { parseDateArg, storeOptions, withDb } from './options.js'
import { formatOption, render, type Column, type QueryFormat } from './render.js'

export const INTERACTION_COLUMNS: Column<InteractionRow>[] = [
  { head: 'date', get: (x) => x.date ?? x.published },
  { head: 'actor', get: (x) => x.actor },
  { head: 'type', get: (x) => x.type },
  { head: 'target', get: (x) => x.target },
  { head: 'place', get: (x) => x.place },
  { head: 'outlet', get: (x) => x.outlet },
  { head: 'evidence', get: (x) => x.evidence.text.replace(/\s+/g, ' ') },
]

/** `pledgewatch interactions`: who met, urged, demanded, protested or sanctioned whom. */
export function interactionsCommand(): Command {
  return storeOptions(
    new Command('interactions')
      .description('List interactions between actors (meet, urge, agree, demand, protest, sanction, cooperate), newest first.')
      .option('-a, --actor <id>', 'either side is this actor (e.g. CHN)')
      .option('-t, --type <type>', `only this type (${INTERACTION_TYPES.join(', ')})`)
      .option('--since <date>', 'on or after this date (YYYY-MM-DD)', parseDateArg)
      .option('--until <date>', 'on or before this date (YYYY-MM-DD)', parseDateArg)
      .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 1000)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch interactions --actor CHN --type urge --since 2021-01-01\n  $ pledgewatch interactions --type sanction --format csv')
    .action(async (o: { actor?: string; type?: string; since?: string; until?: string; limit: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => queryInteractions(db, o))
      process.stdout.write(render(o.format, rows, INTERACTION_COLUMNS))
    })
}
