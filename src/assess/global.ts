import { lastYear, valueAt, type ActorSeries, type Dataset, type Series } from './dataset.js'
import { LAND_USE_TREND_PER_YEAR, type ScenarioSpec } from './scenarios.js'

/** The rest of the world: the world minus the named actors, every year the world has data (international bunkers included). */
export function restOfWorld(d: Dataset): ActorSeries {
  const minus = (pick: (a: ActorSeries) => Series): Series => {
    const out: Record<number, number> = {}
    for (const y of Object.keys(pick(d.world)).map(Number)) out[y] = valueAt(pick(d.world), y) - d.actors.reduce((s, a) => s + valueAt(pick(a), y), 0)
    return out
  }
  return { actor: 'ROW', name: 'Rest of the world (incl. international aviation and shipping)', co2: minus((a) => a.co2), nonCo2: minus((a) => a.nonCo2) }
}

/** Global land-use CO2 in a year, GtCO2: the data, then the scenario's rule. */
export function landUseAt(d: Dataset, s: ScenarioSpec, year: number): number {
  const last = Math.min(lastYear(d.landUse), d.latestYear)
  const l0 = valueAt(d.landUse, last)
  if (year <= last) return valueAt(d.landUse, year)
  if (s.landUseZeroBy == null) return l0 * (1 + LAND_USE_TREND_PER_YEAR) ** (year - last)
  return year >= s.landUseZeroBy ? 0 : l0 * (1 - (year - last) / (s.landUseZeroBy - last))
}
