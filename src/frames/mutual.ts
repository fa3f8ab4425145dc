import type { Doc } from '../model/doc.js'
import { RECIPROCALS } from '../lexicon/links.js'
import type { PartyPair } from './types.js'

/** Whether the words from token `j` are a reciprocal pronoun: "each other", "one another". */
export function reciprocalAt(doc: Doc, j: number): boolean {
  const two = `${doc.tokens[j]?.lower ?? ''} ${doc.tokens[j + 1]?.lower ?? ''}`
  return RECIPROCALS.has(two)
}

/**
 * An act each party does to the other ("Chile and Bolivia accused each other", "traded barbs"): both
 * directions of every pair within the parties, marked mutual so that neither direction is taken for the
 * other read twice (src/extract/interactions/index.ts). A list of more than `max` is no exchange between each two.
 */
export function bothWays(parties: readonly string[], max: number): PartyPair[] {
  const distinct = [...new Set(parties)]
  if (distinct.length < 2 || distinct.length > max) return []
  return distinct.flatMap((a) => distinct.filter((b) => b !== a).map((b) => ({ actor: a, target: b, mutual: true })))
}
