import { cross, partiesOf, targetsOf } from './party.js'
import { prepsAfter, roleInClause } from './around.js'
import type { Frame } from './types.js'

/**
 * Criticism received: "Canada drew criticism from Mexico", "came under fire from …": the "from"
 * phrase acts on the clause's subject, through one of the entry's light verbs.
 */
export const reverse: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk < 0) return []
  const from = prepsAfter(doc, t.chunk).find((p) => p.prep === 'from')
  const place = roleInClause(doc, t.chunk)
  if (!from || !place || place.role === 'subject') return []
  const c = doc.clauses[place.clause]
  if (entry.light.length && !entry.light.includes(c.verb.lemma)) return []
  // ("Australia's coal policy drew criticism from Fiji": what a party owns stands for it, as for any protest's target.)
  const actors = partiesOf(doc, from.phrase)
  return cross(actors, targetsOf(doc, entry.type, c.subject, undefined, actors))
}
