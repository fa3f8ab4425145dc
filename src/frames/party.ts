import { GROUP_NAMES } from '../actors/data/groups.js'
import type { InteractionType } from '../model/facts.js'
import type { Chunk, Clause, Doc, Phrase, PrepPhrase } from '../model/doc.js'
import type { PartyPair } from './types.js'
import { ownersOf, phraseFrom } from '../nlp/phrases.js'
import { contextAt, findClause, prepsAfterToken } from './around.js'
import { joiningClause } from './joined.js'
import { MAKING_VERBS } from '../lexicon/nominalisations.js'
import { EXAMPLE_LEADS, EXAMPLE_LEAD_STARTS, RELATIVE_PRONOUNS } from '../lexicon/links.js'
import { COPULAS } from '../lexicon/modality.js'
import { DOCUMENT_NOUNS } from '../lexicon/speech.js'
import { NON_STATE_OWNERS } from '../lexicon/pledges.js'

/** Types whose target may be a thing an actor owns or makes: "criticised Chinese subsidies", "tariffs on Chinese cars". */
const THING_TARGETS: ReadonlySet<InteractionType> = new Set(['protest', 'sanction', 'demand', 'urge'])
/** Things money is given to on a party's behalf: "Brazil's Amazon Fund", "Vietnam's energy transition plan". */
export const RECIPIENTS: ReadonlySet<string> = new Set(['fund', 'facility', 'programme', 'program', 'plan', 'project', 'transition', 'partnership', 'initiative', 'effort', 'defence', 'defense', 'recovery', 'reconstruction', 'budget'])
/** Things that carry their maker's or owner's goods: "imports of Russian coal", "exports from China", "the assets of Russian firms". */
const GOODS = new Set(['import', 'export', 'good', 'product', 'shipment', 'purchase', 'sale', 'supply', 'steel', 'oil', 'gas', 'coal', 'vehicle', 'car', 'asset'])

/** The Paris Agreement's goals are an actor for pledges only: no one meets, urges or sanctions it. */
const NEVER_PARTIES = new Set(['PARIS'])

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

/** Decisions of a body that a member may reject (ANNOTATION.md): a COP text, a G20 communiqué. */
const BODY_TEXT = new Set(['deal', 'draft', 'text', 'decision', 'proposal', 'agreement', 'communique', 'communiqué', 'declaration', 'outcome', 'pact', 'statement', 'goal', 'package', 'document', 'conclusion', 'session', 'plenary', 'adoption', 'consensus'])
const COP_WORDS = /\bCOP ?\d{1,2}\b|\bUNFCCC\b|Conference of the Parties|\bU\.?N\.? climate (?:summit|talks|conference)/

/**
 * The body whose text a party rejects: a group named in the sentence, else in COP coverage the
 * UNFCCC (ANNOTATION.md: decisions of a COP belong to the UNFCCC), else none.
 */
function bodyOfText(doc: Doc, sentence: number, exclude: readonly string[]): string[] {
  const s = doc.sentences[sentence]
  // (A group that is the rejecting party itself, "OPEC condemned the draft", is no body of the text.)
  const group = doc.mentions.find((m) => m.actor && m.actor in GROUP_NAMES && m.actor !== 'PARIS' && !exclude.includes(m.actor) && m.start >= s.start && m.end <= s.end)
  if (group?.actor) return [group.actor]
  return COP_WORDS.test(doc.text) || doc.mentions.some((m) => m.actor === 'UNFCCC') ? ['UNFCCC'] : []
}

/**
 * The parties an act is done to:
 * 1. the phrase's actors;
 * 2. a list after "such as" or "including" ("nations such as China and Saudi Arabia"), or an "of"
 *    phrase after a role noun ("members of the EU, the UK and Canada");
 * 3. for protests, demands and sanctions, the actor a thing belongs to ("rejected France's offer",
 *    "criticised Chinese subsidies", "the regime of President Macron"), or the maker of the goods a
 *    sanction falls on ("a tariff on imports of Chinese cars");
 * 4. for protests, a body whose text is rejected (bodyOfText).
 */
