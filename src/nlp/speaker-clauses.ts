import { BODY_HEADS, ISSUING_VERBS, NAMING_NOUNS, NAMING_PARTICIPLES, QUOTED_AS_VERBS } from '../lexicon/quotes.js'
import type { Phrase } from '../model/doc.js'
import { RELATIVE_WORDS } from '../lexicon/links.js'
import {
  Lookup,
  NONE,
  chunkStartingAt,
  isAccordingTo,
  isSpeechClause,
  subjectOf,
  type QuoteFrame,
  type SpeakerSite,
} from './speaker-frame.js'
import { invertedSpeaker, pickChunk } from './speaker-pick.js'
import { forColon, nameColon } from './speaker-colon.js'
import { documentBefore, isDocumentRelative, isIssuedDocument, isJointDocument, isPersonLike, isSeveralSpeakers } from './speaker-person.js'

/**
 * Steps 1-6 of the speaker resolver (speakers.ts): the phrase that names a quote's speaker in the
 * quote's own sentences, read from their clauses; null when they name no one.
 */
export function inSentence(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (namesAThing(L, f)) return NONE
  const first = after(L, f, IMMEDIATE, 'after')
  // "… Dutchman Wopke Hoekstra: “…,” he wrote": the name before the colon is who "he" is.
  if (first && first.chunk >= 0 && L.input.chunks[first.chunk].kind === 'pronoun') return nameColon(L, f) ?? first
  const site = first ?? before(L, f) ?? after(L, f, LATE, 'after-late') ?? nameAfter(L, f) ?? nameColon(L, f) ?? characterised(L, f) ?? embedded(L, f) ?? forColon(L, f)
  return site && site.chunk >= 0 && isIssuedDocument(L.input, site.chunk) ? issuer(L, f, site) : site
}

/** Prepositions that name who issued a document: "a statement from the ministry", "a statement by Greenpeace". */
const ISSUED_BY = new Set(['from', 'by', 'of'])

/** At most this many tokens between a closing mark and its speech verb: "…,” Kerry, the U.S. envoy, said". */
const IMMEDIATE = 10
/** A speech verb further on in the sentence still attributes: "“…” on climate, Vice-Premier Han urged". */
const LATE = 28
const DASHES = new Set(['-', '–', '—'])
/** Words that open a clause of their own after a quote: "…”, which he said turned the page". */
const OPENS_CLAUSE = new Set([...RELATIVE_WORDS, 'and', 'but', 'because', 'if', 'while', 'although'])

/**
 * "The Met said 25 were arrested. A statement said: “…”": a document with no issuer of its own
 * speaks for the one named right after it ("a statement from the ministry"), for the subject of the clause
 * that issues it ("the ministry issued a statement saying “…”"), or else for the speaker of the sentence
 * before (the first subject of a speech clause there).
 */
function issuer(L: Lookup, f: QuoteFrame, site: SpeakerSite): SpeakerSite {
  // "…,” said a statement from the Kenyan environment ministry": the issuer named right after it.
  const { tokens, chunks, chunkOf } = L.input
  const end = chunks[site.chunk].end
  const named = ISSUED_BY.has(tokens[end]?.lower ?? '') ? chunkOf[end + 1] : -1
  // ("a statement from the Metropolitan police": a body's name may end in a common noun.)
  const issuerLike = (k: number) => chunks[k].kind !== 'pronoun' && (chunks[k].kind !== 'thing' || tokens[chunks[k].head].pos === 'PROPN' || (BODY_HEADS.has(chunks[k].headLemma) && /^\p{Lu}/u.test(tokens[chunks[k].head - 1]?.text ?? '')))
  if (named !== undefined && named >= 0 && chunks[named].start === end + 1 && issuerLike(named)) return { chunk: named, rule: `${site.rule}-issuer` }
  // "The ministry issued a statement saying “…”": the subject of the clause that issues it (lexicon ISSUING_VERBS).
  const own = L.input.sentenceTokens[f.openSentence]
  const [o0, o1] = own ? L.clausesIn(f.openSentence, own[0], own[1]) : [0, 0]
  for (let ci = o0; ci < o1; ci++) {
    const c = L.input.clauses[ci]
    if (c.subjectFrom !== 'own' || !c.subject || c.verb.negated || !ISSUING_VERBS.has(c.verb.lemma) || !c.object?.chunks.includes(site.chunk)) continue
    const chunk = pickChunk(L.input, c.subject.chunks, c.subject.start, c.verb.start)
    if (chunk >= 0 && !isIssuedDocument(L.input, chunk)) return { chunk, rule: `${site.rule}-issuer` }
  }
  const s = f.openSentence - 1
  const r = s >= 0 ? L.input.sentenceTokens[s] : null
  if (!r || L.input.sentences[s].paragraph < L.input.sentences[f.openSentence].paragraph - 1) return site
  const [c0, c1] = L.clausesIn(s, r[0], r[1])
  for (let ci = c0; ci < c1; ci++) {
    const c = L.input.clauses[ci]
    if (!isSpeechClause(L.input, c)) continue
    const chunk = pickChunk(L.input, subjectChunks(L, ci, r[0], c.verb.start), r[0], c.verb.start)
    if (chunk >= 0 && !isIssuedDocument(L.input, chunk)) return { chunk, rule: `${site.rule}-issuer` }
  }
  return site
}

