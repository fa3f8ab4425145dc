import { Command } from 'commander'
import { queryQuotes, type QuoteRow } from '../store/queries/facts.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, render, type Column, type QueryFormat } from './render.js'

export const QUOTE_COLUMNS: Column<QuoteRow>[] = [
  { head: 'date', get: (q) => q.published },
  { head: 'speaker', get: (q) => q.speaker },
  // The person's one record, where it differs from the name as written ("Kerry" → "John F. Kerry").
  { head: 'person', get: (q) => (q.person && q.person !== q.speaker ? q.person : '') },
  { head: 'actor', get: (q) => q.actor ?? q.person_actor },
  { head: 'outlet', get: (q) => q.outlet },
  { head: 'quote', get: (q) => `“${q.text.replace(/\s+/g, ' ')}”` },
]

/** `pledgewatch quotes`: who said what. */
export function quotesCommand(): Command {
  return storeOptions(
    new Command('quotes')
      .description('List direct quotes with their speakers, newest first.')
      .option('-s, --speaker <name>', 'speaker name contains this (case-insensitive), e.g. Kerry')
      .option('-a, --actor <id>', 'the speaker acts for this actor (e.g. USA)')
      .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 1000)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch quotes --speaker Kerry\n  $ pledgewatch quotes --actor JPN --format json')
    .action(async (o: { speaker?: string; actor?: string; limit: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => queryQuotes(db, o))
      process.stdout.write(render(o.format, rows, QUOTE_COLUMNS))
    })
}
