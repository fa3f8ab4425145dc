import { GROUP_NAMES } from '../actors/data/groups.js'
import type { Doc, Sentence } from '../model/doc.js'
import type { Pledge } from '../model/facts.js'
import { sentenceEvidence } from './common.js'
import { mentionCursor, withMemoryMentions } from './mention-cursor.js'
import { localMentions, resolveActor, type LocalMention } from './pledge-actor.js'
import { CANDIDATE, VALUED_KINDS, findCues, findTemperatureLimits, type Cue } from './pledge-cues.js'
import { TARGET_AFTER, distributeRespectively, pairTargets, type TargetPair } from './pledge-pairs.js'
import { reconcilePledges, type PledgeCandidate } from './pledge-reconcile.js'
import { changeCueOf, previousValueOf, statusOf } from './pledge-status.js'
import { findBaseYears, findPastDeadlines, findTargetYears, type BaseRef, type YearContext, type YearRef } from './pledge-years.js'
import { findValues, type ValueRef } from './pledge-values.js'
import { conditionalPair } from './pledge-conditional.js'
import { anaphorCue, exitDateCue, withClosingThem, withOneAnaphor } from './pledge-anaphora.js'
import { gasOf, netZeroGas } from './pledge-gas.js'
import { listOwners } from './pledge-lists.js'
import { mainActor } from '../nlp/main-actor.js'

