import {
  BODY_HEADS,
  BODY_NOUN,
  BODY_TAILS,
  DOCUMENT_HEADS,
  DOCUMENT_NOUN,
  DOCUMENT_NOUN_AFTER_BLANK,
  DOCUMENT_NOUN_AFTER_BLANK_LEGACY,
  MEDIA,
  MONTHS_AND_DAYS,
  PARTICLES,
  TITLE_WORDS,
  UNNAMED_ROLES,
} from './quote-lexicon.js'
import { datelineEnd } from './dateline.js'
import { foldedIndex, matchIndex } from './quote-scan.js'
import { isCapital, type Token, tokenize } from './quote-tokens.js'

/**
 * Who a stretch of text names as a possible speaker:
 * - `person`: a capitalised name with its titles stripped ("Foreign Minister Toshimitsu Motegi" → "Toshimitsu Motegi");
 * - `body`: an organisation ("the Ministry of Commerce", "the environment department");
 * - `pronoun`: he, she, they;
 * - `document`, `media`: sources whose wording has no speaker (a communiqué, a news agency).
 */
export type CandidateKind = 'person' | 'body' | 'pronoun' | 'document' | 'media'

export interface SpeakerCandidate {
  readonly kind: CandidateKind
  /** The name as written, titles and determiners stripped. */
  readonly name: string
  /** Offsets of the whole phrase (titles included) in the scanned text. */
  readonly start: number
  readonly end: number
  /** Number of words in `name`. */
  readonly words: number
  /** For lower-case body phrases: the head noun ("ministry"), to resolve "the ministry" to an earlier body. */
  readonly head?: string
  /** Written in the possessive ("Velez’s speech"): a modifier, not a clause subject. */
  readonly possessive?: boolean
}

/** Tells whether [start, end) lies inside a country or group mention (those are actors, not speakers). */
export type PlaceTest = (start: number, end: number) => boolean

const SUFFIX = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV'])

/** Finds the speaker candidates of `text[from, to)` in reading order. */
export function findSpeakerCandidates(text: string, from: number, to: number, isPlace: PlaceTest = () => false): SpeakerCandidate[] {
  return withSources(findNames(text, from, to, isPlace), text, from, to)
}

/**
 * The candidates of the capitalised runs and pronouns of `text[from, to)`, in reading order:
 * findSpeakerCandidates without the lower-case body phrases and document nouns that its regexes
 * find, which are most of a range's cost. Callers that need people or pronouns only stop here.
 */
export function findNames(text: string, from: number, to: number, isPlace: PlaceTest): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = []
  const tokens = tokenize(text, from, to)
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (t.pronoun) {
      out.push({ kind: 'pronoun', name: t.text.toLowerCase(), start: t.start, end: t.end, words: 1 })
      i++
      continue
    }
    if (!t.nameWord) {
      i++
      continue
    }
    const run = readRun(text, tokens, i)
    const next = tokens[i + run.length]
    // Only a name that opens its line may start a dateline: read back over blanks to the line start
    // (not a slice of the whole line per name, which grows with the square of one long line).
    let lineStart = t.start
    while (lineStart > 0 && text[lineStart - 1] !== '\n' && /\s/.test(text[lineStart - 1])) lineStart--
    const opensLine = lineStart === 0 || text[lineStart - 1] === '\n'
    const dateline = opensLine ? datelineEnd(text, lineStart) : -1
    if (dateline > 0) {
      while (i < tokens.length && tokens[i].start < dateline) i++
      continue
    }
    if (run.length === 1 && next && UNNAMED_ROLES.has(next.text) && oneSpace(text, t.end, next.start)) {
      i++ // "one European negotiator": a nationality before a role, no name
      continue
    }
    const tail = next && BODY_TAILS.has(next.text) && oneSpace(text, run[run.length - 1].end, next.start) ? next : null
    const candidate = tail
      ? {
          kind: 'body' as const,
          name: text.slice(run[0].start, tail.end),
          start: run[0].start,
          end: tail.end,
          words: run.length + 1,
          // "the Chinese ministry" (one modifier, a nationality) points back to a ministry named earlier;
          // "the Clean Seas campaign" is a name.
          ...(run.length === 1 || isPlace(run[0].start, run[run.length - 1].end) ? { head: tail.text } : {}),
        }
      : classifyRun(text, run, isPlace)
    if (candidate) out.push(run[run.length - 1].possessive ? { ...candidate, possessive: true } : candidate)
    i += run.length
  }
  return out
}

/** `names`, the findNames of `text[from, to)`, with the range's lower-case body phrases and document noun phrase, in reading order. */
export function withSources(names: readonly SpeakerCandidate[], text: string, from: number, to: number): SpeakerCandidate[] {
  const out = [...names]
  addBodyNouns(out, names, text, from, to)
  addDocument(out, text, from, to)
  return out.sort((a, b) => a.start - b.start)
}

/** Adds the lower-case body phrases of `text[from, to)` ("the environment ministry") that no capitalised name overlaps. */
function addBodyNouns(out: SpeakerCandidate[], names: readonly SpeakerCandidate[], text: string, from: number, to: number): void {
  const named = names.filter((c) => c.kind !== 'pronoun' && c.kind !== 'person')
  for (const m of matchIndex(BODY_NOUN, text).within(from, to)) {
    // A capitalised name inside the phrase already said what it is ("the Xinhua agency").
    if (named.some((c) => c.start < m.index! + m[0].length && c.end > m.index!)) continue
    const modifiers = m[1].trim()
    const head = m[2].toLowerCase()
    const spokes = head.startsWith('spokes')
    const name = spokes ? modifiers : `${modifiers} ${head}`.trim()
    out.push({ kind: 'body', name, start: m.index!, end: m.index! + m[0].length, words: name ? name.split(/\s+/).length : 0, head: spokes ? 'spokesperson' : head })
  }
}

