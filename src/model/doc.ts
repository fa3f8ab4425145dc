import type { Article } from './article.js'
import type { Span } from './span.js'

/**
 * The analysed document: the cleaned text once, and every annotation a span into it (spaCy's Doc).
 * Each nlp stage (src/nlp/) adds one layer; the extractors only read it. Offsets are UTF-16 code
 * units into `text`; token, chunk and clause references are indices into the Doc's arrays.
 */

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
  /** Used as an adjective before a noun ("Chinese solar panels", "U.S. sanctions"). */
  readonly adjectival?: boolean
  /** After a locative preposition ("in Beijing", "a visit to China"): a place at least as much as an actor. */
  readonly locative?: boolean
}

/** Universal POS tags as wink-nlp gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN'
  | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

/** A word or mark of a tagged sentence. */
export interface Token extends Span {
  readonly text: string
  /** Lower-cased text, curly apostrophe made straight. */
  readonly lower: string
  /** wink-nlp's lemma, lower-cased ("castigated" → "castigate", "criticise" → "criticize"). */
  readonly lemma: string
  readonly pos: Pos
  readonly sentence: number
  /** Index into Doc.mentions of the mention covering this token, or -1. */
  readonly mention: number
}

/**
 * A noun phrase: determiner, modifiers, head. `actor` is what the phrase names as a party
 * ("China", "Chinese officials", "China's foreign ministry", "Foreign Minister Wang Yi"); a phrase
 * about a thing only mentions its actor as a modifier ("Chinese solar panels", "China's emissions").
 */
export interface Chunk {
  /** Token range [start, end). */
  readonly start: number
  readonly end: number
  readonly head: number
  readonly headLemma: string
  /** Lower-cased determiner or possessive pronoun that opens it ("the", "his", "both"), or null. */
  readonly det: string | null
  /** Mention indices inside the phrase. */
  readonly mentions: readonly number[]
  readonly kind: ChunkKind
  /** The actor the phrase names as a party, once read (memory resolves pronouns and anaphors), or null. */
  readonly actors: readonly string[]
  /** An actor the phrase names only as a modifier or possessor ("China's emissions", "Chinese-made cars"). */
  readonly modifierActor: string | null
  /** The mention index of an "X's" possessor inside the phrase. */
  readonly possessor: number
  /** Two actors joined by a hyphen or dash before the head ("the U.S.-China talks", "the Kenya–Germany pact"). */
  readonly pair: readonly string[] | null
  readonly plural: boolean
  /** How `actors` was found (for --explain): 'mention', 'role', 'person', or the memory's rule. */
  readonly via: string
  /** The person mention the phrase refers to (its own name, or the person a "he"/"she" stands for), or -1. */
  readonly referent: number
}

/**
 * - `actor`: a mention is the head ("Japan", "the EU", "Beijing");
 * - `person`: a named person;
 * - `role`: a role or body of an actor ("Chinese officials", "the ministry", "his counterpart");
 * - `pronoun`: he, she, it, they …; `anaphor`: "the two sides", "both countries", "the country";
 * - `thing`: anything else.
 */
export type ChunkKind = 'actor' | 'person' | 'role' | 'pronoun' | 'anaphor' | 'thing'

/** Coordinated noun phrases ("the US, the UK and Canada"), or one alone: indices into Doc.chunks. */
export interface Phrase {
  readonly chunks: readonly number[]
  /** Token range [start, end) of the whole coordination. */
  readonly start: number
  readonly end: number
}

/** The verbs of a clause: auxiliaries, negation, modal, the main verb and its particle. */
export interface VerbGroup {
  readonly start: number
  readonly end: number
  /** Token index of the main verb. */
  readonly head: number
  readonly lemma: string
  /** Particle after the verb ("phase out", "sat down", "hit back"), lower-cased, or null. */
  readonly particle: string | null
  readonly voice: 'active' | 'passive'
  readonly negated: boolean
  /** Lemma of a modal auxiliary ("will", "could", "must"), or null. */
  readonly modal: string | null
  readonly form: 'finite' | 'infinitive' | 'gerund' | 'participle'
}

/** A prepositional phrase after the verb: "with China", "on Chinese imports", "by the EU". */
export interface PrepPhrase {
  readonly prep: string
  /** Token index of the preposition. */
  readonly at: number
  readonly phrase: Phrase
}

/**
 * A clause from the shallow parse (src/nlp/clauses.ts): a verb group with its subject, object,
 * passive agent and prepositional phrases, each a phrase of noun chunks.
 */
export interface Clause {
  readonly sentence: number
  /** Token range [start, end). */
  readonly start: number
  readonly end: number
  readonly verb: VerbGroup
  readonly subject: Phrase | null
  /**
   * Where the subject came from: its own words (`own`), a verb coordinated before it ("met X and
   * urged Y"), control by the clause it complements (`control`: "intends to cut", "urged Japan to
   * cut" gives Japan), a relative pronoun (`relative`), the main clause of a participle or fronted
   * phrase (`main`), or `none`.
   */
  readonly subjectFrom: 'own' | 'coordinated' | 'control' | 'relative' | 'main' | 'none'
  readonly object: Phrase | null
  /** A passive's by-phrase agent. */
  readonly agent: Phrase | null
  readonly preps: readonly PrepPhrase[]
  /** Index into Doc.clauses of the clause this one complements ("X plans to …", "said that …"), or -1. */
  readonly governor: number
}

/** A quoted stretch of the text (one contiguous segment between quotation marks). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** The words inside the marks: [start, end). */
  readonly start: number
  readonly end: number
  /** Offset just past the closing mark (equal to `end` when unclosed at the line end). */
  readonly close: number
  readonly closed: boolean
  /** Index of the line (text between newlines) the quote sits on. */
  readonly line: number
}

/** A wire dateline opening a paragraph ("TOKYO, Aug 31 (Reuters) -"): where the story was filed. */
export interface Dateline extends Span {
  readonly paragraph: number
}

/** An analysed article: cleaned text plus annotations, every one a span into `text`. */
export interface Doc {
  readonly article: Article
  readonly text: string
  readonly sentences: readonly Sentence[]
  /** Actor mentions sorted by start offset. */
  readonly mentions: readonly Mention[]
  readonly datelines: readonly Dateline[]
  readonly quotes: readonly QuoteSpan[]
  /** Tokens of the tagged sentences only (the ones that may hold a fact), in text order. */
  readonly tokens: readonly Token[]
  /** Per sentence index: its token range [start, end) in `tokens`, or null when it was not tagged. */
  readonly sentenceTokens: ReadonlyArray<readonly [number, number] | null>
  readonly chunks: readonly Chunk[]
  /** Per token: the index of the chunk holding it, or -1. */
  readonly chunkOf: Int32Array
  readonly clauses: readonly Clause[]
  /**
   * Per clause index: the actor whose act, told just before by someone else, the clause may answer
   * ("Japan released the water. China hit back.", "… Seoul voiced regret."). The discourse
   * memory sets it (src/nlp/memory.ts); frames read it only for acts that answer one.
   */
  readonly answers?: ReadonlyMap<number, string>
}
