import type { TargetUsed } from '../model/assessment.js'
import { GDP_GROWTH_PERCENT } from './data/gdp.js'
import { lastYear, valueAt, type ActorSeries } from './dataset.js'
import { TREND_HALF_LIFE, TREND_WINDOW, type ScenarioSpec } from './scenarios.js'
import type { ActorTarget } from './targets.js'

export const START_YEAR = 2020
export const END_YEAR = 2100

/** An actor's emissions in one scenario, Mt per year, for every year START_YEAR..END_YEAR. */
export interface ActorPath {
  readonly rule: string
  readonly used: TargetUsed[]
  readonly co2: Record<number, number>
  readonly nonCo2: Record<number, number>
}

const ghg = (a: ActorSeries, y: number) => valueAt(a.co2, y) + valueAt(a.nonCo2, y)
const fmt = (n: number) => Math.round(n).toLocaleString('en-US')

/** The recent trend: average annual change of total GHG over TREND_WINDOW years, within ±5%. */
export function trendRate(a: ActorSeries, latest: number): number {
  const [g0, g1] = [ghg(a, latest - TREND_WINDOW), ghg(a, latest)]
  const r = g0 > 0 && g1 > 0 ? (g1 / g0) ** (1 / TREND_WINDOW) - 1 : 0
  return Math.max(-0.05, Math.min(0.05, r))
}

/** The trend's rate in a year: the recent rate, halving every TREND_HALF_LIFE years after the latest data year. */
const rateIn = (r0: number, latest: number, year: number) => r0 * 0.5 ** ((year - latest) / TREND_HALF_LIFE)

/** GDP in a year: the data, then grown at the IMF rate (data/gdp.ts), else 3% a year. */
function gdpAt(a: ActorSeries, year: number): number | null {
  if (!a.gdp) return null
  const last = lastYear(a.gdp)
  if (year <= last) return valueAt(a.gdp, year)
  return valueAt(a.gdp, last) * (1 + (GDP_GROWTH_PERCENT[a.actor] ?? 3) / 100) ** (year - last)
}

interface Anchor {
  readonly year: number
  readonly level: number
  readonly netZero: boolean
}

/**
 * The GHG level (excluding LULUCF, Mt) a target sets for its year, or a reason
 * it cannot be read. Cuts apply to our GHG excluding LULUCF in the base year,
 * unless the target states its own base (BAU or a base-year total); CO2-only
 * targets are scaled to GHG by the latest CO2 share.
 */
function targetLevel(a: ActorSeries, t: ActorTarget, s: ScenarioSpec, latest: number): { level: number; reading: string } | { reason: string } {
  const co2Share = valueAt(a.co2, latest) / ghg(a, latest)
  const gasName = t.gas === 'co2' ? 'CO2' : 'GHG'
  const scale = t.gas === 'co2' ? 1 / co2Share : 1
  const emitted = (y: number) => (t.gas === 'co2' ? valueAt(a.co2, y) : ghg(a, y))
  const pct = s.ambitious && t.value_max != null ? t.value_max : t.value
  if (t.kind === 'reduction') {
    if (t.level_mt != null) {
      const level = s.ambitious && t.level_mt_min != null ? t.level_mt_min : t.level_mt
      return { level: level * scale, reading: `${gasName} at most ${fmt(level)} Mt in ${t.year}` }
    }
    if (pct == null) return { reason: 'no value' }
    if (t.bau_mt != null) return { level: t.bau_mt * (1 - pct / 100) * scale, reading: `${gasName} −${pct}% vs BAU ${fmt(t.bau_mt)} Mt → ${fmt(t.bau_mt * (1 - pct / 100))} Mt in ${t.year}` }
    if (t.base_year == null) return { reason: 'no base year' }
    const base = t.base_mt ?? emitted(t.base_year)
    return { level: base * (1 - pct / 100) * scale, reading: `${gasName} −${pct}% vs ${t.base_year}${t.base_mt != null ? ' (incl. land use)' : ''} → ${fmt(base * (1 - pct / 100))} Mt in ${t.year}` }
  }
  // intensity: emissions per unit of GDP
  if (pct == null || t.base_year == null) return { reason: 'no value or base year' }
  const [g0, g1] = [gdpAt(a, t.base_year), gdpAt(a, t.year)]
  if (g0 == null || g1 == null) return { reason: 'no GDP in the data' }
  const level = emitted(t.base_year) * (g1 / g0) * (1 - pct / 100)
  return { level: level * scale, reading: `${gasName}/GDP −${pct}% vs ${t.base_year}, GDP ×${(g1 / g0).toFixed(2)} → ${fmt(level)} Mt in ${t.year}` }
}

/** Which of an actor's targets a scenario follows. */
function applies(t: ActorTarget, s: ScenarioSpec, latest: number): boolean {
  if (t.year <= latest || s.targets === 'none') return false
  if ((t.conditional || t.status === 'pledged') && !s.ambitious) return false
  if (s.targets === 'to_2030') return t.kind !== 'net_zero' && t.year <= 2030
  return true
}

