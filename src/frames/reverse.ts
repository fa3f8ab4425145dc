import { cross, partiesOf, targetsOf } from './party.js'
import { prepsAfter, roleInClause } from './around.js'
import type { Frame } from './types.js'

/**
 * Criticism received: "Canada drew criticism from Mexico", "came under fire from …": the "from"
 * phrase acts on the clause's subject, through one of the entry's light verbs. With the noun as the
 * subject ("Criticism of Japan's plan came from China"), the clause's "from" phrase acts on the
 * noun's own phrase. An entry may name other agent prepositions ("sparked anger in China": agentPreps).
 */
export const reverse: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk < 0) return []
  const place = roleInClause(doc, t.chunk)
  if (place?.role === 'subject') return fromSubject(t, place.clause)
  const from = prepsAfter(doc, t.chunk).find((p) => entry.agentPreps.includes(p.prep))
  if (!from || !place) return []
  const c = doc.clauses[place.clause]
  if (entry.light.length && !entry.light.includes(c.verb.lemma)) return []
  // ("Australia's coal policy drew criticism from Fiji": what a party owns stands for it, as for any protest's target.)
  const actors = partiesOf(doc, from.phrase)
  return cross(actors, targetsOf(doc, entry.type, c.subject, undefined, actors))
}

function fromSubject(t: Parameters<Frame>[0], clause: number): ReturnType<Frame> {
  const { doc, entry } = t
  const c = doc.clauses[clause]
  const from = c.preps.find((p) => entry.agentPreps.includes(p.prep))
  if (!from || c.verb.voice !== 'active' || (entry.light.length && !entry.light.includes(c.verb.lemma))) return []
  const own = prepsAfter(doc, t.chunk).find((p) => !entry.agentPreps.includes(p.prep) && entry.preps.includes(p.prep))
  if (!own) return []
  const actors = partiesOf(doc, from.phrase)
  return cross(actors, targetsOf(doc, entry.type, own.phrase, undefined, actors))
}
