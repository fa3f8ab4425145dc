import type { Clause, Doc, Phrase, PrepPhrase } from '../model/doc.js'
import type { InteractionEntry } from '../lexicon/schema.js'
import { phraseFrom, type PhraseContext } from '../nlp/phrases.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { AIMING_PARTICIPLES, PARTNERING_PARTICIPLES, HYPOTHETICAL_MODALS, RESPONSE_NOUNS, RESPONSE_VERBS, TOPIC_PREPS, TOPIC_VERBS } from '../lexicon/modality.js'
import { OPENING_QUOTES } from '../nlp/clause-objects.js'
import { quoteAt, quoteSpeakerChunks } from '../nlp/speakers.js'

/** The phrase-building context of the sentence holding token `at`. */
export function contextAt(doc: Doc, at: number): PhraseContext {
  const sentence = doc.tokens[at].sentence
  const range = doc.sentenceTokens[sentence]!
  return { tokens: doc.tokens, chunks: doc.chunks, chunkOf: doc.chunkOf, from: range[0], to: range[1], headline: isHeadline(doc.sentences[sentence], doc.article.title) }
}

/** A sentence of the first paragraph when the article has a title: the headline (pipeline.ts puts it first). */
export function isHeadline(s: { paragraph: number }, title: string | null): boolean {
  return s.paragraph === 0 && title !== null
}

/**
 * The prepositional phrases right after a chunk, in a chain: "talks [with Japan] [on trade]",
 * "sanctions [on imports] [of Russian coal]". Stops at anything that is not a preposition
 * followed by a phrase.
 */
export function prepsAfter(doc: Doc, chunk: number, max = 3): PrepPhrase[] {
  return prepsAfterToken(doc, doc.chunks[chunk].end - 1, max)
}

/** Words that hedge an amount: "of up to 25%", "at about $3 billion", "of as much as 40%". */
const APPROXIMATORS = new Set(['up', 'to', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'roughly', 'as', 'much', 'more', 'than', 'at', 'least'])

/** The prepositional phrases right after token `at` ("critical [of Washington]"), as prepsAfter reads them. */
export function prepsAfterToken(doc: Doc, at: number, max = 3): PrepPhrase[] {
  const ctx = contextAt(doc, at)
  const out: PrepPhrase[] = []
  let j = at + 1
  while (out.length < max && j + 1 < ctx.to) {
    const t = doc.tokens[j]
    if (doc.chunkOf[j] >= 0 || !(t.pos === 'ADP' || t.pos === 'SCONJ')) break
    // "duties of up to 25% on …": words that hedge an amount come between a preposition and its number.
    // ("attacks on “the regime of …”": past an opening quotation mark.)
    const first = OPENING_QUOTES.has(doc.tokens[j + 1]?.text ?? '') ? j + 2 : j + 1
    let k = first
    while (k < first + 3 && k < ctx.to && doc.chunkOf[k] < 0 && APPROXIMATORS.has(doc.tokens[k].lower)) k++
    if (k > first && doc.tokens[k]?.pos !== 'NUM') k = first
    const c = doc.chunkOf[k]
    if (c < 0 || doc.chunks[c].start !== k) break
    const phrase = phraseFrom(ctx, c, 'right')
    out.push({ prep: t.lower, at: j, phrase })
    j = phrase.end
  }
  return out
}

/** Per Doc, the first clause index of each sentence (clauses are in sentence order); one more entry ends the last. */
const CLAUSE_STARTS = new WeakMap<Doc, Int32Array>()

/**
 * The clauses of one sentence as an index range [from, to): frames look for a clause near their
 * trigger, and a scan of every clause of the article per trigger grows with the square of a text
 * that is one long line (issue 15).
 */
export function clauseRange(doc: Doc, sentence: number): readonly [number, number] {
  let starts = CLAUSE_STARTS.get(doc)
  if (!starts) {
    starts = new Int32Array(doc.sentences.length + 1).fill(-1)
    starts[doc.sentences.length] = doc.clauses.length
    for (let i = doc.clauses.length - 1; i >= 0; i--) starts[doc.clauses[i].sentence] = i
    for (let s = doc.sentences.length - 1; s >= 0; s--) if (starts[s] < 0) starts[s] = starts[s + 1]
    CLAUSE_STARTS.set(doc, starts)
  }
  return [starts[sentence], starts[sentence + 1]]
}

