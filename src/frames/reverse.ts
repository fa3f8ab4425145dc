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
  // "received a call from Biden" is a phone call, "resisted calls from Britain to end coal" an appeal.
  const call = doc.chunks[t.chunk].headLemma === 'call'
  if (call && (entry.type === 'meet') !== phoneCall(doc, t.chunk, from.phrase.end)) return []
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

/**
 * Whether the call at chunk `k` (its "from" phrase ending at `after`) is a phone call, not an appeal: a
 * phone or video call ("a phone call from Biden"), or a single call with no appeal after it ("received a
 * call from Biden"; not "a call from Fiji to quit coal", "for …", nor "calls from Britain").
 */
function phoneCall(doc: Parameters<Frame>[0]['doc'], k: number, after: number): boolean {
  const c = doc.chunks[k]
  for (let i = c.start; i < c.head; i++) if (PHONE_WORDS.has(doc.tokens[i].lower)) return true
  const next = doc.tokens[after]?.lower ?? ''
  return doc.tokens[c.head].lower === 'call' && !APPEAL_LEADS.has(next)
}

const PHONE_WORDS = new Set(['phone', 'telephone', 'video', 'courtesy'])
/** What opens the content of an appeal after its "from" phrase: "to act", "for a cut", "that it act". */
const APPEAL_LEADS = new Set(['to', 'for', 'that'])
