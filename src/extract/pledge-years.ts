import { matchesOf } from './pledge-matches.js'

/**
 * Target years and base years in one sentence, as news writes them (ANNOTATION.md "year").
 * Offsets are into the sentence text.
 */

/** How a target year was written: it decides which kind cue the year takes (see pledge-pairs.ts). */
export type YearForm =
  /** "by 2030", "before 2060", "in 2035", "around 2060", "by fiscal 2030", "by mid-century" */
  | 'by'
  /** "a 2030 target", "China's 2060 plan", "the 2050 biogenic methane goal", "Saudi Arabia's 2060 one", "2060 as its net zero date",
   * and a target named by its kind: "a 2040 coal exit", "its 2030 emissions cut", "a 2035 ban on petrol cars" */
  | 'noun'
  /** "within the next decade": a rough year, dropped when the article gives an exact one */
  | 'approx'
  /** the year of a target the sentence before names unsized ("The plan sets a 2035 goal."), at offset 0 */
  | 'carried'

export interface YearRef {
  readonly year: number
  readonly start: number
  readonly end: number
  readonly form: YearForm
}

export interface BaseRef {
  readonly year: number
  readonly start: number
  readonly end: number
}

export interface YearContext {
  /** The article's publication year, used for "the end of the decade" and to drop past dates. */
  readonly pubYear: number | null
  /** The last target year the article named before this point, for "by the same year". */
  readonly lastYear: number | null
}

const Y = String.raw`((?:19|20)\d\d)`
const BASE_PATTERNS = [
  // ("relative to fiscal 2013": a fiscal year names its base as the plain year does)
  // ("under the 2021 act", "under its 2022 climate law": a document of that year, not a base.)
  new RegExp(String.raw`\b(?:below|under|compared (?:to|with)|vs\.?|versus|relative to|against)\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:fiscal(?:\s+year)?\s+|FY\s?)?${Y}\b(?!\s+(?:[\w-]+\s+)?(?:act|law|legislation|agreement|accord|deal|pact|plan|strategy|framework|decree|bill|rules?|scheme|summit|conference|election|budget)\b)`, 'gi'),
  // ("FY2013 levels": a fiscal year's prefix leaves no word boundary before the year.)
  new RegExp(String.raw`(?:\bFY\s?|\b)${Y}(?:['’]s)?\s+(?:levels?|baseline|base[- ]year|figures)\b`, 'gi'),
  // "cut intensity by 65% from 2005": a year right after a percentage cut is its base, not a start date.
  // ("rose 5% from 2019 to 2023" is a change over years: no base.)
  new RegExp(String.raw`\d\s?(?:%|per\s?cent|percent)\s+from\s+(?:the\s+)?${Y}\b(?!\s*(?:to|until|through|and)\s+(?:19|20)\d\d)`, 'gi'),
  // "from levels in 2015", not "61% below 2005 levels in 2035" (a target year)
  new RegExp(String.raw`\b(?:from|than|on|over|to)\s+(?:the\s+)?levels?\s+(?:in|of|seen in)\s+${Y}\b`, 'gi'),
  // "30% lower than in 2016", "below what they were in 2016"
  // ("63 percent lower by 2030 than in 1990": the target year may stand between; the base is the year after "than in")
  new RegExp(String.raw`(?<=\b(?:lower|less|below|fewer|smaller)\s+(?:by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\s+)?)(?:than|what)\s+(?:(?:they|it|emissions)\s+(?:were|was)\s+)?in\s+${Y}\b`, 'gi'),
  // "40% from where they stood in 2010", "below where emissions were in 2005": the level of a year, named by a clause.
  new RegExp(String.raw`\b(?:from|below|under|on)\s+(?:where|what)\s+(?:they|it|emissions|output|the\s+country['’]s\s+emissions)\s+(?:stood|were|was|sat)\s+in\s+${Y}\b`, 'gi'),
  // "with 2016 as the reference year", "using 2019 as its baseline", "taking 2010 as the base year".
  new RegExp(String.raw`\b${Y}\s+as\s+(?:the|its|their|a)\s+(?:reference|base|baseline|benchmark)(?:\s+year|\s+level)?\b`, 'gi'),
]

