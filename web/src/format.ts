/** How the dashboard words the register's values. */

const KIND_LABELS: Record<string, string> = {
  net_zero: 'Net zero',
  reduction: 'Emissions cut',
  intensity: 'Intensity cut',
  peak: 'Emissions peak',
  phase_out: 'Phase-out',
  renewables: 'Renewables',
  temperature: 'Temperature limit',
}

export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind

/** `46`, `40–45`, or an empty string when there is no value. */
export function valueRange(value: number | null | undefined, max?: number | null): string {
  if (value == null) return ''
  return max != null && max !== value ? `${value}–${max}` : String(value)
}

/** The unit a claim's value is in, by kind. */
export function unitOf(kind: string, unit?: unknown): string {
  if (unit === 'GW') return ' GW'
  if (unit === 'degC' || kind === 'temperature') return ' °C'
  return kind === 'reduction' || kind === 'intensity' || kind === 'renewables' ? '%' : ''
}

/** "Emissions cut 2030: 46% vs 2013". */
export function claimLabel(c: { kind: string; year: number | null; value: number | null; value_max: number | null; base_year: number | null; unit?: unknown }): string {
  const v = valueRange(c.value, c.value_max)
  return `${kindLabel(c.kind)}${c.year ? ` ${c.year}` : ''}${v ? `: ${v}${unitOf(c.kind, c.unit)}` : ''}${c.base_year ? ` vs ${c.base_year}` : ''}`
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