/**
 * An actor's yearly pathway to END_YEAR in a scenario. Steps:
 * 1. history to the latest data year, then the trend (recent annual change, halving every decade);
 * 2. each target the scenario follows becomes an anchor: its level, or the trend's where the
 *    target is weaker; a net-zero year is zero GHG (CO2-only: the residual non-CO2 is left);
 * 3. between anchors the level is linear; after the last one it holds at net zero, or else
 *    follows the trend rate, never rising after a promised peak year;
 * 4. non-CO2 gases move by `nonCo2Share` of total GHG's relative change from the latest year, so
 *    at net zero their residual is balanced by as much net-negative CO2 (removals).
 */
export function actorPathway(a: ActorSeries, targets: readonly ActorTarget[], s: ScenarioSpec, latest: number, generic?: GenericNetZero): ActorPath {
  const gL = ghg(a, latest)
  const nL = valueAt(a.nonCo2, latest)
  const r0 = trendRate(a, latest)
  const trend: Record<number, number> = { [latest]: gL }
  for (let y = latest + 1; y <= END_YEAR; y++) trend[y] = trend[y - 1] * (1 + rateIn(r0, latest, y))
  // 2.
  const used: TargetUsed[] = []
  const anchors: Anchor[] = generic ? [{ year: 2030, level: trend[2030], netZero: false }, { year: generic.year, level: 0, netZero: true }] : []
  if (generic) used.push({ kind: 'net_zero', year: generic.year, value: null, base_year: null, origin: 'reference', source: null, reading: generic.reading })
  let peakYear = Infinity
  for (const t of targets) {
    if (!applies(t, s, latest)) continue
    const base = { kind: t.kind, year: t.year, value: (s.ambitious && t.value_max != null ? t.value_max : t.value) ?? null, base_year: t.base_year ?? null, origin: t.origin, source: `${t.source}, ${t.date}` }
    if (t.kind === 'peak') {
      peakYear = Math.min(peakYear, t.year)
      used.push({ ...base, reading: `no growth after ${t.year}` })
      continue
    }
    if (t.kind === 'net_zero') {
      // CO2-only: the GHG level at which step 4 leaves CO2 at zero.
      const level = t.gas === 'co2' ? ((1 - s.nonCo2Share) * nL) / (1 - (s.nonCo2Share * nL) / gL) : 0
      anchors.push({ year: t.year, level, netZero: true })
      const residual = nL * (1 - s.nonCo2Share * (1 - level / gL))
      used.push({ ...base, reading: t.gas === 'co2' ? `net zero CO2 in ${t.year}; non-CO2 left at ${fmt(residual)} Mt` : `net zero GHG in ${t.year}: residual non-CO2 ${fmt(residual)} Mt balanced by removals` })
      continue
    }
    const r = targetLevel(a, t, s, latest)
    if ('reason' in r) {
      used.push({ ...base, reading: `not used: ${r.reason}` })
      continue
    }
    const weaker = r.level >= trend[t.year]
    anchors.push({ year: t.year, level: Math.min(r.level, trend[t.year]), netZero: false })
    used.push({ ...base, reading: weaker ? `${r.reading}: above the trend (${fmt(trend[t.year])} Mt), trend kept` : r.reading })
  }
  // Several anchors in one year (a target and its conditional part): the lowest.
  const byYear = new Map<number, Anchor>()
  for (const x of anchors) if (!byYear.has(x.year) || x.level < byYear.get(x.year)!.level) byYear.set(x.year, x)
  const sorted = [...byYear.values()].sort((p, q) => p.year - q.year)
  // 3.
  const g: Record<number, number> = { [latest]: gL }
  let prev: Anchor = { year: latest, level: gL, netZero: false }
  let i = 0
  for (let y = latest + 1; y <= END_YEAR; y++) {
    while (i < sorted.length && sorted[i].year < y) prev = sorted[i++]
    const next = sorted[i]
    if (next) g[y] = prev.level + ((next.level - prev.level) * (y - prev.year)) / (next.year - prev.year)
    else if (prev.netZero) g[y] = prev.level
    else {
      const rate = rateIn(r0, latest, y)
      g[y] = g[y - 1] * (1 + (y > peakYear ? Math.min(0, rate) : rate))
    }
  }
  // 4.
  const co2: Record<number, number> = {}
  const nonCo2: Record<number, number> = {}
  for (let y = START_YEAR; y <= END_YEAR; y++) {
    if (y <= latest) {
      co2[y] = valueAt(a.co2, y)
      nonCo2[y] = valueAt(a.nonCo2, y)
    } else {
      nonCo2[y] = nL * (1 - s.nonCo2Share * (1 - g[y] / gL))
      co2[y] = g[y] - nonCo2[y]
    }
  }
  const rule = !sorted.length && peakYear === Infinity ? 'trend' : 'targets'
  return { rule, used, co2, nonCo2 }
}

/** A stated assumption in place of targets (the rest of the world): trend to 2030, then linearly to net zero GHG. */
export interface GenericNetZero {
  readonly year: number
  readonly reading: string
}
