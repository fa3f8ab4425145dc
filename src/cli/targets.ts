import { Command } from 'commander'
import { PLEDGE_KINDS } from '../model/facts.js'
import { queryTargets, type Claim } from '../store/queries/targets.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, formatValue, render, type Column, type QueryFormat } from './render.js'

const COLUMNS: Column<Claim>[] = [
  { head: 'actor', get: (c) => c.actor },
  { head: 'kind', get: (c) => c.kind },
  { head: 'year', get: (c) => c.year },
  { head: 'value', get: (c) => formatValue(c.value, c.value_max) },
  { head: 'base', get: (c) => c.base_year },
  { head: 'status', get: (c) => c.status },
  { head: 'sources', get: (c) => c.sources },
  { head: 'first', get: (c) => c.first_reported },
  { head: 'last', get: (c) => c.last_reported },
  { head: 'history', get: (c) => (c.history.length > 1 ? c.history.map((h) => formatValue(h.value, h.value_max) || '?').join(' → ') : '') },
  { head: 'evidence', get: (c) => c.evidence[0]?.text.replace(/\s+/g, ' ') },
]

/** `pledgewatch targets`: the register's merged claims. */
export function targetsCommand(): Command {
  return storeOptions(
    new Command('targets')
      .description('List the register\'s targets: one claim per (actor, kind, year), with its current value, history, sources and evidence.')
      .option('-a, --actor <id>', 'only this actor (ISO3 code or group id, e.g. JPN, EU)')
      .option('-k, --kind <kind>', `only this kind (${PLEDGE_KINDS.join(', ')})`)
      .option('--evidence <n>', 'evidence pieces per claim in json output', (v) => Math.max(0, parseInt(v, 10) || 0), 3)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch targets --actor JPN\n  $ pledgewatch targets --kind net_zero --format csv > net-zero.csv\n  $ pledgewatch targets --format json | jq \'.[] | select(.sources > 1)\'')
    .action(async (o: { actor?: string; kind?: string; evidence: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const claims = await withDb(o, (db) => queryTargets(db, { actor: o.actor, kind: o.kind, evidence: o.evidence }))
      process.stdout.write(render(o.format, claims, COLUMNS))
    })
}
