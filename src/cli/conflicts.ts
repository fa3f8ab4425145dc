import { Command } from 'commander'
import { queryConflicts, type ConflictRow } from '../store/queries/register.js'
import { withUnit } from './changes.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, formatValue, render, type Column, type QueryFormat } from './render.js'

const COLUMNS: Column<ConflictRow>[] = [
  { head: 'claim', get: (c) => `${c.actor} ${c.kind} ${c.year ?? ''}${c.gas ? ` (${c.gas})` : ''}` },
  { head: 'between', get: (c) => (c.origin === 'article' ? 'one article' : 'two stories') },
  { head: 'a', get: (c) => `${withUnit(formatValue(c.a.value, c.a.value_max), c.unit)} (${c.a.outlet ?? c.a.doc}, ${c.a.reported ?? 'undated'})` },
  { head: 'b', get: (c) => `${withUnit(formatValue(c.b.value, c.b.value_max), c.unit)} (${c.b.outlet ?? c.b.doc}, ${c.b.reported ?? 'undated'})` },
  { head: 'sentences', get: (c) => `A: ${c.a.sentence.replace(/\s+/g, ' ')} | B: ${c.b.sentence.replace(/\s+/g, ' ')}` },
]

/** `pledgewatch conflicts`: independent sources that disagree. */
export function conflictsCommand(): Command {
  return storeOptions(
    new Command('conflicts')
      .description('List current targets on which two independent dated stories report values that cannot both hold (ranges that overlap agree) within 7 days of each other, and targets one article gives two such values, with both sentences. A value named as replaced and undated reports never conflict.')
      .option('-a, --actor <id>', 'only this actor')
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch conflicts\n  $ pledgewatch conflicts --actor CAN --format json')
    .action(async (o: { actor?: string; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => queryConflicts(db, o))
      process.stdout.write(render(o.format, rows, COLUMNS))
    })
}
