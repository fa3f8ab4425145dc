import { maxParties, pairsWithin, partiesOf } from './party.js'
import { prepsAfter } from './around.js'
import type { Frame } from './types.js'

/** "talks between Egypt and Ethiopia", "an agreement between Chile and Peru": the parties are the list after "between". */
export const between: Frame = (t) => {
  if (t.chunk < 0) return []
  const p = prepsAfter(t.doc, t.chunk).find((x) => x.prep === 'between' || x.prep === 'among')
  return p ? pairsWithin(partiesOf(t.doc, p.phrase), maxParties(t.entry.type)) : []
}