/** Adds the first document noun phrase of `text[from, to)` ("the joint statement"), if any. */
function addDocument(out: SpeakerCandidate[], text: string, from: number, to: number): void {
  // Most ranges hold no document noun at all; the whole-text index says so without running the long regex.
  const nouns = foldedIndex(DOCUMENT_NOUN_AFTER_BLANK, DOCUMENT_NOUN_AFTER_BLANK_LEGACY, text)
  const doc = nouns.someIn(from, to, (m) => m.end === to || !isRegexWordChar(text.charCodeAt(m.end))) ? DOCUMENT_NOUN.exec(text.slice(from, to)) : null
  if (doc) out.push({ kind: 'document', name: doc[0], start: from + doc.index, end: from + doc.index + doc[0].length, words: 1 })
}

/** /\p{N}/u.test(word), with an ASCII fast path (this runs on every word of a name). */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 128) return /\p{N}/u.test(word)
    if (c >= 48 && c <= 57) return true
  }
  return false
}

/** /^\p{Lu}[\p{Lu}.]+$/u.test(word): capitals and periods ("EU", "U.N."), with an ASCII fast path. */
function isAcronym(word: string): boolean {
  if (word.length < 2) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 128) return /^\p{Lu}[\p{Lu}.]+$/u.test(word)
    if (!((c >= 65 && c <= 90) || (c === 46 && i > 0))) return false
  }
  return true
}

/**
 * A character that DOCUMENT_NOUN's closing \b counts as part of a word (so "billion" is not "bill"):
 * ASCII word characters, and under its i+u flags the long s and the Kelvin sign too.
 */
function isRegexWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a
}

/** True when exactly one plain space separates two tokens. */
function oneSpace(text: string, end: number, nextStart: number): boolean {
  return nextStart === end + 1 && text.charCodeAt(end) === 32
}

/** Reads a run of capitalised tokens, joined by single spaces, particles and "of"-style connectors. */
function readRun(text: string, tokens: readonly Token[], first: number): Token[] {
  const run = [tokens[first]]
  let hasBody = BODY_HEADS.has(tokens[first].text)
  for (let j = first + 1; j < tokens.length; j++) {
    const prev = tokens[j - 1]
    const t = tokens[j]
    if (prev.possessive || !oneSpace(text, prev.end, t.start)) break
    if (t.nameWord) {
      run.push(t)
      hasBody ||= BODY_HEADS.has(t.text)
      continue
    }
    const next = tokens[j + 1]
    const joins = PARTICLES.has(t.text) || t.text === 'of' || t.text === 'for' || (t.text === 'the' && prev.text === 'of') || (t.text === 'and' && hasBody)
    if (!joins || !next || !oneSpace(text, t.end, next.start) || !(isCapital(next.text) || next.text === 'the')) break
    run.push(t)
  }
  while (run.length > 1 && !isCapital(run[run.length - 1].text)) run.pop()
  return run
}

function classifyRun(text: string, run: readonly Token[], isPlace: PlaceTest): SpeakerCandidate | null {
  const start = run[0].start
  const end = run[run.length - 1].end
  const words = run.map((t) => t.text)
  if (words.some((w) => MEDIA.has(w))) return { kind: 'media', name: words.join(' '), start, end, words: words.length }
  if (words.some((w) => BODY_HEADS.has(w))) return { kind: 'body', name: text.slice(start, end), start, end, words: words.length }
  if (words.some((w) => DOCUMENT_HEADS.has(w.toLowerCase()) && w !== words[0])) return { kind: 'document', name: text.slice(start, end), start, end, words: words.length }
  if (isPlace(start, end)) return null
  // Strip the titles, portfolios, acronyms and places written before the name.
  // Everything up to the last title word before the final name is title ("Japanese Economy Minister Ken Saito").
  let k = 0
  for (let j = run.length - 2; j > 0; j--) {
    if (TITLE_WORDS.has(words[j])) {
      k = j + 1
      break
    }
  }
  while (
    k < run.length &&
    (TITLE_WORDS.has(words[k]) || !isCapital(words[k]) || hasDigit(words[k]) || isAcronym(words[k]) || isPlace(run[k].start, run[k].end))
  )
    k++
  // A person's name ends at "of" ("Alden Meyer of E3G").
  let last = k
  while (last < run.length) {
    if (isCapital(words[last])) last++
    else if (PARTICLES.has(words[last]) && last + 1 < run.length && isCapital(words[last + 1])) last += 2
    else break
  }
  let e = last
  while (e > k && SUFFIX.has(words[e - 1])) e--
  if (k >= e) {
    // A lone acronym or group ("G7", "OPEC") can still speak for itself, as a body.
    const acronym = run.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(words[0]) && !TITLE_WORDS.has(words[0])
    return acronym ? { kind: 'body', name: words[0], start, end, words: 1 } : null
  }
  const name = text.slice(run[k].start, run[last - 1].end)
  return { kind: 'person', name, start, end, words: e - k }
}
