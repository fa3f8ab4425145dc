import { maxParties, pairsWithin, partiesOf } from './party.js'
import { prepsAfter } from './around.js'
import { clauseOf, type Frame } from './types.js'

/**
 * "talks between Egypt and Ethiopia", "an agreement between Chile and Peru", "a pact inked between
 * India and the UK": the parties are the list after "between" following the noun or the verb.
 */
export const between: Frame = (t) => {
  const isBetween = (x: { prep: string }) => x.prep === 'between' || x.prep === 'among'
  const p = t.chunk >= 0 ? prepsAfter(t.doc, t.chunk).find(isBetween) : clauseOf(t)?.preps.find(isBetween)
  return p ? pairsWithin(partiesOf(t.doc, p.phrase), maxParties(t.entry.type)) : []
}