// A phase-out without a year counts only when someone commits to it, not when it is discussed.
// "said it would phase down coal", "have already set dates for closing their coal plants".
const COMMITS = /\b(?:pledg\w*|promis\w*|commit\w*|agree\w*|vow\w*|decid\w*|decision|will|would(?! (?:need|have to|be\b|like|prefer))|plans? to|planned to|sets? out|deal|accord|pact|set (?:a |firm |the )?(?:dates?|deadlines?|timetables?)|(?:has|have|had) (?:already )?(?:a |an )?(?:target|goal|deadline|date|timetable))\b/i
// A net-zero target without a year counts only as an owned target: "New Zealand's net-zero target".
const TARGET_NOUN = /^\s*(?:[\w-]+\s+){0,2}?(?:targets?|goals?|pledges?|commitments?|law)\b/i
// A COP deal's content belongs to UNFCCC (ANNOTATION.md): "the deal sets out ...", and a few
// sentences on, "It calls for ...".
// "approved a deal that calls for …" names the deal too.
const DEAL = /\b(?:the|this|that|final) (?:deal|agreement|text|pact|decision|accord)\b|\b(?:approv\w*|adopt\w*|reach\w*|gavell?\w*|struck|seal\w*) (?:a|an) (?:[\w-]+ )?(?:deal|agreement|text|pact|decision|accord)\b/i
const PRONOUN_START = /^(?:It|This|The text|The deal)\b/
// "Will Australia commit to net zero by 2040?": a yes-or-no question asserts nothing. (A question
// that asks why or when, "Why did Japan pick 2050?", takes the target as given.)
const YES_NO_QUESTION = /^[\s“"‘']*(?:will|would|can|could|should|shall|does|do|did|is|are|was|were|has|have|had|may|might)\b[^?]*\?[\s”"’']*$/i

/**
 * Climate targets that the article reports an actor has set, announced, adopted or holds.
 * 1. scan sentences with a year, a percentage or a target word (CANDIDATE);
 * 2. find kind cues, target years, base years and values; pair them into targets;
 * 3. give each target its owner (pledge-actor.ts), dropping urged, refused, hypothetical and projected ones;
 * 4. reconcile: one pledge per (actor, kind, year), the best stated one kept.
 * @example extractPledges(doc) // [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 46, base_year: 2013, ... }]
 */
export function extractPledges(doc: Doc): Pledge[] {
  const pubYear = doc.article.date ? Number(doc.article.date.slice(0, 4)) : null
  // The main actor and the deal tests are asked for only by sentences with a target: found on first need.
  const contextActor = once(() => mainActor(doc.sentences, doc.mentions))
  const cop = doc.mentions.some((m) => m.actor === 'UNFCCC')
  const dealAt = dealTests(doc.sentences)
  const listOwnerOf = listOwners(doc)
  const found: PledgeCandidate[] = []
  // The last target year named so far, for "by the same year" (findTargetYears): a sentence with no
  // target finds its years only if a later sentence asks for it, which is seldom.
  let lastYear: () => number | null = () => null
  let prevKind: Cue['kind'] | null = null
  let prevText = ''
  // The target years of the sentence before when it named no kind: "The plan sets a 2035 goal." (its size follows).
  let prevUnsized: (() => readonly YearRef[]) | null = null
  // The owners of a phase-out the sentence before pledged without a year, for its date in this one ("The last one shuts in 2040").
  let prevExit: readonly string[] = []
  const mentionsOf = mentionCursor(doc)
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]
    const text = s.text
    const before = prevText
    prevText = text
    const unsizedBefore = prevUnsized
    prevUnsized = null
    if (!CANDIDATE.test(text) || YES_NO_QUESTION.test(text)) {
      prevKind = null
      prevExit = []
      continue
    }
    const lastBefore = lastYear
    const ctx = new LazyYearContext(pubYear, lastBefore)
    const bases = once(() => findBaseYears(text, before, pubYear))
    // One lower-cased copy for the scanners' word tests (costly for text beyond Latin-1).
    const lower = text.toLowerCase()
    const yearsOf = once(() => findTargetYears(text, ctx, bases(), lower))
    lastYear = once(() => {
      const years = yearsOf()
      return years.length > 0 ? years[years.length - 1].year : lastBefore()
    })
    const cueList = withOneAnaphor(text, withClosingThem(text, findCues(text, lower), before))
    const exitBefore = prevExit
    prevExit = []
    const exitDate = cueList.length === 0 && exitBefore.length > 0 ? exitDateCue(text, yearsOf()) : []
    const cues: Cue[] = exitDate.length > 0 ? exitDate : cueList.length > 0 || !prevKind ? cueList : anaphorCue(text, yearsOf(), prevKind, (at) => mentionsOf(s).some((m) => m.actor !== null && m.end - s.start === at))
    // Every target needs a kind cue: without one, values and owners need not be looked for.
    if (cues.length > 0) {
      // Only COP coverage gives a deal's content to UNFCCC: the deal named here or in one of the three sentences before.
      const aboutDeal = cop && (dealAt(si) || (PRONOUN_START.test(text) && (dealAt(si - 1) || dealAt(si - 2) || dealAt(si - 3))))
      // (There "It calls for …" is the deal, not the country the memory last read as a subject.)
      const mentions = localMentions(text, s.start, withMemoryMentions(doc, si, mentionsOf(s), !aboutDeal))
      const values = findValues(text, lower)
      const said = { status: once(() => statusOf(text)), previous: once(() => previousValueOf(text)) }
      const carried = unsizedBefore && CARRIED_PLAN.test(text) ? carriedYear(before, unsizedBefore()) : null
      const pairs = pairTargets(text, cues, yearsOf(), values, findPastDeadlines(text, ctx), carried)
      // (The exit dated here is the one the sentence before pledged: its owner is the one to fall back on.
      // An item of a list takes the owner its lead names: "Under its plan, Vietnam will: / - cut …".)
      const lead = listOwnerOf(si)
      const context = exitDate.length > 0 ? exitBefore[0] : aboutDeal ? 'UNFCCC' : lead === null ? contextActor() : 'actor' in lead ? lead.actor : null
      const made = pairs.map((pair) => pledgesOf(doc, s, pair, values, mentions, bases(), context, said))
      // The year carried from the sentence before is its owner's target only ("Brazil will present its 2035 target.
      // Argentina has pledged to cut emissions 20%" gives Argentina no 2035 target), when that sentence names one.
      if (carried) {
        const owners = new Set(doc.mentions.filter((m) => m.actor && m.start >= doc.sentences[si - 1].start && m.end <= doc.sentences[si - 1].end).map((m) => m.actor))
        if (owners.size > 0) pairs.forEach((p, i) => p.year?.form === 'carried' && (made[i] = made[i].filter((c) => owners.has(c.pledge.actor))))
      }
      distributeRespectively(text, pairs, made)
      // The sentence's change word ("raised", "up from 26%", "a new goal") belongs to one of its targets
      // (looked for only when the sentence gives a pledge).
      const changeCue = made.some((m) => m.length > 0) ? changeCueOf(text) : undefined
      const changed = changeCue && changedPair(pairs.filter((_, i) => made[i].length > 0), changeCue)
      pairs.forEach((pair, i) => {
        const cands = changeCue && pair === changed ? made[i].map((c) => ({ ...c, pledge: { ...c.pledge, change: changeCue.change } })) : made[i]
        for (const c of cands) if (!replacedBefore(found, c.pledge, text, said.previous)) found.push(c)
      })
      prevExit = made.flat().filter((c) => c.pledge.kind === 'phase_out' && c.pledge.year === null).map((c) => c.pledge.actor)
    }
    for (const value of findTemperatureLimits(text)) {
      found.push({ pledge: { actor: 'PARIS', kind: 'temperature', year: null, value, unit: 'degC', evidence: sentenceEvidence(doc, s), rule: 'temperature.degrees' }, quality: 0, approx: false })
    }
    prevKind = cues.length > 0 ? cues[cues.length - 1].kind : null
    if (cues.length === 0) prevUnsized = yearsOf
  }
  return reconcilePledges(found)
}

