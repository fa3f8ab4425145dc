import { HAPPENING_VERBS, CANCELLING_NOUNS, CANCELLING_VERBS, CONTESTS, TRADE_MODIFIERS, COPULAS, DELIBERATING_VERBS, FAILING_VERBS, UNCERTAIN_PREDICATES, HYPOTHETICAL_MODALS, IRREALIS_VERBS, MODALS, OBLIGATION_MODALS, PRESUPPOSING_PREPS, REBUTTING_VERBS, SEMI_MODALS, REASON_LEADS, REFUSING_VERBS, REMOVING_VERBS, WISHING_VERBS, WORSENING_VERBS } from '../../lexicon/modality.js'
import type { Clause, Doc } from '../../model/doc.js'
import { SYMMETRIC_TYPES, type InteractionType } from '../../model/facts.js'
import { findClause, roleInClause } from '../../frames/around.js'
import { partiesOf } from '../../frames/party.js'
import { joiningClause } from '../../frames/joined.js'
import type { Candidate } from './find.js'
import { PROJECTING_VERBS, URGING_VERBS as URGING } from '../../lexicon/pledges.js'
import { SPEECH_VERBS } from '../../lexicon/speech.js'
import { INTERACTION_INDEX } from '../../lexicon/index.js'

/** Subordinators of a condition or an open question. */
const CONDITIONS = new Set(['if', 'unless', 'whether'])

/** Types whose act counts when only planned or scheduled (ANNOTATION.md: meetings "held or scheduled"; a call to act). */
const COUNTS_WHEN_PLANNED: ReadonlySet<InteractionType> = new Set(['meet', 'urge', 'agree', 'cooperate', 'demand'])
/** Types whose act stands when one side later leaves it ("withdrew from the partnership with …"). */
const SURVIVES_CANCELLING: ReadonlySet<InteractionType> = new Set(['agree', 'cooperate'])

/**
 * Why a candidate states no act, or null when it stands:
 * - its clause or one above it is negated ("did not criticise"), unless the entry's act is the refusal itself ("does not accept");
 * - a verb above it refuses it ("refused to meet") or calls it off ("suspended talks with", "cancelled the visit");
 * - a verb above it only weighs it ("is weighing whether to press", "is considering tariffs");
 * - an agreement or partnership only wished for ("hope to conclude a deal");
 * - a sanction only planned, threatened or possible ("plans tariffs", "could impose").
 */
