import type { Clause, Doc } from '../model/doc.js'
import { findClause } from './around.js'

/**
 * The "joined X" or "followed X" clause a gerund after "in" belongs to ("Fiji joined Samoa in criticising
 * Japan", "joined Samoa on Monday in …"), if any: the parties joined act too (party.ts, joinedIn), and a
 * negated "did not join" denies the act (src/extract/interactions/attach.ts).
 */
export function joiningClause(doc: Doc, c: Clause): Clause | undefined {
  if (c.verb.form !== 'gerund' || doc.tokens[c.verb.start - 1]?.lower !== 'in') return undefined
  // (A time or place phrase may stand between the party joined and "in".)
  const endsAt = (k: Clause) => k.object!.end === c.verb.start - 1 || k.preps.some((p) => p.at >= k.object!.end && p.phrase.end === c.verb.start - 1)
  return findClause(doc, c.sentence, (k) => (k.verb.lemma === 'join' || k.verb.lemma === 'follow') && k.verb.end <= c.verb.start && !!k.object && endsAt(k))
}
