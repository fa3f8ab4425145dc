import type { Pledge } from '../model/facts.js'

/** A pledge found in one sentence, with how completely that sentence states it. */
export interface PledgeCandidate {
  readonly pledge: Pledge
  /** Higher when the value is stated exactly: the best statement wins among repeats. */
  readonly quality: number
  /** The year came from a rough phrase ("within the next decade"). */
  readonly approx: boolean
}

/** One pledge per (actor, kind, year, gas): a methane target stands apart from the all-gas one (FORMAT.md). */
const keyOf = (p: Pledge) => `${p.actor}|${p.kind}|${p.year ?? ''}|${p.gas ?? ''}`

/**
 * One pledge per (actor, kind, year) per article (FORMAT.md).
 * 1. among repeats keep the best-stated one, the first on ties (headlines and leads come first),
 *    taking a base year from a repeat with the same value when it lacks one;
 * 2. drop a yearless pledge when the same actor has a dated one of that kind (the same target, restated loosely);
 * 3. drop a rough-year pledge when the same actor has an exact-year one of that kind;
 * 4. temperature goals: one per value.
 */
export function reconcilePledges(found: readonly PledgeCandidate[]): Pledge[] {
  const best = new Map<string, PledgeCandidate>()
  const temperature = (c: PledgeCandidate) => c.pledge.kind === 'temperature'
  for (const c of found) {
    const key = temperature(c) ? `PARIS|temperature|${c.pledge.value}` : keyOf(c.pledge)
    const prev = best.get(key)
    if (!prev || c.quality > prev.quality) best.set(key, withBase(c, prev))
    else best.set(key, withBase(prev, c))
  }
  const kept = [...best.values()]
  const dated = (c: PledgeCandidate, exact: boolean) =>
    kept.some((o) => o !== c && o.pledge.actor === c.pledge.actor && o.pledge.kind === c.pledge.kind && o.pledge.year !== null && (!exact || !o.approx))
  return kept
    .filter((c) => temperature(c) || c.pledge.year !== null || !dated(c, false))
    .filter((c) => !c.approx || !dated(c, true))
    .map((c) => c.pledge)
}

function withBase(c: PledgeCandidate, other: PledgeCandidate | undefined): PledgeCandidate {
  const p = c.pledge
  const o = other?.pledge
  if (!o || p.base_year != null || o.base_year == null || o.value !== p.value) return c
  return { ...c, pledge: { ...p, base_year: o.base_year } }
}
