import { BODY_HEADS, COMPANY_NOUNS, COMPANY_SUFFIXES, FAMILY_EPITHETS, OWN_VOICE_DOCUMENTS, PERSONAL_SPEECH_NOUNS, PERSON_EPITHETS, PERSON_ROLES, REPORTER_TITLES, SIGN_NOUNS, WORDING_SOURCES } from '../lexicon/quotes.js'
import { DOCUMENT_NOUNS } from '../lexicon/speech.js'
import type { Chunk, Phrase } from '../model/doc.js'
import { isTimeChunk } from './clause-objects.js'
import type { SpeakerInput } from './speaker-frame.js'

/**
 * What a phrase near a quote is, for the speaker resolver: one that may name a person (a name, "she",
 * "the minister", "the 62-year-old"), or a document that speaks for whoever issued it.
 */

const HUMAN_PRONOUNS = new Set(['he', 'she', 'him', 'her'])

/**
 * A phrase that may name a person: a person mention, "he"/"she", a name the gazetteer does not know
 * (proper nouns as its head), or one person's role ("the minister", "the prime minister").
 */
export function isPersonLike(input: SpeakerInput, c: Chunk): boolean {
  if (c.kind === 'person') return true
  if (c.kind === 'pronoun') return HUMAN_PRONOUNS.has(input.tokens[c.head].lower)
  if (c.kind === 'role') return !c.plural && PERSON_ROLES.has(c.headLemma) && (c.det === 'the' || c.det === null)
  // "Jane Roe's message was clear: “…”": a person's words named as a noun speak for the person.
  // ("His verdict: “…”", "her reply was short: “…”": a pronoun's words, for the person just named.)
  if (c.kind === 'thing' && PERSONAL_SPEECH_NOUNS.has(c.headLemma) && (namedPossessor(input, c) || c.det === 'his' || c.det === 'her')) return true
  // "“…,” the 62-year-old said", "the 58-year-old farmer said", "the Swedish teenager said": an age or a
  // description stands for the person just named.
  if (c.kind === 'thing' && isAged(input.tokens, c)) return true
  // Names take no article: "The AMCOM", "the European Commission" are not people, unless a
  // description comes between ("the novelist Jo Walton"); nor are days ("… into Wednesday, a ministry official said").
  // ("the mayor", "the scientist": one person's role the chunker left a thing, as the phrase reader takes it.)
  if (c.kind === 'thing' && c.det === 'the') return describedName(input, c) >= 0 || (!c.plural && PERSON_ROLES.has(c.headLemma))
  // ("Acme, Inc., said": the company's legal form alone names no one.)
  if (c.kind === 'thing' && c.end - c.start === 1 && COMPANY_SUFFIXES.has(input.tokens[c.head].lower)) return false
  return c.kind === 'thing' && input.tokens[c.head].pos === 'PROPN' && (c.det === null || c.det === 'his' || c.det === 'her') && !isTimeChunk(input.tokens, c)
}

/**
 * "the paper's correspondent", "our reporter": one who reports the words (lexicon REPORTER_TITLES), so the
 * name set beside the phrase ("said the paper's correspondent, Tom Doe") names no speaker either.
 */
export function isReporterPhrase(input: SpeakerInput, c: Chunk): boolean {
  for (let t = c.start; t < c.end; t++) if (REPORTER_TITLES.has(input.tokens[t].lemma)) return true
  return false
}

/**
 * "Jane Roe and John Doe said", "the Greens and the Liberals stressed …": a subject of several people or
 * bodies joined by "and" gives words quoted with it no one speaker (ANNOTATION.md: one quote, one speaker).
 */
export function isSeveralSpeakers(input: SpeakerInput, chunks: readonly number[]): boolean {
  let last = -1
  for (const k of chunks) {
    const c = input.chunks[k]
    // (Names only: "EU energy commissioner and lead envoy Jane Roe" is one person with two titles.)
    if (!(c.kind === 'person' || (c.kind === 'thing' && input.tokens[c.head].pos === 'PROPN' && isPersonLike(input, c)))) continue
    if (last >= 0 && input.tokens.slice(input.chunks[last].end, c.start).some((t) => t.lower === 'and')) return true
    last = k
  }
  return false
}

/**
 * "the novelist Jo Walton", "the economist Ana Ruiz": the first token of a name of two capitalised
 * proper nouns or more ending the phrase, after a common noun in lower case that heads no body's name
 * ("the campaign group Global Witness", "the utility Nordvolt" are bodies); -1 when the phrase is not so.
 */
