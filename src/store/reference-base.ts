import { createHash } from 'node:crypto'
import { REFERENCE_TARGETS, type ReferenceTarget } from '../assess/reference/targets.js'
import type { DerivedClaim } from './claim-derive.js'
import { overlaps } from './claim-key.js'

/** A base year the register takes from the reference list, and the official document behind it. */
export interface ReferenceBase {
  readonly base_year: number
  /** The reference's source and its date: "Japan, NDC, UNFCCC NDC registry (2021-10-22)". */
  readonly source: string
}

/** What a claim must show for the reference list to supply its base year. */
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

/**
 * The base year an analyst writes down for a target whose reports state none
 * (issue 14, "base years from the official record"): the reference list's
 * (src/assess/reference/targets.ts) target of the same actor, kind (a cut or an
 * intensity) and year, for all gases or CO2 as a share, whose value the claim's
 * value or range overlaps within half a point (overlaps(), the scorer's and the
 * register's tolerance: "50" meets "50–52", "45" does not meet "40"). Conditional
 * targets count too: an NDC states one base year for both parts. Targets against
 * business as usual have no base year and supply none; when matching targets
 * disagree on the base year, none is taken.
 * @example referenceBaseYear({ actor: 'USA', kind: 'reduction', year: 2030, metric: '', gas: '', value: 50, value_max: null })
 * // { base_year: 2005, source: 'United States of America, NDC, UNFCCC NDC registry (2021-04-22)' }
 */
export function referenceBaseYear(q: BaseQuestion, reference: readonly ReferenceTarget[] = REFERENCE_TARGETS): ReferenceBase | null {
  if ((q.kind !== 'reduction' && q.kind !== 'intensity') || q.year === null || q.value === null || q.metric !== '' || q.gas !== '') return null
  const match = reference.filter((t) =>
    t.actor === q.actor && t.kind === q.kind && t.year === q.year && t.value != null && overlaps(q.value, q.value_max, t.value, t.value_max ?? null))
  if (!match.length || match.some((t) => t.base_year == null || t.base_year !== match[0].base_year)) return null
  const t = match.find((x) => !x.conditional) ?? match[0]
  return { base_year: t.base_year!, source: `${t.source} (${t.date})` }
}

/**
 * A short fingerprint of the reference list: the derivation reads it, so a change
 * to the list is a change of the rules and derives the register again (rebuild.ts).
 */
export const REFERENCE_FINGERPRINT = createHash('sha256').update(JSON.stringify(REFERENCE_TARGETS)).digest('hex').slice(0, 8)

/**
 * A derived claim with the reference list's base year where it needs one: a
 * current claim with a value whose reports state no base year. A base year a
 * report states is never replaced, and claims that are not current keep theirs.
 */
export function withReferenceBase(d: DerivedClaim, key: Omit<BaseQuestion, 'value' | 'value_max'>): DerivedClaim {
  if (d.state !== 'current' || d.base_year !== null) return d
  const ref = referenceBaseYear({ ...key, value: d.value, value_max: d.value_max })
  return ref ? { ...d, base_year: ref.base_year, base_source: ref.source } : d
}
