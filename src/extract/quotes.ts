import type { Doc } from '../model/doc.js'
import type { Quote } from '../model/facts.js'
import { evidenceOf } from '../model/span.js'
import { attributeInSentence, beforeVerb, type Attribution } from './quote-attribution.js'
import { findQuoteSegments, opensWithQuote, type QuoteSegment } from './quote-marks.js'
import { maskQuotes, splitMaskedSentences, type TextLine, textLines } from './quote-text.js'
import type { PlaceTest } from './quote-names.js'
import { SpeakerBook, strongSubject, type Speaker } from './quote-speakers.js'

/** Quoted fragments shorter than this are scare quotes or slogans (ANNOTATION.md). */
const MIN_WORDS = 4
const RULE = 'quote.v1'
const JOINT = /\bjoint (?:statement|declaration|communiqu)/i

interface Found {
  readonly segment: QuoteSegment
  readonly line: number
  readonly sentence: { readonly start: number; readonly end: number }
  speaker: Speaker | null
  rule: string
}

/**
 * Extracts direct quotes with their speakers.
 * 1. Scan each line once for quotation marks (quote-marks.ts) and mask the quoted words, so that
 *    sentence splitting and attribution only read the reporter's words.
 * 2. Attribute each quote inside its sentence (quote-attribution.ts); a document or news agency
 *    as the source makes it quoted wording with no speaker, which is dropped.
 * 3. A quote standing alone in its sentence continues the previous quote's speech when that ended
 *    the previous line or sat in the same line, or belongs to the subject of the previous line's last sentence.
 *    A paragraph's unclosed quote takes the speaker named at the end of the speech it opens.
 * 4. Keep quotes of four words or more that are not titles, once per speaker and text.
 */
export function extractQuotes(doc: Doc): Quote[] {
  const text = doc.text
  const lines = textLines(text)
  const segmentsByLine = lines.map((l) => findQuoteSegments(text, l.start, l.end))
  const masked = maskQuotes(text, segmentsByLine.flat())
  const isPlace = placeTest(doc)
  const book = new SpeakerBook(doc, masked, isPlace)
  const actorNear = actorTest(doc)
  const found: Found[] = []
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]
    for (const sentence of splitMaskedSentences(masked, line.start, line.end)) {
      for (const segment of segmentsByLine[li]) {
        if (segment.open < sentence.start || segment.open >= sentence.end) continue
        const f: Found = { segment, line: li, sentence, speaker: null, rule: '' }
        attribute(f, found, lines, { masked, book, isPlace, actorNear, text })
        found.push(f)
      }
      noteSubject(masked, sentence, book, isPlace)
    }
  }
  attributeBackwards(found, lines, masked)
  return toQuotes(found, text, lines)
}

/**
 * A speech over several paragraphs is attributed once, often at its end: “… (no close)¶ “…,” said
 * Jane Doe. A paragraph's unclosed quote takes the speaker of the quote that opens the next
 * paragraph, unless its own sentence named one: a guess from the sentence before it, or from a
 * quote just before it, yields.
 * Walks backwards so that a speech of three paragraphs passes the name up to the first.
 */
function attributeBackwards(found: Found[], lines: readonly TextLine[], masked: string): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]
    const next = found[i + 1]
    if (f.segment.closed || !next.speaker || next.line !== f.line + 1) continue
    if (f.speaker && f.rule !== 'previous-sentence' && f.rule !== 'continued') continue
    if (/\S/.test(masked.slice(lines[next.line].start, next.segment.open)) || !opensWithQuote(masked, next.segment.open, next.sentence.end)) continue
    f.speaker = next.speaker
    f.rule = 'continued-before'
  }
}

interface Context {
  readonly masked: string
  readonly book: SpeakerBook
  readonly isPlace: PlaceTest
  readonly actorNear: (start: number, end: number) => string | null
  readonly text: string
}