export function targetsOf(doc: Doc, type: InteractionType, p: Phrase | null | undefined, given?: PrepPhrase, exclude: readonly string[] = []): string[] {
  const direct = partiesOf(doc, p)
  if (direct.length || !p) return direct
  // A subject's phrases are no prepositional phrases of its clause: "the proposal [from Brazil] drew criticism".
  const next = given ?? phraseAfter(doc, p)
  const listed = examples(doc, p)
  if (listed.length) return listed
  const head = doc.chunks[p.chunks[0]]
  const ofNext = next && next.prep === 'of' && next.phrase.start === p.end + 1 ? next : undefined
  if (ofNext && (head.kind === 'role' || head.headLemma === 'member')) return partiesOf(doc, ofNext.phrase)
  // What a party owns stands for it: "rejected France's offer"; "payments to Brazil's forest fund" (money for it goes to that party).
  const owned = ownersOf(doc.chunks, p)
  const owners = owned.filter((a) => !NEVER_PARTIES.has(a))
  if (type === 'cooperate' && RECIPIENTS.has(head.headLemma)) return owners
  if (!THING_TARGETS.has(type)) return []
  // "criticised a Chinese contractor": a firm is not its country (ANNOTATION.md); a measure on its firms falls on it ("sanctioned Russian firms").
  if (type !== 'sanction' && NON_STATE_OWNERS.includes(doc.tokens[head.head].lower)) return []
  // "pushed for the COP31 outcome to include …": arguing for a text's wording urges no one (ANNOTATION.md).
  if ((type === 'urge' || type === 'demand') && BODY_TEXT.has(head.headLemma)) return []
  if (owned.length) return owners
  // "changes that Saudi Arabia and Russia had made", "the statements made by Australia": who made the thing.
  const maker = relativeMaker(doc, p)
  if (maker.length) return maker
  const madeBy = madeByAfter(doc, p)
  if (madeBy.length) return madeBy
  // "the decision by Japan to fund …": the act's agent right after it.
  const by = doc.tokens[p.end]?.lower === 'by' ? partiesAt(doc, p.end + 1) : []
  if (by.length) return by
  const goods = p.chunks.some((c) => GOODS.has(doc.chunks[c].headLemma))
  // "banned exports of gallium to the US", "export controls on chips to China": a ban on what goes out falls on where it goes.
  const bound = type === 'sanction' && (OUTBOUND.has(head.headLemma) || (doc.tokens[p.start - 1]?.lower === 'on' && doc.tokens[p.start - 3]?.lower === 'export')) ? destination(doc, p) : []
  if (bound.length) return bound
  const adjacent = next && next.phrase.start === p.end + 1
  // ("rejected the proposal from Britain": a text from a party is that party's before it is any body's;
  // "a draft from the Egyptian presidency" is the body's, whose officers wrote it, ANNOTATION.md.)
  const officers = adjacent && next.phrase.chunks.some((c) => BODY_OFFICERS.has(doc.chunks[c].headLemma))
  const from = adjacent && next.prep === 'from' && !officers ? targetsOf(doc, type, next.phrase) : []
  if (from.length) return from
  // ("rejected the decision of Chile": a party named after a text is its author before the text is any body's.)
  const of = adjacent && next.prep === 'of' && (goods || type !== 'sanction') ? partiesOf(doc, next.phrase) : []
  if (of.length) return of
  if (type === 'protest' && BODY_TEXT.has(head.headLemma)) return bodyOfText(doc, doc.tokens[head.head].sentence, exclude)
  if (adjacent && next.prep === 'of' && (goods || type !== 'sanction')) return targetsOf(doc, type, next.phrase)
  return madeIn(doc, p)
}

/** Who writes a body's texts for it: a text "from the Egyptian presidency" is the COP's. */
const BODY_OFFICERS = new Set(['presidency', 'president', 'chair', 'chairman', 'chairwoman', 'secretariat', 'host', 'facilitator', 'co-chair'])

/** Participles that name who made a statement or took a stance: "the positions taken by Canada". */
const MADE_BY = new Set(['made', 'taken', 'adopted', 'expressed', 'issued', 'proposed', 'tabled', 'voiced', 'delivered', 'imposed', 'introduced',
  'levelled', 'leveled', 'raised', 'lodged', 'filed', 'sent', 'written', 'announced', 'unveiled', 'approved', 'passed', 'submitted'])

/**
 * Who made the thing `p` names, said right after it: "the statements made by Australia", and after a
 * comma, with or without a relative ("the decision, (which was) announced by Japan on Friday, …").
 */
