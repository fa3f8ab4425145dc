import { createHash } from 'node:crypto'
import { REFERENCE_TARGETS, type ReferenceTarget } from '../assess/reference/targets.js'
import type { DerivedClaim } from './claim-derive.js'
import { overlaps, STATUS_RANK } from './claim-key.js'

/** A base year the register takes from the reference list, and the official document behind it. */
export interface ReferenceBase {
  readonly base_year: number
  /** The reference's source and its date: "Japan, NDC, UNFCCC NDC registry (2021-10-22)". */
  readonly source: string
}

/** What a claim must show for the reference list to speak about it. */
export interface BaseQuestion {
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  /** The claim key's unit ('' for a share) and gas ('' for all gases or CO2). */
  readonly metric: string
  readonly gas: string
  readonly value: number | null
  readonly value_max: number | null
}

const cite = (t: ReferenceTarget) => `${t.source} (${t.date})`

/**
 * The reference list's targets (src/assess/reference/targets.ts) that are the
 * claim's target: the same actor, kind and year, for all gases or CO2 (a methane-only
 * claim: the list's methane-only targets; no capacity), and for a cut or an intensity a value the claim's
 * value or range overlaps within half a point (overlaps(), the scorer's and the
 * register's tolerance: "50" meets "50–52", "45" does not meet "40"). A net-zero
 * year or a peak year needs no value, and a net-zero or peak claim with no year is the
 * actor's one such target when the list holds one. Conditional targets count too.
 */
export function referenceMatches(q: BaseQuestion, reference: readonly ReferenceTarget[] = REFERENCE_TARGETS): ReferenceTarget[] {
  if (q.metric !== '' || (q.gas !== '' && q.gas !== 'CH4')) return []
  const gas = (t: ReferenceTarget) => (q.gas === 'CH4' ? t.gas === 'ch4' : t.gas !== 'ch4')
  const valued = q.kind === 'reduction' || q.kind === 'intensity'
  if (!valued && q.kind !== 'net_zero' && q.kind !== 'peak') return []
  if (valued && (q.value === null || q.year === null)) return []
  const same = reference.filter((t) => t.actor === q.actor && t.kind === q.kind && gas(t))
  // "its net-zero target", no year: an actor has one net-zero (and one peak) target per gas,
  // so a yearless claim is the list's one target of that kind, if it holds exactly one.
  if (q.year === null) return same.filter((t) => !t.conditional).length === 1 ? same : []
  return same.filter((t) => t.year === q.year && (!valued || (t.value != null && overlaps(q.value, q.value_max, t.value, t.value_max ?? null))))
}

/**
 * The base year an analyst writes down for a target whose reports state none
 * (issue 14, "base years from the official record"): that of the reference's
 * matching targets (referenceMatches). An NDC states one base year for its
 * conditional and unconditional parts, so both count. Targets against business
 * as usual have no base year and supply none; when matching targets disagree on
 * the base year, none is taken.
 * @example referenceBaseYear({ actor: 'USA', kind: 'reduction', year: 2030, metric: '', gas: '', value: 50, value_max: null })
 * // { base_year: 2005, source: 'United States of America, NDC, UNFCCC NDC registry (2021-04-22)' }
 */
export function referenceBaseYear(q: BaseQuestion, reference: readonly ReferenceTarget[] = REFERENCE_TARGETS): ReferenceBase | null {
  const match = referenceMatches(q, reference)
  if (!match.length || match.some((t) => t.base_year == null || t.base_year !== match[0].base_year)) return null
  const t = match.find((x) => !x.conditional) ?? match[0]
  return { base_year: t.base_year!, source: cite(t) }
}

/**
 * The official standing of the claim's target (law, policy, pledged) by the
 * reference list: that of its unconditional matching target, or null.
 * @example referenceStatus({ actor: 'JPN', kind: 'net_zero', year: 2050, metric: '', gas: '', value: null, value_max: null })
 * // { status: 'law', source: 'Japan, Act on Promotion of Global Warming Countermeasures, as amended (2021-05-26)' }
 */
export function referenceStatus(q: BaseQuestion, reference: readonly ReferenceTarget[] = REFERENCE_TARGETS): { status: string; source: string } | null {
  const t = referenceMatches(q, reference).find((x) => !x.conditional)
  return t && !t.withdrawn ? { status: t.status, source: cite(t) } : null
}

/**
 * The end of the claim's target by the reference list (its unconditional matching target's
 * `withdrawn`): the date and the act, cited with the target's own source.
 * @example referenceWithdrawal({ actor: 'USA', kind: 'net_zero', year: 2050, metric: '', gas: '', value: null, value_max: null })
 * // { date: '2025-01-20', source: 'United States, Executive Order 14162 (…) (2025-01-20); target: United States of America, Long-Term Strategy, UNFCCC NDC registry (2021-11-01)' }
 */
export function referenceWithdrawal(q: BaseQuestion, reference: readonly ReferenceTarget[] = REFERENCE_TARGETS): { date: string; source: string } | null {
  const t = referenceMatches(q, reference).find((x) => !x.conditional)
  return t?.withdrawn ? { date: t.withdrawn.date, source: `${t.withdrawn.source} (${t.withdrawn.date}); target: ${cite(t)}` } : null
}

/**
 * A derived claim completed from the reference list where its reports leave it
 * short. Only current claims; a claim that is not current keeps what its reports say.
 * 1. base year: when no report states one (a stated base year is never replaced;
 *    an ended target's base year is still the record of what was set);
 * 2. withdrawn: when the reference says the target ended (`withdrawn`) and no dated report
 *    asserts it after that date (a later report asserting it again keeps it current, as
 *    after a reported withdrawal); the cause names the reference, not a sentence, and the
 *    status stays what the reports give;
 * 3. status: when the reference's standing is stronger than the strongest a report
 *    gives (law > policy > pledged > …: articles rarely say a target is law).
 */
export function withReferenceBase(d: DerivedClaim, key: Omit<BaseQuestion, 'value' | 'value_max'> & { readonly asserted_last?: string | null }): DerivedClaim {
  if (d.state !== 'current') return d
  const q = { ...key, value: d.value, value_max: d.value_max }
  let out = d
  // 1.
  const base = d.base_year === null ? referenceBaseYear(q) : null
  if (base) out = { ...out, base_year: base.base_year, base_source: base.source }
  // 2.
  const ended = referenceWithdrawal(q)
  if (ended && (key.asserted_last ?? '') <= ended.date) return { ...out, state: 'withdrawn', cause: { why: 'withdrawn', date: ended.date, successor: null, reference: ended.source } }
  // 3.
  const status = referenceStatus(q)
  if (status && (STATUS_RANK[status.status] ?? 0) > (d.status ? (STATUS_RANK[d.status] ?? 0) : 0)) out = { ...out, status: status.status, status_source: status.source }
  return out
}

/**
 * A short fingerprint of the reference list: the derivation reads it, so a change
 * to the list is a change of the rules and derives the register again (rebuild.ts).
 */
export const REFERENCE_FINGERPRINT = createHash('sha256').update(JSON.stringify(REFERENCE_TARGETS)).digest('hex').slice(0, 8)