export function whyNot(doc: Doc, c: Candidate): string | null {
  const t = c.trigger
  const type = t.entry.type
  // ("Talks on a Japan-Vietnam deal stalled": the deal is no part of the clause, and was not reached.)
  const sought = t.chunk >= 0 ? soughtOnly(doc, t.chunk, type) ?? calledOffByNoun(doc, t.chunk, type) : null
  if (sought) return sought
  const clauseIndex = t.clause >= 0 ? t.clause : (roleInClause(doc, t.chunk)?.clause ?? -1)
  if (clauseIndex < 0) return null
  const own = doc.clauses[clauseIndex]
  // A noun trigger as subject is not governed by its clause's verb ("Talks between A and B resumed").
  const nounAsSubject = t.chunk >= 0 && own.subject?.chunks.includes(t.chunk)
  // "A planned deal between A and B fell through", "a meeting between A and B was possible but …".
  const unrealised = t.chunk >= 0 ? notComeAbout(doc, t.chunk, type) : null
  if (unrealised) return unrealised
  const chain = governors(doc, clauseIndex)
  const clauses = nounAsSubject ? chain.slice(1) : chain
  // "the trigger's own verb" governs a noun trigger; a verb trigger is not governed by itself.
  const above = (k: Clause) => k !== own || t.chunk >= 0
  const adjunct = t.chunk >= 0 && roleInClause(doc, t.chunk)?.role === 'prep'
  if (t.entry.whenNegated) {
    if (own.verb.modal && HYPOTHETICAL_MODALS.has(own.verb.modal)) return `hypothetical: ${own.verb.modal}`
    // ("We will not sign texts that single out fuels": a kind of text, bare and plural, is a stance, no text refused.)
    const kind = own.object ? doc.chunks[own.object.chunks[0]] : undefined
    if (kind && kind.det === null && kind.plural && kind.mentions.length === 0) return 'a kind of text'
    // ("has not yet signed the declaration": an act still pending is no refusal.)
    const pending = doc.tokens.slice(own.verb.start, own.verb.end).some((w) => w.lower === 'yet')
    const refused = (own.verb.negated && !pending) || clauses.some((k) => above(k) && REFUSING_VERBS.has(k.verb.lemma))
    return refused ? null : 'not refused'
  }
  // "demanded that Washington lift its tariffs", "refused to scrap the duties": a levy someone is asked
  // or refuses to remove is in force.
  if (type === 'sanction' && t.chunk >= 0 && own.object?.chunks.includes(t.chunk) && REMOVING_VERBS.has(own.verb.lemma)) {
    if (clauses.some((k) => k.verb.negated || URGING.has(k.verb.lemma) || REFUSING_VERBS.has(k.verb.lemma) || DELIBERATING_VERBS.has(k.verb.lemma))) return null
  }
  // "did not press China during their talks": the talks an adjunct places the act in took place.
  const presupposed = adjunct && PRESUPPOSING_PREPS.has(doc.tokens[doc.chunks[t.chunk].start - 1]?.lower ?? '')
  // "Russia did not reject accusations from Finland", "rebuffed Kenya's demand": a one-sided act its clause
  // answers was made, whatever the answer (REBUTTING_VERBS); a deal or talks rejected are another matter.
  const rebutted = t.chunk >= 0 && !SYMMETRIC_TYPES.has(type) && REBUTTING_VERBS.has(own.verb.lemma) && own.verb.voice === 'active' && !!own.object?.chunks.includes(t.chunk)
  // "“The US and China must work together,” Kenya said": an obligation, not the act (urging is the speaker's).
  // ("Critics say the EU should put pressure on China": urging that is itself only obliged; the obligation
  // frame's own trigger is the modal, and it is the speaker's urging.)
  if (c.frame !== 'obliged' && type !== 'demand' && own.verb.modal && OBLIGATION_MODALS.has(own.verb.modal) && (t.clause === clauseIndex || type === 'urge')) return `only obliged: ${own.verb.modal}`
  // "the US and China will need to cooperate": a semi-modal read as the verb above the act.
  const obliging = chain.find((k) => k !== own && SEMI_MODALS.has(k.verb.lemma) && doc.tokens[k.verb.end]?.lower === 'to')
  if (obliging && type !== 'demand' && t.clause === clauseIndex) return `only obliged: ${obliging.verb.lemma} to`
  // "Chile and Peru have yet to sign the treaty", "Japan is yet to meet …": an act still to come has not happened.
  const pending = chain.find((k) => k !== own && STILL_TO_COME.has(k.verb.lemma) && doc.tokens[k.verb.end]?.lower === 'yet' && doc.tokens[k.verb.end + 1]?.lower === 'to')
  if (pending) return `not yet: ${pending.verb.lemma} yet to`
  // "could work together if funding is found": a possibility under a condition; "If Japan releases the
  // water, China will ban …": a threat under one.
  // ("may agree to build a joint network if funding is found": the modal may sit on a verb above the act.)
  const possible = chain.find((k) => k.verb.modal && HYPOTHETICAL_MODALS.has(k.verb.modal))
  if (possible && conditionAfter(doc, clauseIndex)) return `hypothetical: ${possible.verb.modal} … if`
  // ("will build a joint plant if funding is found": a plan under a condition is no plan yet; the condition
  // must close the act's own clause, as "… will decide if" asks a question of another.)
  const planned = chain.find((k) => k.verb.modal && MODALS.has(k.verb.modal))
  // (The tagger may leave the condition without a verb: "unless [the talks collapse]" read as a phrase of the clause.)
  const conditioned = conditionAfter(doc, clauseIndex, own.end) || own.preps.some((p) => CONDITIONS.has(p.prep) && p.prep !== 'whether')
  if (planned && conditioned) return `hypothetical: ${planned.verb.modal} … if`
  if (own.verb.modal && conditionBefore(doc, clauseIndex)) return `hypothetical: if … ${own.verb.modal}`
  // "Australia met India in the final": a game, not talks.
  if (type === 'meet' && own.preps.some((p) => p.prep === 'in' && p.phrase.chunks.some((k) => CONTESTS.has(doc.chunks[k].headLemma)))) return 'a contest'
  // "Mexico is Canada's third-largest trading partner": a share of trade, no joint act.
  if (t.chunk < 0 && t.entry.predicates.length && TRADE_MODIFIERS.has(doc.tokens[t.at - 1]?.lower ?? '')) return 'a trade relation'
  // "threatened to quit the accord because of its objections to …": a protest given as the reason for an
  // act holds whatever became of the act.
  if (type === 'protest' && adjunct && afterReasonLead(doc, doc.chunks[t.chunk].start)) return null
  // "Britain did not join Canada in signing the pledge": the gerund after "in" is no clause the negated one governs.
  if (joiningClause(doc, own)?.verb.negated) return 'negated: join'
  let below: Clause | null = null
  for (const k of clauses) {
    const under = below
    below = k
    if (k.verb.negated && !(k === own && (presupposed || rebutted))) return `negated: ${k.verb.lemma}`
    // "Modi is expected to meet Biden next week": a forecast, not an urging; a meeting or deal expected is
    // scheduled, a levy expected is not yet imposed.
    if (k !== own && k.verb.voice === 'passive' && PROJECTING_VERBS.has(k.verb.lemma)) {
      if (COUNTS_WHEN_PLANNED.has(type)) continue
      return `only expected: ${k.verb.lemma}`
    }
    // "the talks could resume if the two presidents met": a condition states no act.
    if (CONDITIONS.has(doc.tokens[k.start - 1]?.lower ?? '')) return `condition: ${doc.tokens[k.start - 1].lower}`
    if (!above(k)) continue
    // "Washington encouraged Argentina and Ghana to sign on": being urged to act is not acting.
    // (The urger's own meeting is an act: "Sullivan encouraged Canada to act during a meeting with Trudeau".)
    // ("told reporters he was angered …", "asked whether …": telling and asking urge only an infinitive.)
    const speechOnly = SPEECH_OR_URGE.has(k.verb.lemma) && under !== null && under.verb.form !== 'infinitive'
    // "India rejected accusations from Pakistan", "pushed back against criticism from Washington": a protest
    // its own clause answers was made; the answer is a second act (index.ts keeps both).
    const answered = type === 'protest' && t.chunk >= 0 && k === own
    if (type !== 'urge' && type !== 'demand' && URGING.has(k.verb.lemma) && !speechOnly && !answered && !(adjunct && partiesOf(doc, k.subject).includes(c.actor))) return `only urged: ${k.verb.lemma}`
    // "Australia rejected calls from Fiji": the entry's own light verb receives the act, it does not undo it.
    if (REFUSING_VERBS.has(k.verb.lemma) && !answered && !(k === own && (rebutted || t.entry.light.includes(k.verb.lemma)))) return `refused: ${k.verb.lemma}`
    if (DELIBERATING_VERBS.has(k.verb.lemma)) return `only weighed: ${k.verb.lemma}`
    if (CANCELLING_VERBS.has(k.verb.lemma) && !SURVIVES_CANCELLING.has(type)) return `called off: ${k.verb.lemma}`
    if (WISHING_VERBS.has(k.verb.lemma) && SURVIVES_CANCELLING.has(type)) return `only wished: ${k.verb.lemma}`
  }
  if (!COUNTS_WHEN_PLANNED.has(type)) {
    for (const k of clauses) {
      // ("India said it would challenge the levy": "would" after "said" reports a "will"; a protest announced is made.)
      const reportedWill = type === 'protest' && k.verb.modal === 'would' && k.governor >= 0 && SPEECH_VERBS.has(doc.clauses[k.governor].verb.lemma)
      if (k.verb.modal && HYPOTHETICAL_MODALS.has(k.verb.modal) && !reportedWill) return `hypothetical: ${k.verb.modal}`
      if (above(k) && IRREALIS_VERBS.has(k.verb.lemma)) return `unrealised: ${k.verb.lemma}`
    }
  }
  return null
}

