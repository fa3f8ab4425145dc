import type { Db } from '../store/db.js'
import type { ChangeRow } from '../store/queries/register.js'
import { CLAIM_UNIT_SQL } from './claim-unit.js'
import { actorName } from './queries-actors.js'

/** A claim as the overview shows it: one cell's value and how sure the register is of it. */
interface Cell {
  readonly claim_id: number
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  /** 'article' or 'reference' (the reference list of official targets gave it, as `targets` says); null without a base year. */
  readonly base_year_from: 'article' | 'reference' | null
  /** The reference's source and date for a base year it gave; null otherwise. */
  readonly base_year_source: string | null
  readonly status: string | null
  /** 'article' or 'reference' (the reference list's official standing); null without a status. */
  readonly status_from: 'article' | 'reference' | null
  readonly status_source: string | null
  readonly last_reported: string | null
  /** 'percent', 'GW', 'degC' or 'MtCO2e' as the register stores it; null when the kind implies it. */
  readonly unit: string | null
  /** 'current', 'superseded' or 'withdrawn' (issue 14). */
  readonly state: string
  /** A single gas ('CH4') when the target covers only that; null for all greenhouse gases. */
  readonly gas: string | null
}

/** The latest change to any of an actor's claims. */
export interface LastChange {
  readonly reported: string | null
  readonly kind: string
  readonly year: number | null
  readonly change: ChangeRow['change']
  readonly old_value: number | null
  readonly new_value: number | null
  readonly old_value_max: number | null
  readonly new_value_max: number | null
  readonly unit: string | null
  /** The year before a move ('moved' lines); null otherwise. */
  readonly old_year: number | null
}

/** One overview row: an actor's headline targets, the Net Zero Tracker's columns. */
export interface OverviewRow {
  readonly actor: string
  readonly name: string
  readonly net_zero: Cell | null
  /** The 2030 reduction target (percent, against `base_year`). */
  readonly target_2030: Cell | null
  readonly peak: Cell | null
  /** Status of the net-zero target, else of the 2030 one, else of the latest claim. */
  readonly status: string | null
  /** Where that status came from: 'reference' when the reference list of official targets gave it (marked on the dashboard). */
  readonly status_from: 'article' | 'reference' | null
  readonly status_source: string | null
  readonly claims: number
  /** Independent stories (wire copies count once) behind its best-sourced claim. */
  readonly sources: number
  readonly last_reported: string | null
  readonly last_change: LastChange | null
}

type ClaimRow = Cell & { actor: string; kind: string; sources: number }

// A cut in tonnes only after a cut in percent of the same state: the column is the Net Zero Tracker's "2030 cut" (issue 14, item 6).
const rank = (r: ClaimRow) => (r.state === 'current' || r.state === null ? 0 : 1) + (r.gas ? 2 : 0) + (r.unit === 'MtCO2e' ? 0.5 : 0)

/**
 * Of several claims of one kind (2050 and 2060 both reported): a current one
 * before a superseded or withdrawn one, all gases before a single gas, percent
 * before tonnes, then the most recently reported, then the earliest year.
 */
function pick(rows: ClaimRow[]): Cell | null {
  if (!rows.length) return null
  const [best] = [...rows].sort((a, b) => rank(a) - rank(b) || (b.last_reported ?? '').localeCompare(a.last_reported ?? '') || (a.year ?? 9999) - (b.year ?? 9999))
  const { actor: _a, kind: _k, sources: _s, ...cell } = best as ClaimRow
  return cell
}

/**
 * One row per actor with claims, ordered by actor id: net-zero year, 2030
 * target, peak year, status, sources and last change. Two reads of the
 * claims-sized tables, whatever the number of articles. Sources come from the
 * claims' own counts: counting distinct stories across an actor's claims reads
 * every claim_sources row (over 100 ms at 5k articles, growing with the corpus).
 */
export async function queryOverview(db: Db): Promise<OverviewRow[]> {
  const [claims, changes] = await Promise.all([
    db.query<ClaimRow>(
      // Who gave the base year and status, as targets.ts reads them (the dashboard marks "(reference)").
      `select id::int as claim_id, actor, kind, year, value, value_max, base_year, status, last_reported::text, sources,
              case when base_year is null then null when base_year_source is null then 'article' else 'reference' end as base_year_from, base_year_source,
              case when status is null then null when status_source is null then 'article' else 'reference' end as status_from, status_source,
              ${CLAIM_UNIT_SQL} as unit, c.state, nullif(c.gas, '') as gas
         from claims c order by actor, kind, year nulls last`,
    ),
    db.query<LastChange & { actor: string }>(
      `select distinct on (c.actor) c.actor, ch.reported::text, c.kind, c.year, ch.change, ch.old_value, ch.new_value,
              ch.old_value_max, ch.new_value_max, ${CLAIM_UNIT_SQL} as unit, ch.old_year
         from changes ch join claims c on c.id = ch.claim_id
        order by c.actor, ch.reported desc nulls last, ch.id desc`,
    ),
  ])
  const byActor = new Map<string, ClaimRow[]>()
  for (const c of claims) byActor.set(c.actor, [...(byActor.get(c.actor) ?? []), c])
  const changeOf = new Map(changes.map(({ actor, ...ch }) => [actor, ch]))
  return [...byActor].map(([actor, rows]) => {
    const net_zero = pick(rows.filter((r) => r.kind === 'net_zero'))
    const target_2030 = pick(rows.filter((r) => r.kind === 'reduction' && r.year === 2030))
    const latest = pick(rows)
    const statusCell = [net_zero, target_2030, latest].find((c) => c?.status) ?? null
    return {
      actor,
      name: actorName(actor),
      net_zero,
      target_2030,
      peak: pick(rows.filter((r) => r.kind === 'peak')),
      status: statusCell?.status ?? null,
      status_from: statusCell?.status_from ?? null,
      status_source: statusCell?.status_source ?? null,
      claims: rows.length,
      sources: Math.max(0, ...rows.map((r) => r.sources)),
      last_reported: rows.reduce<string | null>((m, r) => (r.last_reported && (!m || r.last_reported > m) ? r.last_reported : m), null),
      last_change: changeOf.get(actor) ?? null,
    }
  })
}
