/**
 * What a pledge's own sentence says about the target beyond its fields
 * (issue 14, items 2 and 3): that its year or value is a former one
 * ("Earlier, Ruritania had chosen 2058", "takes the place of an earlier 40% goal"),
 * that the target moved ("brought forward from 2050 to 2045", "shifts the
 * target to 2050"), or that it was withdrawn ("scrapped its 2030 target").
 * The extractor reports the target; the register needs to know whether the
 * sentence still asserts it. A small set of general patterns, each tested in
 * claim-cues.test.ts with sentences of our own; a cue binds to the pledge's
 * own year or value, never to "a number somewhere in the sentence".
 */

export interface Cues {
  /** The sentence says the target was scrapped, repealed, abandoned… */
  readonly withdrawn: boolean
  /** The pledge's value sits in a phrase naming a former target ("up from 26%" when the pledge is 26). */
  readonly oldValue: boolean
  /** The pledge's year sits in a phrase naming a former target, with no other value there. */
  readonly oldYear: boolean
  /** The target moved here from this year ("from 2050 to 2045" read for 2045). */
  readonly movedFrom: number | null
  /** The target moved from the pledge's year to this one ("from 2050 to 2045" read for 2050). */
  readonly movedTo: number | null
  /** "shifts the target to 2050" read for 2050, where the former year is not in the sentence. */
  readonly movedHere: boolean
}

export const NO_CUES: Cues = { withdrawn: false, oldValue: false, oldYear: false, movedFrom: null, movedTo: null, movedHere: false }

const NUM = String.raw`\d+(?:\.\d+)?`
// Tonnes as the register stores them, million tonnes CO2e (issue 14, item 6): "up from 420 Mt", "420 million tonnes".
const UNIT = String.raw`(?:\s*(?:%|per\s?cent\b|percent\b|pc\b|GW\b|gigawatts?\b|Mt(?:CO2e?q?)?\b|(?:million|mn|m)\s?(?:metric\s+)?(?:tonnes|tons)\b))`
const YEAR = String.raw`(?:19|20)\d\d`
const TARGET_NOUN = String.raw`(?:targets?|goals?|pledges?|commitments?|deadlines?|dates?|plans?|aims?|ambitions?|timelines?|timetables?|promises?|NDCs?|objectives?|bans?|phase-?outs?)`

