import { POINTING_DETERMINERS, POINTING_PRONOUNS } from '../lexicon/links.js'
import { cross, examples, joinedIn, partiesOf, thatSubject } from './party.js'
import { RECIPIENTS, targetsOf } from './targets.js'
import { clauseOf, type Frame } from './types.js'
import { OBJECT_CONTROL } from '../nlp/clause-links.js'
import type { Phrase } from '../model/doc.js'
import { answeredParty, complementOf, contextAt, findClause, frontedTopic, governedBy, prepsAfterToken, reportingSpeech, respondedParty } from './around.js'
import { single } from '../nlp/phrases.js'
import { REACTION_LEADS, UNWILLED_CHANGES } from '../lexicon/modality.js'
import { PROJECTING_VERBS } from '../lexicon/pledges.js'
import { namesakeCapitalIn } from './venue.js'
import { bothWays, reciprocalAt } from './mutual.js'

/** How many parties may do an act to each other and be read pair by pair ("Chile, Peru and Bolivia accused each other"). */
const MUTUAL_MAX = 3

/**
 * Agent–verb–patient: the subject acts on the direct object ("Fiji castigated Australia") or on the
 * phrase of one of the entry's prepositions ("objected to Brazil's handling", "met with Kerry").
 * An entry may need an infinitive after the party ("asked Japan to …"), take the subject of the
 * clause it governs ("demanded that Japan …"), or read "with X that …" as an opinion shared.
 */
