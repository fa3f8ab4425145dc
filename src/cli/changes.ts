import { Command } from 'commander'
import { queryChanges, type ChangeRow } from '../store/queries/register.js'
import { UNIT_TEXT } from '../model/units.js'
import { parseDateArg, storeOptions, withDb } from './options.js'
import { formatOption, formatValue, render, type Column, type QueryFormat } from './render.js'

/** A formatted value with its unit ("26%", "500 GW", "350–420 Mt CO2e"); '' stays ''. */
export const withUnit = (v: string, unit: string | null): string => (v && unit ? `${v}${UNIT_TEXT[unit] ?? ` ${unit}`}` : v)

/**
 * One change-log line with the date of the report behind it (issue 14, item 3), its
 * values with their unit and a single-gas target's gas (item 6).
 * @example describeChange(row) // "JPN reduction 2030: 26% → 46% (2021-04-22)", "DEU net_zero: 2050 → 2045 (2021-05-13)", "ELB renewables 2030: new 500 GW (2021-11-02)", "ELB reduction 2030 (CH4): 40% → 30% (2022-01-10)", "KOR net_zero 2050: new (undated)"
 */
export function describeChange(c: ChangeRow): string {
  const gas = c.gas ? ` (${c.gas})` : ''
  const head = `${c.actor} ${c.kind} ${c.year ?? '(no year)'}${gas}`
  const unit = (v: string) => withUnit(v, c.unit)
  const old = unit(formatValue(c.old_value, c.old_value_max))
  const now = unit(formatValue(c.new_value, c.new_value_max))
  const when = ` (${c.reported ?? 'undated'})`
  switch (c.change) {
    case 'new': return `${head}: new${now ? ` ${now}` : ''}${when}`
    case 'moved': return `${c.actor} ${c.kind}${gas}: ${c.old_year ?? '(no year)'} → ${c.year ?? '(no year)'}${old || now ? ` (${old || '?'} → ${now || '?'})` : ''}${when}`
    case 'withdrawn': return `${head}: withdrawn${when}`
    case 'superseded': return `${head}: named as a former target${when}`
    default: return `${head}: ${old || '?'} → ${now || '?'}${when}`
  }
}

const COLUMNS: Column<ChangeRow>[] = [
  { head: 'reported', get: (c) => c.reported ?? 'undated' },
  { head: 'change', get: describeChange },
  { head: 'outlet', get: (c) => c.outlet },
  { head: 'evidence', get: (c) => c.evidence?.replace(/\s+/g, ' ') },
]

/** `pledgewatch changes`: the register's change log. */
export function changesCommand(): Command {
  return storeOptions(
    new Command('changes')
      .description('List changes to the register by report date, newest first (undated reports last): targets that appeared, values that changed (with the previous values articles state), years that moved, targets withdrawn.')
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
