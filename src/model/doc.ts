import type { Article } from './article.js'
import type { Span } from './span.js'

/** A sentence of the cleaned text. */
export interface Sentence extends Span {
  readonly text: string
  /** Index of the paragraph (blank-line separated block) the sentence sits in. */
  readonly paragraph: number
  readonly index: number
}

/**
 * What an actor mention refers to.
 * - `country`: a country by name, adjective, demonym, capital or seat ("Japan", "Chinese", "Beijing", "the White House").
 * - `group`: a group or body with a FORMAT.md id ("the EU", "G7", "the United Nations").
 * - `person`: a named person ("John F. Kerry", later "Kerry"), with the actor they act for when known.
 * - `description`: a description the article resolves ("the world's third-largest economy").
 */
export type MentionKind = 'country' | 'group' | 'person' | 'description'

/** A mention of an actor in the cleaned text. */
export interface Mention extends Span {
  readonly text: string
  readonly kind: MentionKind
  /** Actor id: ISO3 country code, a FORMAT.md group id, or null when a person's country is unknown. */
  readonly actor: string | null
  /** For persons: the fullest name the article gives ("John F. Kerry"). */
  readonly person?: string
  /** For persons: their role as written ("climate envoy", "Foreign Minister"). */
  readonly role?: string
  /**
   * True when the word is used as an adjective before a noun ("Chinese solar panels", "U.S. sanctions"),
   * where it names the actor less directly than a subject would.
   */
  readonly adjectival?: boolean
  /**
   * True when a locative preposition comes before ("in Beijing", "a visit to China"), where the
   * word names a place at least as much as an actor.
   */
  readonly locative?: boolean
}

/** An analysed article: cleaned text plus annotations, every one a span into `text`. */
export interface Doc {
  readonly article: Article
  readonly text: string
  readonly sentences: readonly Sentence[]
  /** Actor mentions sorted by start offset. */
  readonly mentions: readonly Mention[]
}
