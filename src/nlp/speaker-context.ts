import type { QuoteSpan } from '../model/doc.js'
import { TITLE_HEADS } from '../actors/data/roles.js'
import { Lookup, isSpeechClause, type QuoteFrame, type Range, type SpeakerInput, type SpeakerSite } from './speaker-frame.js'
import { invertedSpeaker, pickChunk } from './speaker-pick.js'
import { bareOpening, interviewAnswer } from './speaker-interview.js'
import { backReference } from './speaker-backref.js'
import { isPersonLike, isSeveralSpeakers } from './speaker-person.js'

/** Steps 7-9 of the speaker resolver (speakers.ts): a quote whose own sentences name no one takes its speaker from the quotes and sentences around it. */
export function fromContext(L: Lookup, f: QuoteFrame, sites: readonly SpeakerSite[], frames: readonly QuoteFrame[], spoken: number): SpeakerSite | null {
  const { sentences } = L.input
  const prev = f.index > 0 ? frames[f.index - 1] : null
  // 7. The rest of a quote whose sentence already named its speaker.
  if (prev && sites[f.index - 1].chunk >= 0 && (prev.attribution === f.openSentence || prev.openSentence === f.openSentence)) {
    return { chunk: sites[f.index - 1].chunk, rule: 'same-sentence' }
  }
  // "“…” So said Jane Doe.", "“…,” was the message from Jane Doe": words after the quote that point back to it.
  const back = backReference(L, f)
  if (back) return back
  const last = spoken >= 0 ? frames[spoken] : null
  const alone = standalone(L, f)
  const paragraph = sentences[f.openSentence].paragraph
  // 8. Straight after the speech it continues: the sentence before ended it, and this one names
  // nobody ("Since decisions are unanimous, “one country alone can block everything.”").
  if (last && last.attribution === f.openSentence - 1 && (alone || quiet(L, f))) return { chunk: sites[spoken].chunk, rule: 'continued' }
  // "Jane Doe warned against blockades. Two countries must not “hold every other
  // nation hostage.”": words quoted inside a sentence that names no one and reports no speech are
  // the person whose speech the sentence before reported.
  if (!alone) {
    const speaker = f.openSentence > 0 && voiceless(L, f) ? subjectPerson(L, f.openSentence - 1, true) : -1
    return speaker >= 0 && sentences[f.openSentence - 1].paragraph === paragraph ? { chunk: speaker, rule: 'previous-speech' } : null
  }
  // 9. An interview's answer (speaker-interview.ts); the person the sentence before is about, or names
  // alone as a heading ("French President Emmanuel Macron:").
  const answer = interviewAnswer(L, f, sites, spoken)
  if (answer) return answer
  const subject = f.openSentence > 0 ? (headingName(L, f.openSentence - 1) ?? subjectPerson(L, f.openSentence - 1)) : -1
  if (subject >= 0 && sentences[f.openSentence - 1].paragraph >= paragraph - 1 && !headlineWord(L, subject)) return { chunk: subject, rule: 'previous-sentence' }
  // 8, later in the same paragraph, or over a paragraph break the speech ran across.
  if (last && sentences[last.closeSentence].paragraph === paragraph) return { chunk: sites[spoken].chunk, rule: 'continued' }
  if (last && sentences[last.closeSentence].paragraph === paragraph - 1 && endsParagraph(L, last)) return { chunk: sites[spoken].chunk, rule: 'continued' }
  return null
}

/**
 * One capitalised word opening the headline, no person the gazetteer knows: a headline capitalises its
 * words ("Island states dig in"), so the word names no speaker for the lede's quote below it.
 */
function headlineWord(L: Lookup, chunk: number): boolean {
  const c = L.input.chunks[chunk]
  const t = L.input.tokens[c.start]
  return c.kind !== 'person' && c.end - c.start === 1 && L.input.sentences[t.sentence].paragraph === 0 && L.input.sentenceTokens[t.sentence]![0] === c.start
}

/**
 * A line that names a speaker and nothing else, with a colon at most: the heading of the quote below it.
 * - a person mention ("French President Emmanuel Macron:"), how they spoke set off by a comma
 *   ("Kenyan President William Ruto, in a post on X:"), or their title after a comma ("Jane Doe, Climate Envoy");
 * - a short line of capitalised words holding a title, with a name the gazetteer does not know
 *   ("Former Vice President Jane Doe"): a title tells a speaker from a section heading ("Critical Minerals").
 */
