import {
  CO2E_GASES, EMISSION_WORDS, LEVEL_AFTER, LEVEL_BEFORE, LEVEL_HEDGES, MASS_UNITS, MATERIAL_WORDS, NEEDS_SCALE,
  NUMBER_WORDS, OTHER_GASES, PER_WHAT, SCALE_WORDS,
} from '../lexicon/mass-units.js'
import { matchesOf } from './pledge-matches.js'
import { escapeRegExp } from '../actors/trie-regex.js'

/**
 * Amounts of greenhouse gas in a sentence, in million tonnes of CO2-equivalent (issue 14,
 * item 6): "one billion tonnes" → 1000, "1.2 gigatonnes" → 1200, "350-420 Mt" → 350–420,
 * "100 million tons of CO2 a year" → 100. The words are data in src/lexicon/mass-units.ts.
 * Offsets are into the sentence text.
 */
export interface MassRef {
  /** Million tonnes CO2e (a range's low end); null for tonnes that are no target's size: a level measured, tonnes of coal, a rate per person. */
  readonly value: number | null
  readonly valueMax?: number
  readonly start: number
  readonly end: number
  /** Why the figure has no value, for tests: 'level', 'material', 'rate', 'gas', 'small'. */
  readonly reason?: string
}

const esc = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+')
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|')
const lookup = (table: Readonly<Record<string, number>>, word: string) =>
  table[word] ?? table[word.toLowerCase()] ?? Object.entries(table).find(([k]) => k.toLowerCase() === word.toLowerCase().replace(/\s+/g, ' '))?.[1]

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const AMOUNT = `(?:${DIGITS}|(?:${alt(Object.keys(NUMBER_WORDS))})(?![\\w]))`
const SCALE = `(?:${alt(Object.keys(SCALE_WORDS))})(?![a-z])`
const UNIT = `(?:${alt(Object.keys(MASS_UNITS))})(?![\\w₂])`
const SIDE = (n: string) => `(?<${n}>${AMOUNT})(?:\\s?(?<${n}Scale>${SCALE}))?`
// "350-420 Mt", "350 million to 420 million tonnes", "between 350 and 420 Mt", "1 billion tonnes";
// no currency before the figure ("$50 billion" is money), none of "a tonne" (a price's "per").
const MASS = new RegExp(
  String.raw`(?<![\w$€£¥.,])(?<between>between\s+)?${SIDE('lo')}(?:\s?(?:${UNIT}))?(?:\s?(?<join>-|–|—|\bto\b|\band\b)\s?${SIDE('hi')})?\s?(?<unit>${UNIT})`,
  'gid',
)
// "278 million tonnes a year of emissions": a rate's words may stand before the gas.
const GAS_AFTER = new RegExp(String.raw`^(?:\s+(?:a|per|each)\s+year|\s+annually)?\s+(?:of\s+)?(?:(?<co2e>${alt(CO2E_GASES)})|(?<other>${alt(OTHER_GASES)}))(?:\s+equivalent)?(?![\w])`, 'i')
const OF_OTHER = /^\s+of\s+(?!the\b|its\b|their\b|this\b|that\b)[a-z]/i
const EMISSION = new RegExp(String.raw`\b(?:${alt(EMISSION_WORDS)})`, 'gi')
const EMISSION_AFTER = new RegExp(String.raw`^[^,;.]{0,30}?\b(?:${alt(EMISSION_WORDS)})`, 'i')
const MATERIAL = new RegExp(String.raw`\b(?:${alt(MATERIAL_WORDS)})\b`, 'gi')
const LEVEL_BEFORE_RE = new RegExp(String.raw`(?:^|[^\w])(?:${alt(LEVEL_BEFORE)})\s+(?:(?:${alt(LEVEL_HEDGES)})\s+)?$`, 'i')
const LEVEL_AFTER_RE = new RegExp(String.raw`^(?:\s+[\w-]+){0,3}?\s+(?:${alt(LEVEL_AFTER)})\b`, 'i')
const PER_RE = new RegExp(String.raw`^\s+(?:${alt(PER_WHAT)})\b`, 'i')
const UNIT_HINT = /tonne|tons?\b|\b[kmg]t|gigaton|megaton|kiloton/i
// A unit that names its gas ("MtCO2e", "GtCO2") needs no emission word nearby.
const GAS_IN_UNIT = /co2/i

