import { cross, maxParties, pairsWithin, partiesOf, targetsOf } from './party.js'
import { roleInClause } from './around.js'
import { clauseOf, type Frame } from './types.js'
import { SYMMETRIC_TYPES } from '../model/facts.js'

/**
 * Passive: the by-phrase acts on the subject ("Australia was criticised by Vanuatu"). A noun trigger
 * as the subject of a passive made by its agents ("a fund established by Brazil and Indonesia") is a
 * joint act of the agents.
 */
export const passive: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk >= 0) {
    const place = roleInClause(doc, t.chunk)
    const c = place ? doc.clauses[place.clause] : undefined
    if (!c || c.verb.voice !== 'passive' || !c.agent || !SYMMETRIC_TYPES.has(entry.type)) return []
    if (place!.role !== 'subject' && !(c.subjectFrom === 'relative' && c.subject?.chunks.includes(t.chunk))) return []
    return pairsWithin(partiesOf(doc, c.agent), maxParties(entry.type))
  }
  const c = clauseOf(t)
  if (!c || c.verb.voice !== 'passive' || !c.agent) return []
  return cross(partiesOf(doc, c.agent), targetsOf(doc, entry.type, c.subject))
}
