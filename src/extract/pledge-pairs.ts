import { VALUED_KINDS, type Cue } from './pledge-cues.js'
import type { PledgeCandidate } from './pledge-reconcile.js'
import type { ValueRef } from './pledge-values.js'
import type { YearRef } from './pledge-years.js'

/** One target inside a sentence: a kind cue, its year (or none) and the values stated for it. */
export interface TargetPair {
  readonly cue: Cue
  readonly year: YearRef | null
  readonly values: readonly ValueRef[]
  /** Where the target phrase starts: the owner is looked for before this. */
  readonly anchor: number
}

const NOUN_REACH = 50
const APPOSITIVE_SIZE = /^(?:\s+[\w’'-]+){0,2}?\s+(?:targets?|goals?|pledges?|commitments?),\s+(?:a|an)\s+[^,;]*$/i
const AFTER_REACH = 60
const FRONT = /^[\s“"‘']*$/
const OWN_GOAL = /\b(?:its|their)\s+(?:own\s+)?$/i
const NOUN_BACK_REACH = 60
const VALUE_BACK_REACH = 60
const PAST_REACH = 40

/**
 * The cue a year belongs to.
 * - "a 2030 emissions-reduction target", "2053 Net Zero vision": a cue shortly after a noun-year;
 * - "peak before 2030 and become carbon neutral before 2060": the last cue before the year;
 * - "by mid-century it would reduce emissions by 85%": else the first cue after it, in reach.
 */
function cueOf(text: string, y: YearRef, cues: readonly Cue[], years: readonly YearRef[]): Cue | undefined {
  const yearBetween = (a: number, b: number) => years.some((o) => o !== y && o.start >= a && o.end <= b)
  const after = cues.find((c) => c.start >= y.end && c.start - y.end <= (y.form === 'noun' ? NOUN_REACH : AFTER_REACH))
  // A cue followed by its own year is that year's: "replace them by 2040 and become carbon-neutral by 2050".
  const nextCue = after && cues.find((c) => c.start > after.end)
  const claimed = after && years.some((o) => o !== y && o.start >= after.end && (!nextCue || o.start < nextCue.start) && o.form !== 'noun')
  // A comma ends the target phrase, except before an appositive that sizes it: "the 2030 goal, a 37 percent cut".
  const gap = after ? text.slice(y.end, after.start) : ''
  // "By 2035, Norway intends to slash …": a year fronting the sentence reaches over its comma.
  const fronted = y.form === 'by' && y.start <= 2 && /^\s*,[^,;]*$/.test(gap)
  const joined = !/[,;]/.test(gap) || (y.form === 'noun' && APPOSITIVE_SIZE.test(gap)) || fronted
  const nearAfter = after && !claimed && !yearBetween(y.end, after.start) && joined ? after : undefined
  if (y.form === 'noun' && nearAfter) return nearAfter
  const before = cues.filter((c) => c.end <= y.start).pop()
  // "a decade ahead of China's 2060 plan" refers back to the cue just before; a distant one is another target.
  if (before && y.form === 'noun' && y.start - before.end > NOUN_BACK_REACH) return nearAfter
  // "brings forward its climate neutrality date to 2045 and raises its 2030 goal": the owner's other
  // goal, past a year the cue already has, is of a kind unnamed ("five years ahead of the bloc's 2050 goal" still refers back).
  if (before && y.form === 'noun' && yearBetween(before.end, y.start) && OWN_GOAL.test(text.slice(Math.max(0, y.start - 12), y.start))) return nearAfter
  return before ?? nearAfter
}

/**
 * The values a year owns: each value belongs to the nearest target year after it ("65 percent by
 * 2030 and 88 percent by 2040"), or, with none after it, to the nearest year before it.
 */
function ownedValues(text: string, values: readonly ValueRef[], years: readonly YearRef[], past: readonly YearRef[]): Map<YearRef, ValueRef[]> {
  const owned = new Map<YearRef, ValueRef[]>()
  for (const v of values) {
    // "the 2030 target of a 55 per cent cut": a noun-year just before owns the value it introduces.
    const noun = years.filter((y) => y.form === 'noun' && y.end <= v.start && v.start - y.end <= 30 && !/[,;]/.test(text.slice(y.end, v.start))).pop()
    const next = years.find((y) => y.start >= v.end)
    // "raise the share to 11% by 2020, and to 25% by 2035" in a 2021 story: the value before a
    // passed deadline is that old goal's, and no later target's.
    const old = past.find((d) => d.start >= v.end && d.start - v.end <= PAST_REACH && (!next || d.start < next.start) && !/[,;]/.test(text.slice(v.end, d.start)))
    if (!noun && old) continue
    const owner = noun ?? next ?? years.filter((y) => y.end <= v.start).pop()
    if (!owner) continue
    owned.set(owner, [...(owned.get(owner) ?? []), v])
  }
  return owned
}

/**
 * "Within the nuclear sector, the government targets 2 GW by 2045", "For offshore wind, industry groups want
 * Turkey to reach 5 GW": a cue in a phrase that fronts the sentence, set off by a comma before the year,
 * frames the clause after it; the owner is found from that clause (its subject, or whoever urges it), not
 * from before the cue.
 */
function frontedCue(text: string, cue: Cue, y: YearRef): boolean {
  return cue.end <= y.start && FRONTING_PHRASE.test(text.slice(0, cue.start)) && /^[^,;]*,/.test(text.slice(cue.end, y.start))
}
/** A phrase that fronts its sentence, up to (not past) its comma: "In the nuclear sector", "For offshore wind". */
const FRONTING = String.raw`^\s*(?:in|for|on|within|as for|when it comes to)\b[^,;]*`
const FRONTING_PHRASE = new RegExp(`${FRONTING}$`, 'i')
/** Such a phrase with its comma, at the start of a sentence: "In the nuclear sector, ". */
export const FRONTED_FRAME = new RegExp(`${FRONTING},`, 'i')

/** The words between a target's year and a value of another owner's, the kind and year left out: ", while Japan targets ", ", and Japan ", ", while New Zealand has pledged ". */
const GAPPED_CLAUSE = /^\s*(?:,\s*|\s)(?:while|whereas|and|but)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:(?:(?:has|have|had)\s+)?(?:targets?|targeted|targeting|pledged|promised|proposed|offered|set|chose|aims? for|aimed for|is aiming for|plans|committed to|goes for|went for)\s+)?(?:a\s+|an\s+)?(?:cut of\s+)?$/

/**
 * Pairs the cues, years and values of one sentence into targets (`past`: deadlines already
 * passed, whose values no target takes).
 * 1. every target year takes a cue (cueOf) and the values it owns, those before it first;
 * 2. every cue no year took stays as a target without a year (a phase-out "as soon as possible"),
 *    or with the year that fronts the sentence, when one does.
 */
export function pairTargets(text: string, cues: readonly Cue[], years: readonly YearRef[], values: readonly ValueRef[], past: readonly YearRef[] = [], carried: YearRef | null = null): TargetPair[] {
  const out: TargetPair[] = []
  const owned = ownedValues(text, values, years, past)
  const used = new Map<Cue, YearRef>()
  for (const y of years) {
    const cue = cueOf(text, y, cues, years)
    if (!cue) continue
    const prev = used.get(cue)
    used.set(cue, y)
    // A value far before the target words belongs to something else ("40 percent of its power ... and it plans to").
    const mine = (VALUED_KINDS.has(cue.kind) ? owned.get(y) ?? [] : []).filter((v) => v.start >= Math.min(cue.start, y.start) - VALUE_BACK_REACH)
    const ordered = [...mine.filter((v) => v.end <= y.start).reverse(), ...mine.filter((v) => v.start >= y.end)]
    // "China's 2060 plan" after the cue: the owner stands before the year, not before the cue.
    // A later year of one cue starts its own segment: "X would reach that goal in 2060, and Y and Z aim for 2050".
    const from = prev && prev.end <= y.start ? prev.end : -1
    const inSegment = ordered.filter((v) => v.start >= from).map((v) => v.start)
    const anchor = (y.form === 'noun' && cue.end <= y.start) || from >= 0 || frontedCue(text, cue, y) ? Math.min(y.start, ...inSegment) : Math.min(cue.start, y.start, ...inSegment)
    // "South Korea aims for 21.6% renewables by 2030, while Japan targets 36-38%": a value after a gapped clause
    // of another owner is that owner's target of the same kind and year.
    const gapped = ordered.findIndex((v) => v.start >= y.end && GAPPED_CLAUSE.test(text.slice(y.end, v.start)) && !cues.some((c) => c.start >= y.end && c.start < v.start))
    if (gapped > 0 || (gapped === 0 && ordered.length > 1)) {
      out.push({ cue, year: y, values: ordered.slice(0, gapped), anchor })
      out.push({ cue, year: y, values: ordered.slice(gapped), anchor: ordered[gapped].start })
      continue
    }
    out.push({ cue, year: y, values: ordered, anchor })
  }
  // "By 2035, Chile will cut emissions 40%, and renewables will supply 80% of its power": a year fronting
  // the sentence dates every later clause that names none of its own.
  const fronted = years.find((y) => y.form === 'by' && FRONT.test(text.slice(0, y.start)) && /^\s*,/.test(text.slice(y.end)))
  // A target named by its year and left unsized, its size in a later clause or the next sentence (`carried`):
  // "Canberra's 2035 goal, announced on Thursday, is a cut of 62 to 70 per cent"; "The plan sets a 2035 goal.
  // Under it, emissions will fall 60%". The first cue after it with no year of its own takes it. (The owner is
  // looked for before the cue, so that the words between are read: "Peru's 2035 target … could be a 40% cut".)
  let unsized = leftNounYear(text, years, used) ?? (years.length === 0 ? carried : null)
  for (const cue of cues) {
    if (used.has(cue)) continue
    // "had promised to shut all lignite plants by 2023" in a 2024 story: a cue whose deadline has passed is
    // history, not a target without a year.
    if (past.some((d) => d.start >= cue.end && d.start - cue.end <= PAST_REACH && !/[,;]/.test(text.slice(cue.end, d.start)))) continue
    const own = fronted && fronted.end <= cue.start && !years.some((y) => y.start >= cue.end) ? fronted : null
    const left = !own && unsized && unsized.end <= cue.start && !years.some((y) => y.start >= cue.end) ? unsized : null
    if (left) unsized = null
    // (A target's size may stand between its year and its kind: "the 2035 target … is a 40% reduction", "It calls for a 60% cut".)
    const cueValues = values.filter((v) => VALUED_KINDS.has(cue.kind)).filter((v) => v.start >= (left ? left.end : cue.end) && v.start - cue.end < 40)
    out.push({ cue, year: own ?? left, values: cueValues, anchor: cue.start })
  }
  return out
}

/** The one noun-year of a sentence that names a target and no cue took ("Canberra's 2035 goal, announced on Thursday, is …"). */
function leftNounYear(text: string, years: readonly YearRef[], used: ReadonlyMap<Cue, YearRef>): YearRef | null {
  const taken = new Set(used.values())
  const left = years.filter((y) => !taken.has(y))
  return left.length === 1 && years.length === 1 && left[0].form === 'noun' && TARGET_AFTER.test(text.slice(left[0].end)) ? left[0] : null
}
/** The target noun right after a noun-year: "2035 goal", "2030 emissions target" (not "2035 strategy", "2030 plan"). */
export const TARGET_AFTER = /^(?:\s+[\w’'-]+)?\s+(?:targets?|goals?|pledges?|commitments?|NDC)\b/i

/**
 * "Germany and France aim for climate neutrality by 2045 and 2050 respectively", "China and India have set
 * net zero targets of 2060 and 2070": as many owners as years of one cue, each owner takes the year in its
 * place, when the sentence says "respectively" or the kind is one a country holds one year of (net zero, a
 * peak). Changes `made` (the candidates of each pair, in the order of `pairs`) in place.
 */
export function distributeRespectively(text: string, pairs: readonly TargetPair[], made: PledgeCandidate[][]): void {
  const respectively = /\brespectively\b/i.test(text)
  for (const cue of new Set(pairs.map((p) => p.cue))) {
    if (!respectively && cue.kind !== 'net_zero' && cue.kind !== 'peak') continue
    const mine = pairs.map((p, i) => i).filter((i) => pairs[i].cue === cue && pairs[i].year !== null)
    const owners = mine.length >= 2 ? made[mine[0]].map((c) => c.pledge.actor) : []
    if (owners.length !== mine.length || !mine.every((i) => made[i].map((c) => c.pledge.actor).join() === owners.join())) continue
    mine.forEach((i, rank) => (made[i] = made[i].filter((c) => c.pledge.actor === owners[rank])))
  }
}