// Words that open a phrase about a former target. "Previously" alone often means "earlier, and still"
// ("Japan previously pledged net zero"), so it counts only with a past perfect nearby.
const OLD_OPENERS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:previous|prior|earlier|former|original|old|outgoing|initial)\s+(?:[\w'’-]+\s+){0,3}?${TARGET_NOUN}`, 'gi'),
  /\b(?:previously|formerly|originally|initially|earlier)\b,?\s+(?:[\w'’-]+\s+){0,2}?had\b/gi,
  /\bhad\s+(?:previously|formerly|originally|initially|earlier)\b/gi,
  /\b(?:instead of|rather than|replac(?:es|ed|ing)|supersed(?:es|ed|ing))\b/gi,
  /\b(?:up|down|upgrade|increase|rise|jump|improvement)\s+from\b/gi,
]
// Where a phrase about a former target ends: the clause, or the start of the new figure ("to 55%").
const SCOPE_END = new RegExp(String.raw`[.;!?]|\s[–—]\s|\b(?:but|while|whereas|now|new|which)\b|\bto\s+(?:about\s+|around\s+|at\s+least\s+)?\d`, 'i')
const SCOPE_MAX = 120

// "raised its target from 40% to 55%": the first figure is the former one.
const VALUE_MOVE = new RegExp(String.raw`\bfrom\s+(?:(?:a|an|its|the|their)\s+)?(?:(?:previous|earlier|former)\s+)?(${NUM})${UNIT}?\s*(?:[–-]\s*${NUM}${UNIT}?\s*)?\s+to\s+(?:about\s+|around\s+|at\s+least\s+)?(${NUM})${UNIT}`, 'gi')

const MOVE_VERB = String.raw`\b(?:br(?:ought|ing(?:s|ing)?)|mov(?:ed|es|ing|e)|push(?:ed|es|ing)?|shift(?:ed|s|ing)?|pull(?:ed|s|ing)?|advanc(?:ed|es|ing|e)|delay(?:ed|s|ing)?|postpon(?:ed|es|ing|e)|extend(?:ed|s|ing)?|chang(?:ed|es|ing|e)|revis(?:ed|es|ing|e)|accelerat(?:ed|es|ing|e)|set\s+back)\b`
// "brought forward its net zero goal from 2050 to 2045", "moved to 2045 from 2050".
const YEAR_MOVE = new RegExp(String.raw`${MOVE_VERB}[^.;]{0,80}?\bfrom\s+(?:the\s+year\s+)?(${YEAR})\s+to\s+(?:the\s+year\s+)?(${YEAR})\b`, 'gi')
const YEAR_MOVE_BACKWARDS = new RegExp(String.raw`${MOVE_VERB}[^.;]{0,80}?\bto\s+(?:the\s+year\s+)?(${YEAR})\s+from\s+(?:the\s+year\s+)?(${YEAR})\b`, 'gi')
// "shifts the net zero target to 2050", "delay the ban on petrol cars to 2035".
const MOVED_HERE = new RegExp(String.raw`${MOVE_VERB}[^.;]{0,60}?${TARGET_NOUN}[^.;]{0,50}?\b(?:forward\s+|back\s+|up\s+)?to\s+(?:the\s+year\s+)?(${YEAR})\b`, 'gi')

const WITHDRAW_VERB = String.raw`(?:scrap(?:s|ped|ping)?|repeal(?:s|ed|ing)?|abandon(?:s|ed|ing)?|ditch(?:es|ed|ing)?|drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|shelv(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|jettison(?:s|ed|ing)?|tore\s+up|tear(?:s|ing)?\s+up)`
const WITHDRAW_TARGET = String.raw`(?:${TARGET_NOUN}|law|act|bill|legislation)`
// The verb takes the target as its object, a few plain words apart ("scrapped its 2030 coal target"),
// never across a preposition ("drop emissions by 40% under the plan" is a cut, not a withdrawal).
const WITHDRAW_ACTIVE = new RegExp(String.raw`\b${WITHDRAW_VERB}\s+(?:(?:the|its|their|a|an|his|her|this|that|country's|government's)\s+)?(?:(?!by\b|to\b|of\b|from\b|for\b|in\b|under\b|with\b)[\w'’-]+\s+){0,5}?${WITHDRAW_TARGET}\b`, 'gi')
const WITHDRAW_PASSIVE = new RegExp(String.raw`\b${WITHDRAW_TARGET}\b[^.;]{0,50}?\b(?:was|were|has been|had been|have been|is being|will be|would be)\s+(?:formally\s+|officially\s+)?${WITHDRAW_VERB}\b`, 'gi')
// A withdrawal only planned, urged or threatened is not one ("backed a proposal to drop the goal").
const HEDGE = /\b(?:plans?|planned|planning|proposals?|propos\w*|wants?|wanted|threat\w*|vow\w*|promis\w*|pledg\w*|seek\w*|sought|push\w*|calls?|called|calling|urg\w*|demand\w*|would|could|might|may|consider\w*|mov\w*|bid|attempt\w*|tr(?:y|ies|ied|ying)|aim\w*|intend\w*|campaign\w*)\s+(?:[\w'’]+\s+){0,3}$/i
const NEGATION = /(?:\b(?:not|never|no|without)|n't|\brefus\w*\s+to|\bdeclin\w*\s+to|\b(?:reject|resist)\w*\s+calls?\s+to|\bagainst\s+calls?\s+to)\s+(?:\w+\s+){0,2}$/i

// Figures written in words ("cut emissions in half by 2030"), with the value the extractor gives them.
const WORD_FIGURES: Readonly<Record<string, number>> = { half: 50, halve: 50, halving: 50, third: 33.3, quarter: 25, 'two-thirds': 66.7, 'three-quarters': 75 }
const WORD_FIGURE = new RegExp(String.raw`\b(${Object.keys(WORD_FIGURES).join('|')})\b`, 'gi')

/** The figures a phrase states, in digits or in words. */
function figuresIn(s: string): number[] {
  return [...[...s.matchAll(new RegExp(`(${NUM})${UNIT}`, 'gi'))].map((m) => +m[1]), ...[...s.matchAll(WORD_FIGURE)].map((m) => WORD_FIGURES[m[1].toLowerCase()])]
}

/** True when `n` (a year or a figure) is written in `s` as a number of its own. */
function hasNumber(s: string, n: number, unit: 'year' | 'value'): boolean {
  const body = String(n).replace('.', '\\.')
  const re = unit === 'year' ? new RegExp(String.raw`(?<![\d.])${body}(?![\d])`) : new RegExp(String.raw`(?<![\d.])${body}(?:\.0+)?(?![\d])(?:${UNIT}|\s*[–-]\s*${NUM}${UNIT}|\s+to\s+${NUM}${UNIT})`, 'i')
  return re.test(s)
}

// A year that dates something else: "pledged in July 2015", "the 2015 Paris agreement", "2005 levels".
const NOT_TARGET_YEAR = /(?:\b(?:since|from|during|until|between)\s+(?:\w+\s+)?|\bin\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+(?:\d{1,2},?\s+)?)|\b(?:pledged|set|announced|made|agreed|adopted|submitted|signed|passed|enacted)\s+in\s+)$/i
const NOT_TARGET_YEAR_AFTER = /^\s*(?:levels?|baselines?|Paris|agreement|accord|law|act|election)\b/i

/** The first year in a phrase about a former target that can be a target year: the former year it names. */
function firstTargetYear(scope: string): number | null {
  for (const m of scope.matchAll(new RegExp(`(?<![\\d.])(${YEAR})(?![\\d])`, 'g'))) {
    const at = m.index ?? 0
    if (NOT_TARGET_YEAR.test(scope.slice(Math.max(0, at - 30), at))) continue
    if (NOT_TARGET_YEAR_AFTER.test(scope.slice(at + 4, at + 24))) continue
    return +m[1]
  }
  return null
}

/** The phrases of a sentence that talk about a former target. */
function oldScopes(sentence: string): string[] {
  const out: string[] = []
  for (const re of OLD_OPENERS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index ?? 0
      const rest = sentence.slice(start + m[0].length, start + m[0].length + SCOPE_MAX)
      const end = SCOPE_END.exec(rest)
      out.push(sentence.slice(start, start + m[0].length + (end ? end.index : rest.length)))
    }
  }
  return out
}

/** True when a match at `index` is not negated just before ("did not scrap its target"). */
const affirmed = (sentence: string, index: number) => !NEGATION.test(sentence.slice(Math.max(0, index - 40), index))
/** True when a withdrawal at `index` is done, not negated nor only planned or urged. */
const done = (sentence: string, index: number) => affirmed(sentence, index) && !HEDGE.test(sentence.slice(Math.max(0, index - 40), index))

/**
 * Reads the cues of one pledge's evidence sentence.
 * @example readCues({ year: 2058, value: null }, 'Earlier, Ruritania had chosen 2058 for closing its final coal unit.').oldYear // true
 */
export function readCues(p: { readonly year: number | null; readonly value?: number | null }, sentence: string): Cues {
  const value = p.value ?? null
  const year = p.year
  let withdrawn = false
  for (const re of [WITHDRAW_ACTIVE, WITHDRAW_PASSIVE]) {
    for (const m of sentence.matchAll(re)) if (done(sentence, m.index ?? 0)) withdrawn = true
  }
  let movedFrom: number | null = null
  let movedTo: number | null = null
  let movedHere = false
  if (year !== null) {
    for (const m of sentence.matchAll(YEAR_MOVE)) {
      if (+m[2] === year && +m[1] !== year) movedFrom = +m[1]
      if (+m[1] === year && +m[2] !== year) movedTo = +m[2]
    }
    for (const m of sentence.matchAll(YEAR_MOVE_BACKWARDS)) {
      if (+m[1] === year && +m[2] !== year) movedFrom = +m[2]
      if (+m[2] === year && +m[1] !== year) movedTo = +m[1]
    }
    for (const m of sentence.matchAll(MOVED_HERE)) if (+m[1] === year && movedFrom === null && affirmed(sentence, m.index ?? 0)) movedHere = true
  }
  let oldValue = false
  let oldYear = false
  if (value !== null) {
    for (const m of sentence.matchAll(VALUE_MOVE)) {
      if (Math.abs(+m[1] - value) < 0.01 && Math.abs(+m[2] - value) >= 0.01) oldValue = true
    }
  }
  for (const scope of oldScopes(sentence)) {
    const figures = figuresIn(scope)
    const ownValue = value !== null && (hasNumber(scope, value, 'value') || figures.some((f) => Math.abs(f - value) < 0.5))
    const ownYear = year !== null && firstTargetYear(scope) === year
    if (ownValue) oldValue = true
    // Only a year named alone is a former year ("Earlier, Ruritania had chosen 2058"). With a figure
    // beside it, the phrase names a former value: "its previous goal of 40% by 2030" leaves 2030 a
    // live year, whichever of 40 or the new 55 the pledge carries.
    if (ownYear && figures.length === 0) oldYear = true
  }
  if (movedTo !== null) oldYear = false
  return { withdrawn, oldValue, oldYear, movedFrom, movedTo, movedHere }
}

/** True when the sentence still asserts the pledge as the actor's target. */
export const asserts = (c: Cues): boolean => !c.withdrawn && !c.oldValue && !c.oldYear && c.movedTo === null