/** Verbs that, with "yet to", say the act below them is still to come: "have yet to sign", "is yet to meet". */
const STILL_TO_COME = new Set(['have', 'be'])

/** Urging verbs that are plain speech unless an infinitive follows: "told Japan to cut" urges, "told reporters he …" reports. */
const SPEECH_OR_URGE = new Set(['tell', 'ask'])

/**
 * Whether a clause of the same sentence after clause `i` opens with a condition ("… if funding is found"),
 * its "if" at or before token `by` when given (the condition that closes clause `i`).
 */
function conditionAfter(doc: Doc, i: number, by = Infinity): boolean {
  for (let k = i + 1; k < doc.clauses.length && doc.clauses[k].sentence === doc.clauses[i].sentence; k++) {
    const at = doc.clauses[k].start - 1
    const lead = doc.tokens[at]?.lower ?? ''
    if ((lead === 'if' || lead === 'unless') && at <= by) return true
  }
  return false
}

/** Whether the sentence of clause `i` opens with a condition before it ("If Japan releases the water, …"). */
function conditionBefore(doc: Doc, i: number): boolean {
  const c = doc.clauses[i]
  const first = doc.sentenceTokens[c.sentence]?.[0] ?? -1
  if (first < 0 || !CONDITIONS.has(doc.tokens[first].lower) || c.start <= first) return false
  // The condition ends at a comma before the clause: "If …, China will …".
  for (let t = first + 1; t < c.start; t++) if (doc.tokens[t].text === ',') return true
  return false
}