/** Tonnes for one side of a figure: its number times its scale (or the other side's), in million tonnes. */
function megatonnes(amount: string, scale: string | undefined, unit: string): number | null {
  const word = NUMBER_WORDS[amount.toLowerCase().replace(/\s+/g, ' ')]
  if (word !== undefined && NEEDS_SCALE.has(amount.toLowerCase().replace(/\s+/g, ' ')) && !scale) return null
  const n = word ?? Number(amount.replace(/,/g, ''))
  const t = n * (scale ? lookup(SCALE_WORDS, scale) ?? 1 : 1) * (lookup(MASS_UNITS, unit) ?? 1)
  return Math.round(t) / 1e6
}

/** The last index of a global regex's matches in `s`, or -1. */
function lastIndexOf(re: RegExp, s: string): number {
  let at = -1
  for (const m of matchesOf(re, s)) at = m.index
  return at
}

/**
 * Why a figure at [start, end) is no target's size, or null when it is one.
 * 1. a rate per person or per hectare; 2. tonnes of another gas or of a good named after it;
 * 3. no emission word before it (nor a gas after it, nor in its unit), or a good named nearer;
 * 4. a level measured: an emitting or level word just before it, or a past or present time just after.
 */
function noValueReason(text: string, start: number, end: number, unit: string, gasAfter: RegExpExecArray | null): string | null {
  const after = text.slice(end)
  // 1.
  if (PER_RE.test(after)) return 'rate'
  // 2.
  if (gasAfter?.groups?.other) return 'gas'
  if (!gasAfter && OF_OTHER.test(after)) return 'material'
  // 3.
  const before = text.slice(0, start)
  const emission = lastIndexOf(EMISSION, before)
  const material = lastIndexOf(MATERIAL, before)
  // "shave half a billion tonnes off its emissions": the emission word may follow, in the same clause.
  const emissionAfter = EMISSION_AFTER.test(after)
  if (!gasAfter && !GAS_IN_UNIT.test(unit) && ((emission < 0 && !emissionAfter) || material > emission)) return 'material'
  // 4.
  if (LEVEL_BEFORE_RE.test(before.slice(-40))) return 'level'
  if (LEVEL_AFTER_RE.test(after.slice(gasAfter ? gasAfter[0].length : 0, 60 + (gasAfter?.[0].length ?? 0)))) return 'level'
  return null
}

/** Every tonnes figure of a sentence, with its value in million tonnes CO2e where it is a target's size. */
export function findMasses(text: string): MassRef[] {
  const out: MassRef[] = []
  // Most candidate sentences name no tonnes: one cheap test spares them the full scan.
  if (!UNIT_HINT.test(text)) return out
  for (const m of matchesOf(MASS, text)) {
    const g = m.groups!
    const end = m.index + m[0].length
    let start = m.index
    let lo = megatonnes(g.lo, g.loScale ?? g.hiScale, g.unit)
    let hi = g.hi ? megatonnes(g.hi, g.hiScale ?? g.loScale, g.unit) : null
    const isRange = hi !== null && lo !== null && lo < hi && (g.join.toLowerCase() === 'and') === !!g.between
    // "by 2030 to 500 Mt", "from 800 Mt to 600 Mt": no range, the figure is the second side alone;
    // "raise the cut from 300 to 350 Mt": a move to the second figure, as for percentages.
    const moved = isRange && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && /\sto\s/i.test(m[0])
    if (g.hi && (!isRange || moved)) {
      if (hi === null) continue
      start = m.indices!.groups!.hi![0]
      lo = hi
    }
    if (lo === null) continue
    if (hi === lo) hi = null
    const gasAfter = GAS_AFTER.exec(text.slice(end))
    const reason = noValueReason(text, start, end, g.unit, gasAfter)
    const spanEnd = end + (gasAfter ? gasAfter[0].length : 0)
    // "not one tonne of carbon": a figure under a thousand tonnes is no country's target.
    const small = !reason && lo < 0.001 ? 'small' : null
    if (reason || small) out.push({ value: null, start, end: spanEnd, reason: reason ?? small! })
    else out.push({ value: lo, ...(hi !== null ? { valueMax: hi } : {}), start, end: spanEnd })
  }
  return out
}
