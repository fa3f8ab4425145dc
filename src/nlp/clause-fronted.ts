import type { Chunk, Clause, Phrase, VerbGroup } from '../model/doc.js'
import type { Mutable } from './clause-links.js'
import { clauseEnd } from './clause-objects.js'
import type { PhraseContext } from './phrases.js'

// A fronted phrase ("Following talks in Manila, …") and the clause after it: where one ends and the other's subject starts.

/**
 * "Following talks in [Manila, the Philippines and Korea] signed …": a list that a fronted phrase's
 * preposition seems to govern, right before a finite verb that has no other subject, ends the fronted
 * phrase at its first comma; the members after it are the verb's subject. Only when the sentence
 * opens with that phrase (a preposition or an "-ing" word first, no comma before the list).
 */
export function frontedListRest(ctx: PhraseContext, phrase: Phrase, g: VerbGroup): Phrase | null {
  const { tokens, chunks, from } = ctx
  if (g.form !== 'finite' || phrase.chunks.length < 2) return null
  for (let k = phrase.end; k < g.start; k++) if (tokens[k].pos !== 'ADV') return null
  const first = tokens[from]
  if (!(first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && first.lower.endsWith('ing')))) return null
  for (let k = from; k < phrase.start; k++) if (tokens[k].text === ',') return null
  let comma = phrase.start
  while (comma < phrase.end && tokens[comma].text !== ',') comma++
  if (comma === phrase.end) return null
  const rest = phrase.chunks.filter((c) => chunks[c].start > comma)
  return rest.length ? { chunks: rest, start: chunks[rest[0]].start, end: phrase.end } : null
}

/** The clause before never runs into a clause's own subject (frontedListRest cuts a list in two). */
export function trimBefore(before: Mutable<Clause>, c: Clause, chunks: readonly Chunk[]): void {
  const s = c.subjectFrom === 'own' ? c.subject?.start ?? -1 : -1
  if (s < 0 || before.end <= s || before.start >= s) return
  const cut = (p: Phrase): Phrase | null => {
    // (A phrase that starts at the subject is the subordinate clause's own: "hit back after [Canada] raised".)
    if (p.end <= s || p.start >= s) return p
    const kept = p.chunks.filter((k) => chunks[k].end <= s)
    return kept.length ? { chunks: kept, start: p.start, end: chunks[kept[kept.length - 1]].end } : null
  }
  before.object = before.object && cut(before.object)
  before.preps = before.preps.flatMap((p) => {
    const phrase = cut(p.phrase)
    return phrase ? [{ ...p, phrase }] : []
  })
  before.end = clauseEnd(before.verb, before.object, before.preps)
}
