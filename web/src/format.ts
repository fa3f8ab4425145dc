/** How the dashboard words the register's values: every value with its unit, ranges as ranges. */

const KIND_LABELS: Record<string, string> = {
  net_zero: 'Net zero',
  reduction: 'Emissions cut',
  intensity: 'Intensity cut',
  peak: 'Emissions peak',
  phase_out: 'Phase-out',
  renewables: 'Renewables',
  temperature: 'Temperature limit',
}

const GAS_NAMES: Record<string, string> = { CH4: 'Methane' }

/** "Emissions cut"; a single-gas cut names its gas ("Methane cut"). */
export function kindLabel(kind: string, gas?: string | null): string {
  if (gas && GAS_NAMES[gas] && (kind === 'reduction' || kind === 'intensity')) return `${GAS_NAMES[gas]} cut`
  return KIND_LABELS[kind] ?? kind
}

/** A number as people write it: no "-0", at most two decimals, thousands separated. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100
  return (Object.is(r, -0) || r === 0 ? 0 : r).toLocaleString('en', { maximumFractionDigits: 2 })
}

/** `46`, `40–45`, or an empty string when there is no value. */
export function valueRange(value: number | null | undefined, max?: number | null): string {
  if (value == null) return ''
  return max != null && max !== value ? `${num(value)}–${num(max)}` : num(value)
}

/**
 * The unit a claim's value is in: the stored unit when there is one
 * ('percent', 'GW', 'degC', 'MtCO2e'), else the kind's usual one. Cuts and shares are
 * percentages; a temperature is in °C; other kinds carry a year, not a value.
 */
export function unitOf(kind: string, unit?: unknown): string {
  if (unit === 'GW') return ' GW'
  // Million tonnes CO2-equivalent: a target stated in tonnes (issue 14, item 6).
  if (unit === 'MtCO2e') return ' Mt CO2e'
  if (unit === 'degC' || kind === 'temperature') return ' °C'
  if (unit === 'percent') return '%'
  return kind === 'reduction' || kind === 'intensity' || kind === 'renewables' ? '%' : ''
}

/** A value with its unit: "40–45%", "500 GW", "1.5 °C", "350–420 Mt CO2e"; empty without a value. */
export function valueWithUnit(kind: string, value: number | null | undefined, max?: number | null, unit?: unknown): string {
  const v = valueRange(value, max)
  return v ? `${v}${unitOf(kind, unit)}` : ''
}

interface ClaimLike {
  readonly kind: string
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly unit?: unknown
  readonly gas?: string | null
}

/** "below 2013 levels" for a cut, "vs 2005" otherwise; empty without a base year. */
export function baseText(kind: string, base: number | null | undefined): string {
  if (!base) return ''
  return kind === 'reduction' ? `below ${base} levels` : `vs ${base}`
}

/** "Emissions cut 2030: 40–45% below 2013 levels", "Net zero 2050", "Renewables 2030: 500 GW". */
export function claimLabel(c: ClaimLike): string {
  const v = valueWithUnit(c.kind, c.value, c.value_max, c.unit)
  const base = baseText(c.kind, c.base_year)
  return `${kindLabel(c.kind, c.gas)}${c.year ? ` ${c.year}` : ''}${v ? `: ${v}` : ''}${base ? ` ${base}` : ''}`
}

/** A claim's state when it is not simply current ("superseded", "withdrawn"); empty otherwise or before the register records states. */
export function stateNote(state: string | null | undefined): string {
  return state && state !== 'current' ? state : ''
}

/** A date as the register stores it, or an en dash. */
export const dateText = (d: string | null | undefined) => d ?? '–'

export const INTERACTION_VERBS: Record<string, string> = {
  meet: 'met',
  urge: 'urged',
  agree: 'agreed with',
  demand: 'made demands of',
  protest: 'protested to',
  sanction: 'sanctioned',
  cooperate: 'cooperated with',
}

/** One colour per interaction type, readable on white and distinct for the common colour blindnesses (Okabe–Ito). */
export const TYPE_COLOURS: Record<string, string> = {
  meet: '#0072B2',
  urge: '#E69F00',
  agree: '#009E73',
  demand: '#D55E00',
  protest: '#CC79A7',
  sanction: '#000000',
  cooperate: '#56B4E9',
}
