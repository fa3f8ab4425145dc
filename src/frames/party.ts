import type { InteractionType } from '../model/facts.js'
import type { Chunk, Clause, Doc, Phrase, PrepPhrase } from '../model/doc.js'
import type { PartyPair } from './types.js'
import { phraseFrom } from '../nlp/phrases.js'
import { contextAt, findClause, prepsAfterToken } from './around.js'
import { joiningClause } from './joined.js'
import { EXAMPLE_LEADS, EXAMPLE_LEAD_STARTS } from '../lexicon/links.js'
import { COPULAS } from '../lexicon/modality.js'
import { DOCUMENT_NOUNS } from '../lexicon/speech.js'

/** The Paris Agreement's goals are an actor for pledges only: no one meets, urges or sanctions it. */
export const NEVER_PARTIES: ReadonlySet<string> = new Set(['PARIS'])

/** The parties a phrase names: each chunk's actors, distinct, in order, and those it lists after "including" or "such as". */
export function partiesOf(doc: Doc, p: Phrase | null | undefined): string[] {
  if (!p) return []
  const out: string[] = []
  for (const c of p.chunks) for (const a of doc.chunks[c].actors) if (!out.includes(a) && !NEVER_PARTIES.has(a)) out.push(a)
  for (const a of examples(doc, p)) if (!out.includes(a)) out.push(a)
  if (!out.length) for (const a of rolesOf(doc, p)) if (!NEVER_PARTIES.has(a)) out.push(a)
  if (!out.length) for (const a of membersOf(doc, p)) if (!NEVER_PARTIES.has(a)) out.push(a)
  if (!out.length) for (const a of issuerOf(doc, p)) if (!NEVER_PARTIES.has(a)) out.push(a)
  return out
}

/** "The G7 communique urged China …", "A letter from Vanuatu's minister calls on Japan …": a document as a clause's subject speaks for whoever issued it, named before or after it. */
function issuerOf(doc: Doc, p: Phrase): string[] {
  if (p.chunks.length !== 1) return []
  const chunk = doc.chunks[p.chunks[0]]
  if (!DOCUMENT_NOUNS.has(chunk.headLemma)) return []
  const sentence = doc.tokens[chunk.start].sentence
  if (!findClause(doc, sentence, (k) => k.subject?.start === p.start && k.subject.end === p.end && k.verb.voice === 'active')) return []
  if (chunk.modifierActor) return [chunk.modifierActor]
  const next = phraseAfter(doc, p, ISSUER_PREPS)
  return next ? partiesOf(doc, next.phrase) : []
}

/**
 * "Kenya is among the countries that criticised …", "Chile was one of several nations that signed …":
 * a group said to hold the parties a copula's subject names acts for them in what is said of the group.
 */
function membersOf(doc: Doc, p: Phrase): string[] {
  let j = p.start - 1
  const lead = doc.tokens[j]?.lower
  if (lead === 'of' && doc.tokens[j - 1]?.lower === 'one') j--
  else if (lead !== 'among') return []
  const s = doc.tokens[p.start].sentence
  const k = findClause(doc, s, (c) => COPULAS.has(c.verb.lemma) && c.verb.end === j && c.subject !== null && !c.verb.negated)
  return k ? partiesOf(doc, k.subject) : []
}

/** "Foreign ministers from Japan, Australia and India", "envoys of Brazil and China": a role of no one yet, then whose. */
function rolesOf(doc: Doc, p: Phrase): string[] {
  const last = doc.chunks[p.chunks[p.chunks.length - 1]]
  const prep = doc.tokens[p.end]
  if (last.kind !== 'role' || last.actors.length || !prep || (prep.lower !== 'from' && prep.lower !== 'of')) return []
  const c = doc.chunkOf[p.end + 1]
  if (c === undefined || c < 0) return []
  // ("the speaker of the U.S. House": a body an actor modifies stands for that actor.)
  return [...new Set(phraseFrom(contextAt(doc, p.end), c, 'right').chunks.flatMap((k) => actorsOrOwner(doc.chunks[k])))]
}

/** Prepositions that name a thing's maker ("the proposal from Brazil"), and a document's issuer ("a statement by …"). */
export const MAKER_PREPS: ReadonlySet<string> = new Set(['of', 'from'])
const ISSUER_PREPS: ReadonlySet<string> = new Set([...MAKER_PREPS, 'by'])

/** The phrase right after `p` with one of `preps` ("the decision of Chile", "the proposal from Brazil"), if any. */
export function phraseAfter(doc: Doc, p: Phrase, preps: ReadonlySet<string> = MAKER_PREPS): PrepPhrase | undefined {
  const first = prepsAfterToken(doc, p.end - 1, 1)[0]
  return first && first.at === p.end && preps.has(first.prep) ? first : undefined
}

const DASHES = new Set(['—', '–', '--'])

/** A chunk's actors, or else the actor it belongs to ("the US decision", "the Lithuanian Seimas"). */
export function actorsOrOwner(chunk: Chunk): readonly string[] {
  return chunk.actors.length ? chunk.actors : chunk.modifierActor ? [chunk.modifierActor] : []
}

