import { ACTORS, LAND_USE_CO2, WORLD } from './data/emissions.js'
import { SOURCES } from './data/sources.js'

/** Values by year; years between those listed are interpolated (valueAt). */
export type Series = Readonly<Record<number, number>>

/** One actor's emissions: fossil CO2 and the other greenhouse gases (excluding LULUCF), Mt per year. */
export interface ActorSeries {
  readonly actor: string
  readonly name: string
  readonly co2: Series
  readonly nonCo2: Series
  /** GDP at constant prices, any unit (intensity targets use ratios only). */
  readonly gdp?: Series
}

/** What the pathways start from: the actors, the world, global land use. */
export interface Dataset {
  readonly source: string
  /** The latest year with world fossil CO2: pathways start after it. */
  readonly latestYear: number
  readonly actors: readonly ActorSeries[]
  readonly world: ActorSeries
  /** Global net land-use change CO2, GtCO2 per year. */
  readonly landUse: Series
}

/**
 * The value of a series in a year: listed years as they are, years between
 * them linearly interpolated, years outside held at the nearest end.
 * @example valueAt({ 2010: 1, 2020: 3 }, 2015) // 2
 */
export function valueAt(s: Series, year: number): number {
  const ys = Object.keys(s).map(Number).sort((a, b) => a - b)
  if (!ys.length) throw new Error('empty series')
  if (year <= ys[0]) return s[ys[0]]
  if (year >= ys[ys.length - 1]) return s[ys[ys.length - 1]]
  const hi = ys.findIndex((y) => y >= year)
  const [y0, y1] = [ys[hi - 1], ys[hi]]
  return s[y0] + ((s[y1] - s[y0]) * (year - y0)) / (y1 - y0)
}

/** The last year a series lists. */
export const lastYear = (s: Series): number => Math.max(...Object.keys(s).map(Number))

/** The table in src/assess/data (GCB 2024, EDGAR 2024, WDI): what `assess` uses until `data update` switches. */
export function builtInDataset(): Dataset {
  return {
    source: `built-in: ${SOURCES.co2.release}; ${SOURCES.nonCo2.release}; ${SOURCES.landUse.release}`,
    latestYear: lastYear(WORLD.co2),
    actors: ACTORS,
    world: WORLD,
    landUse: LAND_USE_CO2,
  }
}