function headingName(L: Lookup, s: number): number | null {
  const r = L.input.sentenceTokens[s]
  const { tokens, chunks, chunkOf } = L.input
  if (!r || r[1] <= r[0]) return null
  const c = chunkOf[r[0]]
  if (c < 0) return null
  // "CHILE'S FOREIGN MINISTRY": an office of an actor, alone on its line.
  if (chunks[c].kind === 'role' && chunks[c].actors.length && onlyColonAfter(tokens, chunks[c].end, r[1]) && capitalisedOnly(tokens, r[0], r[1])) return c
  if (chunks[c].kind !== 'person') return titledLine(L, r)
  let t = chunks[c].end
  // "Kenyan President William Ruto, in a post on X:": how the words came, set off by a comma, no verb.
  if (tokens[t]?.text === ',' && tokens[t + 1]?.pos === 'ADP' && tokens[r[1] - 1].text === ':') {
    for (t += 1; t < r[1] - 1; t++) if (tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX') return null
  }
  // "Jane Doe, Executive Secretary of the Climate Body": a title after the name.
  if (tokens[t]?.text === ',' && r[1] - r[0] <= HEADING_MAX_TOKENS && capitalisedOnly(tokens, t + 1, r[1]) && hasTitle(tokens, t + 1, r[1])) return c
  return onlyColonAfter(tokens, t, r[1]) ? c : null
}

function onlyColonAfter(tokens: SpeakerInput['tokens'], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (tokens[t].text !== ':') return false
  return true
}

/** Tokens a heading line may run to. */
const HEADING_MAX_TOKENS = 12
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS.map((w) => w.toLowerCase()))

/** A short line of capitalised words with a title in it and a name after it: the chunk that ends the line. */
function titledLine(L: Lookup, r: Range): number | null {
  const { tokens, chunkOf } = L.input
  if (r[1] - r[0] > HEADING_MAX_TOKENS || !capitalisedOnly(tokens, r[0], r[1])) return null
  let end = r[1]
  if (tokens[end - 1].text === ':') end--
  let title = -1
  for (let t = r[0]; t < end; t++) if (TITLE_WORDS.has(tokens[t].lower)) title = t
  // A name of two words at least after the title.
  if (title < 0 || end - title < 3) return null
  const c = chunkOf[end - 1]
  return c >= 0 && chunkOf[title + 1] === c ? c : null
}

/** Only names, titles and the marks between them: no verb, no lower-case word but "of", "the", "and", "for". */
function capitalisedOnly(tokens: SpeakerInput['tokens'], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = tokens[t]
    if (w.pos === 'VERB' || w.pos === 'AUX') return false
    if (w.pos === 'PUNCT' || w.pos === 'PART' || LINKS.has(w.lower)) continue
    const c = w.text.charCodeAt(0)
    if (!(c >= 65 && c <= 90) && !(c > 127 && w.text[0] !== w.text[0].toLowerCase())) return false
  }
  return true
}
const LINKS = new Set(['of', 'the', 'and', 'for', 'on'])

function hasTitle(tokens: SpeakerInput['tokens'], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (TITLE_WORDS.has(tokens[t].lower)) return true
  return false
}

/**
 * The first person-like own subject of sentence `s` outside quotes, or -1; with `speaking`, only the
 * subject of a speech clause, and no pronoun ("Jane Doe warned …").
 */
function subjectPerson(L: Lookup, s: number, speaking = false): number {
  const r = L.input.sentenceTokens[s]
  if (!r) return -1
  const [c0, c1] = L.clausesIn(s, r[0], r[1])
  const { chunks } = L.input
  for (let ci = c0; ci < c1; ci++) {
    const c = L.input.clauses[ci]
    // "A large majority backs the plan, says Jane Doe.": the speaker of an inverted speech verb, after it.
    const inverted = speaking ? invertedSpeaker(L.input, ci, r[1]) : null
    if (inverted !== null && chunks[inverted].kind !== 'pronoun') return inverted
    if (c.subjectFrom !== 'own' || !c.subject || (speaking && !isSpeechClause(L.input, c))) continue
    // ("CDA and VVD stressed …. “…”": words quoted after two speakers are neither's.)
    if (isSeveralSpeakers(L.input, c.subject.chunks)) return -1
    const chunk = pickChunk(L.input, c.subject.chunks, r[0], r[1])
    if (chunk >= 0 && isPersonLike(L.input, chunks[chunk]) && !(speaking && chunks[chunk].kind === 'pronoun')) return chunk
  }
  return -1
}

