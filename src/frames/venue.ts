/** Where a visit goes: a namesake capital that stands for its country only as a visit's place, and a trip's stops. */
import { NAMESAKE_CAPITALS } from '../actors/data/country-extras.js'
import type { Clause, Doc, Phrase } from '../model/doc.js'
import { HOLDING_VERBS, STOP_NOUNS, STOP_VERBS } from '../lexicon/interactions-meet.js'
import { COPULAS, HYPOTHETICAL_MODALS } from '../lexicon/modality.js'

/**
 * The country whose namesake capital a place phrase names ("to Mexico City", "in Kuwait City"), as a
 * one-element list, or none. Only a visit's place reads so: the gazetteer keeps these capitals from
 * standing for a government, since "Mexico City said" names none.
 */
export function namesakeCapitalIn(doc: Doc, p: Phrase): string[] {
  let i = p.start
  if (doc.tokens[i]?.lower === 'the') i++
  const name = `${doc.tokens[i]?.text ?? ''} ${doc.tokens[i + 1]?.text ?? ''}`
  const country = i + 1 < p.end ? NAMESAKE_CAPITALS.get(name) : undefined
  return country ? [country] : []
}

/**
 * Where the stops a trip's noun names begin, right after it ("a tour taking in Kenya", "a tour that will
 * also take in Laos"), or -1.
 */
export function stopsAfter(doc: Doc, at: number): number {
  let k = at
  if (doc.tokens[k]?.lower === 'that' || doc.tokens[k]?.lower === 'which') k++
  for (let n = 0; n < 3 && (doc.tokens[k]?.pos === 'AUX' || doc.tokens[k]?.pos === 'ADV'); n++) k++
  const t = doc.tokens[k]
  if (!t || t.pos !== 'VERB' || !STOP_VERBS.has(t.lemma)) return -1
  const particle = STOP_VERBS.get(t.lemma)
  const first = particle ? (doc.tokens[k + 1]?.lower === particle ? k + 2 : -1) : k + 1
  return first >= 0 && doc.chunkOf[first] >= 0 && doc.chunks[doc.chunkOf[first]].start === first ? first : -1
}

/**
 * The places a trip's stops name: "the president's trip includes stops in Ghana and Togo" (the trip the subject
 * of a holding verb whose object is its stops), "Japan is the first stop on the president's tour" (the trip in
 * the "on" phrase of a copula whose subject a stop is said to be).
 */
export function stopsHeld(doc: Doc, role: string, c: Clause): Phrase | undefined {
  if (c.verb.voice !== 'active' || c.verb.negated || (c.verb.modal && HYPOTHETICAL_MODALS.has(c.verb.modal)) || !c.object) return undefined
  if (!STOP_NOUNS.has(doc.chunks[c.object.chunks[0]].headLemma)) return undefined
  if (role === 'prep' && COPULAS.has(c.verb.lemma)) return c.preps.some((p) => p.prep === 'on' && p.at === c.object!.end) ? c.subject ?? undefined : undefined
  if (role !== 'subject' || !HOLDING_VERBS.has(c.verb.lemma)) return undefined
  return c.preps.find((p) => p.prep === 'in' && p.at === c.object!.end)?.phrase
}
