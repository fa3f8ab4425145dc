import type { Range } from '../model/assessment.js'

/**
 * Warming from emissions, the way the IPCC AR6 remaining budgets are built:
 * warming now, plus TCRE × net CO2 emitted since, plus the change in non-CO2
 * warming. Temperatures in °C above 1850–1900.
 */

/** Human-induced warming in 2023 and its rate (Forster et al. 2024, Indicators of Global Climate Change 2023). */
export const WARMING_2023 = 1.31
export const WARMING_RATE_PER_YEAR = 0.026
/** Transient climate response to cumulative CO2, °C per 1000 GtCO2: AR6 WG1 SPM D.1.1, best 0.45, likely 0.27–0.63. */
export const TCRE = { central: 0.45, low: 0.27, high: 0.63 } as const
/**
 * Today's warming from short-lived non-CO2 gases (CH4 and the ozone it makes, about 0.5 °C in AR6 WG1
 * Fig. SPM.2c), taken to follow the 10-year mean of non-CO2 GHG emissions (methane lives ~12 years).
 */
export const NON_CO2_GHG_WARMING = 0.5
/** Today's cooling from aerosols (SO2 and others, about 0.4 °C net in AR6 WG1 Fig. SPM.2c), taken to follow the 10-year mean of fossil CO2 (net-negative CO2 is removals, not combustion: floored at zero). */
export const AEROSOL_COOLING = 0.4
/** The non-CO2 change is uncertain by half either way (stated; AR6 gives ±0.1–0.2 °C for non-CO2 in the budgets). */
export const NON_CO2_RANGE = 0.5
const MEAN_YEARS = 10

/** Yearly global emissions a warming estimate needs, Gt per year by year (history included, for the 10-year means). */
export interface GlobalEmissions {
  /** Net CO2: fossil + land use. */
  readonly co2: Readonly<Record<number, number>>
  readonly fossilCo2: Readonly<Record<number, number>>
  readonly nonCo2: Readonly<Record<number, number>>
}

const mean = (s: Readonly<Record<number, number>>, y: number) => {
  let sum = 0
  let n = 0
  for (let k = y - MEAN_YEARS + 1; k <= y; k++) if (s[k] != null) (sum += s[k], n++)
  return sum / n
}

/**
 * Warming each year from 2024 to `end` for the central TCRE and both ends of the range:
 * T(t) = 1.31 + TCRE × Σ CO2(2024..t)/1000 + ΔN(t), with
 * ΔN(t) = 0.5 × (N̄(t)/N̄(2023) − 1) + 0.4 × (1 − max(0, F̄(t))/F̄(2023)), N̄ and F̄ the 10-year means of
 * non-CO2 GHG and fossil CO2. Years before 2024 follow the observed warming rate back.
 * @example warmingSeries(emissions, 2020, 2100).central[2100]
 */
export function warmingSeries(e: GlobalEmissions, start: number, end: number): Record<keyof Range, Record<number, number>> {
  const out = { central: {} as Record<number, number>, low: {} as Record<number, number>, high: {} as Record<number, number> }
  const [n0, f0] = [mean(e.nonCo2, 2023), mean(e.fossilCo2, 2023)]
  let cum = 0
  for (let y = start; y <= end; y++) {
    if (y <= 2023) {
      for (const k of ['central', 'low', 'high'] as const) out[k][y] = WARMING_2023 - WARMING_RATE_PER_YEAR * (2023 - y)
      continue
    }
    cum += e.co2[y] / 1000
    const dn = NON_CO2_GHG_WARMING * (mean(e.nonCo2, y) / n0 - 1) + AEROSOL_COOLING * (1 - Math.max(0, mean(e.fossilCo2, y)) / f0)
    const [dnLow, dnHigh] = [dn * (1 - NON_CO2_RANGE), dn * (1 + NON_CO2_RANGE)].sort((a, b) => a - b)
    out.central[y] = WARMING_2023 + TCRE.central * cum + dn
    // Net-negative cumulative CO2 swaps which TCRE end is the lower.
    const ends = [WARMING_2023 + TCRE.low * cum + dnLow, WARMING_2023 + TCRE.high * cum + dnHigh]
    out.low[y] = Math.min(...ends)
    out.high[y] = Math.max(...ends)
  }
  return out
}
