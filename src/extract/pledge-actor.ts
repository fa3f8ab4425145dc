import type { Mention } from '../model/doc.js'
import { datelineEnd } from './dateline.js'
import { afterNegation, negation, objectNegation, projectionBefore } from './pledge-negation.js'
import { NON_STATE_LEAD, namedNonState, nonStateMention, subNationalOffice } from './pledge-non-state.js'
import { isInitiativeGoal } from './pledge-initiative.js'
import { FRONTED_FRAME } from './pledge-pairs.js'
import { GAZETTEER } from '../actors/gazetteer.js'

/** An actor mention in sentence offsets, with how it is used in the sentence. */
export interface LocalMention {
  readonly start: number
  readonly end: number
  readonly actor: string
  /** Followed by 's: "China's 2060 plan". */
  readonly possessive: boolean
  readonly adjectival: boolean
  /**
   * After a preposition or a verb that takes it as object ("lodged with the United Nations",
   * "told the UN", "follows the UAE"): the mention receives the act rather than sets the target.
   */
  readonly object: boolean
  /** Where something happened, not who acts: "at the Bonn UN climate conference", "the summit in Paris". */
  readonly venue?: boolean
  /** Why the mention names no state here (a firm's executive, a capital for its own city): its targets are no country's. */
  readonly nonState?: string
}

export type ActorRule = 'possessive' | 'subject' | 'object' | 'context' | 'relative'
export type ActorResult =
  | { readonly actors: readonly string[]; readonly rule: ActorRule }
  | { readonly negated: string }
  | null