/** Names, not speech: "a report titled “…”", "known as “…”" (NAMING_PARTICIPLES after a thing, not "what she called"), "a vision of" (NAMING_NOUNS), "so-called". */
function namesAThing(L: Lookup, f: QuoteFrame): boolean {
  if (!f.before) return false
  const { tokens, chunkOf } = L.input
  let t = f.before[1] - 1
  if (t > f.before[0] && tokens[t].lower === 'of' && NAMING_NOUNS.has(tokens[t - 1].lemma)) return true
  if (t - 2 >= f.before[0] && tokens[t].lower === 'called' && tokens[t - 1].text === '-' && tokens[t - 2].lower === 'so') return true
  if (t >= f.before[0] && tokens[t].lower === 'as') t--
  if (t <= f.before[0] || !NAMING_PARTICIPLES.has(tokens[t].lower)) return false
  const k = chunkOf[t - 1]
  return (k >= 0 && !isPersonLike(L.input, L.input.chunks[k])) || tokens[t - 1].text === ','
}

/** Steps 1 and 3: the first speech clause after the closing mark, within `limit` tokens of it. */
function after(L: Lookup, f: QuoteFrame, limit: number, rule: string): SpeakerSite | null {
  if (!f.after) return null
  const { tokens, clauses, chunks } = L.input
  const from = f.after[0]
  // A semicolon ends the quote's clause: "called it “…”; the union said it was …" names the next quote's speaker.
  let to = from
  while (to < f.after[1] && tokens[to].text !== ';') to++
  let k = from
  while (k < to && tokens[k].pos === 'PUNCT') k++
  if (k >= to || (limit === IMMEDIATE ? OPENS_CLAUSE : RELATIVE_WORDS).has(tokens[k].lower)) return null
  const [c0, c1] = L.clausesIn(f.attribution, from, to)
  for (let ci = c0; ci < c1; ci++) {
    const c = clauses[ci]
    if (c.verb.start - from > limit) break
    if (!isSpeechClause(L.input, c)) continue
    const joint = jointDocument(L, ci)
    if (joint >= 0) return { chunk: joint, rule: `${rule}-joint` }
    // Verb first ("said Kerry", "according to Kerry"): the phrase after it; a participle does not
    // invert (", saying Thursday that …"). Else the subject before the verb.
    const verbFirst = c.verb.start <= k
    if (verbFirst && c.verb.form !== 'finite' && !isAccordingTo(L.input, c)) continue
    const subject = verbFirst ? [] : subjectChunks(L, ci, k, c.verb.start)
    if (isSeveralSpeakers(L.input, subject)) return NONE
    const chunk = verbFirst ? chunkAfterVerb(L, ci, to) : pickChunk(L.input, subject, k, c.verb.start)
    if (chunk >= 0 && !(verbFirst && chunks[chunk].kind === 'pronoun')) return { chunk, rule }
  }
  return null
}

