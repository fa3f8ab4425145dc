import { QUOTING_IDIOMS, QUOTING_VERBS, SIGNATURE_LINE } from '../lexicon/quotes.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { isPersonLike } from './speaker-person.js'
import type { Clause, Doc, Phrase, QuoteSpan } from '../model/doc.js'
import { firstIndex } from '../model/search.js'

/** What the speaker resolver reads of the Doc (the discourse memory calls it before the Doc is finished). */
export type SpeakerInput = Pick<Doc, 'text' | 'sentences' | 'quotes' | 'tokens' | 'sentenceTokens' | 'chunks' | 'chunkOf' | 'clauses'>

/** Where a quote's speaker is named: the chunk of the phrase that names them, and the rule that found it. */
export interface SpeakerSite {
  /** Index into Doc.chunks, or -1 when nothing names the speaker. */
  readonly chunk: number
  /** The rule, for --explain: where the phrase stood relative to the quote. */
  readonly rule: string
}

/** No phrase names the speaker. */
export const NONE: SpeakerSite = { chunk: -1, rule: '' }

/** A token range [from, to). */
export type Range = readonly [number, number]

/**
 * Where a quote sits: the sentences its marks open and close in, and the tagged tokens of those
 * sentences outside it (before the opening mark, after the closing one, up to the neighbouring
 * quotes of the same sentence), or null where the sentence was not tagged.
 */
export interface QuoteFrame {
  readonly index: number
  readonly quote: QuoteSpan
  readonly openSentence: number
  readonly closeSentence: number
  /** The sentence `after` lies in: the closing one, or the next when the splitter cut "…?” | he asked". */
  readonly attribution: number
  readonly before: Range | null
  readonly after: Range | null
}

/**
 * Lookups over the Doc that stay logarithmic per quote, so a very long line costs no rescans
 * (issue 15): sentences and tokens by offset, and each sentence's clauses by verb position.
 */
export class Lookup {
  /** Per sentence, the index of its first clause; one more entry closes the last sentence. */
  private readonly clauseFrom: Int32Array
  /** Per sentence, the index of the first sentence of its paragraph. */
  private readonly paragraphFrom: Int32Array

  constructor(readonly input: SpeakerInput) {
    const { sentences, clauses } = input
    this.clauseFrom = new Int32Array(sentences.length + 1)
    this.paragraphFrom = new Int32Array(sentences.length)
    let c = 0
    for (let s = 0; s <= sentences.length; s++) {
      while (c < clauses.length && clauses[c].sentence < s) c++
      this.clauseFrom[s] = c
      if (s < sentences.length) this.paragraphFrom[s] = s > 0 && sentences[s - 1].paragraph === sentences[s].paragraph ? this.paragraphFrom[s - 1] : s
    }
  }

  /** The first sentence of the paragraph holding sentence `s`. */
  paragraphStart(s: number): number {
    return this.paragraphFrom[s]
  }

  /** The sentence holding offset `pos`, or the one after it when `pos` falls between two. */
  sentenceAt(pos: number): number {
    const s = this.input.sentences
    return Math.min(firstIndex(s.length, (i) => s[i].end <= pos), s.length - 1)
  }

  /** The first token of [from, to) that starts at or after `pos` (`to` when none does). */
  tokenFrom(from: number, to: number, pos: number): number {
    const t = this.input.tokens
    return firstIndex(to, (i) => t[i].start < pos, from)
  }

  /** The clauses of sentence `s` whose main verb lies in the token range [from, to). */
  clausesIn(s: number, from: number, to: number): Range {
    const { clauses } = this.input
    const end = this.clauseFrom[s + 1]
    const lo = firstIndex(end, (i) => clauses[i].verb.head < from, this.clauseFrom[s])
    let last = lo
    while (last < end && clauses[last].verb.head < to) last++
    return [lo, last]
  }

  /** The first clause of sentence `s`. */
  firstClause(s: number): number {
    return this.clauseFrom[s]
  }