/** The first clause of `sentence` (its index) that satisfies `test`, or -1. */
export function findClauseIndex(doc: Doc, sentence: number, test: (k: Clause) => boolean): number {
  const [from, to] = clauseRange(doc, sentence)
  for (let i = from; i < to; i++) if (test(doc.clauses[i])) return i
  return -1
}

/** The first clause of `sentence` that satisfies `test`. */
export function findClause(doc: Doc, sentence: number, test: (k: Clause) => boolean): Clause | undefined {
  const i = findClauseIndex(doc, sentence, test)
  return i >= 0 ? doc.clauses[i] : undefined
}

/** A clause the clause `clause` governs (governed clauses share their governor's sentence) that satisfies `test`. */
export function governedBy(doc: Doc, clause: number, test: (k: Clause) => boolean = () => true): Clause | undefined {
  return findClause(doc, doc.clauses[clause].sentence, (k) => k.governor === clause && test(k))
}

/** Where a chunk sits in its clause: the clause, and whether the chunk is in its subject, object or a prepositional phrase. */
export function roleInClause(doc: Doc, chunk: number): { clause: number; role: 'subject' | 'object' | 'prep' | 'agent' } | null {
  const inPhrase = (p: Phrase | null) => !!p && p.chunks.includes(chunk)
  const sentence = doc.tokens[doc.chunks[chunk].start].sentence
  const [from, to] = clauseRange(doc, sentence)
  for (let i = from; i < to; i++) {
    const c: Clause = doc.clauses[i]
    if (inPhrase(c.object)) return { clause: i, role: 'object' }
    if (c.agent && inPhrase(c.agent)) return { clause: i, role: 'agent' }
    if (c.preps.some((p) => inPhrase(p.phrase))) return { clause: i, role: 'prep' }
    if (inPhrase(c.subject) && c.subjectFrom === 'own') return { clause: i, role: 'subject' }
  }
  return null
}

/**
 * The clause a verb's "that" complement holds: governed by it, or by a speech participle right after
 * it ("raised concerns, arguing that the levy would …", "objected, saying the text …").
 */
export function complementOf(doc: Doc, clause: number): Clause | undefined {
  const own = governedBy(doc, clause, (k) => k.subjectFrom === 'own')
  if (own) return own
  const next = doc.clauses[clause + 1]
  if (!next || next.sentence !== doc.clauses[clause].sentence || next.verb.form !== 'gerund' || !SPEECH_VERBS.has(next.verb.lemma)) return undefined
  return governedBy(doc, clause + 1, (k) => k.subjectFrom === 'own')
}

/**
 * The actors of whoever speaks the quote clause `c` stands in, when its own sentence reports no
 * speech ("“… The claims put out by the Togolese leader are false.”" after "Ghana's minister spoke: “…").
 */
export function quoteSpeakerActors(doc: Doc, c: Clause): string[] {
  const q = quoteAt(doc.quotes, doc.tokens[c.verb.head].start)
  if (q < 0) return []
  const speaker = quoteSpeakerChunks(doc)[q]
  return speaker >= 0 ? [...doc.chunks[speaker].actors] : []
}

/** The speech clause that reports clause `c`: the one it complements, else one after it in its sentence ("“…,” Fiji said"). */
export function reportingSpeech(doc: Doc, c: Clause): Clause | undefined {
  const above = c.governor >= 0 ? doc.clauses[c.governor] : undefined
  if (above) return SPEECH_VERBS.has(above.verb.lemma) ? above : undefined
  const [from, to] = clauseRange(doc, c.sentence)
  for (let k = from; k < to; k++) {
    const s = doc.clauses[k]
    if (s.verb.start >= c.end && SPEECH_VERBS.has(s.verb.lemma) && s.subjectFrom === 'own') return s
  }
  return undefined
}

/**
 * The party a protest with none of its own answers: the maker of the act told just before (the
 * discourse memory's answers, src/nlp/memory.ts), when clause `k` has no phrase of the entry's
 * prepositions to be at ("objected to any extension of the sanctions" names its target's act) and
 * is not that party's own ("Japan released the water. Beijing hit back").
 */
