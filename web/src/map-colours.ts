import { EU_MEMBERS } from '../../src/server/eu-members.js'

/** A band of net-zero years and its colour on the map (viridis: earlier is darker; safe for colour blindness). */
export interface YearBand {
  readonly label: string
  readonly to: number
  readonly colour: string
}

/** Fixed bands rather than a continuous ramp, so the legend reads the same on any register, an empty one included. */
export const NET_ZERO_BANDS: readonly YearBand[] = [
  { label: '2040 or earlier', to: 2040, colour: '#440154' },
  { label: '2041–2045', to: 2045, colour: '#3b528b' },
  { label: '2046–2050', to: 2050, colour: '#21918c' },
  { label: '2051–2060', to: 2060, colour: '#5ec962' },
  { label: '2061 or later', to: Infinity, colour: '#fde725' },
]

export const NO_TARGET_COLOUR = '#d9d9d9'

/** The band a net-zero year falls in. */
export const bandOf = (year: number): YearBand => NET_ZERO_BANDS.find((b) => year <= b.to)!

const EU = new Set(EU_MEMBERS)

/** How one country is shown: its own target, the EU's (a member without one of its own), or none. */
export type MapFill =
  | { readonly kind: 'own'; readonly year: number; readonly colour: string }
  | { readonly kind: 'eu'; readonly year: number; readonly colour: string }
  | { readonly kind: 'none'; readonly colour: string }

/**
 * A country's fill: its own net-zero year when the register has one; for an
 * EU member without one, the EU's year (drawn hatched, so the reader sees it
 * is the bloc's target, issue 16 item 1); else the no-target grey.
 */
export function mapFill(iso3: string | undefined, years: ReadonlyMap<string, number>): MapFill {
  const own = iso3 ? years.get(iso3) : undefined
  if (own) return { kind: 'own', year: own, colour: bandOf(own).colour }
  const eu = years.get('EU')
  if (iso3 && eu && EU.has(iso3)) return { kind: 'eu', year: eu, colour: bandOf(eu).colour }
  return { kind: 'none', colour: NO_TARGET_COLOUR }
}
