import { GROUP_NAMES } from '../actors/data/groups.js'
import type { InteractionType } from '../model/facts.js'
import type { Doc, Phrase, PrepPhrase } from '../model/doc.js'
import type { PartyPair } from './types.js'

/** Types whose target may be a thing an actor owns or makes: "criticised Chinese subsidies", "tariffs on Chinese cars". */
const THING_TARGETS: ReadonlySet<InteractionType> = new Set(['protest', 'sanction', 'demand'])
/** Things that carry their maker's goods: "imports of Russian coal", "exports from China". */
const GOODS = new Set(['import', 'export', 'good', 'product', 'shipment', 'purchase', 'sale', 'supply', 'steel', 'oil', 'gas', 'coal', 'vehicle', 'car'])

/** The Paris Agreement's goals are an actor for pledges only: no one meets, urges or sanctions it. */
const NEVER_PARTIES = new Set(['PARIS'])

/** The parties a phrase names: each chunk's actors, distinct, in order. */
export function partiesOf(doc: Doc, p: Phrase | null | undefined): string[] {
  if (!p) return []
  const out: string[] = []
  for (const c of p.chunks) for (const a of doc.chunks[c].actors) if (!out.includes(a) && !NEVER_PARTIES.has(a)) out.push(a)
  return out
}

/** Decisions of a body that a member may reject (ANNOTATION.md): a COP text, a G20 communiqué. */
const BODY_TEXT = new Set(['deal', 'draft', 'text', 'decision', 'proposal', 'agreement', 'communique', 'communiqué', 'declaration', 'outcome', 'pact', 'statement', 'goal', 'package', 'document', 'conclusion'])
const COP_WORDS = /\bCOP ?\d{1,2}\b|\bUNFCCC\b|Conference of the Parties|\bU\.?N\.? climate (?:summit|talks|conference)/

/**
 * The body whose text a party rejects: a group named in the sentence, else in COP coverage the
 * UNFCCC (ANNOTATION.md: decisions of a COP belong to the UNFCCC), else none.
 */
function bodyOfText(doc: Doc, sentence: number): string[] {
  const s = doc.sentences[sentence]
  const group = doc.mentions.find((m) => m.actor && m.actor in GROUP_NAMES && m.actor !== 'PARIS' && m.start >= s.start && m.end <= s.end)
  if (group?.actor) return [group.actor]
  return COP_WORDS.test(doc.text) ? ['UNFCCC'] : []
}

/**
 * The parties an act is done to: the phrase's actors, or for protests, demands and sanctions the
 * actor a thing belongs to ("rejected France's offer", "criticised Chinese subsidies"), or the
 * maker of the goods in the next "of"/"from" phrase ("a tariff on imports of Chinese cars").
 */
export function targetsOf(doc: Doc, type: InteractionType, p: Phrase | null | undefined, next?: PrepPhrase): string[] {
  const direct = partiesOf(doc, p)
  if (direct.length || !p || !THING_TARGETS.has(type)) return direct
  const owners = [...new Set(p.chunks.map((c) => doc.chunks[c].modifierActor).filter((a): a is string => a !== null))]
  if (owners.length) return owners.filter((a) => !NEVER_PARTIES.has(a))
  const head = doc.chunks[p.chunks[0]]
  if (type === 'protest' && BODY_TEXT.has(head.headLemma)) return bodyOfText(doc, doc.tokens[head.head].sentence)
  const goods = p.chunks.some((c) => GOODS.has(doc.chunks[c].headLemma))
  if (goods && next && (next.prep === 'of' || next.prep === 'from') && next.phrase.start === p.end + 1) return targetsOf(doc, type, next.phrase)
  return []
}

/** Every (actor, target) pair of two party lists, an actor never paired with itself. */
export function cross(actors: readonly string[], targets: readonly string[]): PartyPair[] {
  const out: PartyPair[] = []
  for (const a of actors) for (const t of targets) if (a !== t) out.push({ actor: a, target: t })
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

/** How many parties a joint act may have and still be read as pairs: a bilateral meeting is two; a pact may bind several. */
export function maxParties(type: InteractionType): number {
  return type === 'meet' ? 2 : 6
}