const BY_YEAR = new RegExp(
  String.raw`\b(by|before|until|till|through|in|for|around|no later than|not later than|as early as|towards?|to|from|of|after)\s+(?:the\s+)?(?:year\s+|end of\s+|fiscal(?:\s+year)?\s+|FY\s?)?${Y}\b|\bFY\s?${Y}\b`,
  'gi',
)
// (The last branch looks behind the year once it is read, not at every place in the sentence: the same test, faster.)
const NOUN_YEAR = new RegExp(
  String.raw`\b${Y}(?:\s+[\w’'-]+){0,3}?\s+(?:targets?|goals?|deadline|dates?|plans?|pledges?|commitments?|ambitions?|vision|strategy|initiative|NDC|milestone|exit|phase-?outs?|phase-?downs?|cuts?|ban)\b|\b${Y} as (?:the|a|its|their) (?:(?:latest|last|final|target|new|cut-off|net[- ]zero|carbon[- ]neutrality|climate[- ]neutrality|neutrality|peak(?:ing)?|phase-out|coal[- ]exit|exit)\s+){0,2}(?:year|deadline|target|date)\b|${Y}(?<=(?:['’]s|\bthe|\bits|\btheir) \d{4})(?= one\b)`,
  'gi',
)
// "while China targets 2060", "China has chosen 2060", "its target year is 2060", "China's target is 2060": a year a verb or copula sets as the target.
// ("its target year for net zero is 2060": the year's target may be named between; "its coal exit
// date remains 2038".)
const SET_YEAR = new RegExp(String.raw`\b(?:targets|targeting|targeted|chose|chosen|chooses|picked|(?:(?:target|goal|exit|end|phase-out|closure)\s+(?:year|date)|deadline|target|goal)(?:\s+for(?:\s+[\w-]+){1,3}?)?\s+(?:is|was|of|remains|stays))\s+${Y}\b`, 'gi')
// "target of 2030" names a target year; "levels of 2015" does not (a base, caught above).
// ("to 2030, from 2035": a comma may stand between.)
const FROM_REPLACED = /\b(?:to|until|by|till)\s+(?:19|20)\d\d\s*,?\s*$/i
/**
 * Words of a plan still ahead, in the clause before an "in <year>" of the article's own year, with no past
 * verb right before the year ("will shut its last coal plant in 2024", not "announced in 2024").
 */
