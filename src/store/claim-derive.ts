import type { ClaimAgg, GroupAggs, MoveAgg, PreviousAgg, ValueAgg } from './claim-aggregates.js'
import { overlaps, SINGLE_YEAR_KINDS, statusOfRank } from './claim-key.js'

export type ClaimState = 'current' | 'superseded' | 'withdrawn'

/** Why a claim is not current, and the report that says so. */
export interface StateCause {
  readonly why: 'withdrawn' | 'moved' | 'former' | 'later'
  /** The date of the report behind it (null: undated). */
  readonly date: string | null
  /** The claim that replaces it, if any. */
  readonly successor: number | null
  /** The move behind a 'moved' cause (its pledge is the evidence). */
  readonly move?: MoveAgg
  /** A withdrawal the reference list records (reference-base.ts): its act and source; no sentence is its evidence. */
  readonly reference?: string
}

/** What the register shows for one claim, derived from its summaries alone. */
export interface DerivedClaim {
  readonly id: number
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  /** Null when a report states the base year (or none is known); the reference list's source when it supplies it (reference-base.ts). */
  readonly base_source: string | null
  readonly status: string | null
  /** Null when the reports give the status; the reference list's source when it raises it (reference-base.ts). */
  readonly status_source: string | null
  readonly state: ClaimState
  readonly cause: StateCause | null
  /** The value shown (the current one), and the most preferred eligible value behind it. */
  readonly shown: ValueAgg | null
  readonly top: ValueAgg | null
  /** Values that may be current: asserted by some report and not named as replaced. */
  readonly eligible: readonly ValueAgg[]
}

const later = (a: string | null, b: string | null) => (a ?? '') > (b ?? '')

/**
 * The date a value was named as replaced by another ("up from 26%"), or
 * undefined when it never was (or a later report restored it). '' means
 * replaced by an undated report: an ordering statement holds whatever its date.
 */
export function replacedOn(v: Pick<ValueAgg, 'value' | 'value_max'>, previous: readonly PreviousAgg[]): string | undefined {
  const by = previous.filter((r) => overlaps(r.old_value, null, v.value, v.value_max) && !overlaps(r.new_value, r.new_value_max, v.value, v.value_max))
  if (!by.length) return undefined
  const date = by.map((r) => r.first_reported ?? '').sort()[0]
  const restored = previous.some((r) => overlaps(r.new_value, r.new_value_max, v.value, v.value_max) && !overlaps(r.old_value, null, v.value, v.value_max) && later(r.first_reported, date))
  return restored ? undefined : date
}

/**
 * Eligible values, most preferred first: the latest dated assertion wins (an
 * undated report never beats a dated one), then the most reports, the
 * strongest status, a range over a point, and the key (any fixed order).
 */
export function rankValues(values: readonly ValueAgg[], previous: readonly PreviousAgg[]): ValueAgg[] {
  return values
    .filter((v) => v.key !== '|' && v.asserted > 0 && replacedOn(v, previous) === undefined)
    .sort((a, b) =>
      (b.asserted_last ?? '').localeCompare(a.asserted_last ?? '') || b.asserted - a.asserted || b.status_rank - a.status_rank ||
      Number(b.value_max != null) - Number(a.value_max != null) || a.key.localeCompare(b.key))
}

/** The current value of one claim: the top-ranked value, shown as the range it falls in when one is reported as recently. */
function currentValue(eligible: readonly ValueAgg[]): { top: ValueAgg | null; shown: ValueAgg | null } {
  const dated = eligible.filter((v) => v.asserted_last !== null)
  const pool = dated.length ? dated : eligible
  const top = pool[0] ?? null
  if (!top || top.value_max != null) return { top, shown: top }
  // "halve emissions" (50) beside the official 50–52: the range is the target, unless a value that
  // disagrees with both was reported after it.
  const cutoff = pool.filter((v) => !overlaps(v.value, v.value_max, top.value, null)).map((v) => v.asserted_last ?? '').sort().pop() ?? ''
  const range = pool.find((v) => v.value_max != null && overlaps(v.value, v.value_max, top.value, null) && (v.asserted_last ?? '') >= cutoff)
  return { top, shown: range ?? top }
}