function madeByAfter(doc: Doc, p: Phrase): string[] {
  const t = doc.tokens
  let j = t[p.end]?.text === ',' ? p.end + 1 : p.end
  if (j > p.end && RELATIVE_PRONOUNS.has(t[j]?.lower ?? '')) {
    j++
    while (t[j]?.pos === 'AUX') j++
  }
  return t[j + 1]?.lower === 'by' && MADE_BY.has(t[j]?.lower ?? '') ? partiesAt(doc, j + 2) : []
}

/** Goods that go out of the country: a measure on them falls on their destination. */
const OUTBOUND = new Set(['export', 'shipment', 'sale', 'supply', 'delivery'])

/** The party a "to" phrase names after phrase `p`, an "of" phrase passed over: "[exports] of gallium to the US". */
function destination(doc: Doc, p: Phrase): string[] {
  const [a, b] = prepsAfterToken(doc, p.end - 1, 2)
  const to = a?.prep === 'to' ? a : a?.prep === 'of' && b?.prep === 'to' ? b : undefined
  return to ? partiesOf(doc, to.phrase) : []
}

/** Prepositions that name a thing's maker ("the proposal from Brazil"), and a document's issuer ("a statement by …"). */
const MAKER_PREPS: ReadonlySet<string> = new Set(['of', 'from'])
const ISSUER_PREPS: ReadonlySet<string> = new Set([...MAKER_PREPS, 'by'])

/** The phrase right after `p` with one of `preps` ("the decision of Chile", "the proposal from Brazil"), if any. */
function phraseAfter(doc: Doc, p: Phrase, preps: ReadonlySet<string> = MAKER_PREPS): PrepPhrase | undefined {
  const first = prepsAfterToken(doc, p.end - 1, 1)[0]
  return first && first.at === p.end && preps.has(first.prep) ? first : undefined
}

function partiesAt(doc: Doc, j: number): string[] {
  const c = doc.chunkOf[j]
  return c !== undefined && c >= 0 ? partiesOf(doc, phraseFrom(contextAt(doc, j), c, 'right')) : []
}

const MADE = new Set(['made', 'produced', 'manufactured', 'imported', 'shipped', 'exported', 'built', 'grown', 'sourced'])

/** "cars made in China", "steel imported from Vietnam": the country a good comes from. */
function madeIn(doc: Doc, p: Phrase): string[] {
  const t = doc.tokens
  const j = p.end
  if (!MADE.has(t[j]?.lower ?? '') || !['in', 'from', 'by'].includes(t[j + 1]?.lower ?? '')) return []
  // ("imported from China and Vietnam": each country of a list.)
  return partiesAt(doc, j + 2)
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
  const t = doc.tokens[j]
  // ("a group of wealthy nations led by Japan and Canada": those who lead a group act for it.)
  // ("Several leaders, among them Macron, urged …": "among them" lists as "including" does.)
  const pairLead = (a: string, b: string) => t?.lower === a && doc.tokens[j + 1]?.lower === b
  const two = pairLead('such', 'as') || pairLead('led', 'by') || pairLead('among', 'them')
  const lead = two ? 2 : EXAMPLE_LEADS.has(t?.lower ?? '') ? 1 : 0
  if (!lead) return []
  const c = doc.chunkOf[j + lead]
  if (c === undefined || c < 0) return []
  return partiesOf(doc, phraseFrom(contextAt(doc, j), c, 'right'))
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

function relativeMaker(doc: Doc, p: Phrase): string[] {
  // ("the plan, which Japan announced": after a comma too.)
  const at = doc.tokens[p.end]?.text === ',' ? p.end + 1 : p.end
  const rel = doc.tokens[at]?.lower
  if (rel !== 'that' && rel !== 'which') return []
  const c = findClause(doc, doc.tokens[p.start].sentence, (k) => !!k.subject && k.subjectFrom === 'own' && k.subject.start === at + 1)
  return c && MAKING_VERBS.has(c.verb.lemma) ? partiesOf(doc, c.subject) : []
}

/** "Fiji joined Samoa in criticising Japan", "Canada followed the US in raising tariffs": the party joined or followed acts too, in a gerund after "in". */
export function joinedIn(doc: Doc, c: Clause): string[] {
  const join = joiningClause(doc, c)
  return join ? partiesOf(doc, join.object) : []
}