// A sentence that plans what the year before it is for ("The country will cut …", "It calls for a 60% cut",
// "Under it, emissions fall 60%"), not one that reports the past ("Last year, emissions fell 2% after …").
const CARRIED_PLAN = /\b(?:will|would|shall|aim\w*|plan\w*|pledg\w*|commit\w*|promis\w*|vow\w*|intend\w*|seek\w*|want\w*|call(?:s|ed)? for|sets? out|envisag\w*|foresee\w*|requir\w*|mandat\w*)\b|^\s*Under\b/i

/** The one target year a sentence with no kind names by a target noun ("The plan sets a 2035 goal."), for the sentence after it. */
function carriedYear(text: string, years: readonly YearRef[]): YearRef | null {
  const [y] = years
  return years.length === 1 && y.form === 'noun' && TARGET_AFTER.test(text.slice(y.end)) ? { year: y.year, start: 0, end: 0, form: 'carried' } : null
}

/** A year context whose last year is found when read (a class: one shape, read fast by findTargetYears). */
class LazyYearContext implements YearContext {
  constructor(
    readonly pubYear: number | null,
    private readonly last: () => number | null,
  ) {}
  get lastYear(): number | null {
    return this.last()
  }
}

/** Whether sentence i names a deal (DEAL), tested once each and only when asked; false before the first sentence. */
function dealTests(sentences: readonly Sentence[]): (i: number) => boolean {
  const known: (boolean | undefined)[] = []
  return (i) => i >= 0 && (known[i] ??= DEAL.test(sentences[i].text))
}

/** "The new goal supersedes Peru's old aim of a 30 percent cut": a target named as the one replaced. */
const REPLACES = /\b(?:replac\w*|supersed\w*|succeed\w*|tak\w* the place of)\b[^.]{0,60}\b(?:existing|previous|prior|earlier|old|current)\b/i

/**
 * A sentence that names only the goal an earlier-reported target replaces gives that target its
 * previous value instead of a pledge of its own: the old figure is history, not a second claim.
 */
function replacedBefore(found: PledgeCandidate[], p: Pledge, text: string, previousValue: () => number | undefined): boolean {
  if (p.value == null || !REPLACES.test(text) || previousValue() !== p.value) return false
  for (let i = found.length - 1; i >= 0; i--) {
    const q = found[i].pledge
    if (q.actor !== p.actor || q.kind !== p.kind || q.year !== p.year || q.value == null || q.value === p.value) continue
    if (q.previous === undefined) found[i] = { ...found[i], pledge: { ...q, previous: p.value } }
    return true
  }
  return false
}

/** What a sentence says of all its targets alike, read on first need and once for all of them. */
interface SentenceReading {
  readonly status: () => NonNullable<Pledge['status']>
  readonly previous: () => number | undefined
}

