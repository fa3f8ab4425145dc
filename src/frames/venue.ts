import { NAMESAKE_CAPITALS } from '../actors/data/country-extras.js'
import type { Doc, Phrase } from '../model/doc.js'

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