/** Value, base year and status of one claim (the status: strongest among reports that agree with the current value). */
function describe(c: ClaimAgg, values: readonly ValueAgg[], previous: readonly PreviousAgg[]) {
  const eligible = rankValues(values, previous)
  const { top, shown } = currentValue(eligible)
  const agree = values.filter((v) => v.asserted > 0 && (v.key === '|' || !top || (overlaps(v.value, v.value_max, top.value, top.value_max) && eligible.includes(v))))
  const base = [shown, top, ...eligible.filter((v) => top && overlaps(v.value, v.value_max, top.value, top.value_max))].find((v) => v?.base_year != null)
  return {
    id: c.id, eligible, top, shown,
    value: shown?.value ?? null, value_max: shown?.value_max ?? null, base_year: base?.base_year ?? null, base_source: null,
    status: statusOfRank(Math.max(0, ...agree.map((v) => v.status_rank))), status_source: null,
  }
}

/** Steps 1-3 of deriveGroup for one claim: withdrawn, moved away, or named as former. */
function ownCause(c: ClaimAgg, moves: readonly MoveAgg[]): StateCause | null {
  // 1. The latest word on the target is its withdrawal (undated: only when no dated report asserts it).
  if (c.withdrawn_last !== null && !later(c.asserted_last, c.withdrawn_last)) return { why: 'withdrawn', date: c.withdrawn_last, successor: null }
  if (c.withdrawn_undated > 0 && c.asserted_last === null) return { why: 'withdrawn', date: null, successor: null }
  // 2. A report moved it to another year, and no later one moved it back.
  const out = moves
    .filter((m) => m.from_id === c.id && (m.first_reported !== null || c.asserted_last === null))
    .filter((m) => !moves.some((b) => b.from_id === m.to_id && b.to_id === c.id && later(b.first_reported, m.first_reported)))
    .sort((a, b) => (b.first_reported ?? '').localeCompare(a.first_reported ?? '') || a.to_id - b.to_id)[0]
  if (out) return { why: 'moved', date: out.first_reported, successor: out.to_id, move: out }
  // 3. The latest report names its year as former, or no report ever asserted it.
  if (c.oldyear_last !== null && later(c.oldyear_last, c.asserted_last)) return { why: 'former', date: c.oldyear_last, successor: null }
  if (c.asserted === 0 && c.old > 0) return { why: 'former', date: c.old_last, successor: null }
  return null
}

/**
 * Derives every claim of one group (the same actor, kind, goal, metric and gas;
 * all years) from its summaries. Steps:
 * 1. withdrawn: the latest dated report on the target withdraws it;
 * 2. superseded: a report moved it to another year ("from 2050 to 2045", "instead of 2050");
 * 3. superseded: its latest report names its year as a former one, or none asserts it;
 * 4. for kinds an actor holds one of (net zero, peak), the year asserted by the latest
 *    dated report about the actor supersedes the others (passing mentions decide only when
 *    no report is about the actor); a claim only undated reports assert loses to a dated one;
 * and for each claim its current value, base year and status (describe()).
 */
export function deriveGroup(g: GroupAggs): DerivedClaim[] {
  const byId = new Map(g.claims.map((c) => [c.id, c]))
  const out = g.claims.map((c) => {
    const d = describe(c, g.values.filter((v) => v.claim_id === c.id), g.previous.filter((r) => r.claim_id === c.id))
    const cause = ownCause(c, g.moves)
    return { ...d, state: (cause === null ? 'current' : cause.why === 'withdrawn' ? 'withdrawn' : 'superseded') as ClaimState, cause }
  })
  // 4.
  const kind = g.claims[0]?.kind
  if (kind && SINGLE_YEAR_KINDS.has(kind)) {
    // A target without a year ("net zero for long-lived gases") neither replaces a dated year nor is replaced by one.
    const dated = (d: DerivedClaim) => byId.get(d.id)!.year !== null
    const current = out.filter((d) => d.state === 'current' && byId.get(d.id)!.asserted > 0 && dated(d))
    // Reports about the actor decide; passing mentions only when no report is about it.
    const focused = current.some((d) => byId.get(d.id)!.about_asserted > 0)
    const last = (d: DerivedClaim) => (focused ? byId.get(d.id)!.about_last : byId.get(d.id)!.asserted_last) ?? ''
    const latest = current.map(last).sort().pop() ?? ''
    if (latest !== '') {
      const winner = current
        .filter((d) => last(d) === latest)
        .sort((a, b) => byId.get(b.id)!.asserted - byId.get(a.id)!.asserted || (byId.get(b.id)!.year ?? 0) - (byId.get(a.id)!.year ?? 0))[0]
      for (const [i, d] of out.entries()) {
        if (d.state !== 'current' || !dated(d) || last(d) >= latest) continue
        out[i] = { ...d, state: 'superseded', cause: { why: 'later', date: latest, successor: winner.id } }
      }
    }
  }
  return out
}
