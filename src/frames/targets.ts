import { GROUP_NAMES } from '../actors/data/groups.js'
import type { InteractionType } from '../model/facts.js'
import type { Doc, Phrase, PrepPhrase } from '../model/doc.js'
import { ownersOf, phraseFrom } from '../nlp/phrases.js'
import { contextAt, findClause, prepsAfterToken } from './around.js'
import { MAKING_VERBS } from '../lexicon/nominalisations.js'
import { RELATIVE_PRONOUNS } from '../lexicon/links.js'
import { NON_STATE_OWNERS } from '../lexicon/pledges.js'
import { WORKER_NOUNS } from '../lexicon/roles.js'
import { NEVER_PARTIES, examples, partiesOf, phraseAfter } from './party.js'

/**
 * The parties an act is done to when its phrase may name a thing rather than a party: what a party
 * owns, makes, sends or wrote stands for it (targetsOf). The part of party.ts that grew past one file.
 */

/** Types whose target may be a thing an actor owns or makes: "criticised Chinese subsidies", "tariffs on Chinese cars". */
const THING_TARGETS: ReadonlySet<InteractionType> = new Set(['protest', 'sanction', 'demand', 'urge'])
/** Things money is given to on a party's behalf: "Brazil's Amazon Fund", "Vietnam's energy transition plan". */
export const RECIPIENTS: ReadonlySet<string> = new Set(['fund', 'facility', 'programme', 'program', 'plan', 'project', 'transition', 'partnership', 'initiative', 'effort', 'defence', 'defense', 'recovery', 'reconstruction', 'budget'])
/**
 * Works a party builds, which money goes to on its behalf when the party owns them by name ("funded
 * Pakistan's largest coal plant", "is financing Kenya's new railway"); "Kenyan solar farms" says only where they stand.
 */
const WORKS: ReadonlySet<string> = new Set(['plant', 'farm', 'dam', 'grid', 'railway', 'railroad', 'port', 'pipeline', 'reactor', 'terminal', 'corridor', 'airport', 'highway', 'bridge', 'hospital', 'mine', 'refinery'])
/** Things that carry their maker's or owner's goods: "imports of Russian coal", "exports from China", "the assets of Russian firms". */
const GOODS = new Set(['import', 'export', 'good', 'product', 'shipment', 'purchase', 'sale', 'supply', 'steel', 'oil', 'gas', 'coal', 'vehicle', 'car', 'asset'])

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
 * 2. a list after "such as" or "including" ("nations such as Chile and Peru"), or an "of"
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
  // (So do a party's people: "training Gabonese rangers".)
  if (type === 'cooperate' && (RECIPIENTS.has(head.headLemma) || WORKER_NOUNS.has(head.headLemma) || (WORKS.has(head.headLemma) && head.possessor >= 0))) return owners
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
  const bound = type === 'sanction' && (OUTBOUND.has(head.headLemma) || onOutbound(doc, p)) ? destination(doc, p) : []
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

/**
 * Whether phrase `p` is what a measure on outgoing goods falls on: the "on" phrase of a noun that "export"
 * modifies ("export controls on chips", "new export curbs on gallium", "the export control regime on …").
 */
function onOutbound(doc: Doc, p: Phrase): boolean {
  if (doc.tokens[p.start - 1]?.lower !== 'on') return false
  const k = doc.chunkOf[p.start - 2]
  if (k === undefined || k < 0) return false
  const measure = doc.chunks[k]
  return doc.tokens.slice(measure.start, measure.head).some((w) => OUTBOUND.has(w.lemma))
}

/** The party a "to" phrase names after phrase `p`, an "of" phrase passed over: "[exports] of gallium to the US". */
function destination(doc: Doc, p: Phrase): string[] {
  const [a, b] = prepsAfterToken(doc, p.end - 1, 2)
  const to = a?.prep === 'to' ? a : a?.prep === 'of' && b?.prep === 'to' ? b : undefined
  return to ? partiesOf(doc, to.phrase) : []
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

function relativeMaker(doc: Doc, p: Phrase): string[] {
  // ("the plan, which Japan announced": after a comma too.)
  const at = doc.tokens[p.end]?.text === ',' ? p.end + 1 : p.end
  const rel = doc.tokens[at]?.lower
  if (rel !== 'that' && rel !== 'which') return []
  const c = findClause(doc, doc.tokens[p.start].sentence, (k) => !!k.subject && k.subjectFrom === 'own' && k.subject.start === at + 1)
  return c && MAKING_VERBS.has(c.verb.lemma) ? partiesOf(doc, c.subject) : []
}
