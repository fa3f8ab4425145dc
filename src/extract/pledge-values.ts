import { findMasses } from './pledge-mass.js'
import { matchesOf } from './pledge-matches.js'

/**
 * The size of a target as news writes it: "46%", "50 to 52 per cent", "61-66 percent",
 * "at least 55 pc", "half", "almost halve", "500 gigawatts", "one billion tonnes" (1000 MtCO2e),
 * "tripling". Offsets are into the sentence text.
 */

export interface ValueRef {
  /** The number as written (a range's low end), tonnes in million tonnes CO2e; null for sizes we cannot state ("almost half", tonnes emitted last year). */
  readonly value: number | null
  readonly valueMax?: number
  readonly unit: 'percent' | 'GW' | 'MtCO2e' | null
  /** A tonnes figure (pledge-mass.ts), with a value or not: a target's size in percent is preferred to it. */
  readonly mass?: true
  readonly start: number
  readonly end: number
  /** False when hedged ("more than 60%", "nearly four-fifths"): a later exact statement of the same target is better. */
  readonly exact: boolean
}

const NUM = String.raw`(\d+(?:\.\d+)?)`
const PCT = String.raw`\s?(?:%|per[- ]?cent(?![\w])|percent(?![\w])|pc(?![\w])|pct(?![\w]))`
const RANGE = new RegExp(String.raw`\bbetween\s+${NUM}(?:${PCT})?\s+and\s+${NUM}${PCT}|${NUM}(?:${PCT})?\s?(?:-|–|—|to)\s?${NUM}${PCT}`, 'gi')
const PERCENT = new RegExp(NUM + PCT, 'gi')
const TENS: Record<string, number> = { ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
const WORD_PERCENT = new RegExp(String.raw`\b(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)${PCT}`, 'gi')
const GW = /(\d[\d,]*(?:\.\d+)?)\s?(?:GW|gigawatts?)(?![\w])/gi
const MULTIPLE = /\b(?:tripl(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|(?:two|three|four|five|six|seven|eight|ten)fold)\b/gi
// ("all of its electricity": a whole share, 100%.)
const ALL = /\b(?:entirely|fully|completely|all(?= (?:of )?(?:its|their|the country['’]s|[A-Z][\w.]*['’]s) (?:electricity|power|energy)\b))\b/gi
const FRACTIONS: Record<string, number> = {
  half: 50, halve: 50, halves: 50, halved: 50, halving: 50,
  third: 33.3, thirds: 66.7, quarter: 25, quarters: 75, fifth: 20, fifths: 0,
}
const FRACTION = /\b(?<!(?:first|second|latter|last) )(?:(?:in |by )?half|halv(?:e|es|ed|ing)|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]quarter|three[- ]quarters|(?:a|one)[- ]fifth|(two|three|four)[- ]fifths)\b(?! of (?:the|this|next) (?:century|decade|year))/gi
const FIFTHS: Record<string, number> = { two: 40, three: 60, four: 80 }
// Word-written sizes are rare: each scan above runs only when the lower-cased sentence holds a
// word it cannot match without (a cheap literal test, where the pattern is costly at every word).
const WORD_PERCENT_NEEDS = /(?:ty|ten)\s?(?:%|per|pc)/
const FRACTION_NEEDS = /hal[fv]|third|quarter|fifth/
const MULTIPLE_NEEDS = /tripl|doubl|fold/
const ALL_NEEDS = /entirely|fully|completely|all (?:of|its|their|the)/
// Hedges make a fraction word unusable as a value ("almost halve"): FORMAT.md keeps only values as written.
const FLOOR = /(?:more than|over|upwards of|at least)\s+(?:a\s+)?$/i
const HEDGE = /(?:more than|over|nearly|almost|about|around|roughly|approximately|close to|just under|some|upwards of)\s+(?:a\s+)?$/i

function fractionValue(word: string, fifths: string | undefined): number {
  if (fifths) return FIFTHS[fifths.toLowerCase()]
  const last = word.toLowerCase().split(/[\s-]/).pop()!
  return FRACTIONS[last] ?? 50
}

const TERRITORY = /^\s+of\s+(?:the\s+)?(?:[\w.'’]+\s+){0,2}(?:lands?|waters|territory|forests?|oceans?|seas)\b/i
/** "62% of Canadians want …", "half of voters": a share of people, as a poll gives it, is no target's size. */
const POPULATION = /^\s+of\s+(?:all\s+)?(?:[A-Z][a-z]+(?:ans|ons|is)\b(?!['’])|(?:the\s+)?(?:people|public|respondents|voters|citizens|adults|residents|households|consumers|those (?:polled|surveyed|asked))\b)/

/** All values of a sentence, sorted by start; a range is one value. */
export function findValues(text: string, lower = text.toLowerCase()): ValueRef[] {
  const out: ValueRef[] = []
  const free = (s: number, e: number) => !out.some((v) => s < v.end && v.start < e)
  const hedged = (start: number) => HEDGE.test(text.slice(Math.max(0, start - 24), start))
  // Ranges, percentages and gigawatts are written in figures: without a digit, skip their scans.
  const figures = /\d/.test(text)
  for (const m of figures ? matchesOf(RANGE, text) : []) {
    const lo = Number(m[1] ?? m[3])
    const hi = Number(m[2] ?? m[4])
    if (!(lo < hi) || hi > 100) continue
    // "raised its target from 30% to 45%", "the share from 20% to 40%": a move to the second figure, not a range.
    if (/\bfrom\s+$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!)) && /\sto\s/i.test(m[0])) {
      out.push({ value: hi, unit: 'percent', start: m.index!, end: m.index! + m[0].length, exact: true })
      continue
    }
    out.push({ value: lo, valueMax: hi, unit: 'percent', start: m.index!, end: m.index! + m[0].length, exact: true })
  }
  for (const m of figures ? matchesOf(PERCENT, text) : []) {
    const s = m.index!
    const e = s + m[0].length
    // "protecting a third, 33%, of its forests and seas": a share of territory is a conservation goal, no climate target's size.
    if (TERRITORY.test(text.slice(e, e + 40)) || POPULATION.test(text.slice(e, e + 40))) continue
    if (free(s, e)) out.push({ value: Number(m[1]), unit: 'percent', start: s, end: e, exact: !hedged(s) })
  }
  for (const m of WORD_PERCENT_NEEDS.test(lower) ? matchesOf(WORD_PERCENT, text) : []) {
    const s = m.index!
    const e = s + m[0].length
    if (free(s, e)) out.push({ value: TENS[m[1].toLowerCase()], unit: 'percent', start: s, end: e, exact: !hedged(s) })
  }
  for (const m of figures ? matchesOf(GW, text) : []) {
    const s = m.index!
    const e = s + m[0].length
    if (free(s, e)) out.push({ value: Number(m[1].replace(/,/g, '')), unit: 'GW', start: s, end: e, exact: !hedged(s) })
  }
  // Tonnes (issue 14, item 6), before fractions ("half a billion tonnes"): a figure that is no target's size (a level, tonnes of coal) still marks
  // the sentence as stating an amount, valueless as before.
  for (const m of findMasses(text)) {
    if (free(m.start, m.end)) {
      const valued = m.value !== null
      out.push({ value: m.value, ...(m.valueMax !== undefined ? { valueMax: m.valueMax } : {}), unit: valued ? 'MtCO2e' : null, start: m.start, end: m.end, exact: !valued || !hedged(m.start), mass: true })
    }
  }
  for (const m of FRACTION_NEEDS.test(lower) ? matchesOf(FRACTION, text) : []) {
    const s = m.index!
    const e = s + m[0].length
    if (!free(s, e)) continue
    const h = hedged(s)
    // "more than half": a floor keeps its number, as "more than 40%" does; "almost half" states none.
    const floor = h && FLOOR.test(text.slice(Math.max(0, s - 24), s))
    out.push({ value: h && !floor ? null : fractionValue(m[0], m[1]), unit: h && !floor ? null : 'percent', start: s, end: e, exact: !h })
  }
  for (const m of MULTIPLE_NEEDS.test(lower) ? matchesOf(MULTIPLE, text) : []) {
    const s = m.index!
    const e = s + m[0].length
    if (free(s, e)) out.push({ value: null, unit: null, start: s, end: e, exact: true })
  }
  for (const m of ALL_NEEDS.test(lower) ? matchesOf(ALL, text) : []) {
    const s = m.index!
    if (free(s, s + m[0].length)) out.push({ value: 100, unit: 'percent', start: s, end: s + m[0].length, exact: true })
  }
  return out.sort((a, b) => a.start - b.start)
}
