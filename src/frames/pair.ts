import { HOSTING_VERBS as HOSTING, PRESUPPOSING_PREPS } from '../lexicon/modality.js'
import { joinedIn, jointPairs, maxParties, pairsWithin, partiesOf } from './party.js'
import { findClause, roleInClause } from './around.js'
import { clauseOf, type Frame } from './types.js'
import type { Clause } from '../model/doc.js'

/**
 * A joint act of a coordinated subject with no other party: "Vietnam and Japan inked a pact",
 * "The Canadian and Mexican leaders met", "the two sides signed". Symmetric types only; an entry
 * may need a word after the verb ("worked together").
 */
export const pair: Frame = (t) => {
  const { doc, entry } = t
  let clause = clauseOf(t)
  // Co-hosting or co-convening a summit is not cooperation (ANNOTATION.md): "jointly hosted".
  if (clause && t.at !== clause.verb.head && HOSTING.has(clause.verb.lemma)) return []
  // "A and B are partners of C": each is C's partner, not the other's (the active frame reads "of C").
  if (t.chunk < 0 && t.at !== clause?.verb.head && doc.tokens[t.at + 1]?.lower === 'of') return []
  if (t.chunk >= 0) {
    const place = roleInClause(doc, t.chunk)
    // "At a meeting in Oslo, Norway and Ghana discussed …": a fronted phrase belongs to the main clause's subject.
    // ("Under a deal brokered by Qatar, Chad and Sudan will share the water": the parties of an agreement the
    // sentence introduces; not of one named before, "Under the partnership, …", nor of a named treaty of many,
    // "Under the Paris Agreement, …".)
    const c = doc.chunks[t.chunk]
    const introduced = c.det === 'a' || c.det === 'an' || (doc.tokens[c.end]?.pos === 'VERB' && doc.tokens[c.end].lower !== doc.tokens[c.end].lemma)
    const under = UNDER_TYPES.has(entry.type) && c.mentions.length === 0 && introduced
    const front = place ? undefined : frontedMain(doc, t.chunk, under)
    // ("At the COP26 summit, the two countries issued …": a named gathering of many is no meeting of the two.)
    if (front && !(isGathering(doc, t.chunk) && (doc.chunks[t.chunk].mentions.length || !GATHERINGS.has(doc.chunks[t.chunk].headLemma)))) return pairsWithin(partiesOf(doc, front.subject), maxParties(entry.type))
    if (front) return []
    if (!place) return []
    clause = doc.clauses[place.clause]
    // The noun is what the subject does ("A and B held talks", light verbs as the entry lists them),
    // or when they did something else ("A and B pledged … during high-level talks").
    if (place.role === 'object' && entry.light.length && !entry.light.includes(clause.verb.lemma)) return []
    // ("Officials from Peru and Chile will attend the conference": two who go to a gathering of many need not meet each other.)
    if (place.role === 'object' && ATTENDING.has(clause.verb.lemma) && isGathering(doc, t.chunk)) return []
    // "are working on a hydrogen partnership": a light verb's prepositional phrase.
    // "held several rounds of talks": the span is the light verb's object.
    const span = doc.chunkOf[doc.chunks[t.chunk].start - 2]
    const spanObject = doc.tokens[doc.chunks[t.chunk].start - 1]?.lower === 'of' && span !== undefined && span >= 0 && SPANS.has(doc.chunks[span].headLemma) && !!clause.object?.chunks.includes(span)
    if (spanObject && entry.light.length && !entry.light.includes(clause.verb.lemma)) return []
    if (place.role === 'prep' && !spanObject && !during(doc, doc.chunks[t.chunk].start) && !entry.light.includes(clause.verb.lemma)) return []
    // "Japan and Canada raised their targets at the summit": two of many at a gathering did not meet each other.
    if (place.role === 'prep' && isGathering(doc, t.chunk) && !entry.light.includes(clause.verb.lemma)) return []
    // ("… worried about Britain's stance at the COP28 talks": talks named for a party outside the subject are not the subject's.)
    if (place.role === 'prep' && !entry.light.includes(clause.verb.lemma) && namedForOthers(doc, t.chunk, partiesOf(doc, clause.subject))) return []
    if (place.role !== 'object' && place.role !== 'prep') return []
  }
  if (!clause) return []
  // "The agreement was signed by X and Y after a morning of talks": a passive's agents are the parties.
  if (clause.verb.voice === 'passive') return t.chunk >= 0 && clause.agent ? pairsWithin(partiesOf(doc, clause.agent), maxParties(entry.type)) : []
  // "A and B agreed that it was worth …" share an opinion.
  if (entry.opinionBeforeThat && t.chunk < 0 && doc.tokens[clause.verb.end]?.lower === 'that') return []
  if (entry.pairNeeds.length) {
    const after = doc.tokens.slice(clause.verb.end, Math.min(clause.end + 2, doc.tokens.length))
    if (!after.some((w) => entry.pairNeeds.includes(w.lower))) return []
  }
  // "Chile and Peru met the target", "hosted the summit": a verb that needs a party as its object, with a thing there.
  if (entry.partyObject && t.chunk < 0 && clause.object?.chunks.every((k) => doc.chunks[k].kind === 'thing')) return []
  // A party after the trigger makes the subject one side of the act, not a pair: "A and B signed a deal with C".
  if (clause.preps.some((p) => p.prep === 'with' && partiesOf(doc, p.phrase).length)) return []
  const parties = partiesOf(doc, clause.subject)
  // "Britain joined Canada and Norway in signing the pledge": those joined signed it too.
  const joined = joinedIn(doc, clause).filter((a) => !parties.includes(a))
  if (joined.length) return pairsWithin([...parties, ...joined], maxParties(entry.type))
  // A list subject may also be a list of modifiers: "The Canadian and Mexican leaders".
  const modifiers = parties.length === 1 && clause.subject ? modifierPair(doc, clause.subject.chunks[0]) : []
  if (modifiers.length === 2) return pairsWithin(modifiers, maxParties(entry.type))
  // "Leaders of A, B and C met for a summit": more than two at a gathering attended it, not each other.
  if (parties.length > 2 && clause.preps.some((p) => p.phrase.chunks.some((k) => isGathering(doc, k)))) return []
  return jointPairs(doc, clause.subject, maxParties(entry.type))
}

