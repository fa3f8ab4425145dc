import type { InteractionEntry } from '../lexicon/schema.js'
import type { Clause, Doc } from '../model/doc.js'

/**
 * Where a trigger was found: a clause's verb ("Fiji castigated Australia") or a noun phrase's head
 * ("China's criticism of the EU"), with the clause it sits in.
 */
export interface Trigger {
  readonly entry: InteractionEntry
  readonly doc: Doc
  /** The clause the trigger verb heads, or the clause holding the trigger noun (-1 for none). */
  readonly clause: number
  /** For a noun trigger: its chunk index; -1 for a verb trigger. */
  readonly chunk: number
  /** Token index of the trigger word. */
  readonly at: number
}

/** Two parties a frame found for a trigger, in the order of the act (actor first). */
export interface PartyPair {
  readonly actor: string
  readonly target: string
  /** Each party does the act to the other ("accused each other", "traded barbs"): the reverse pair is no second reading of this one. */
  readonly mutual?: boolean
}

/** A frame: how the two parties of a trigger are found around it. Pure; returns [] when the frame does not apply. */
export type Frame = (t: Trigger) => PartyPair[]

/** The clause of a trigger, if any. */
export function clauseOf(t: Trigger): Clause | undefined {
  return t.clause >= 0 ? t.doc.clauses[t.clause] : undefined
}