export const active: Frame = (t) => {
  const c = clauseOf(t)
  if (!c || t.chunk >= 0 || c.verb.voice !== 'active') return []
  const { doc, entry } = t
  const actors = [...partiesOf(doc, c.subject), ...joinedIn(doc, c)]
  if (actors.length === 0) return []
  // "Chile and Bolivia accused each other", "clashed with one another": each party does the act to the other.
  const other = entry.direct && c.object ? c.object.start : c.preps.find((p) => entry.preps.includes(p.prep))?.phrase.start
  if (other !== undefined && reciprocalAt(doc, other)) return bothWays(actors, MUTUAL_MAX)
  // "challenged Lula to end deforestation": a verb whose object acts in the infinitive after it urges; it objects to nothing.
  // ("called China's decision to halt imports a mistake": a thing's infinitive says what the thing is, no one is urged.)
  if (entry.type === 'protest' && OBJECT_CONTROL.has(c.verb.lemma) && c.object && governsInfinitive(t) && doc.chunks[c.object.chunks.at(-1)!].kind !== 'thing') return []
  let targets: string[] = []
  if (entry.direct && c.object) {
    // (Help given to what a party's money goes to is help to the party: "support Kenya's green transition".)
    const thing = (k: number) => doc.chunks[k].kind === 'thing' && !(entry.type === 'cooperate' && RECIPIENTS.has(doc.chunks[k].headLemma))
    // (A verb that needs a party reads its object's first phrase: "meet its target together with the EU" meets no one.)
    const things = entry.partyObject ? thing(c.object.chunks[0]) : c.object.chunks.every(thing)
    // (A thing the party must be stands for parties only through its examples: "wants big emitters such as China to …".)
    targets = entry.partyObject && things ? examples(doc, c.object) : targetsOf(doc, entry.type, c.object, c.preps[0], actors)
    // ("will help Vietnam and the Philippines build plants": the clause of the bare infinitive took the list as its
    // subject; "help" is the one trigger verb a bare infinitive follows.)
    const bare = c.verb.lemma === 'help' && !things ? findClause(doc, c.sentence, (k) => k.subject?.start === c.object!.start && k.subject.end > c.object!.end && k.subjectFrom === 'own' && k.verb.start === k.subject.end && doc.tokens[k.verb.head].lower === k.verb.lemma) : undefined
    if (bare) targets = [...new Set([...targets, ...partiesOf(doc, bare.subject)])]
    if (entry.partyObject && things && targets.length === 0) return []
    if (targets.length && entry.needsInfinitive && !governsInfinitive(t)) return []
    // "Japan expects China to peak soon": a forecasting verb before an unwilled change forecasts; it calls on no one.
    const then = entry.needsInfinitive && PROJECTING_VERBS.has(c.verb.lemma) ? governedBy(doc, t.clause, (k) => k.verb.form === 'infinitive') : undefined
    if (then && UNWILLED_CHANGES.has(then.verb.lemma)) return []
  }
  // "condemned what it called Washington's unilateral tariffs": the object of the free relative's naming verb.
  if (targets.length === 0 && entry.direct && !c.object && doc.tokens[c.verb.end]?.lower === 'what') {
    const naming = findClause(doc, c.sentence, (k) => k.verb.start > c.verb.end && k.verb.start <= c.verb.end + 3 && NAMING_VERBS.has(k.verb.lemma))
    // ("what it described as Ethiopia's reckless filling": the phrase after "as".)
    const named = naming && (naming.object ?? naming.preps.find((p) => p.prep === 'as')?.phrase)
    if (named) targets = targetsOf(doc, entry.type, named, undefined, actors)
  }
  // "in a move that Beijing denounced as protectionist": the noun the relative clause describes is the object.
  if (targets.length === 0 && entry.direct && !c.object) {
    const antecedent = objectGapAntecedent(doc, c)
    if (antecedent >= 0) targets = targetsOf(doc, entry.type, single(contextAt(doc, doc.chunks[antecedent].start), antecedent), undefined, actors)
  }
  if (targets.length === 0 && entry.predicates.length) {
    // "critical of Washington": the phrase after the adjective's preposition.
    const p = prepsAfterToken(doc, t.at).find((x) => entry.preps.includes(x.prep))
    return p ? cross(actors, targetsOf(doc, entry.type, p.phrase)) : []
  }
  // The first of the entry's prepositions whose phrase names a party: "complained to Ellison about Washington's tariffs".
  for (let i = 0; targets.length === 0 && i < c.preps.length; i++) {
    const p = c.preps[i]
    if (!entry.preps.includes(p.prep)) continue
    if (entry.opinionBeforeThat && doc.tokens[p.phrase.end]?.lower === 'that') return []
    targets = targetsOf(doc, entry.type, p.phrase, c.preps[i + 1], actors)
  }
  // "arrived in Kuwait City", "flew to Mexico City": a trip to a capital named for its country visits that country.
  for (let i = 0; targets.length === 0 && entry.type === 'meet' && entry.direct === false && i < c.preps.length; i++) {
    if (entry.preps.includes(c.preps[i].prep)) targets = namesakeCapitalIn(doc, c.preps[i].phrase).filter((a) => !actors.includes(a))
  }
  // "pushed for the United States to lift sanctions", "called for China to peak": the party an infinitive follows.
  if (targets.length === 0 && entry.type === 'urge') targets = forToTarget(t)
  // "travelled there": the place the discourse last named.
  if (targets.length === 0 && entry.preps.includes('to') && c.object && doc.chunks[c.object.chunks[0]].headLemma === 'there') targets = partiesOf(doc, c.object)
  // "agreed to form a team with the EU": the party of the act agreed on is the other side.
  if (targets.length === 0 && (entry.type === 'agree' || entry.type === 'cooperate')) {
    const below = governedBy(doc, t.clause, (k) => k.verb.form === 'infinitive')
    const p = below?.preps.find((x) => entry.preps.includes(x.prep))
    if (p) targets = partiesOf(doc, p.phrase)
  }
  // "objected that the wording had been produced by India and China": protesting what named parties did to a text.
  if (targets.length === 0 && entry.type === 'protest') {
    const below = governedBy(doc, t.clause, (k) => MADE_BY.has(k.verb.lemma) && k.subjectFrom === 'own')
    if (below) targets = partiesOf(doc, below.verb.voice === 'passive' ? below.agent : below.subject)
    // "objected that the decision had been gavelled through": the text's body.
    const complement = below ?? complementOf(doc, t.clause)
    if (targets.length === 0 && complement?.subject) targets = targetsOf(doc, entry.type, complement.subject, undefined, actors)
  }
  // "hit back after Canada raised tariffs", "protested when Japan released the water": whom the protest answers.
  if (targets.length === 0 && entry.type === 'protest') {
    const p = c.preps.find((x) => REACTION_LEADS.has(x.prep))
    const answered = p && findClause(doc, c.sentence, (k) => k.subjectFrom === 'own' && k.subject?.start === p.phrase.start)
    if (answered) targets = partiesOf(doc, answered.subject).filter((a) => !actors.includes(a))
  }
  // "“We will not accept this,” Jakarta said of the EU rules": what the words point to is named after "of".
  if (targets.length === 0 && entry.type === 'protest' && (!c.object || pointsBack(doc, c.object))) {
    // ("Reacting to the EU vote, Orban called it a disgrace": the topic a fronted participle names.)
    const of = reportingSpeech(doc, c)?.preps.find((p) => p.prep === 'of' || p.prep === 'about')?.phrase ?? (c.object ? frontedTopic(doc, c.sentence) : undefined)
    if (of) targets = targetsOf(doc, entry.type, of, undefined, actors)
  }
  // "Japan began releasing the water. Beijing hit back within hours", "… Manila rejected it": the act just told.
  if (targets.length === 0 && entry.type === 'protest' && (!c.object || pointsBack(doc, c.object))) targets = answeredParty(doc, t.clause, entry, actors)
  // "China responded by banning seafood imports": a measure given as an answer, on no one's goods.
  if (targets.length === 0 && entry.type === 'sanction') targets = respondedParty(doc, t.clause, actors)
  if (targets.length === 0 && entry.complementTarget) {
    const below = governedBy(doc, t.clause, (k) => k.subjectFrom === 'own')
    targets = below ? partiesOf(doc, below.subject) : []
    if (targets.length === 0) targets = thatSubject(doc, c.verb.end)
  }
  if (entry.objectNeeds.length && !neededAfter(t, c.object?.end ?? c.verb.end)) return []
  return cross(actors, targets)
}