/**
 * The chunks that may name the subject of clause `ci` within [from, to): its subject phrase, or
 * the first phrase there. A participle of speech (", adding …", ", arguing …") speaks for the
 * subject of the speech clause before it, not the nearest subject the parse hands it.
 */
export function subjectChunks(L: Lookup, ci: number, from: number, to: number): readonly number[] {
  const c = L.input.clauses[ci]
  const subject = (c.verb.form === 'gerund' && (documentBefore(L.input, ci) ?? speakerBefore(L, ci))) || reducedRelative(L, ci) || subjectOf(L, ci)
  if (subject && c.subjectFrom === 'relative') {
    // "Jane Doe from Uganda, who said": the relative pronoun's antecedent is the person before the preposition.
    const { tokens, chunks, chunkOf } = L.input
    const k = chunkOf[subject.start - 2] ?? -1
    if (k >= 0 && tokens[subject.start - 1].pos === 'ADP' && chunks[k].end === subject.start - 1 && k >= 0 && isPersonLike(L.input, chunks[k]) && !isPersonLike(L.input, chunks[subject.chunks[0]])) return [k]
  }
  if (subject && subject.end <= to && subject.start >= from) return subject.chunks
  // ("As the historian Jane Doe once wrote, “…”": the parse reads "as" as a preposition and leaves the verb no subject.)
  const at = L.input.tokens[from]?.lower === 'as' && c.subjectFrom === 'none' ? from + 1 : from
  const first = chunkStartingAt(L.input, at, to)
  return first >= 0 ? [first] : []
}

/**
 * "A joint statement released after the summit said …": the parse reads "released" as the main
 * verb and the summit as the subject of "said"; a past participle right after its subject, with no
 * auxiliary, and a preposition before the speech verb's subject, make the participle's subject the speaker.
 */
function reducedRelative(L: Lookup, ci: number): Phrase | null {
  const { clauses, tokens } = L.input
  const c = clauses[ci]
  const prev = clauses[ci - 1]
  if (!c.subject || !prev || prev.sentence !== c.sentence || !prev.subject || prev.subjectFrom !== 'own') return null
  const lead = tokens[c.subject.start - 1]
  const v = tokens[prev.verb.head]
  if (!lead || (lead.pos !== 'ADP' && lead.pos !== 'SCONJ') || prev.verb.start !== prev.verb.head || prev.verb.start !== prev.subject.end) return null
  // Only a thing is described so ("Kerry arrived after Xie said …" has two subjects of their own).
  const thing = L.input.chunks[prev.subject.chunks[prev.subject.chunks.length - 1]].kind === 'thing'
  return thing && v.pos === 'VERB' && v.lower !== v.lemma && v.lower.endsWith('ed') ? prev.subject : null
}

/** The own subject of the first speech clause before clause `ci` in its sentence (a few clauses back at most). */
function speakerBefore(L: Lookup, ci: number): Phrase | null {
  const { clauses } = L.input
  const first = Math.max(L.firstClause(clauses[ci].sentence), ci - 12)
  for (let k = first; k < ci; k++) {
    const c = clauses[k]
    // "Reuters quoted Jane Doe as saying …", "state media cited her as saying …": the one quoted speaks.
    if (c.verb.voice === 'active' && QUOTED_AS_VERBS.has(c.verb.lemma) && c.object && L.input.tokens[clauses[ci].verb.start - 1]?.lower === 'as') return c.object
    if (c.subjectFrom === 'own' && c.subject && isSpeechClause(L.input, c)) return c.subject
  }
  return null
}

/**
 * "…,” Albanese and Kishida said in a joint statement", "In a joint statement, the leaders said …":
 * the words are the document's, which has no speaker (ANNOTATION.md). The chunk of the document, or -1.
 */
function jointDocument(L: Lookup, ci: number): number {
  const { clauses, sentenceTokens, chunks, chunkOf } = L.input
  const c = clauses[ci]
  for (const p of c.preps) if (p.prep === 'in' && isJointDocument(L.input, p.phrase.chunks[0])) return p.phrase.chunks[0]
  // A fronted phrase: from the sentence start to the verb (a few dozen tokens at most).
  const from = Math.max(sentenceTokens[c.sentence]![0], c.verb.start - 40)
  for (let t = from; t < c.verb.start; t++) {
    const k = chunkOf[t]
    if (k >= 0 && chunks[k].start === t && isJointDocument(L.input, k)) return k
  }
  return -1
}