/** `f`'s value, computed on the first call only. */
function once<T>(f: () => T): () => T {
  let done = false
  let value: T
  return () => {
    if (!done) {
      value = f()
      done = true
    }
    return value
  }
}

/** Step 3 for one target: zero pledges (no owner, negated, too vague) or one per owner. */
function pledgesOf(doc: Doc, s: Sentence, pair: TargetPair, values: readonly ValueRef[], mentions: readonly LocalMention[], bases: readonly BaseRef[], context: string | null, said: SentenceReading): PledgeCandidate[] {
  const text = s.text
  const { cue, year } = pair
  const kind = cue.kind
  if (VALUED_KINDS.has(kind) && pair.values.length === 0) return []
  // "will help finance 10 GW of renewable capacity across Southeast Asia": capacity abroad is not the actor's own target (ANNOTATION.md).
  if (kind === 'renewables' && FINANCE.test(text.slice(Math.max(0, cue.start - 60), cue.start))) return []
  // A yearless cut counts only as a sized target the sentence names as one (reconcile drops it when a dated one exists).
  // ("a commitment to lowering its emissions by 30 percent", "… by 200 million tonnes": a sized cut its owner commits to, in percent or tonnes.)
  const sizedTarget = (around = text.slice(Math.max(0, cue.start - 40), cue.end + 60), percent = pair.values.some((v) => v.unit === 'percent')) =>
    kind === 'reduction' && ((percent && SIZED_TARGET.test(around)) || ((percent || pair.values.some((v) => v.unit === 'MtCO2e')) && SIZED_COMMITMENT.test(around)))
  if (!year && kind !== 'phase_out' && kind !== 'net_zero' && !sizedTarget()) return []
  const clause = text.slice(0, cue.start).split(/[;:]/).pop() ?? ''
  if (!year && kind === 'phase_out' && !COMMITS.test(clause)) return []
  // "climate-neutral at the earliest possible date" / "… as soon as possible": a net-zero goal that names its lack of a year (no target noun or possessive needed).
  const soonest = !year && kind === 'net_zero' && AS_SOON_AS_POSSIBLE.test(text.slice(cue.end, cue.end + 40))
  if (!year && kind === 'net_zero' && !soonest && !TARGET_NOUN.test(text.slice(cue.end))) return []
  const targetEnd = Math.max(cue.end, year?.end ?? 0, ...pair.values.map((v) => v.end))
  const owner = resolveActor(text, mentions, pair.anchor, cue.end, context, targetEnd)
  if (!owner || 'negated' in owner) return []
  // Countries "deploying 100 GW of clean energy globally by 2035", "… in developing countries": not their own
  // grid. (A group's "triple renewable capacity globally" is its members' collective goal, and stays.)
  if (kind === 'renewables' && ELSEWHERE.test(text.slice(cue.end, cue.end + 50)) && owner.actors.every((a) => !(a in GROUP_NAMES))) return []
  if (!year && kind === 'net_zero' && !soonest && owner.rule !== 'possessive') return []
  // A share or capacity is the target's size before a tonnes figure of the same target (FORMAT.md values are percent or GW; issue 14, item 6),
  // and a figure before a size with none ("triple solar capacity …, raising clean energy to 40%").
  const valued = VALUED_KINDS.has(kind) ? pair.values.filter((v) => v.value !== null || v.unit === null).sort((a, b) => Number(!!a.mass) - Number(!!b.mass) || Number(a.value === null) - Number(b.value === null)) : []
  const respectively = /\brespectively\b/i.test(text) && owner.actors.length > 1 && valued.length === owner.actors.length
  const byPosition = [...valued].sort((a, b) => a.start - b.start)
  const base = VALUED_KINDS.has(kind) ? nearestBase(bases, year?.start ?? cue.start) : undefined
  const status = said.status()
  const previous = said.previous()
  const gas = VALUED_KINDS.has(kind) ? gasOf(text, pair, targetEnd) : kind === 'net_zero' ? netZeroGas(text, cue) : undefined
  return owner.actors.map((actor, i) => {
    const chosen = respectively ? byPosition[i] : valued[0]
    // "15.8% by 2030, or 43.5% with international support": the unconditional figure and the conditional one.
    const paired = kind === 'reduction' && chosen && !respectively ? conditionalPair(text, values, chosen) : null
    const v = paired ? { ...chosen, ...paired } : chosen
    const pledge: Pledge = {
      actor,
      kind,
      year: year?.year ?? null,
      ...(v ? { value: v.value, ...(v.valueMax !== undefined ? { value_max: v.valueMax } : {}), ...(v.unit ? { unit: v.unit } : {}) } : {}),
      ...(base !== undefined ? { base_year: base } : {}),
      status,
      ...(gas ? { gas } : {}),
      // "60% by 2035, up from its 2030 goal of 46%": the earlier figure belongs to the new target only.
      // A previous value is a percentage (previousValueOf): it is no history of a target in tonnes.
      ...(previous !== undefined && VALUED_KINDS.has(kind) && v?.value !== previous && v?.unit !== 'MtCO2e' ? { previous } : {}),
      evidence: sentenceEvidence(doc, s),
      rule: `${kind}.${v?.unit ? RULE_UNIT[v.unit] : ''}${year ? `${year.form}-year` : 'no-year'}.${owner.rule}`,
    }
    // A repeat stating the target in percent beats one in tonnes (the article's one pledge keeps the share).
    const quality = v?.value != null ? (v.unit === 'MtCO2e' ? 0.5 : v.exact ? 2 : 1) : 0
    return { pledge, quality, approx: year?.form === 'approx' }
  })
}