  /** The frame of quote `index` (quotes are in text order). */
  frame(index: number): QuoteFrame {
    const { quotes, sentenceTokens } = this.input
    const quote = quotes[index]
    const openSentence = this.sentenceAt(quote.open)
    const closeSentence = Math.max(openSentence, this.sentenceAt(Math.max(quote.open, quote.close - 1)))
    const prev = quotes[index - 1]
    const next = quotes[index + 1]
    const open = sentenceTokens[openSentence]
    const close = sentenceTokens[closeSentence]
    let before: Range | null = null
    if (open) {
      const from = prev ? this.tokenFrom(open[0], open[1], prev.close) : open[0]
      before = [from, this.tokenFrom(from, open[1], quote.open)]
    }
    let after: Range | null = null
    let attribution = closeSentence
    if (close) {
      const from = this.tokenFrom(close[0], close[1], quote.close)
      after = [from, next ? this.tokenFrom(from, close[1], next.open) : close[1]]
      // "“Where is the money?” asked Jane Doe": the splitter ends a sentence at the question mark,
      // and the attribution starts the next one in lower case (or with a dash: "“…” — Jane Doe"),
      // or with its speaker ("“Where is the money?” Jane Doe asked.").
      if (after[0] === after[1] && (this.continuesInLowerCase(closeSentence) || this.signedBelow(closeSentence, quote) || this.continuesWithSpeaker(closeSentence, quote))) {
        const r = sentenceTokens[closeSentence + 1]!
        attribution = closeSentence + 1
        after = [r[0], next ? this.tokenFrom(r[0], r[1], next.open) : r[1]]
      }
    }
    return { index, quote, openSentence, closeSentence, attribution, before, after }
  }

  /**
   * Quote `q` ends sentence `s` with a question or an exclamation, and the next sentence of the
   * paragraph opens with a speech clause whose subject comes first ("Jane Doe asked at the hearing").
   */
  private continuesWithSpeaker(s: number, q: QuoteSpan): boolean {
    const { sentences, sentenceTokens, clauses, text } = this.input
    const next = sentences[s + 1]
    const range = sentenceTokens[s + 1]
    if (!next || !range || next.paragraph !== sentences[s].paragraph || q.close < sentences[s].end - 1) return false
    const mark = text.charCodeAt(q.end - 1)
    if (mark !== 63 && mark !== 33) return false
    const c = clauses[this.clauseFrom[s + 1]]
    return c !== undefined && c.sentence === s + 1 && c.verb.start - range[0] <= OPENING_SPEECH && c.subjectFrom === 'own' && !!c.subject && isSpeechClause(this.input, c)
  }

  /**
   * Quote `q` is a paragraph of its own, ending sentence `s`, and the next paragraph is one line that
   * signs it, with no full stop ("“…”" then "— Jane Doe, negotiator" or "Jane Doe, Harbour Workers' Union"),
   * as a dash in its paragraph does (lists of reactions, pull quotes).
   */
  private signedBelow(s: number, q: QuoteSpan): boolean {
    const { sentences, sentenceTokens } = this.input
    const cur = sentences[s]
    const next = sentences[s + 1]
    if (!next || !sentenceTokens[s + 1] || next.paragraph !== cur.paragraph + 1 || q.close < cur.end - 1) return false
    if (sentences[s + 2]?.paragraph === next.paragraph || !SIGNATURE_LINE.test(next.text)) return false
    let first = s
    while (first > 0 && sentences[first - 1].paragraph === cur.paragraph) first--
    return q.open <= sentences[first].start
  }

  /** The sentence after `s` is tagged, in the same paragraph, and starts with a lower-case letter or a dash ("— Jane Doe"). */
  private continuesInLowerCase(s: number): boolean {
    const { sentences, sentenceTokens } = this.input
    const next = sentences[s + 1]
    if (!next || next.paragraph !== sentences[s].paragraph || !sentenceTokens[s + 1]) return false
    const c = next.text.charCodeAt(0)
    return (c >= 97 && c <= 122) || startsWithDash(next.text)
  }
}

