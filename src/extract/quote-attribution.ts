import { SPEECH_VERB, SPEECH_VERB_LEGACY } from './quote-lexicon.js'
import { findSpeakerCandidates, type PlaceTest, type SpeakerCandidate } from './quote-names.js'
import { foldedIndex } from './quote-scan.js'
import { pickSubject, type SpeakerBook } from './quote-speakers.js'

/** Where a quote sits: its marks and the sentence around it, as offsets into the masked text. */
export interface QuoteFrame {
  readonly open: number
  readonly close: number
  readonly sentenceStart: number
  readonly sentenceEnd: number
  /** The quoted words end a sentence ("…today.”), so what follows may be a new sentence. */
  readonly endsSentence: boolean
}

/** A candidate found by a named rule; a document or news agency means "quoted wording, no speaker". */
export interface Attribution {
  readonly candidate: SpeakerCandidate
  readonly rule: string
}

const WORDS = /[\p{L}\p{N}]+/gu
const RELATIVE = /^[\s,.;:—–-]*(?:which|that|who|whom|where|when|as|and|but|because|if)\b/iu
const IMMEDIATE_WORDS = 6
const LATE_WORDS = 24

function wordCount(s: string): number {
  return s.match(WORDS)?.length ?? 0
}

/**
 * Finds who a quote is attributed to inside its own sentence, trying in turn:
 * 1. `after-immediate`: “…,” he said / “…,” said Kerry / “…,” Kerry, the envoy, said / “…,” according to Kerry;
 * 2. `before-verb`: Kerry told reporters, “…” / Kerry said the plan was “…” / According to Kerry, “…”;
 * 3. `after-late`: “…” on climate, Vice-Premier Han urged (the verb further on in the sentence);
 * 4. `name-after`: “…,” Cecilia Hermansson, the council's chair. (a name with no verb);
 * 5. `name-colon`: Kerry: ‘…’ (headlines).
 * Returns null when the sentence names nobody, so the caller can look at the context.
 */
export function attributeInSentence(masked: string, f: QuoteFrame, book: SpeakerBook, isPlace: PlaceTest): Attribution | null {
  const strict = f.endsSentence && /^\s*[\p{Lu}]/u.test(masked.slice(f.close, f.sentenceEnd))
  const after = afterVerb(masked, f.close, f.sentenceEnd, strict ? 3 : IMMEDIATE_WORDS, book, isPlace)
  if (after) return { candidate: after, rule: 'after-immediate' }
  const before = beforeVerb(masked, f.sentenceStart, f.open, book, isPlace)
  if (before) return { candidate: before, rule: 'before-verb' }
  if (!strict) {
    const late = afterVerb(masked, f.close, f.sentenceEnd, LATE_WORDS, book, isPlace)
    if (late) return { candidate: late, rule: 'after-late' }
    const named = findSpeakerCandidates(masked, f.close, f.sentenceEnd, isPlace)[0]
    const gap = named ? masked.slice(f.close, named.start) : ''
    const tail = named ? masked.slice(named.end, named.end + 2) : ''
    if (named && named.kind === 'person' && book.isStrong(named) && !/[\p{L}]/u.test(gap) && /^(?:[,.]|$)/u.test(tail))
      return { candidate: named, rule: 'name-after' }
  }
  const lead = masked.slice(f.sentenceStart, f.open)
  if (/:\s*$/.test(lead) && !/[.!?]/.test(lead)) {
    const c = pickSubject(masked, f.sentenceStart, f.open, book, isPlace)
    if (c) return { candidate: c, rule: 'name-colon' }
  }
  return null
}

/** The first speech verb in [from, to) with a subject of at most `maxWords` words before it, or right after it. */
function afterVerb(masked: string, from: number, to: number, maxWords: number, book: SpeakerBook, isPlace: PlaceTest): SpeakerCandidate | null {
  const verb = firstVerb(masked, from, to)
  if (!verb) return null
  const subject = masked.slice(from, verb.start)
  if (wordCount(subject) > maxWords) return null
  // "…”, which he said turned the page": a relative clause, not the quote's attribution.
  if (maxWords <= IMMEDIATE_WORDS && RELATIVE.test(subject)) return null
  const weak = maxWords <= IMMEDIATE_WORDS
  if (wordCount(subject) > 0 && !/^according to$/i.test(verb.text)) return pickSubject(masked, from, verb.start, book, isPlace, weak)
  // Verb first ("said Trudeau", "according to the ministry"): the name is in the first chunk after the verb.
  const comma = masked.indexOf(',', verb.end)
  const end = comma >= 0 && comma < to ? comma : to
  return pickSubject(masked, verb.end, end, book, isPlace, weak)
}

/** The subject of the first speech verb in [from, to) that has one ("the ministry said", "According to Kerry"). */
export function beforeVerb(masked: string, from: number, to: number, book: SpeakerBook, isPlace: PlaceTest): SpeakerCandidate | null {
  for (const verb of verbs(masked, from, to)) {
    if (/^according to$/i.test(verb.text)) {
      const comma = masked.indexOf(',', verb.end)
      const c = pickSubject(masked, verb.end, comma >= 0 && comma < to ? comma : to, book, isPlace, false)
      if (c) return c
      continue
    }
    const c = pickSubject(masked, from, verb.start, book, isPlace, false)
    if (c) return c
  }
  return null
}

interface VerbHit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** The speech verbs of [from, to), from the whole-text index (a scan per range would run on to the next verb). */
function verbs(masked: string, from: number, to: number): VerbHit[] {
  return foldedIndex(SPEECH_VERB, SPEECH_VERB_LEGACY, masked)
    .within(from, to)
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
}

function firstVerb(masked: string, from: number, to: number): VerbHit | null {
  return verbs(masked, from, to)[0] ?? null
}