// "a UN summit", "at the G20 meeting", "the Paris UN climate summit": the actor names an event, not who sets the target.
const EVENT_NOUN = /^\s+(?:(?:UN|U\.N\.)\s+)?(?:climate\s+)?(?:summit|conference|meeting|talks|general assembly|session|forum|event)\b/i
// Only a demonym is a modifier for sure ("Chinese financing"); a name may be flagged before a verb ("help Vietnam reduce").
const DEMONYM = /(?:ese|ian|ean|ish|ch|can|man|i)$/i
const AT_EVENT = /\b(?:at|during|before|ahead of)\s+(?:a|an|the)\s+$/i
// Where a pledge was made, not who made it: a mention that is itself an event after "at/during
// the …" ("during the Paris UN climate summit"), and a place after an event noun ("the UN climate
// conference in Paris").
const EVENT_MENTION = /\b(?:summit|conference|talks|meeting|forum|session|COP\s?\d+)$/i
const AT_NAMED_EVENT = /\b(?:at|during|before|ahead of|on the sidelines of)\s+(?:a|an|the|this|last|next)\s+(?:[\w’'-]+\s+){0,3}$/i
const EVENT_PLACE = /\b(?:summit|conference|talks|meeting|forum|session|COP\s?\d+)\s+(?:held\s+|hosted\s+)?in\s+$/i
// Words after which a mention is an object: "lodged with the UN", "told the UN", "Saudi Arabia follows the UAE",
// "sent the UNFCCC its new plan" (the one a document is given to).
// Not "by" (a passive's agent sets the target) and not "for" ("a new goal for Japan").
const OBJECT_LEAD = /\b(?:with|to|at|from|against|than|alongside|like|behind|toward|towards|into|unlike|told|tells|telling|follows|followed|following|joins|joined|joining|trails|trailed|trailing|matches|matched|matching|sent|sends|sending|submitted|submits|gave|gives|handed|hands|presented|presents|delivered|delivers)\s+(?:the\s+|fellow\s+|other\s+)?$/i

// The Paris Agreement's goals are temperature limits; the IPCC and IEA publish pathways, not pledges (ANNOTATION.md).
const NOT_OWNERS: ReadonlySet<string> = new Set(['PARIS', 'IPCC', 'IEA'])
const PATHWAY_ISSUERS: ReadonlySet<string> = new Set(['IPCC', 'IEA'])

// "ministers from the Group of Seven": the role noun makes the mention whose people act, not an object.
const MEMBERS_FROM = /\b(?:ministers?|leaders?|officials?|delegates?|delegations?|negotiators?|envoys?|representatives?|diplomats?|heads?|members?)\s+(?:from|of)\s+(?:the\s+)?$/i
// A lower-case word right before (not a conjunction, which may open a new subject: "and the Glasgow talks ended").
const WORD_BEFORE = /(?:^|\s)(?!(?:and|or|but|while|as|when|after|since|because|then|so)\s)[a-z]+\s+(?:the\s+|this\s+|last\s+|next\s+|a\s+)?$/
const APPOSITIVE_OF = /^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}(?:of|to|for)\s+(?:the\s+)?$/i
/** Converts doc mentions inside a sentence to sentence offsets, keeping only resolved actors. */
export function localMentions(text: string, sentenceStart: number, mentions: readonly Mention[]): LocalMention[] {
  const out: LocalMention[] = []
  // "TURIN, Italy - ...": a dateline names where the story was filed, not who acts.
  const dateline = datelineEnd(text, 0)
  for (const m of mentions) {
    if (!m.actor) continue
    const start = m.start - sentenceStart
    const end = m.end - sentenceStart
    const before = text.slice(Math.max(0, start - 50), start)
    const venue = (EVENT_MENTION.test(m.text) && AT_NAMED_EVENT.test(before)) || EVENT_PLACE.test(before)
    const adjectival = (m.adjectival === true && DEMONYM.test(m.text)) || EVENT_NOUN.test(text.slice(end, end + 30)) || AT_EVENT.test(text.slice(Math.max(0, start - 20), start)) || venue
    const lead = text.slice(Math.max(0, start - 40), start)
    // "submitted to the United Nations (UN) its target": a name in brackets after an object is that object.
    const prev = out[out.length - 1]
    const alias = prev !== undefined && prev.object && /^\s*\(\s*$/.test(text.slice(prev.end, start))
    // ("The UK, like Japan and South Korea, has …": the rest of a list an object opens is an object too.)
    // (A bare comma that no further member follows ends the phrase: "In a speech to the UN, the Brazilian
    // president said …", "In a letter to the UN, Brazil said …" open the clause; "with China, India and Peru" is a list.)
    const gap = prev !== undefined ? text.slice(prev.end, start) : ''
    const clauseOpens = /^\s*,\s+(?:the\s+)?$/.test(gap) && !LIST_GOES_ON.test(text.slice(end, end + 40))
    const listed = prev !== undefined && prev.object && CHAIN_GAP.test(gap) && !clauseOpens
    // ("Brazil, host of the COP30 talks, aims …": a name inside an appositive describes the one before it.)
    // (and "COP30 climate talks", two mentions of one body side by side, is one phrase)
    const appositive = prev !== undefined && (APPOSITIVE_OF.test(text.slice(prev.end, start)) || (prev.object && prev.actor === m.actor && /^\s*$/.test(text.slice(prev.end, start))))
    // ("Hanoi used the Glasgow talks to announce …": an event after a word of the clause is what it acts on or at.)
    const eventObject = EVENT_MENTION.test(m.text) && WORD_BEFORE.test(lead)
    const object = (OBJECT_LEAD.test(lead) && !MEMBERS_FROM.test(lead)) || end <= dateline || alias || listed || appositive || eventObject
    const entry = GAZETTEER.get(m.text)
    const nonState = nonStateMention(m, entry?.kind === 'country' && entry.form === 'place', text, text.slice(end, end + 40))
    out.push({ start, end, actor: m.actor, possessive: /^['’]s\b/.test(text.slice(end, end + 3)), adjectival, object, ...(venue ? { venue } : {}), ...(nonState ? { nonState } : {}) })
  }
  return out
}

// A condition anywhere before the target governs it: "If others were to follow X's lead and commit to ...".
const CONDITION = /\b(?:if|unless|were to)\b/i
const CLAUSE_BREAK = /[,;:—–()]/
// What follows a member of a list that goes on: another comma or a conjunction ("China, India and Peru"), after a word or two.
const LIST_GOES_ON = /^(?:\s+[\w’'-]+){0,2}?\s*(?:,|\band\b|\bor\b|&)/i
const CHAIN_GAP = /^\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?$/i

// "… that the United States announced", "… which Japan set in 2021": a relative clause whose subject sets the target.
const RELATIVE_LEAD = /^[^,;:.()]{0,12}?\b(?:that|which)\s+(?:the\s+)?$/i
const SETTING_VERB = /^\s+(?:(?:has|have|had)\s+)?(?:announced|set|pledged|adopted|unveiled|submitted|made|promised|proposed|agreed|legislated|introduced|committed to|put forward|laid out|lodged)\b/i
// "the 2030 date in China's own pledge", "under Japan's plan": the target as part of a possessor's document.
const DOCUMENT_LEAD = /^\s*(?:(?:date|year|deadline|goal|target)\s+)?(?:in|under|of|from)\s+$/i
const DOCUMENT_AFTER = /^['’]s\s+(?:own\s+|current\s+|existing\s+|previous\s+|new\s+|national\s+)*(?:pledge|plan|goal|target|NDC|law|strategy|commitment|contribution|roadmap)s?\b/i

// "Net zero by 2050 is the goal of the EU, Britain and Japan": the list after "the goal of" owns it.
const GOAL_OF = /^\s*(?:is|was|remains)\s+(?:also\s+)?(?:the|a)\s+(?:stated\s+|official\s+|declared\s+)?(?:goal|target|aim|ambition|plan|pledge|commitment)s?\s+of\s+(?:the\s+)?$/i

function ownerAfter(text: string, mentions: readonly LocalMention[], targetEnd: number): string[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]
    if (m.start < targetEnd) continue
    if (m.start - targetEnd > 40) return []
    const between = text.slice(targetEnd, m.start)
    if (NOT_OWNERS.has(m.actor)) return []
    if (RELATIVE_LEAD.test(between) && SETTING_VERB.test(text.slice(m.end, m.end + 40))) return [m.actor]
    if (m.possessive && DOCUMENT_LEAD.test(between) && DOCUMENT_AFTER.test(text.slice(m.end, m.end + 50))) return [m.actor]
    if (GOAL_OF.test(between)) {
      const out = [m.actor]
      for (let k = i + 1; k < mentions.length && CHAIN_GAP.test(text.slice(mentions[k - 1].end, mentions[k].start)); k++) if (!NOT_OWNERS.has(mentions[k].actor)) out.push(mentions[k].actor)
      return [...new Set(out)]
    }
    return []
  }
  return []
}

/** A forecast verb between a target's cue and its size or year ("is expected to reach", "are likely to fall", "will likely account for"). */
const FORECAST_INSIDE = /\b(?:(?:is|are|was|were|will be)\s+(?:now\s+|also\s+|still\s+)?(expected|projected|forecast|predicted|likely|estimated|anticipated)\s+to|(?:will|would)\s+(likely|probably))\b/i
const NAMED_TARGET = /\b(?:goals?|targets?|pledges?|commitments?|NDC)\b/i

/** Verbs and prepositions by which a party joins others in what they hold ("joined", "follows", "alongside"). */
const JOINED = /\b(?:join(?:s|ed|ing)?|follow(?:s|ed|ing)?|alongside|with)\s+(?:the\s+)?$/i
/** A relative clause opening right after a list: ", which all aim …", ", all of which target …". */
const RELATIVE_AFTER = /^\s*,\s*(?:which|who|all of which|both of which|each of which|all of whom)\b[^,;:.]*$/i
/** "… in pledging", "… in setting": the act a party was joined in, running up to the target. */
const IN_ACT = /^\s+in\s+\w+ing\b[^,;:.]*$/i

function relativeList(text: string, mentions: readonly LocalMention[], anchor: number): { actors: string[]; first: LocalMention; last: LocalMention } | null {
  const last = mentions.filter((m) => m.end <= anchor).pop()
  if (!last || !RELATIVE_AFTER.test(text.slice(last.end, anchor))) return null
  const { actors, first } = chain(text, mentions, last)
  return { actors: actors.filter((a) => !NOT_OWNERS.has(a)), first, last }
}

/** The list of objects of "join"/"follow" after the subject, when "in V-ing" leads from it to the target. */
function joinedIn(text: string, mentions: readonly LocalMention[], subject: LocalMention, anchor: number): string[] {
  const last = mentions.filter((m) => m.start > subject.end && m.end <= anchor).pop()
  if (!last || !IN_ACT.test(text.slice(last.end, anchor))) return []
  const { actors, first } = chain(text, mentions, last)
  return JOINED.test(text.slice(Math.max(0, first.start - 30), first.start)) ? actors.filter((a) => !NOT_OWNERS.has(a)) : []
}

/** The mention and those coordinated before it: "the U.K. and the European Union" → both, and the first of them. */
function chain(text: string, mentions: readonly LocalMention[], m: LocalMention): { actors: string[]; first: LocalMention } {
  const actors = [m.actor]
  let cur = m
  for (let i = mentions.indexOf(m) - 1; i >= 0; i--) {
    const p = mentions[i]
    // ("Under the Paris Agreement, Japan will …": a phrase fronting the clause is no member of the list.)
    // ("At the Bonn conference, Kenya …": the venue before the comma is no member either.)
    // ("The two countries …": one phrase the memory read as several actors, one mention each at its span.)
    const samePhrase = p.start === cur.start && p.end === cur.end
    // ("In a speech to the UN, the Brazilian president said …": an object before a subject is no member of its list.)
    const objectBefore = p.object && !cur.object && !samePhrase
    if ((!samePhrase && !CHAIN_GAP.test(text.slice(p.end, cur.start))) || NOT_OWNERS.has(p.actor) || p.venue || objectBefore) break
    if (!actors.includes(p.actor)) actors.unshift(p.actor)
    cur = p
  }
  return { actors, first: cur }
}

/**
 * The owner of a target whose phrase starts at `anchor`.
 * 1. a possessive right before it ("Japan's new 2030 target", "China's 2060 plan");
 * 2. the nearest mention before it (a subject or a person acting for a country), preferring
 *    plain mentions over adjectives and possessives, with coordinated mentions;
 * 3. a possessive or object after the target word ("cut the UK's emissions");
 * 4. the context actor (the article's main actor), for "the country", "it", "the government".
 * Returns `{ negated }` when the words before the target make it an urge, refusal, hypothetical or projection.
 */
export function resolveActor(text: string, mentions: readonly LocalMention[], anchor: number, cueEnd: number, context: string | null, targetEnd = cueEnd): ActorResult {
  if (CONDITION.test(text.slice(0, anchor))) return { negated: 'condition' }
  // (A target the clause names as one stands whatever the trend: "on course to reach its 2030 target of 38%, economists say".)
  const undone = afterNegation(text.slice(targetEnd, targetEnd + 80), NAMED_TARGET.test(text.slice(0, targetEnd)) ? '' : text.slice(targetEnd))
  if (undone) return { negated: undone }
  // "Renewable capacity is expected to reach 20 GW by 2035": a forecast inside the target's own words.
  const forecast = FORECAST_INSIDE.exec(text.slice(cueEnd, targetEnd))
  if (forecast) return { negated: `projection: ${forecast[1] ?? forecast[2]}` }
  // 0. An owner named right after the target phrase: "the 50-52% cut that the United States announced",
  //    "the 2030 date in China's own pledge".
  const after = ownerAfter(text, mentions, targetEnd)
  if (after.length) return { actors: after, rule: 'relative' }
  // "the Global Methane Pledge, which aims to cut …": an initiative's collective goal is no member's target.
  if (isInitiativeGoal(text, anchor)) return { negated: 'initiative' }
  // "The IEA's roadmap sees net zero by 2050": a pathway's issuer stands nearest; no one else owns it.
  const nearest = mentions.filter((m) => m.end <= anchor).pop()
  if (nearest && PATHWAY_ISSUERS.has(nearest.actor)) return { negated: `pathway: ${nearest.actor}` }
  const before = mentions.filter((m) => m.end <= anchor && !NOT_OWNERS.has(m.actor))
  // 1. (The Paris Agreement owns its collective goals only as a possessive, FORMAT.md: "the Paris
  //    Agreement's 2050 goal of net-zero emissions"; "under the Paris Agreement, Japan will …" is Japan's.)
  const poss = mentions.filter((m) => m.end <= anchor && m.possessive && (!NOT_OWNERS.has(m.actor) || m.actor === 'PARIS')).pop()
  if (poss) {
    const gap = text.slice(poss.end + 2, anchor)
    if (!CLAUSE_BREAK.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 6 && !before.some((m) => m.start > poss.end)) {
      // "Analysts expect China's emissions to peak", "China's emissions are projected to peak": forecasts, not targets.
      const lead = text.slice(0, poss.start).split(/[,;:]/).pop() ?? ''
      const proj = projectionBefore(lead, text.slice(0, poss.start))
      if (proj) return { negated: proj }
      if (poss.nonState) return { negated: `non-state: ${poss.nonState}` }
      const why = negation(gap, '', text, text.slice(anchor, targetEnd))
      if (why) return { negated: why }
      return { actors: [poss.actor], rule: 'possessive' }
    }
  }
  // 2.
  // An object ("told the United Nations that it would cut ...") owns a target only when nothing else can.
  const tiers = [
    before.filter((m) => !m.possessive && !m.adjectival && !m.object),
    before.filter((m) => !m.possessive && !m.object),
    before.filter((m) => !m.object),
    before.filter((m) => !m.possessive),
    before,
  ]
  const subject = tiers.map((t) => t[t.length - 1]).find((m) => m !== undefined)
  // "… alongside the EU, Britain and Canada, which all aim for net zero by 2050": a list that a relative
  // clause opening the target's own words follows owns the target; with a joining verb before it, its subject too.
  const listed = relativeList(text, mentions, anchor)
  if (listed) {
    const why = negation(text.slice(listed.last.end, anchor), '', text)
    if (why) return { negated: why }
    const joiner = subject && subject.end <= listed.first.start && JOINED.test(text.slice(Math.max(0, listed.first.start - 30), listed.first.start)) ? chain(text, mentions, subject).actors : []
    return { actors: [...new Set([...joiner, ...listed.actors])], rule: 'relative' }
  }
  if (subject) {
    // The lead of the whole coordination: "pushed China and India to ...".
    const { actors, first } = chain(text, mentions, subject)
    const lead = text.slice(Math.max(0, first.start - 30), first.start)
    // "Japan expects South Korea to peak before 2030": someone else's forecast of the target.
    const objected = objectNegation(lead)
    if (objected) return { negated: objected }
    if (subject.nonState) return { negated: `non-state: ${subject.nonState}` }
    // ("Germany said Bavaria would reach …": a state or firm named after the country is the nearer subject.)
    const nearer = namedNonState(text.slice(subject.end, anchor))
    if (nearer) return { negated: `non-state: ${nearer}` }
    const why = negation(text.slice(subject.end, anchor), text.slice(0, first.start), text, text.slice(anchor, targetEnd))
    if (why) return { negated: why }
    // "Japan joined the EU and Canada in pledging …": those joined or followed in the act hold it too.
    return { actors: [...actors, ...joinedIn(text, mentions, subject, anchor)], rule: 'subject' }
  }
  // (A phrase fronting the sentence frames it and names no owner: "Within the nuclear sector, the government targets …".)
  const lead = text.slice(0, anchor).replace(FRONTED_FRAME, '')
  const why = negation(lead, '', text)
  if (why) return { negated: why }
  // 3.
  const object = mentions.find((m) => m.start >= cueEnd && m.start - cueEnd <= 40 && (m.possessive || m.adjectival) && !NOT_OWNERS.has(m.actor))
  if (object && !CLAUSE_BREAK.test(text.slice(cueEnd, object.start))) return { actors: [object.actor], rule: 'object' }
  // 4. (Not when the clause names a non-state owner the gazetteer cannot: "The company's goal is net zero by 2045".)
  if (context && NON_STATE_LEAD.test(lead)) return { negated: 'non-state: unnamed' }
  // (Nor when it names a state, province or firm: "Bavaria aims for …" is not Germany's however much the article is about Germany.)
  const named = context ? namedNonState(lead) : undefined
  if (named) return { negated: `non-state: ${named}` }
  if (context && subNationalOffice(text)) return { negated: 'non-state: sub-national office' }
  return context ? { actors: [context], rule: 'context' } : null
}