/** "— Jane Doe": a dash and a space open the text. */
function startsWithDash(text: string): boolean {
  const c = text.charCodeAt(0)
  return (c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(1) === 32
}

/** A clause that reports what its subject said: a speech verb ("said", "told", "added"), a quoting verb ("called it", "as she put it"), or "according to". */
export function isSpeechClause(input: SpeakerInput, c: Clause): boolean {
  if (c.verb.negated) return false
  if (SPEECH_VERBS.has(c.verb.lemma) || QUOTING_VERBS.has(c.verb.lemma) || isAccordingTo(input, c)) return true
  const object = QUOTING_IDIOMS[c.verb.lemma]
  // (The verb group may hold the particle itself: "hit back", "chimed in".)
  return object !== undefined && (input.tokens[c.verb.end]?.lower === object || input.tokens[c.verb.end - 1]?.lower === object)
}

/** "according to X": the tagger reads "according" as a verb (lemma "accord") before "to". */
export function isAccordingTo(input: SpeakerInput, c: Clause): boolean {
  return c.verb.lemma === 'accord' && input.tokens[c.verb.head + 1]?.lower === 'to'
}

/**
 * The subject of clause `ci`, following the links the shallow parse leaves for clauses without their own:
 * coordinated verbs ("said and added") share the subject before them.
 */
export function subjectOf(L: Lookup, ci: number): Phrase | null {
  const { clauses, chunks } = L.input
  const c = clauses[ci]
  if (c.subjectFrom !== 'coordinated') return c.subject
  // "X believes the cabinet is “…” and said …": of the clauses before, the nearest with a person as
  // its own subject is the likelier conjunct; else the parse's choice.
  const first = Math.max(L.firstClause(c.sentence), ci - 8)
  for (let k = ci - 1; k >= first; k--) {
    const s = clauses[k].subject
    if (clauses[k].subjectFrom === 'own' && s && isPersonLike(L.input, chunks[s.chunks[0]])) return s
  }
  return c.subject
}

/** How many tokens a speaker's name and title may take before the speech verb that opens a sentence ("Fiji's climate envoy Jane Doe asked"). */
const OPENING_SPEECH = 8

/** The index of the quote holding offset `pos`, or -1 (quotes are in text order). */
export function quoteAt(quotes: readonly QuoteSpan[], pos: number): number {
  const i = firstIndex(quotes.length, (k) => quotes[k].start <= pos) - 1
  return i >= 0 && pos < quotes[i].end ? i : -1
}

/** The chunk starting at token `at` (after adverbs), within `to`, or -1. */
export function chunkStartingAt(input: SpeakerInput, at: number, to: number): number {
  const { tokens, chunks, chunkOf } = input
  let j = at
  while (j < to && tokens[j].pos === 'ADV') j++
  if (j >= to) return -1
  const c = chunkOf[j]
  if (c >= 0 && chunks[c].start === j) return c
  // "the Beyond Coal campaign said": a name's first words the tagger read as a preposition or a verb
  // are left out of its phrase; the phrase of the name's capitalised rest opens the slot.
  let k = j
  while (k < to && chunkOf[k] < 0 && (tokens[k].lower === 'the' || (tokens[k].pos !== 'PUNCT' && /^\p{Lu}/u.test(tokens[k].text)))) k++
  const named = k > j && k < to ? chunkOf[k] : -1
  return named >= 0 && chunks[named].start === k && /^\p{Lu}/u.test(tokens[k].text) ? named : -1
}

/** True when the token range holds a word (a letter or digit outside the marks). */
export function hasWord(input: SpeakerInput, r: Range | null): boolean {
  if (!r) return false
  for (let t = r[0]; t < r[1]; t++) if (input.tokens[t].pos !== 'PUNCT' && input.tokens[t].pos !== 'SYM') return true
  return false
}