export function answeredParty(doc: Doc, k: number, entry: InteractionEntry, own: readonly string[]): string[] {
  const answered = doc.answers?.get(k)
  if (!answered || own.length === 0 || own.includes(answered)) return []
  return doc.clauses[k].preps.some((p) => entry.preps.includes(p.prep)) ? [] : [answered]
}

/**
 * The party a measure given as an answer falls on, when it names no one of its own: "Japan released the
 * water. China responded by banning seafood imports", "In retaliation, China imposed a ban on seafood".
 * The answer is marked by a response verb before "by" + gerund, or a fronted "In response".
 */
export function respondedParty(doc: Doc, k: number, own: readonly string[]): string[] {
  const c = doc.clauses[k]
  const first = doc.sentenceTokens[c.sentence]?.[0] ?? -1
  let answering = first >= 0 && doc.tokens[first].lower === 'in' && RESPONSE_NOUNS.has(doc.tokens[first + 1]?.lower ?? '') ? k : -1
  if (answering < 0 && c.verb.form === 'gerund' && doc.tokens[c.verb.start - 1]?.lower === 'by' && k > 0) {
    const prev = doc.clauses[k - 1]
    if (prev.sentence === c.sentence && RESPONSE_VERBS.has(prev.verb.lemma)) answering = k - 1
  }
  const answered = answering >= 0 ? doc.answers?.get(answering) : undefined
  return answered && own.length > 0 && !own.includes(answered) ? [answered] : []
}

/**
 * Whether a clause whose subject is an act's noun says the act took place: a passive of one of the
 * entry's light verbs, not negated, not merely possible, and not "no talks were held" ("Talks were
 * held between A and B", "Tariffs on … were imposed by Canada"; "a deal was proposed" was not struck).
 * attach.ts does not read a noun subject's own verb, so the frames that read one ask this.
 */
export function passiveLightDone(c: Clause, entry: InteractionEntry, det: string | null): boolean {
  const possible = !!c.verb.modal && HYPOTHETICAL_MODALS.has(c.verb.modal)
  return c.verb.voice === 'passive' && !c.verb.negated && !possible && det !== 'no' && entry.light.includes(c.verb.lemma)
}

/**
 * The topic a sentence's opening participle names, which a pointing pronoun after it stands for: "Asked
 * about [Japan's plan], the spokesman said it was irresponsible", "Reacting to [the EU vote], Orban called it …".
 */
export function frontedTopic(doc: Doc, sentence: number): Phrase | undefined {
  const first = doc.sentenceTokens[sentence]?.[0]
  if (first === undefined) return undefined
  const c = findClause(doc, sentence, (k) => k.verb.start === first)
  if (!c || !TOPIC_VERBS.has(c.verb.lemma) || !/(?:ed|ing)$/.test(doc.tokens[c.verb.head].lower) || c.object) return undefined
  const p = c.preps[0]
  return p && TOPIC_PREPS.has(p.prep) ? p.phrase : undefined
}

/**
 * The clause whose subject a noun phrase at `start` stands in apposition to: "Fiji, a fierce critic of
 * Australia's coal exports, will host …" (the phrase right after the subject and its comma).
 */
export function appositionOf(doc: Doc, start: number): Clause | undefined {
  const comma = start - 1
  if (doc.tokens[comma]?.text !== ',') return undefined
  return findClause(doc, doc.tokens[start].sentence, (c) => c.subjectFrom === 'own' && !!c.subject && c.subject.end === comma && c.verb.start > start)
}

/**
 * The clause whose own subject a prepositional phrase between commas right after it belongs to: "Lee,
 * [on a state visit to Vietnam], signed …", "The minister, [fresh from talks with Peru], said …" (the
 * phrase at `start` is the preposition's noun phrase).
 */
export function asideOfSubject(doc: Doc, start: number): Clause | undefined {
  const lead = doc.tokens[start - 1]
  if (lead?.pos !== 'ADP') return undefined
  // ("Macron, fresh from talks with Tinubu, flew on": a word or two may stand before the preposition.)
  let comma = start - 2
  while (comma > start - 4 && (doc.tokens[comma]?.pos === 'ADJ' || doc.tokens[comma]?.pos === 'ADV')) comma--
  if (doc.tokens[comma]?.text !== ',') return undefined
  return findClause(doc, lead.sentence, (c) => c.subjectFrom === 'own' && !!c.subject && c.subject.end === comma && c.verb.start > start)
}