/** Whether a chunk names an actor outside `parties` ("the COP28 talks", "the G20 meeting"). */
function namedForOthers(doc: Parameters<Frame>[0]['doc'], chunk: number, parties: readonly string[]): boolean {
  return doc.chunks[chunk].mentions.some((m) => {
    const actor = doc.mentions[m].actor
    return actor !== null && !parties.includes(actor)
  })
}

/** Verbs of going to a gathering: its parties were there, not necessarily with each other. */
const ATTENDING = new Set(['attend', 'join'])
/** Acts whose terms a clause may be done under: "Under the deal, Chad and Sudan will share …". */
const UNDER_TYPES = new Set(['agree', 'cooperate'])
/** Gatherings of many parties, at which two named together need not have met each other. */
const GATHERINGS = new Set(['summit', 'conference', 'forum', 'gathering', 'assembly', 'convention', 'congress'])
/**
 * A gathering of many: a summit or conference, or a meeting "of" a group or of many people's
 * officials ("a meeting of G20 ministers", "a session of the Security Council").
 */
function isGathering(doc: Parameters<Frame>[0]['doc'], chunk: number): boolean {
  const c = doc.chunks[chunk]
  if (GATHERINGS.has(c.headLemma)) return true
  if (doc.tokens[c.end]?.lower !== 'of') return false
  const next = doc.chunkOf[c.end + 1]
  if (next === undefined || next < 0) return false
  const of = doc.chunks[next]
  return of.mentions.some((m) => doc.mentions[m].kind === 'group') || (of.kind === 'role' && of.plural && of.actors.length !== 2)
}
const SPANS = new Set(['day', 'week', 'hour', 'month', 'year', 'round', 'morning', 'afternoon', 'evening', 'night', 'session'])

/** The main clause of a sentence that opens with "At/After/During <chunk> …,", or undefined. */
function frontedMain(doc: Parameters<Frame>[0]['doc'], chunk: number, under = false): Clause | undefined {
  const start = doc.chunks[chunk].start
  const sentence = doc.tokens[start].sentence
  const range = doc.sentenceTokens[sentence]!
  const opening = doc.tokens[range[0]].lower
  const governed = under && opening === 'under' && doc.tokens[start - 1]?.lower === 'under'
  if (!governed && (!during(doc, start) || !PRESUPPOSING_PREPS.has(opening))) return undefined
  // Only a phrase before the sentence's first comma and first verb fronts it.
  for (let k = range[0]; k < start; k++) if (doc.tokens[k].text === ',' || doc.tokens[k].pos === 'VERB') return undefined
  return findClause(doc, sentence, (c) => c.verb.start > start && c.subjectFrom === 'own')
}

/** The phrase at `start` says when: "during talks", "after two days of talks". */
function during(doc: Parameters<Frame>[0]['doc'], start: number): boolean {
  const prep = doc.tokens[start - 1]?.lower ?? ''
  if (PRESUPPOSING_PREPS.has(prep)) return true
  // "after two days of talks": a span of time before "of".
  const span = doc.chunkOf[start - 2]
  return prep === 'of' && span !== undefined && span >= 0 && SPANS.has(doc.chunks[span].headLemma) && PRESUPPOSING_PREPS.has(doc.tokens[doc.chunks[span].start - 1]?.lower ?? '')
}

/** "The Canadian and Mexican leaders": two adjectival actors before one plural role head. */
function modifierPair(doc: Parameters<Frame>[0]['doc'], chunk: number): string[] {
  const c = doc.chunks[chunk]
  if (c.kind !== 'role' || !c.plural) return []
  return [...new Set(c.mentions.map((m) => doc.mentions[m].actor).filter((a): a is string => a !== null))]
}
