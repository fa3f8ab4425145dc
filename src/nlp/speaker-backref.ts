import { PERSONAL_SPEECH_NOUNS, QUOTING_IDIOMS } from '../lexicon/quotes.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { hasWord, type Lookup, type QuoteFrame, type SpeakerSite } from './speaker-frame.js'
import { pickChunk } from './speaker-pick.js'
import { isPersonLike } from './speaker-person.js'
import { isTimeChunk } from './clause-objects.js'

/**
 * A quote whose speaker the words after it name by pointing back to it, as ledes do:
 * - in its own sentence, a copula and a speech noun: "“…,” was the blunt message from Jane Doe", "“…” — that
 *   was the message from Jane Doe", "“…,” came the reply from Jane Doe";
 * - in the next sentence of its paragraph, when nothing follows the quote in its own:
 *   "“…” So said Jane Doe.", "“…” With those words, Jane Doe walked out.",
 *   "“…” That was the warning from Jane Doe.", "“…” The warning came from Jane Doe.", "“…” That was how Jane Doe put it."
 * The phrase after "from"/"of", "said" or the words' sentence opening is the speaker's; null when none is.
 */
export function backReference(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  const after = hasWord(L.input, f.after)
  if (after) {
    const chunk = messageFrom(L, f.after![0], f.after![1], false)
    if (chunk >= 0) return { chunk, rule: 'message-from' }
  }
  const { sentences, sentenceTokens, tokens } = L.input
  const s = f.closeSentence + 1
  const r = sentenceTokens[s]
  // (Or the paragraph after a quote that stands as a paragraph of its own: a lede's “…” then "That was the message from …".)
  const next = sentences[s]?.paragraph === sentences[f.closeSentence].paragraph + 1 && standsAlone(L, f)
  if (after || !r || r[1] - r[0] < 3 || (sentences[s].paragraph !== sentences[f.closeSentence].paragraph && !next)) return null
  const [first, second, third] = [tokens[r[0]], tokens[r[0] + 1], tokens[r[0] + 2]]
  // "So said Jane Doe."
  if (first.lower === 'so' && second.lemma === 'say') return site(L, r[0] + 2, r[1], 'so-said')
  // "With those words, Jane Doe walked out."
  if (first.lower === 'with' && BACK.has(second.lower) && isSpeechNoun(third.lower, third.lemma) && tokens[r[0] + 3]?.text === ',') return site(L, r[0] + 4, r[1], 'those-words')
  // "That was how Jane Doe put it.", "This is how the minister described it.": whoever did the telling.
  if (BACK.has(first.lower) && second.lemma === 'be' && third.lower === 'how') return howTold(L, r[0] + 3, r[1])
  // "That was the warning from Jane Doe."
  if (BACK.has(first.lower) && second.lemma === 'be') {
    const chunk = messageFrom(L, r[0] + 2, r[1], true)
    if (chunk >= 0) return { chunk, rule: 'message-from' }
  }
  // "The warning came from Jane Doe."
  const noun = L.input.chunkOf[r[0]] ?? -1
  const ch = noun >= 0 ? L.input.chunks[noun] : null
  if (ch && ch.start === r[0] && (ch.det === 'the' || BACK.has(ch.det ?? '')) && isSpeechNoun(tokens[ch.head].lower, ch.headLemma) && tokens[ch.end]?.lemma === 'come' && tokens[ch.end + 1]?.lower === 'from') return site(L, ch.end + 2, r[1], 'message-from')
  return null
}

/** Words that point back to the quote before: "those words", "that was …". */
const BACK = new Set(['that', 'this', 'those', 'these', 'such'])
/** Prepositions naming whose the words are: "the message from Jane Doe", "the words of the minister". */
const OWNER_PREPOSITIONS = new Set(['from', 'of', 'by'])

