import { pairsWithin, partiesOf, maxParties } from './party.js'
import { clauseOf, type Frame } from './types.js'

/**
 * Parties a verb gathers: "Talks in Lima brought together Peru, Chile and Bolivia", "Qatar brought the
 * Chadian and Sudanese envoys together". The object's parties met each other, and a subject that is a
 * party met them as host. An entry names the word that must follow the verb (`pairNeeds`: "together").
 * A gathering of many ("the summit brought together 190 countries") is no meeting of each with each:
 * every object phrase must name its parties itself, and the subject must be a host or a meeting.
 */
export const gathered: Frame = (t) => {
  const c = clauseOf(t)
  if (!c || t.chunk >= 0 || c.verb.voice !== 'active' || !c.object) return []
  const { doc, entry } = t
  const after = doc.tokens.slice(c.verb.end, Math.min(c.end + 1, doc.tokens.length))
  if (entry.pairNeeds.length && !after.some((w) => entry.pairNeeds.includes(w.lower))) return []
  // ("brought together more than 190 countries, including Chile and Peru": a count with examples.)
  if (!c.object.chunks.every((k) => doc.chunks[k].actors.length > 0 || doc.chunks[k].kind === 'role')) return []
  const guests = partiesOf(doc, c.object)
  // Talks or a host gather; a crisis or a cause that "brought Japan and Korea together" made them closer, no meeting.
  const host = partiesOf(doc, c.subject).filter((a) => !guests.includes(a))
  // (With no subject read, "Two days of talks in Nairobi brought …": a meeting before the verb in its sentence.)
  const first = doc.sentenceTokens[doc.tokens[c.verb.start].sentence]![0]
  const before = c.subject ? c.subject.chunks : doc.chunks.flatMap((k, i) => (k.start >= first && k.end <= c.verb.start ? [i] : []))
  const talks = before.some((k) => MEETINGS.has(doc.chunks[k].headLemma))
  if (!host.length && !talks) return []
  return pairsWithin([...host, ...guests], maxParties(entry.type))
}

/** Meetings that gather their parties (a summit or conference gathers many, none of whom need meet each other). */
const MEETINGS = new Set(['talk', 'meeting', 'session', 'dinner', 'lunch', 'breakfast', 'call', 'negotiation', 'discussion', 'consultation', 'mediation', 'round', 'dialogue', 'visit', 'trip', 'retreat'])
