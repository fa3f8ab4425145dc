import type { Pledge } from '../model/facts.js'

/**
 * What makes two pledges the same claim (issue 14, item 6): actor, kind and
 * year, plus what the number measures. A renewables share (percent) and a
 * capacity (GW) are two targets, so are a cut in percent and one in tonnes
 * (MtCO2e: "35%" and "200 million tonnes" cannot be compared), an all-gas and a methane-only cut,
 * and two temperature goals (1.5 and 2 °C) are two goals (migration 006).
 * A "group" is the claim key without the year: the targets that can replace
 * one another when a report moves a year ("net zero: 2050 → 2045").
 */
export interface ClaimKey {
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  /** A temperature goal's value; null for every other kind. */
  readonly goal: number | null
  /** '' for percent (or no value); the unit otherwise ('GW', 'MtCO2e'), so a share, a capacity and a cut in tonnes stay apart. */
  readonly metric: string
  /** '' for all greenhouse gases or CO2; 'CH4' for a methane-only target. */
  readonly gas: string
}

/** The claim key a pledge belongs to. */
export function claimKeyOf(p: Pick<Pledge, 'actor' | 'kind' | 'year' | 'value' | 'unit' | 'gas'>): ClaimKey {
  return { actor: p.actor, kind: p.kind, year: p.year, goal: goalOf(p), metric: metricOf(p), gas: p.gas ?? '' }
}

/** A temperature goal's value tells one goal from another (migration 006); other kinds have none. */
export const goalOf = (p: Pick<Pledge, 'kind' | 'value'>): number | null => (p.kind === 'temperature' ? (p.value ?? null) : null)

/**
 * The unit as part of the key: percent and "no value" share '' (a target stated
 * without its number joins the share it most often is), any other unit stands apart.
 * Temperature goals are told apart by their value instead.
 */
export const metricOf = (p: Pick<Pledge, 'kind' | 'unit'>): string => (p.kind === 'temperature' || !p.unit || p.unit === 'percent' ? '' : p.unit)

/** One string per claim, for maps. */
export const claimKeyString = (k: ClaimKey): string => [k.actor, k.kind, k.year ?? '', k.goal ?? '', k.metric, k.gas].join('\u001f')

/** One string per group (the claim key without its year). */
export const groupKeyString = (k: Omit<ClaimKey, 'year'>): string => [k.actor, k.kind, k.goal ?? '', k.metric, k.gas].join('\u001f')

/** Values within half a point are the same value (the scorer's tolerance); '|' is "no value". */
export function valueKey(value: number | null | undefined, max: number | null | undefined): string {
  const r = (v: number | null | undefined) => (v == null ? '' : String(Math.round(v * 2) / 2))
  return `${r(value)}|${r(max)}`
}

/**
 * True when two values can both be true: ranges that overlap (50–52 and 50),
 * or points within half a point. No value overlaps anything.
 * @example overlaps(50, 52, 50, null) // true
 */
export function overlaps(a: number | null, aMax: number | null, b: number | null, bMax: number | null): boolean {
  if (a == null || b == null) return true
  return a - 0.5 <= (bMax ?? b) && b - 0.5 <= (aMax ?? a)
}

/** Status precedence (issue 14, item 8): a claim shows the strongest status its reports give. */
export const STATUS_RANK: Readonly<Record<string, number>> = { considering: 1, proposed: 2, pledged: 3, policy: 4, law: 5 }
export const statusOfRank = (rank: number): string | null => Object.entries(STATUS_RANK).find(([, r]) => r === rank)?.[0] ?? null

/** Kinds an actor holds one of at a time (per gas): a later year replaces an earlier one. */
export const SINGLE_YEAR_KINDS: ReadonlySet<string> = new Set(['net_zero', 'peak'])