/** In tokens [from, to): "was the (…) message from X" (a copula first unless `copulaSeen`): X's chunk, or -1. */
function messageFrom(L: Lookup, from: number, to: number, copulaSeen: boolean): number {
  const { tokens, chunks, chunkOf } = L.input
  let t = from
  while (t < to && tokens[t].pos === 'PUNCT') t++
  // "“…” — that was the message from Jane Doe": the words pointing back after a dash, in the quote's own sentence.
  if (!copulaSeen && t > from && t + 1 < to && BACK.has(tokens[t].lower) && tokens[t + 1].lemma === 'be') t++
  // ("“…,” came the reply from Jane Doe": "come" before its subject, as the copula.)
  if (!copulaSeen) {
    if (t >= to || (tokens[t].lemma !== 'be' && tokens[t].lemma !== 'come')) return -1
    t++
  }
  const noun = chunkOf[t] ?? -1
  if (noun < 0 || chunks[noun].start !== t || !isSpeechNoun(tokens[chunks[noun].head].lower, chunks[noun].headLemma)) return -1
  let prep = chunks[noun].end
  // ("the message on Monday from Jane Doe", "the warning last week from …": a time between the noun and whose it is.)
  const at = prep < to && TIME_PREPOSITIONS.has(tokens[prep].lower) ? prep + 1 : prep
  const time = at < to ? (chunkOf[at] ?? -1) : -1
  if (time >= 0 && chunks[time].start === at && isTimeChunk(tokens, chunks[time])) prep = chunks[time].end
  if (prep >= to || !OWNER_PREPOSITIONS.has(tokens[prep].lower)) return -1
  return speakerChunk(L, prep + 1, to)
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at'])

/** The quote is its paragraph: it opens the paragraph, and its closing mark ends it. */
function standsAlone(L: Lookup, f: QuoteFrame): boolean {
  const { sentences, text } = L.input
  const first = sentences[L.paragraphStart(f.openSentence)]
  const last = sentences[f.closeSentence]
  const nextSentence = sentences[f.closeSentence + 1]
  return f.quote.closed && !/[\p{L}\p{N}]/u.test(text.slice(first.start, f.quote.open)) && !/[\p{L}\p{N}]/u.test(text.slice(f.quote.close, last.end)) && (!nextSentence || nextSentence.paragraph !== last.paragraph)
}

/** "how Jane Doe put it", "how the minister described it": the chunk at `at` when a speech or quoting verb (with its "it") follows it. */
function howTold(L: Lookup, at: number, to: number): SpeakerSite | null {
  const { tokens, chunks, chunkOf } = L.input
  const c = chunkOf[at] ?? -1
  if (c < 0 || chunks[c].start !== at) return null
  const verb = tokens[chunks[c].end]
  const told = !!verb && chunks[c].end < to && (SPEECH_VERBS.has(verb.lemma) || (QUOTING_IDIOMS[verb.lemma] !== undefined && tokens[chunks[c].end + 1]?.lower === 'it'))
  return told ? site(L, at, to, 'how-told') : null
}

function site(L: Lookup, at: number, to: number, rule: string): SpeakerSite | null {
  const chunk = speakerChunk(L, at, to)
  return chunk >= 0 ? { chunk, rule } : null
}

/**
 * The chunk starting at token `at` (before `to`) when it may name a speaker: a person-like phrase, with
 * the name set beside a role ("the minister, Jane Doe"), or a named body or group.
 */
function speakerChunk(L: Lookup, at: number, to: number): number {
  const { tokens, chunks, chunkOf } = L.input
  const c = chunkOf[at] ?? -1
  if (c < 0 || chunks[c].start !== at) return -1
  const ch = chunks[c]
  if (ch.kind === 'pronoun') return -1
  if (isPersonLike(L.input, ch)) return pickChunk(L.input, [c], at, to)
  return ch.kind === 'actor' || (ch.kind === 'thing' && tokens[ch.head].pos === 'PROPN') ? c : -1
}

/** A noun for what someone said ("words", "message", "warning"), as written or as its lemma. */
function isSpeechNoun(lower: string, lemma: string): boolean {
  return PERSONAL_SPEECH_NOUNS.has(lower) || PERSONAL_SPEECH_NOUNS.has(lemma)
}