/** "nations such as China and Saudi Arabia", "partners, including France and Canada", "a group led by Japan": the parties listed as examples. */
export function examples(doc: Doc, p: Phrase): string[] {
  let j = p.end
  // "a group [of donors], including …", "leaders [at the summit], among them …": past the head's own prepositional phrase.
  // ("countries including Brazil": a lead word tagged as a preposition opens the list itself.)
  if (doc.tokens[j]?.pos === 'ADP' && !EXAMPLE_LEAD_STARTS.has(doc.tokens[j].lower) && doc.chunkOf[j + 1] >= 0) j = doc.chunks[doc.chunkOf[j + 1]].end
  // "the Baltic states — Estonia, Latvia and Lithuania —": a list between dashes.
  if (DASHES.has(doc.tokens[j]?.text ?? '') && doc.chunkOf[j + 1] >= 0) return partiesOf(doc, phraseFrom(contextAt(doc, j), doc.chunkOf[j + 1], 'right'))
  if (doc.tokens[j]?.text === ',') j++
  const lead = exampleLead(doc, j)
  if (!lead) return []
  const c = doc.chunkOf[j + lead]
  if (c === undefined || c < 0) return []
  return partiesOf(doc, phraseFrom(contextAt(doc, j), c, 'right'))
}

/**
 * How many words at token `j` open a list of examples (0 for none): "such as", "including", "notably";
 * "led by" too ("a group of wealthy nations led by Japan and Canada": those who lead a group act for it),
 * and "among them" ("Several leaders, among them Macron, urged …").
 */
function exampleLead(doc: Doc, j: number): number {
  const t = doc.tokens[j]
  const pairLead = (a: string, b: string) => t?.lower === a && doc.tokens[j + 1]?.lower === b
  if (pairLead('such', 'as') || pairLead('led', 'by') || pairLead('among', 'them')) return 2
  return EXAMPLE_LEADS.has(t?.lower ?? '') ? 1 : 0
}

/**
 * Whether a subject's parties are only some of a larger set: listed as examples of a phrase that names none
 * ("Nations including Ghana and Kenya signed …"), or themselves after such a lead ("Countries such as
 * [Chile and Peru] agreed …"). The act is the set's, not one between those named ("led by" names leaders, no sample).
 */
function sampledOnly(doc: Doc, p: Phrase, named: readonly string[]): boolean {
  const sampling = (j: number, n: number) => n > 0 && doc.tokens[j].lower !== 'led'
  if ([1, 2].some((n) => p.start - n >= 0 && exampleLead(doc, p.start - n) === n && sampling(p.start - n, n))) return true
  if (named.length) return false
  for (let j = p.end; j < Math.min(p.end + 8, doc.tokens.length); j++) if (exampleLead(doc, j)) return sampling(j, exampleLead(doc, j))
  return false
}

/**
 * Every (actor, target) pair of two party lists, an actor never paired with itself nor with another
 * of the same side ("Chile, together with Peru, accused the country": not Peru accusing Chile).
 */
export function cross(actors: readonly string[], targets: readonly string[]): PartyPair[] {
  const out: PartyPair[] = []
  for (const a of actors) for (const t of targets) if (!actors.includes(t)) out.push({ actor: a, target: t })
  return out
}

/** Every pair within one list of joint parties, when the list is small enough to be one act between them. */
export function pairsWithin(parties: readonly string[], max: number): PartyPair[] {
  const distinct = [...new Set(parties)]
  if (distinct.length < 2 || distinct.length > max) return []
  const out: PartyPair[] = []
  for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) out.push({ actor: distinct[i], target: distinct[j] })
  return out
}

/**
 * The pairs of a joint act by a subject list whose last member is described by a list of examples:
 * "Japan and the Nordic states -- Denmark, Finland, Norway and Sweden -- agreed" is Japan
 * with each of the four, not the four among themselves. Any other list: every pair within it.
 */
export function jointPairs(doc: Doc, p: Phrase | null | undefined, max: number): PartyPair[] {
  if (!p) return []
  const listed = examples(doc, p)
  const named = [...new Set(p.chunks.flatMap((c) => doc.chunks[c].actors))].filter((a) => !NEVER_PARTIES.has(a))
  if (sampledOnly(doc, p, named)) return []
  if (listed.length === 0 || named.length === 0) return pairsWithin([...named, ...listed], max)
  const others = named.filter((a) => !listed.includes(a))
  return [...pairsWithin(others, max), ...cross(others, listed)]
}

/**
 * How many parties a joint act may have and still be read as pairs: a meeting of two or three is each
 * pair; four or more ("talks among Chile, Peru, Kenya and Norway") is a multilateral meeting,
 * which the annotation does not split into pairs. A pact may bind several.
 */
export function maxParties(type: InteractionType): number {
  return type === 'meet' ? 3 : 6
}

/** "demanded that [Japan] …", "the demand that [Britain] pay": the parties right after "that" at `j`. */
export function thatSubject(doc: Doc, j: number): string[] {
  if (doc.tokens[j]?.lower !== 'that') return []
  const c = doc.chunkOf[j + 1]
  if (c === undefined || c < 0) return []
  const parties = partiesOf(doc, phraseFrom(contextAt(doc, j), c, 'right'))
  if (parties.length) return parties
  // The tagger may join the subject to a verb it read as a noun ("that [the Netherlands hand] over …").
  const chunk = doc.chunks[c]
  const first = chunk.mentions[0]
  // (The name may hold its article: "the Netherlands".)
  const opens = first !== undefined && [chunk.start, chunk.start + (chunk.det ? 1 : 0)].some((k) => doc.mentions[first].start === doc.tokens[k].start)
  return opens && doc.mentions[first].actor ? [doc.mentions[first].actor!] : []
}

/** "Fiji joined Samoa in criticising Japan", "Canada followed the US in raising tariffs": the party joined or followed acts too, in a gerund after "in". */
export function joinedIn(doc: Doc, c: Clause): string[] {
  const join = joiningClause(doc, c)
  return join ? partiesOf(doc, join.object) : []
}