function chunkAfterVerb(L: Lookup, ci: number, to: number): number {
  const c = L.input.clauses[ci]
  const at = isAccordingTo(L.input, c) ? c.verb.head + 2 : c.verb.end
  const first = chunkStartingAt(L.input, at, to)
  return first >= 0 ? pickChunk(L.input, [first], at, to) : -1
}

/** Step 2: the last speech clause before the opening mark, by its subject (which may stand before an earlier quote of the sentence). */
function before(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (!f.before) return null
  const [from, to] = f.before
  const sentenceFrom = L.input.sentenceTokens[f.openSentence]![0]
  const [c0, c1] = L.clausesIn(f.openSentence, from, to)
  for (let ci = c1 - 1; ci >= c0; ci--) {
    const c = L.input.clauses[ci]
    if (!isSpeechClause(L.input, c)) continue
    const joint = jointDocument(L, ci)
    if (joint >= 0) return { chunk: joint, rule: 'before-joint' }
    const subject = subjectChunks(L, ci, sentenceFrom, c.verb.start)
    if (!isAccordingTo(L.input, c) && isSeveralSpeakers(L.input, subject)) return NONE
    const chunk = isAccordingTo(L.input, c) ? chunkAfterVerb(L, ci, to) : (invertedSpeaker(L.input, ci, to) ?? pickChunk(L.input, subject, sentenceFrom, c.verb.start))
    if (chunk >= 0) return { chunk, rule: 'before' }
  }
  return null
}

/** Step 4: “…,” Jane Doe, the council's chair. (Or after a dash: “…” — Jane Doe, minister.) */
function nameAfter(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (!f.after) return null
  const { tokens, chunks } = L.input
  const [from, to] = f.after
  let k = from
  while (k < to && (tokens[k].text === ',' || DASHES.has(tokens[k].text))) k++
  const c = chunkStartingAt(L.input, k, to)
  if (c < 0 || !isPersonLike(L.input, chunks[c]) || chunks[c].kind === 'pronoun') return null
  const next = tokens[chunks[c].end]
  if (chunks[c].end < to && next.text !== ',' && next.text !== '.') return null
  return { chunk: c, rule: 'name-after' }
}

/**
 * Step 6: "The alliance condemned the draft as “an insult to …”", "a charge she dismissed as “…”":
 * words quoted to say what something is, after "as", are the wording of whoever so judged it, the
 * subject of the clause before "as" (of a passive, its by-agent; with none, nobody's).
 */
function characterised(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (!f.before) return null
  const { tokens, clauses } = L.input
  const [from, to] = f.before
  if (to - 1 <= from || tokens[to - 1].lower !== 'as' || tokens[to - 2].lower === 'such') return null
  const [c0, c1] = L.clausesIn(f.openSentence, from, to - 1)
  if (c1 <= c0) return null
  const c = clauses[c1 - 1]
  if (c.verb.negated) return null
  const who = c.verb.voice === 'passive' ? c.agent : c.subjectFrom === 'own' ? c.subject : null
  const chunk = who ? pickChunk(L.input, who.chunks, from, to) : -1
  return chunk >= 0 ? { chunk, rule: 'as' } : NONE
}

/** Step 6: the main clause before a quoted phrase has a person as its own subject (not "signed the pact, which commits members to “…”"). */
function embedded(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (!f.before) return null
  const [from, to] = f.before
  const [c0, c1] = L.clausesIn(f.openSentence, from, to)
  if (c1 > c0 && isDocumentRelative(L.input, c1 - 1)) return NONE
  for (let ci = c0; ci < c1; ci++) {
    const c = L.input.clauses[ci]
    if (c.subjectFrom !== 'own' || !c.subject || c.subject.start < from) continue
    const chunk = pickChunk(L.input, c.subject.chunks, from, to)
    return chunk >= 0 && isPersonLike(L.input, L.input.chunks[chunk]) ? { chunk, rule: 'embedded' } : null
  }
  return null
}