/**
 * The target a change word is about: the last one ending before it for words that follow their
 * target ("…by 2035, up from 26%"), the first one starting after it for words that lead
 * ("announced that it would aim for 46% by 2030"), else the closest.
 */
function changedPair(pairs: readonly TargetPair[], cue: { start: number; after: boolean }): TargetPair | undefined {
  const endOf = (p: TargetPair) => Math.max(p.cue.end, p.year?.end ?? 0, ...p.values.map((v) => v.end))
  const before = pairs.filter((p) => endOf(p) <= cue.start).sort((a, b) => endOf(b) - endOf(a))[0]
  const after = pairs.filter((p) => p.anchor >= cue.start).sort((a, b) => a.anchor - b.anchor)[0]
  const chosen = cue.after ? before : after
  if (chosen) return chosen
  let best: TargetPair | undefined
  let bestGap = Infinity
  for (const p of pairs) {
    const gap = cue.start < p.anchor ? p.anchor - cue.start : cue.start > endOf(p) ? cue.start - endOf(p) : 0
    if (gap < bestGap) [best, bestGap] = [p, gap]
  }
  return best
}

// "lifted its goal for cutting emissions to 40 percent": a sized target the sentence names as one, with no year.
const SIZED_COMMITMENT = /\b(?:commitments?|pledges?|promises?|vows?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|committ(?:ed|ing)|commits?)\s+to\s+(?:cut|cutting|reduc\w+|slash\w*|lower\w*|curb\w*)\s+(?:[\w-]+\s+){0,3}?emissions\s+by\s+(?:[\w.,]+\s+)?\d/i
const AS_SOON_AS_POSSIBLE = /^\s*(?:emissions\s+)?(?:as (?:soon|early|quickly) as possible|at the earliest possible date)\b/i
const SIZED_TARGET = /\b(?:reduction|emissions?|climate|NDC)\s+(?:reduction\s+)?(?:targets?|goals?|pledges?|commitments?)\s+(?:to|of)\s+(?:a\s+)?\d/i
const RULE_UNIT: Readonly<Record<string, string>> = { percent: 'pct-', GW: 'gw-', MtCO2e: 'mt-' }
const ELSEWHERE = /^[^.;,]{0,20}?\b(?:globally|worldwide|around the world|across the world|abroad|overseas|in (?:other|developing|poorer|emerging) (?:countries|nations|economies))\b/i
const FINANCE = /\b(?:financ\w*|fund(?:s|ed|ing)?|invest\w* in)\b[^.;,]*$/i

function nearestBase(bases: readonly BaseRef[], at: number): number | undefined {
  let best: BaseRef | undefined
  for (const b of bases) if (!best || Math.abs(b.start - at) < Math.abs(best.start - at)) best = b
  return best?.year
}
