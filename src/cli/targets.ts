import { Command } from 'commander'
import { PLEDGE_KINDS } from '../model/facts.js'
import { unitSuffix } from '../model/units.js'
import { queryTargets, type Claim } from '../store/queries/targets.js'
import { storeOptions, withDb } from './options.js'
import { formatOption, formatValue, render, type Column, type QueryFormat } from './render.js'

/** "46", "500 GW", "350–420 Mt CO2e", "30 (CH4)": a value with the unit where it is not a share (exported for `actor`). */
export const shown = (c: Pick<Claim, 'value' | 'value_max' | 'unit' | 'gas'>): string => {
  const v = formatValue(c.value, c.value_max)
  return `${v}${v ? unitSuffix(c.unit) : ''}${c.gas ? `${v ? ' ' : ''}(${c.gas})` : ''}`
}

/** "2005", or "2005 (reference)" when no report states it and the reference list of official targets gives it. */
const base = (c: Claim) => (c.base_year == null ? null : `${c.base_year}${c.base_year_from === 'reference' ? ' (reference)' : ''}`)

/** "law", or "law (reference)" when the reference list's official standing raised what the reports give. */
const status = (c: Claim) => (c.status == null ? null : `${c.status}${c.status_from === 'reference' ? ' (reference)' : ''}`)

const COLUMNS: Column<Claim>[] = [
  { head: 'actor', get: (c) => c.actor },
  { head: 'kind', get: (c) => c.kind },
  { head: 'year', get: (c) => c.year },
  { head: 'value', get: shown },
  { head: 'base', get: base },
  { head: 'status', get: status },
  { head: 'sources', get: (c) => c.sources },
  // Only dated reports count: a claim reported by undated articles alone says so.
  { head: 'first', get: (c) => c.first_reported ?? (c.undated ? 'undated' : null) },
  { head: 'last', get: (c) => c.last_reported ?? (c.undated ? 'undated' : null) },
  { head: 'history', get: (c) => (c.history.length > 1 ? c.history.map((h) => formatValue(h.value, h.value_max) || '?').join(' → ') : '') },
  { head: 'evidence', get: (c) => c.evidence[0]?.text.replace(/\s+/g, ' ') },
]

/** With --all: the state, and for a claim that is not current, why and the sentence that says so; what the reference list supplied, with its source. */
const STATE_COLUMNS: Column<Claim>[] = [
  ...COLUMNS.slice(0, 3),
  { head: 'state', get: (c) => c.state },
  ...COLUMNS.slice(3, -1),
  { head: 'base_source', get: (c) => c.base_year_source },
  { head: 'status_source', get: (c) => c.status_source },
  { head: 'reason', get: (c) => c.state_reason },
  { head: 'evidence', get: (c) => (c.state_evidence ?? c.evidence[0])?.text.replace(/\s+/g, ' ') },
]

/** The table, CSV or JSON `targets` prints (exported for its test). */
export const renderTargets = (format: QueryFormat, claims: readonly Claim[], all = false): string => render(format, claims, all ? STATE_COLUMNS : COLUMNS)

/** `pledgewatch targets`: the register's merged claims. */
export function targetsCommand(): Command {
  return storeOptions(
    new Command('targets')
      .description('List the register\'s current targets: one claim per (actor, kind, year, unit, gas), with its value, history, sources and evidence. --all adds superseded and withdrawn ones, with the reason and its sentence.')
      .option('-a, --actor <id>', 'only this actor (ISO3 code or group id, e.g. JPN, EU)')
      .option('--all', 'also targets a later report superseded (moved to another year, named as former) or withdrew')
      .option('-k, --kind <kind>', `only this kind (${PLEDGE_KINDS.join(', ')})`)
      .option('--evidence <n>', 'evidence pieces per claim in json output', (v) => Math.max(0, parseInt(v, 10) || 0), 3)
      .addOption(formatOption()),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch targets --actor JPN\n  $ pledgewatch targets --actor DEU --all\n  $ pledgewatch targets --kind net_zero --format csv > net-zero.csv\n  $ pledgewatch targets --format json | jq \'.[] | select(.sources > 1)\'')
    .action(async (o: { actor?: string; kind?: string; all?: boolean; evidence: number; format: QueryFormat; data?: string; databaseUrl?: string }) => {
      const claims = await withDb(o, (db) => queryTargets(db, { actor: o.actor, kind: o.kind, evidence: o.evidence, all: o.all }))
      process.stdout.write(renderTargets(o.format, claims, o.all))
    })
}