export function describedName(input: Pick<SpeakerInput, 'tokens'>, c: Chunk): number {
  const { tokens } = input
  let s = c.end
  while (s > c.start && tokens[s - 1].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[s - 1].text)) s--
  const noun = tokens[s - 1]
  return c.end - s >= 2 && s - 1 > c.start && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && !BODY_HEADS.has(noun.lemma) && !COMPANY_NOUNS.has(noun.lemma) ? s : -1
}

/**
 * "the 62-year-old", "the 58-year-old farmer": a phrase that gives someone's age describes a person;
 * so does one headed by a noun that describes a person ("the Swedish teenager", "the Social Democrat", PERSON_EPITHETS).
 */
export function isAged(tokens: SpeakerInput['tokens'], c: Chunk): boolean {
  if (c.det !== 'the') return false
  if (!c.plural && (PERSON_EPITHETS.has(tokens[c.head].lower) || PERSON_EPITHETS.has(c.headLemma))) return true
  // "the mother of two", "the father": of no one named ("the mother of the victim" is another person).
  if (!c.plural && FAMILY_EPITHETS.has(c.headLemma) && (tokens[c.end]?.lower !== 'of' || tokens[c.end + 1]?.pos === 'NUM')) return true
  for (let k = c.start; k < c.end; k++) if (tokens[k].lemma === 'year-old') return true
  return false
}

/** Whether "X's" inside the phrase names a person or a name: "Jane Roe's message", "the envoy's reply". */
function namedPossessor(input: SpeakerInput, c: Chunk): boolean {
  const t = possessiveMark(input, c)
  return t >= 0 && (input.tokens[t - 1].pos === 'PROPN' || PERSON_ROLES.has(input.tokens[t - 1].lemma))
}

/** The token index of the first "'s" inside chunk `c` before its head ("Jane Roe['s] message"), or -1. */
export function possessiveMark(input: Pick<SpeakerInput, 'tokens'>, c: Chunk): number {
  for (let t = c.start + 1; t < c.head; t++) if (input.tokens[t].lower === "'s") return t
  return -1
}

/** A statement that speaks for whoever issued it ("the statement said"), with no issuer in the phrase itself. */
export function isIssuedDocument(input: SpeakerInput, chunk: number): boolean {
  const c = input.chunks[chunk]
  return OWN_VOICE_DOCUMENTS.has(c.headLemma) && c.possessor < 0 && c.modifierActor === null && !isJointDocument(input, chunk)
}

/** "a joint statement", "the joint declaration": a document of several parties. */
export function isJointDocument(input: SpeakerInput, chunk: number): boolean {
  const ch = input.chunks[chunk]
  if (!(DOCUMENT_NOUNS.has(ch.headLemma) || WORDING_SOURCES.has(ch.headLemma))) return false
  for (let t = ch.start; t < ch.head; t++) if (input.tokens[t].lemma === 'joint') return true
  return false
}

/**
 * "issued a statement warning that “…”", "a report warning that “…”": the document right before a speech
 * participle is what speaks (a statement for its issuer, speakers.ts; a report or a banner for no one), not the subject
 * of the clause that names the document. Null when no document's phrase ends right before clause `ci`'s verb.
 */
export function documentBefore(input: SpeakerInput, ci: number): Phrase | null {
  const c = input.clauses[ci]
  if (c.verb.form !== 'gerund') return null
  const k = input.chunkOf[c.verb.start - 1] ?? -1
  const ch = k >= 0 ? input.chunks[k] : null
  return ch && ch.end === c.verb.start && (DOCUMENT_NOUNS.has(ch.headLemma) || WORDING_SOURCES.has(ch.headLemma) || SIGN_NOUNS.has(ch.headLemma)) ? { chunks: [k], start: ch.start, end: ch.end } : null
}

/** Clause `ci` is a relative clause of a document ("the bill, which requires …", "the pact that commits …"): its words are the document's. */
export function isDocumentRelative(input: SpeakerInput, ci: number): boolean {
  const c = input.clauses[ci]
  const head = c.subject && c.subjectFrom === 'relative' ? input.chunks[c.subject.chunks[c.subject.chunks.length - 1]].headLemma : ''
  return WORDING_SOURCES.has(head) || (DOCUMENT_NOUNS.has(head) && !OWN_VOICE_DOCUMENTS.has(head))
}
