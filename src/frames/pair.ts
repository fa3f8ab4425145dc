import { maxParties, pairsWithin, partiesOf } from './party.js'
import { roleInClause } from './around.js'
import { clauseOf, type Frame } from './types.js'

/**
 * A joint act of a coordinated subject with no other party: "Vietnam and Japan inked a pact",
 * "The Canadian and Mexican leaders met", "the two sides signed". Symmetric types only; an entry
 * may need a word after the verb ("worked together").
 */
export const pair: Frame = (t) => {
  const { doc, entry } = t
  let clause = clauseOf(t)
  if (t.chunk >= 0) {
    const place = roleInClause(doc, t.chunk)
    if (!place) return []
    clause = doc.clauses[place.clause]
    // The noun is what the subject does ("A and B held talks", light verbs as the entry lists them),
    // or when they did something else ("A and B pledged … during high-level talks").
    if (place.role === 'object' && entry.light.length && !entry.light.includes(clause.verb.lemma)) return []
    if (place.role === 'prep' && !DURING.has(doc.tokens[doc.chunks[t.chunk].start - 1]?.lower ?? '')) return []
    if (place.role !== 'object' && place.role !== 'prep') return []
  }
  if (!clause || clause.verb.voice !== 'active') return []
  if (entry.pairNeeds.length) {
    const after = doc.tokens.slice(clause.verb.end, Math.min(clause.end + 2, doc.tokens.length))
    if (!after.some((w) => entry.pairNeeds.includes(w.lower))) return []
  }
  // A party after the trigger makes the subject one side of the act, not a pair: "A and B signed a deal with C".
  if (clause.preps.some((p) => p.prep === 'with' && partiesOf(doc, p.phrase).length)) return []
  const parties = partiesOf(doc, clause.subject)
  // A list subject may also be a list of modifiers: "The Canadian and Mexican leaders".
  const modifiers = parties.length === 1 && clause.subject ? modifierPair(doc, clause.subject.chunks[0]) : []
  return pairsWithin(modifiers.length === 2 ? modifiers : parties, maxParties(entry.type))
}

const DURING = new Set(['during', 'at', 'after', 'following', 'in', 'amid'])

/** "The Canadian and Mexican leaders": two adjectival actors before one plural role head. */
function modifierPair(doc: Parameters<Frame>[0]['doc'], chunk: number): string[] {
  const c = doc.chunks[chunk]
  if (c.kind !== 'role' || !c.plural) return []
  return [...new Set(c.mentions.map((m) => doc.mentions[m].actor).filter((a): a is string => a !== null))]
}