const FUTURE_LEAD = /\b(?:will|would|shall|aims?\s+to|plans?\s+to|intends?\s+to|is\s+(?:set|due|expected)\s+to|are\s+(?:set|due)\s+to)\b[^,;:.]*[a-z]+(?<!ed)\s+$/i
// "ban sales of new petrol cars after 2030", "no new diesel cars will be sold after 2030": a ban's first year (not "after 2030" of a trend).
const AFTER_BAN = /\b(?:ban\w*|sales?|sold|sell(?:s|ing)?|registered|registrations?|imports?|imported|built|burn(?:ed|t)?)\b[^.;]{0,60}$/i
const OF_NEEDS = /\b(?:targets?|goals?|deadlines?|dates?|years?)\s+$/i
/** Prepositions of a deadline, which a year joined by "and" or "or" shares: "by 2045 and 2050". */
const DEADLINE_PREPS: ReadonlySet<string> = new Set(['by', 'before', 'of', 'until', 'no later than', 'not later than'])
/** A year right after a deadline's year, joined by "and"/"or" (not a base: "2005 levels"). */
const JOINED_YEAR = /^(\s*,?\s*(?:and|or)\s+)((?:19|20)\d\d)\b(?!['’]?s?\s+(?:levels?|baseline|figures))/i
const MID_CENTURY = /\b(?:by|before|until|around)?\s*(?:the\s+)?(?:mid-?\s?century|middle of (?:the|this) century)\b/gi
const DECADE_END = /\b(?:by|before|until)\s+(?:the\s+)?end of (?:the|this) decade\b|\bby the decade['’]s end\b/gi
/** "by the end of the 2020s": the named decade's last year (2030 for the 2020s), as for the current decade's end. */
const NAMED_DECADE_END = /\b(?:by|before|until)\s+(?:the\s+)?end of the (20\d)0s\b/gi
// "peak in the 2040s", "by the 2030s": a decade named whole gives its first year, the year as written.
const WHOLE_DECADE = /\b(?:in|during|by|within)\s+the\s+(20\d)0s\b/gi
const MID_DECADE = /\b(?:(?:first half|middle|mid-?)\s*(?:of\s+)?(?:the\s+)?|mid-)(20\d)0s\b/gi
const NEXT_DECADE = /\b(?:within|over) (?:the next|a) decade\b|\bin the next (?:ten|10) years\b/gi
// "phase out coal power within 15 years", "in the next twenty years": a rough year that many years on, when the
// clause plans it ("cut its emissions by 40% in 30 years, data showed" is history).
const NEXT_YEARS = /\b(?:within (?:the next )?|(?:in|over) the next )(\d{1,2}|five|ten|fifteen|twenty|twenty-five|thirty) years\b(?!\s+(?:ago|earlier|before|after|of|since)\b)/gi
const PLAN_LEAD = /\b(?:will|would|shall|hop(?:es|ed)? to|aim(?:s|ed)? to|plan(?:s|ned)? to|intend(?:s|ed)? to|pledg(?:es|ed) to|vow(?:s|ed)? to|promis(?:es|ed) to|commit(?:s|ted)? to|wants? to|(?:is|are) (?:set|due) to)\b[^.;]*$/i
const YEARS_WORDS: Readonly<Record<string, number>> = { five: 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30 }
// "peak between 2020 and 2025", "phase out coal between 2035 and 2040": a window whose later year is the deadline.
const WINDOW = /\bbetween\s+(?:the\s+years\s+)?(?:19|20)\d\d\s+and\s+((?:19|20)\d\d)\b/gi
const SAME_YEAR = /\b(?:by (?:the same year|that year|that date|then|this point|that point|this date|that time)|(?:within|over|in) the same (?:period|timeframe|time frame)|between now and then)\b/gi
// Cheap tests that a pattern can match at all, to skip most of the scans on most sentences:
// each looks for a word its patterns cannot do without (`lower` is the lower-cased sentence).
const YEAR_DIGITS = /(?:19|20)\d\d/
const HAS_DECADE = (lower: string) => lower.includes('decade')

// "Kenya emitted 93 million tonnes in 2015. It will cut emissions 32% from that level by 2030": a base named
// by pointing back, its year in the sentence before.
const BASE_BACK = /\b(?:from|below|under|on|compared (?:to|with)|relative to|against|versus)\s+(?:that|this|those|these)\s+(?:levels?|baseline|base year|figures?|totals?|year(?:['’]s (?:levels?|output|emissions))?)\b/i
const PAST_YEAR = /\b(?:19|20)\d\d\b/g

/**
 * Base years: "below 2005 levels", "compared to 1990", "from a 2000 baseline", "levels in 2015"; and "from
 * that level" when the sentence before (`before`) names one year before the article's (`pubYear`) and no other.
 */
export function findBaseYears(text: string, before = '', pubYear: number | null = null): BaseRef[] {
  const out: BaseRef[] = []
  const back = before && pubYear !== null ? BASE_BACK.exec(text) : null
  if (back) {
    const years = new Set((before.match(PAST_YEAR) ?? []).map(Number))
    const [year] = years
    if (years.size === 1 && year < pubYear!) out.push({ year, start: back.index, end: back.index + back[0].length })
  }
  if (!YEAR_DIGITS.test(text)) return out
  for (const re of BASE_PATTERNS) {
    for (const m of matchesOf(re, text)) {
      const start = m.index!
      if (out.some((b) => start < b.end && b.start < start + m[0].length)) continue
      out.push({ year: Number(m[1]), start, end: start + m[0].length })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

// A deadline that has passed: "to 11% by 2020" in a 2021 story (only "by"-like words: "in 2015" is an event date).
const PAST_DEADLINE = new RegExp(String.raw`\b(?:by|before|until|till|no later than|not later than)\s+(?:the\s+)?(?:year\s+|end of\s+)?${Y}\b`, 'gi')

/**
 * Deadlines before the article's year ("11% by 2020" in a 2021 story): not target years
 * (findTargetYears leaves them out), but the value just before one is that old goal's, not
 * a later target's (pledge-pairs.ts).
 */
export function findPastDeadlines(text: string, ctx: YearContext): YearRef[] {
  if (ctx.pubYear === null || !YEAR_DIGITS.test(text)) return []
  return matchesOf(PAST_DEADLINE, text)
    .filter((m) => Number(m[1]) < ctx.pubYear!)
    .map((m) => ({ year: Number(m[1]), start: m.index!, end: m.index! + m[0].length, form: 'by' as const }))
}

/** The last year of the decade a year falls in, as "by the end of the decade" means it (2021 → 2030). */
export function decadeEnd(year: number): number {
  return Math.floor(year / 10) * 10 + 10
}

/**
 * Target years of a sentence, in order, leaving out base years and dates in the past.
 * 1. explicit years after a preposition or as a noun modifier;
 * 2. phrases that name a year (mid-century, the end of the decade, the first half of the 2030s);
 * 3. "by the same year", resolved from the context.
 */
export function findTargetYears(text: string, ctx: YearContext, bases: readonly BaseRef[] = findBaseYears(text), lower = text.toLowerCase()): YearRef[] {
  const out: YearRef[] = []
  const min = ctx.pubYear ?? 2000
  const taken = (s: number, e: number) => bases.some((b) => s < b.end && b.start < e) || out.some((y) => s < y.end && y.start < e)
  const push = (year: number | null, start: number, end: number, form: YearForm) => {
    if (year === null || year < min || year > 2100 || taken(start, end)) return
    out.push({ year, start, end, form })
  }
  const years = YEAR_DIGITS.test(text)
  for (const m of years ? matchesOf(BY_YEAR, text) : []) {
    const prep = (m[1] ?? '').toLowerCase()
    const year = Number(m[2] ?? m[3])
    const start = m.index!
    // "in 2021" in a 2021 story is an event date, not a target year; "a ban from 2035" starts in the future.
    // But "will close its last coal plant in 2024" in a 2024 story is a target of that very year.
    const thisYear = prep === 'in' && year === ctx.pubYear && FUTURE_LEAD.test(text.slice(Math.max(0, start - 80), start))
    if ((prep === 'in' || prep === 'from') && year <= (ctx.pubYear ?? 2020) && !thisYear) continue
    // "bring the peak forward to 2030 from 2035": the year after "from" is the one replaced.
    if (prep === 'from' && FROM_REPLACED.test(text.slice(Math.max(0, start - 16), start))) continue
    if (prep === 'of' && !OF_NEEDS.test(text.slice(0, start))) continue
    if (prep === 'after' && !AFTER_BAN.test(text.slice(Math.max(0, start - 80), start))) continue
    push(year, start, start + m[0].length, 'by')
    // "by 2045 and 2050 respectively", "targets of 2060 and 2070": a year joined to a deadline shares its preposition.
    const joined = DEADLINE_PREPS.has(prep) ? JOINED_YEAR.exec(text.slice(start + m[0].length)) : null
    if (joined) push(Number(joined[2]), start + m[0].length + joined[1].length, start + m[0].length + joined[0].length, 'by')
  }
  for (const m of years && lower.includes('between') ? matchesOf(WINDOW, text) : []) push(Number(m[1]), m.index! + m[0].length - 4, m.index! + m[0].length, 'by')
  for (const m of years ? matchesOf(NOUN_YEAR, text) : []) {
    const start = m.index!
    const y = m[1] ?? m[2] ?? m[3]
    push(Number(y), start, start + y.length, 'noun')
  }
  for (const m of years ? matchesOf(SET_YEAR, text) : []) push(Number(m[1]), m.index! + m[0].length - 4, m.index! + m[0].length, 'by')
  if (lower.includes('century')) for (const m of matchesOf(MID_CENTURY, text)) push(2050, m.index!, m.index! + m[0].length, 'by')
  if (HAS_DECADE(lower)) for (const m of matchesOf(DECADE_END, text)) push(ctx.pubYear ? decadeEnd(ctx.pubYear) : null, m.index!, m.index! + m[0].length, 'by')
  if (lower.includes('0s')) for (const m of matchesOf(MID_DECADE, text)) push(Number(m[1] + '5'), m.index!, m.index! + m[0].length, 'by')
  if (lower.includes('0s')) for (const m of matchesOf(NAMED_DECADE_END, text)) push(Number(m[1] + '0') + 10, m.index!, m.index! + m[0].length, 'by')
  if (lower.includes('0s')) for (const m of matchesOf(WHOLE_DECADE, text)) push(Number(m[1] + '0'), m.index!, m.index! + m[0].length, 'by')
  if (HAS_DECADE(lower) || lower.includes(' years')) for (const m of matchesOf(NEXT_DECADE, text)) push(ctx.pubYear ? ctx.pubYear + 10 : null, m.index!, m.index! + m[0].length, 'approx')
  if (lower.includes(' years')) {
    for (const m of matchesOf(NEXT_YEARS, text)) {
      const n = YEARS_WORDS[m[1].toLowerCase()] ?? Number(m[1])
      if (n >= 3 && PLAN_LEAD.test(text.slice(Math.max(0, m.index! - 100), m.index!))) push(ctx.pubYear ? ctx.pubYear + n : null, m.index!, m.index! + m[0].length, 'approx')
    }
  }
  for (const m of lower.includes('by ') || lower.includes(' same ') || lower.includes('now and') ? matchesOf(SAME_YEAR, text) : []) {
    const before = out.filter((y) => y.end <= m.index!).sort((a, b) => b.end - a.end)[0]
    push(before?.year ?? ctx.lastYear, m.index!, m.index! + m[0].length, 'by')
  }
  return out.sort((a, b) => a.start - b.start)
}
