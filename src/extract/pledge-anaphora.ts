import type { YearRef } from './pledge-years.js'
import type { Cue } from './pledge-cues.js'

/**
 * Kind cues a sentence borrows from the one before or from itself: "close them" after coal plants,
 * "that goal" after a target, "Saudi Arabia's 2060 one" after a cue. (Cues of a sentence's own words: pledge-cues.ts.)
 */

// "Kenya still runs 12 coal plants. It plans to shut them by 2035": the plants named in the
// sentence before are what "them" closes.
const PLANTS = /\b(?:coal|lignite)(?:-fired|-powered)? (?:power )?(?:plants?|stations?|units?|mines?)\b/i
const CLOSE_THEM = /\b(?:clos(?:e|ing)|shut(?:ting)?(?: down)?|retir(?:e|ing)|replac(?:e|ing)|phas(?:e|ing) out)\s+(?:them|those|these)(?:\s+all)?\b/i
/**
 * A target named back, whose kind is the sentence before's, with how near its year must follow:
 * "Kenya expects to reach that goal in 2060"; an owner's own one, "China's target is 2060", "Germany's
 * deadline is 2045", "its own goal is 2050"; one set beside it, "Finland has set an earlier date of 2035".
 * (Not "that goal, ... by 2030", nor "its target for 2030 is …": a year further on is another target's.)
 */
const ANAPHORS: ReadonlyArray<{ readonly re: RegExp; readonly gap: RegExp; readonly owned?: boolean }> = [
  { re: /\b(?:that|the same|a similar|this) (?:goal|target|pledge|deadline)\b/i, gap: /^[^]{0,15}$/ },
  { re: /(?<=(?:['’]s|\bits|\btheir) (?:own |new |current |official |legal |stated )?)(?:goal|target|pledge|deadline|date)\b/i, gap: /^\s+(?:is|was|remains|stays|is now|is still)\s+$/, owned: true },
  // (set or held by the clause's subject: "Activists want an earlier date of 2035" sets none.)
  { re: /(?<=\b(?:set|sets|setting|chose|chosen|picked|adopted|announced|fixed|legislated|has|have|had) )an? (?:earlier|later|new|firm|similar|different|tougher|bolder) (?:goal|target|deadline|date)\b/i, gap: /^\s+(?:(?:of|for|in|by)\s+)?$/ },
]
/** The possessor right before an owned anaphor: "China's", "its". */
const POSSESSOR = /(?:['’]s|\b(?:its|their))\s+(?:[\w-]+\s+)?$/

/** Adds a phase-out cue for "close them", "replace them all" when the sentence before names coal plants and this one has no phase-out cue of its own. */
export function withClosingThem(text: string, cues: Cue[], before: string): Cue[] {
  if (cues.some((c) => c.kind === 'phase_out')) return cues
  // (The plants before are the rarer: tested first, so that most sentences skip CLOSE_THEM.)
  if (!PLANTS.test(before)) return cues
  const m = CLOSE_THEM.exec(text)
  if (!m) return cues
  return [...cues, { kind: 'phase_out' as const, start: m.index, end: m.index + m[0].length }].sort((a, b) => a.start - b.start)
}

/** "Australia's 2050 target comes a decade before Saudi Arabia's 2060 one": "one" after a possessive year repeats the cue before it. */
export function withOneAnaphor(text: string, cues: Cue[]): Cue[] {
  const m = /['’]s\s+(?:19|20)\d\d\s+(one)\b/.exec(text)
  if (!m) return cues
  const at = m.index + m[0].length - 3
  const before = cues.filter((c) => c.end <= at).pop()
  return before ? [...cues, { kind: before.kind, start: at, end: at + 3 }].sort((a, b) => a.start - b.start) : cues
}

// "Chile will close its coal plants. The last one shuts in 2040": the last of them to close dates the exit.
// (A plan's verb, not a forecast's: "the last is expected to close" stays out.)
const LAST_CLOSES = /\bthe (?:last|final)(?: ones?| of them| (?:coal(?:-fired)? )?(?:power )?(?:plants?|stations?|units?|mines?))?\s+(?:(?:is|are)\s+(?:due|set|scheduled|slated|to)\s+(?:to\s+)?|will\s+|would\s+|must\s+)?(?:shut|close|go offline|come offline|retire|stop|be (?:shut|closed|retired|decommissioned|switched off))\w*\b/i
// "Ghana will phase out coal. The government set 2060 as the deadline", "… The deadline is 2040": the date
// of the exit the sentence before commits to.
const DEADLINE = /\b(?:deadline|target (?:date|year)|end date|cut-off date|closing date)\b/i

/** A cue standing for the previous sentence's kind, when a year follows the anaphor at once (ANAPHORS); `actorEndsAt` tells whether an actor's name ends at an offset. */
export function anaphorCue(text: string, years: readonly YearRef[], kind: Cue['kind'], actorEndsAt: (at: number) => boolean): Cue[] {
  for (const { re, gap, owned } of ANAPHORS) {
    const m = re.exec(text)
    if (!m) continue
    // ("Labor's target is 2040", "the world's deadline": a possessor no actor names owns no state's target.)
    const possessor = owned ? POSSESSOR.exec(text.slice(0, m.index)) : null
    if (possessor && /^['’]s/.test(possessor[0]) && !actorEndsAt(possessor.index)) continue
    const end = m.index + m[0].length
    const next = years.find((y) => y.start >= end)
    if (next && gap.test(text.slice(end, next.start))) return [{ kind, start: m.index, end }]
  }
  return []
}

/**
 * After a sentence that pledged a phase-out without a year, a phase-out cue for the one year this sentence
 * gives its last closure or its deadline: "Chile will close its coal plants. The last one shuts in 2040."
 */
export function exitDateCue(text: string, years: readonly YearRef[]): Cue[] {
  if (years.length !== 1) return []
  const last = LAST_CLOSES.exec(text) ?? DEADLINE.exec(text)
  return last ? [{ kind: 'phase_out', start: last.index, end: last.index + last[0].length }] : []
}
