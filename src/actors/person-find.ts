import type { KnownPerson } from './data/people.js'

/** A person found by title, apposition or the gazetteer, before mentions are assembled. */
export interface PersonFind {
  /** Mention span: the name, with its title and the title's country when they come first. */
  readonly start: number
  readonly end: number
  readonly nameStart: number
  /** The name as written. */
  readonly name: string
  readonly role: string | null
  readonly actor: string | null
  readonly known: KnownPerson | null
  /** End of an appositive that describes the person; actor words inside it are not separate mentions. */
  readonly hideUntil?: number
}
