import { cross, partiesOf } from './party.js'
import { targetsOf } from './targets.js'
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
  // ("drew no criticism from Egypt", "No calls came from Fiji": none was received.)
  if (t.chunk < 0 || doc.chunks[t.chunk].det === 'no') return []
  const place = roleInClause(doc, t.chunk)
  if (place?.role === 'subject') return fromSubject(t, place.clause)
  const from = prepsAfter(doc, t.chunk).find((p) => entry.agentPreps.includes(p.prep))
  if (!from || !place) return []
  const c = doc.clauses[place.clause]
  if (existential(doc, c)) return afterAct(t, c, from.phrase)
  if (entry.light.length && !entry.light.includes(c.verb.lemma)) return []
  // "received a call from Biden" is a phone call, "resisted calls from Britain to end coal" an appeal.
  const call = doc.chunks[t.chunk].headLemma === 'call'
  if (call && (entry.type === 'meet') !== phoneCall(doc, t.chunk, from.phrase.end)) return []
  // ("Australia's coal policy drew criticism from Fiji": what a party owns stands for it, as for any protest's target.)
  const actors = partiesOf(doc, from.phrase)
  return cross(actors, targetsOf(doc, entry.type, c.subject, undefined, actors))
}

/** "There was condemnation …": a clause of "be" with the expletive "there" before it and no subject. */
function existential(doc: Parameters<Frame>[0]['doc'], c: Parameters<Frame>[0]['doc']['clauses'][number]): boolean {
  return c.verb.lemma === 'be' && !c.subject && doc.tokens[c.verb.start - 1]?.lower === 'there'
}

/**
 * "There was swift condemnation from Egypt after Ethiopia began filling the dam", "… following the move":
 * a reaction with no subject answers the act its "after" phrase names (the subject of the clause it opens,
 * or a thing whose owner the memory knows). Its own target ("condemnation of X") the nominal frame reads.
 */
function afterAct(t: Parameters<Frame>[0], c: Parameters<Frame>[0]['doc']['clauses'][number], from: Parameters<typeof partiesOf>[1]): ReturnType<Frame> {
  const { doc, entry } = t
  const after = c.preps.find((p) => AFTER.has(p.prep))
  // ("There was no criticism from Fiji", "there may be criticism": no reaction told.)
  if (!after || c.verb.negated || c.verb.modal || NONE.has(doc.chunks[t.chunk].det ?? '')) return []
  const actors = partiesOf(doc, from)
  return cross(actors, targetsOf(doc, entry.type, after.phrase, undefined, actors))
}

const AFTER = new Set(['after', 'following'])
const NONE = new Set(['no', 'little'])

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