/** Whether one of the entry's needed words follows `from` in the trigger's sentence: "called the move [a mistake]", "asked Japan [for aid]". */
export function neededAfter(t: Parameters<Frame>[0], from: number): boolean {
  const end = t.doc.sentenceTokens[t.doc.tokens[t.at].sentence]![1]
  const within = (at: number) => {
    for (let k = at; k < end && k < at + 8; k++) if (t.entry.objectNeeds.includes(t.doc.tokens[k].lower)) return true
    return false
  }
  // ("described Britain's plan [to scrap its car ban] as regrettable": the verdict may come after the object's infinitive.)
  const inner = governedBy(t.doc, t.clause, (k) => k.verb.form === 'infinitive' && k.start === from)
  return within(from) || (!!inner && within(inner.end))
}

const MADE_BY = new Set(['produce', 'draft', 'write', 'insert', 'add', 'change', 'alter', 'push', 'table', 'propose', 'impose', 'negotiate'])

/** "for X to …" after an urging verb: X, when the infinitive's subject is that phrase. */
export function forToTarget(t: Parameters<Frame>[0]): string[] {
  const c = t.doc.clauses[t.clause]
  const p = c?.preps.find((x) => x.prep === 'for')
  if (!p) return []
  const next = findClause(t.doc, c.sentence, (k) => k.verb.form === 'infinitive' && k.verb.start === p.phrase.end)
  return next ? partiesOf(t.doc, p.phrase) : []
}

/** Whether the trigger's clause governs an infinitive: "asked Japan [to cut]". */
function governsInfinitive(t: Parameters<Frame>[0]): boolean {
  return !!governedBy(t.doc, t.clause, (k) => k.verb.form === 'infinitive')
}

/** For a relative clause with its own subject and no object ("a move [that Beijing denounced]"), the noun before "that"/"which", or -1. */
function objectGapAntecedent(doc: Parameters<Frame>[0]['doc'], c: NonNullable<ReturnType<typeof clauseOf>>): number {
  if (c.subjectFrom !== 'own' || !c.subject) return -1
  const rel = doc.tokens[c.subject.start - 1]
  if (!rel || (rel.lower !== 'that' && rel.lower !== 'which')) return -1
  let j = c.subject.start - 2
  if (doc.tokens[j]?.text === ',') j--
  const k = doc.chunkOf[j]
  return k !== undefined && k >= 0 && doc.chunks[k].end === j + 1 ? k : -1
}

/** Verbs that name a thing in a free relative: "what it called …", "what Kenya described as …". */
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand'])

/**
 * An object that stands for no party and only points at what was just told: "it", "this", "that", or a noun
 * after "this" or "these" ("“We reject this interference,” Beijing said of the report").
 */
function pointsBack(doc: Parameters<Frame>[0]['doc'], p: Phrase): boolean {
  if (p.chunks.length !== 1) return false
  const k = doc.chunks[p.chunks[0]]
  if (k.actors.length || k.modifierActor) return false
  return k.start === k.head ? POINTING_PRONOUNS.has(doc.tokens[k.head].lower) : POINTING_DETERMINERS.has(k.det ?? '')
}

