import { Command } from 'commander'
import { queryChanges, type ChangeRow } from '../store/queries/register.js'
import { parseDateArg, storeOptions, withDb } from './options.js'
import { formatOption, formatValue, render, type Column, type QueryFormat } from './render.js'

/** "JPN reduction 2030: 26 → 46" or "JPN net_zero 2050: new". */
export function describeChange(c: ChangeRow): string {
  const head = `${c.actor} ${c.kind} ${c.year ?? '(no year)'}`
  const now = formatValue(c.new_value, c.new_value_max)
  return c.change === 'new' ? `${head}: new${now ? ` (${now})` : ''}` : `${head}: ${formatValue(c.old_value, c.old_value_max) || '?'} → ${now || '?'}`
}

const COLUMNS: Column<ChangeRow>[] = [
  { head: 'reported', get: (c) => c.reported },
  { head: 'change', get: describeChange },
  { head: 'outlet', get: (c) => c.outlet },
  { head: 'evidence', get: (c) => c.evidence.replace(/\s+/g, ' ') },
]

/** `pledgewatch changes`: the register's change log. */
export function changesCommand(): Command {
  return storeOptions(
    new Command('changes')
      .description('List changes to the register, newest first: targets that appeared and current values that changed.')
      .option('--since <date>', 'reported on or after this date (YYYY-MM-DD)', parseDateArg)
      .option('-a, --actor <id>', 'only this actor')
      .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 1000)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch changes --since 2021-01-01\n  $ pledgewatch changes --actor JPN --format json')
    .action(async (o: { since?: string; actor?: string; limit: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const rows = await withDb(o, (db) => queryChanges(db, o))
      process.stdout.write(render(o.format, rows, COLUMNS))
    })
}