function attribute(f: Found, found: readonly Found[], lines: readonly TextLine[], ctx: Context): void {
  const { masked, book, isPlace, text } = ctx
  const { segment, sentence } = f
  const endsSentence = /[.!?…]["'’”]*\s*$/.test(text.slice(segment.start, segment.end))
  const frame = { open: segment.open, close: segment.close, sentenceStart: sentence.start, sentenceEnd: sentence.end, endsSentence }
  // Wording from a joint statement or declaration has no single speaker (ANNOTATION.md).
  if (JOINT.test(masked.slice(sentence.start, sentence.end))) return
  const hit = attributeInSentence(masked, frame, book, isPlace)
  if (hit) return assign(f, hit, ctx)
  // “…,” said Jane Doe, a former diplomat, “but …”: the rest of a quote the sentence already attributed.
  const before = found.at(-1)
  if (before?.speaker && before.line === f.line && before.sentence.start === sentence.start) {
    f.speaker = before.speaker
    f.rule = 'same-sentence'
    return
  }
  const standalone = !/[\p{L}\p{N}]/u.test(masked.slice(sentence.start, sentence.end))
  if (!standalone) return
  // Step 3: context. The same speech goes on across sentences and paragraphs.
  const prev = found.at(-1)
  if (prev?.speaker && continuesSpeech(prev, f, lines, masked)) {
    f.speaker = prev.speaker
    f.rule = 'continued'
    return
  }
  const prevLine = previousLine(lines, f.line)
  if (prevLine) {
    const last = splitMaskedSentences(masked, prevLine.start, prevLine.end).at(-1)
    // Only a person can be strong (isStrong), so a body subject never carries over.
    const c = last ? strongSubject(masked, last.start, last.end, book, isPlace) : null
    if (c?.kind === 'person') assign(f, { candidate: c, rule: 'previous-sentence' }, ctx)
  }
}

function assign(f: Found, hit: Attribution, ctx: Context): void {
  const { book } = ctx
  const c = hit.candidate
  if (c.kind === 'document' || c.kind === 'media') return
  f.speaker = book.resolve(c, f.segment.open, ctx.actorNear(c.start, c.end))
  f.rule = hit.rule
  if (f.speaker && c.kind !== 'body') book.notePerson(f.speaker, f.segment.open)
}

/** The same speech continues: the same line, or the previous line ended inside or with the quote. */
function continuesSpeech(prev: Found, f: Found, lines: readonly TextLine[], masked: string): boolean {
  if (prev.line === f.line) return true
  const prevLine = previousLine(lines, f.line)
  if (!prevLine || prev.line !== f.line - 1) return false
  // An unclosed quote goes on when the next paragraph opens with a mark again.
  if (!prev.segment.closed) return opensWithQuote(masked, f.segment.open, f.sentence.end)
  return !/[\p{L}\p{N}]/u.test(masked.slice(prev.segment.close, prevLine.end)) || prev.sentence.end >= prevLine.end - 1
}

function previousLine(lines: readonly TextLine[], li: number): TextLine | null {
  return li > 0 ? lines[li - 1] : null
}

/** A sentence's subject, when it is a person, becomes the antecedent of a later "he said"; a speaking body is remembered. */
function noteSubject(masked: string, sentence: { start: number; end: number }, book: SpeakerBook, isPlace: PlaceTest): void {
  // A body that speaks ("a development ministry spokesperson said") is what a later "the spokesperson" means.
  const speaking = beforeVerb(masked, sentence.start, sentence.end, book, isPlace)
  if (speaking?.kind === 'body') book.resolve(speaking, speaking.start, null)
  const c = strongSubject(masked, sentence.start, sentence.end, book, isPlace)
  if (c?.kind === 'person') {
    const s = book.resolve(c, c.start, null)
    if (s) book.notePerson(s, c.start)
  }
}

function placeTest(doc: Doc): PlaceTest {
  // Groups stay possible speakers ("the G7 said"); countries and their adjectives do not.
  const places = doc.mentions.filter((m) => m.kind === 'country').sort((a, b) => a.start - b.start)
  // Speaker finding asks about every name and every word of a title: answer by binary search,
  // not a scan of all mentions. Some mention starting at or before `start` ends at or after `end`
  // exactly when the furthest end among those mentions does.
  const starts = places.map((m) => m.start)
  const furthestEnd: number[] = []
  for (const m of places) furthestEnd.push(Math.max(m.end, furthestEnd.at(-1) ?? -Infinity))
  return (start, end) => {
    const last = lastAtOrBefore(starts, start)
    return last >= 0 && furthestEnd[last] >= end
  }
}

/** Index of the last of the ascending `starts` at or before `pos`, or -1. */
function lastAtOrBefore(starts: readonly number[], pos: number): number {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid] <= pos) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The country written in or just before a speaker's phrase ("Japanese Foreign Minister …", "China's ministry"). */
function actorTest(doc: Doc): (start: number, end: number) => string | null {
  const countries = doc.mentions.filter((m) => m.kind === 'country' && m.actor)
  return (start, end) => countries.find((m) => m.start >= start - 12 && m.end <= end)?.actor ?? null
}

function toQuotes(found: readonly Found[], text: string, lines: readonly TextLine[]): Quote[] {
  const out: Quote[] = []
  const seen = new Set<string>()
  const lastLine = lines.length - 1
  for (const f of found) {
    if (!f.speaker) continue
    const words = text.slice(f.segment.start, f.segment.end)
    const quoted = words.trim()
    if (!hasWords(quoted, MIN_WORDS)) continue
    if (isTitle(quoted)) continue
    // A quote that ends on a comma at the very end of the text lost its attribution to truncation.
    if (f.line === lastLine && /,\s*$/.test(quoted) && text.slice(f.segment.close).trim() === '') continue
    const key = `${f.speaker.name}|${quoted}`
    if (seen.has(key)) continue
    seen.add(key)
    const s = f.segment.start + (words.length - words.trimStart().length)
    const e = s + quoted.length
    const evidence = evidenceOf(text, Math.min(f.sentence.start, f.segment.open), Math.max(f.sentence.end, e))
    out.push({ speaker: f.speaker.name, actor: f.speaker.actor, text: quoted, evidence, rule: `${RULE}:${f.rule}` })
  }
  return out
}

/** True when `quoted` holds at least `n` words with a letter or digit (counting stops there: quotes run long). */
function hasWords(quoted: string, n: number): boolean {
  let count = 0
  for (const m of quoted.matchAll(/\S+/g)) if (/[\p{L}\p{N}]/u.test(m[0]) && ++count >= n) return true
  return false
}

/** Title Case wording of four words or more is a title or a name, not speech. */
function isTitle(quoted: string): boolean {
  // The first long word in lower case settles it: speech, not a title.
  let long = 0
  for (const m of quoted.matchAll(/\S+/g)) {
    if (!/^[\p{L}]{4,}/u.test(m[0])) continue
    if (!/^\p{Lu}/u.test(m[0])) return false
    long++
  }
  return long > 0
}