/** A clause and the clauses above it, nearest first. */
function governors(doc: Doc, i: number): Clause[] {
  const out: Clause[] = []
  for (let k = i, n = 0; k >= 0 && n < 6; n++) {
    out.push(doc.clauses[k])
    k = doc.clauses[k].governor
  }
  return out
}

/** Why an act named by a noun did not come about, when the noun is the subject of a clause that says so. */
function notComeAbout(doc: Doc, chunk: number, type: InteractionType): string | null {
  const sentence = doc.tokens[doc.chunks[chunk].head].sentence
  const k = findClause(doc, sentence, (x) => !!x.subject && x.subject.chunks.includes(chunk))
  if (!k) return null
  const next = doc.tokens[k.verb.end]
  const verb = next && (next.lower === 'through' || next.lower === 'apart') ? `${k.verb.lemma} ${next.lower}` : k.verb.lemma
  if (FAILING_VERBS.has(verb) && !k.verb.negated) return `did not come about: ${verb}`
  // "The talks between A and B never took place."
  const happening = next && (next.lower === 'place' || next.lower === 'ahead') ? `${k.verb.lemma} ${next.lower}` : k.verb.lemma
  if (HAPPENING_VERBS.has(happening) && k.verb.negated) return `did not happen: ${happening}`
  // "The talks between China and Japan were cancelled."
  if (k.verb.voice === 'passive' && CANCELLING_VERBS.has(k.verb.lemma) && !k.verb.negated && !SURVIVES_CANCELLING.has(type)) return `called off: ${k.verb.lemma}`
  // "Ties between Kenya and Somalia soured": relations that only worsened.
  if (SURVIVES_CANCELLING.has(type) && WORSENING_VERBS.has(k.verb.lemma) && !k.verb.negated) return `only worsened: ${k.verb.lemma}`
  let a = k.verb.end
  while (doc.tokens[a]?.pos === 'ADV') a++
  if (COPULAS.has(k.verb.lemma) && UNCERTAIN_PREDICATES.has(doc.tokens[a]?.lower ?? '')) return `only possible: ${doc.tokens[a].lower}`
  return null
}

/** "announced the suspension of talks between …", "a halt to visits by …": a noun that calls the act off governs it. */
function calledOffByNoun(doc: Doc, chunk: number, type: InteractionType): string | null {
  const start = doc.chunks[chunk].start
  const lead = doc.tokens[start - 1]?.lower
  const governor = (lead === 'of' || lead === 'to') && start >= 2 ? doc.chunkOf[start - 2] : -1
  if (governor < 0 || SURVIVES_CANCELLING.has(type) || !CANCELLING_NOUNS.has(doc.chunks[governor].headLemma)) return null
  return `called off: ${doc.chunks[governor].headLemma}`
}

/** Prepositions that make an agreement the topic of talks: "talks on the India-EU trade deal". */
const TOPIC_PREPS = new Set(['on', 'over', 'about', 'regarding'])

/**
 * An agreement only worked towards: the topic of talks ("talks on the India-EU trade deal", "negotiations
 * over a pact") or the goal of progress ("moved towards a deal") was not reached (ANNOTATION.md: reached,
 * signed or announced).
 */
function soughtOnly(doc: Doc, chunk: number, type: InteractionType): string | null {
  if (type !== 'agree') return null
  const start = doc.chunks[chunk].start
  const prep = doc.tokens[start - 1]?.lower ?? ''
  if (prep === 'toward' || prep === 'towards') return `only sought: ${prep}`
  if (!TOPIC_PREPS.has(prep)) return null
  const before = doc.chunkOf[start - 2] ?? -1
  const talks = before >= 0 ? doc.chunks[before].headLemma : ''
  return (INTERACTION_INDEX.nouns.get(talks) ?? []).some((e) => e.type === 'meet') ? `only the topic of talks: ${prep}` : null
}

/** Whether the words right before token `start` (a phrase's first, its determiner included) are one of REASON_LEADS ("because of", "over"). */
function afterReasonLead(doc: Doc, start: number): boolean {
  const before = doc.tokens.slice(Math.max(0, start - 3), start).map((x) => x.lower).join(' ')
  return REASON_LEADS.some((lead) => before === lead || before.endsWith(` ${lead}`))
}
