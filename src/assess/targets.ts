import type { Claim } from '../store/queries/targets.js'
import { REFERENCE_DOC_PREFIX } from './reference/statements.js'
import { REFERENCE_TARGETS, type ReferenceTarget } from './reference/targets.js'

/** A target as the pathways take it: the reference's fields, where it came from, and when it was reported. */
export interface ActorTarget extends ReferenceTarget {
  readonly origin: 'register' | 'reference'
}

const PATHWAY_KINDS = new Set(['net_zero', 'reduction', 'intensity', 'peak'])
/** One net-zero year and one peak year per actor; reductions and intensities one per target year. */
const slot = (t: { actor: string; kind: string; year: number | null }) => (t.kind === 'net_zero' || t.kind === 'peak' ? `${t.actor}|${t.kind}` : `${t.actor}|${t.kind}|${t.year}`)

/** Where a register claim's latest report comes from, for the `source` of a target it sets. */
function claimSource(c: Claim): string {
  const e = c.evidence[0]
  return e ? `${e.outlet ?? e.url ?? e.doc} (${c.sources} source${c.sources === 1 ? '' : 's'} in the register)` : 'the register'
}

/**
 * The targets each actor's pathway follows: the reference register, with a
 * register claim taking a target's place when it was reported after the
 * reference's source date (issue #6: "register wins when newer") and states a
 * different target (a repeat of the reference changes nothing). Claims that
 * the reference register itself put in the store are the reference. A claim
 * is used only if the pathway can read it: a cut needs its value and base year
 * (or the reference's BAU level for the same target), an intensity its value
 * and base year. Conditional reference targets are kept beside whatever wins.
 */
export function mergeTargets(claims: readonly Claim[], actors: ReadonlySet<string>, reference: readonly ReferenceTarget[] = REFERENCE_TARGETS): Map<string, ActorTarget[]> {
  const chosen = new Map<string, ActorTarget>()
  const conditional: ActorTarget[] = []
  // A methane-only target is no pathway's: the pathways follow all gases or CO2.
  const pathwayTargets = reference.filter((t) => t.gas !== 'ch4')
  for (const t of pathwayTargets) (t.conditional ? conditional : []).push({ ...t, origin: 'reference' })
  for (const t of pathwayTargets) if (!t.conditional) chosen.set(slot(t), { ...t, origin: 'reference' })
  for (const c of claims) {
    // (A single-gas claim, a methane cut, is no pathway's target either; nor a cut in tonnes, which
    // the pathways would read as a percentage: issue 14, item 6.)
    if (!PATHWAY_KINDS.has(c.kind) || c.year == null || c.gas != null || (c.unit != null && c.unit !== 'percent') || !actors.has(c.actor)) continue
    if (c.evidence[0]?.doc.startsWith(REFERENCE_DOC_PREFIX)) continue
    const key = slot(c)
    const ref = chosen.get(key)
    const reported = c.last_reported ?? ''
    if (ref && reported <= ref.date) continue
    const sameTarget = ref && ref.kind === c.kind && ref.year === c.year ? ref : undefined
    // The news repeating the reference's target changes nothing (its status stays the official one).
    const close = (x: number | null | undefined, y: number | null | undefined) => (x == null ? y == null : y != null && Math.abs(x - y) <= 0.5)
    if (sameTarget && close(c.value, sameTarget.value ?? null) && (c.base_year == null || c.base_year === sameTarget.base_year)) continue
    const base = c.base_year ?? sameTarget?.base_year
    const needsBase = c.kind === 'reduction' || c.kind === 'intensity'
    if (needsBase && (c.value == null || (base == null && sameTarget?.bau_mt == null))) continue
    chosen.set(key, {
      actor: c.actor, kind: c.kind as ActorTarget['kind'], year: c.year,
      ...(c.value != null ? { value: c.value } : {}), ...(c.value_max != null ? { value_max: c.value_max } : {}),
      ...(base != null ? { base_year: base } : {}),
      ...(sameTarget?.bau_mt != null && c.base_year == null ? { bau_mt: sameTarget.bau_mt } : {}),
      ...(sameTarget?.base_mt != null && base === sameTarget.base_year ? { base_mt: sameTarget.base_mt } : {}),
      gas: ref?.gas ?? 'ghg',
      // A newer value for a known target keeps its official standing unless the report states law or policy;
      // a target the reference does not hold counts as announced.
      status: c.status === 'law' || c.status === 'policy' ? c.status : (ref?.status ?? 'pledged'),
      source: claimSource(c), date: reported || '0000-00-00', origin: 'register',
    })
  }
  const byActor = new Map<string, ActorTarget[]>()
  for (const t of [...chosen.values(), ...conditional]) byActor.set(t.actor, [...(byActor.get(t.actor) ?? []), t])
  return byActor
}