/**
 * A quote's sentences hold no word of the reporter's but a joining word or an adverb ("But “…”"):
 * nothing else before its opening mark or after its closing one.
 */
function standalone(L: Lookup, f: QuoteFrame): boolean {
  const { text, sentences, quotes, tokens } = L.input
  const linking = (r: Range) => {
    for (let t = r[0]; t < r[1]; t++) if (!LINKING.has(tokens[t].pos)) return false
    return true
  }
  const prev = quotes[f.index - 1]
  const next = quotes[f.index + 1]
  const s = sentences[f.openSentence]
  const e = sentences[f.closeSentence]
  const from = prev && prev.close > s.start ? prev.close : s.start
  const to = next && next.open < e.end ? next.open : e.end
  // (An interview's "A: “…”": the answer's label is no words of the reporter's.)
  return (f.before ? linking(f.before) || bareOpening(text.slice(from, f.quote.open)) : !hasLetter(text, from, f.quote.open)) && (f.after ? linking(f.after) : !hasLetter(text, f.quote.close, to))
}

/** Parts of speech that say nothing about who speaks. */
const LINKING = new Set(['PUNCT', 'SYM', 'CCONJ', 'SCONJ', 'ADV', 'INTJ'])

/** The reporter's words on both sides of a quote name no one and report no speech. */
function quiet(L: Lookup, f: QuoteFrame): boolean {
  return !!f.before && !!f.after && voiceless(L, f)
}

/** The reporter's words around a quote (either side may be empty, not both) name no person and report no speech. */
function voiceless(L: Lookup, f: QuoteFrame): boolean {
  if (!f.before && !f.after) return false
  const { chunks, chunkOf, clauses } = L.input
  for (const range of [f.before, f.after]) {
    if (!range) continue
    for (let t = range[0]; t < range[1]; t++) if (chunkOf[t] >= 0 && chunks[chunkOf[t]].start === t && isPersonLike(L.input, chunks[chunkOf[t]])) return false
  }
  for (const [s, range] of [[f.openSentence, f.before], [f.attribution, f.after]] as const) {
    if (!range) continue
    const [c0, c1] = L.clausesIn(s, range[0], range[1])
    for (let ci = c0; ci < c1; ci++) if (isSpeechClause(L.input, clauses[ci])) return false
  }
  return true
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(text[i]))) return true
  }
  return false
}

/** The quote ended its paragraph: unclosed, or closed by the last sentence of the paragraph. */
function endsParagraph(L: Lookup, f: QuoteFrame): boolean {
  const { sentences } = L.input
  const next = sentences[f.closeSentence + 1]
  return !f.quote.closed || !next || next.paragraph !== sentences[f.closeSentence].paragraph
}

/** Step 10, from the end backwards so a speech over three paragraphs passes its speaker up to the first. */
export function continueBackwards(L: Lookup, frames: readonly QuoteFrame[], sites: SpeakerSite[]): void {
  const { sentences, text } = L.input
  for (let i = frames.length - 2; i >= 0; i--) {
    const f = frames[i]
    const next = frames[i + 1]
    if (f.quote.closed || sites[i + 1].chunk < 0) continue
    if (sites[i].chunk >= 0 && sites[i].rule !== 'previous-sentence' && sites[i].rule !== 'continued') continue
    const s = sentences[next.openSentence]
    if (s.paragraph !== sentences[f.closeSentence].paragraph + 1 || hasLetter(text, s.start, next.quote.open)) continue
    if (L.paragraphStart(next.openSentence) !== next.openSentence) continue
    sites[i] = { chunk: sites[i + 1].chunk, rule: 'continued-before' }
  }
}

/** At least four words inside the marks (ANNOTATION.md: shorter quoted fragments are not quotes). */
export function longEnough(input: SpeakerInput, q: QuoteSpan): boolean {
  let words = 0
  let inWord = false
  for (let i = q.start; i < q.end && words < 4; i++) {
    const c = input.text.charCodeAt(i)
    const space = c === 32 || c === 10 || c === 9 || c === 160
    if (!space && !inWord) words++
    inWord = !space
  }
  return words >= 4
}