/**
 * For a phrase its possessor opens ("Australia's new pact"), the parties of the phrase joined before it
 * by "and" ("[Japan] and Australia's new pact"): the possessors of one noun, each other's partners.
 */
export function joinedPossessors(doc: Doc, chunk: number): string[] {
  const c = doc.chunks[chunk]
  if (c.possessor < 0 || doc.tokens[c.start].mention !== c.possessor) return []
  const joiner = doc.tokens[c.start - 1]?.lower
  const before = doc.chunkOf[c.start - 2] ?? -1
  if ((joiner !== 'and' && joiner !== '&') || before < 0 || doc.chunks[before].end !== c.start - 1 || doc.chunks[before].kind !== 'actor') return []
  const owner = doc.mentions[c.possessor].actor
  return [...new Set(phraseFrom(contextAt(doc, doc.chunks[before].start), before, 'left').chunks.flatMap((k) => doc.chunks[k].kind === 'actor' ? doc.chunks[k].actors : []))].filter((a) => a !== owner)
}

/** The phrase opening a sentence with no verb ("Scholz in Beijing for talks with Xi"), when it names a party and a place follows it. */
export function verblessOpener(doc: Doc, start: number): number {
  const sentence = doc.tokens[start].sentence
  if (findClause(doc, sentence, () => true)) return -1
  const first = doc.sentenceTokens[sentence]![0]
  const c = doc.chunkOf[first]
  if (c < 0 || doc.chunks[c].actors.length === 0 || doc.chunks[c].end >= start) return -1
  const next = doc.tokens[doc.chunks[c].end]?.lower
  return next === 'in' || next === 'to' ? c : -1
}

/** The parties of the named place right after a verbless opener ("UAE president [in Washington] for …"), before `start`; none but the opener's own. */
export function verblessPlace(doc: Doc, start: number): string[] {
  const opener = verblessOpener(doc, start)
  if (opener < 0) return []
  const place = doc.chunkOf[doc.chunks[opener].end + 1] ?? -1
  if (place < 0 || doc.chunks[place].end > start || doc.tokens[doc.chunks[place].head].pos !== 'PROPN') return []
  return doc.chunks[place].actors.filter((a) => !doc.chunks[opener].actors.includes(a))
}

/**
 * A reduced passive relative on a noun or on the last phrase of its prepositional chain, with an agent,
 * through one of the noun's light verbs ("Tariffs on Chinese panels, [imposed by Washington], …").
 */
export function describedBy(doc: Doc, chunk: number, after: readonly PrepPhrase[], light: readonly string[]): Clause | undefined {
  const last = after.length ? after[after.length - 1].phrase.chunks.at(-1)! : chunk
  return findClause(doc, doc.tokens[doc.chunks[chunk].start].sentence, (k) =>
    k.subjectFrom === 'relative' && k.verb.voice === 'passive' && !!k.agent && !!k.subject && (k.subject.chunks.includes(chunk) || k.subject.chunks.includes(last)) && (light.length === 0 || light.includes(k.verb.lemma)))
}

/**
 * The token that opens the phrase an aiming participle at `at` points to ("targeting [Russia]", "aimed at [China]"),
 * or, for a joint act (`partner`), a partnering one ("signed with [Germany]"); -1 if none.
 */
export function aimedAt(doc: Doc, at: number, partner = false): number {
  const t = doc.tokens[at]
  if (!t || t.pos !== 'VERB' || t.lower === t.lemma || !(partner ? PARTNERING_PARTICIPLES.has(t.lemma) : AIMING_PARTICIPLES.has(t.lemma))) return -1
  const lead = partner ? 'with' : AIMING_PARTICIPLES.get(t.lemma)
  const first = lead ? (doc.tokens[at + 1]?.lower === lead ? at + 2 : -1) : at + 1
  return first >= 0 && doc.chunkOf[first] >= 0 && doc.chunks[doc.chunkOf[first]].start === first ? first : -1
}
