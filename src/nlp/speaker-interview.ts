import type { QuoteSpan } from '../model/doc.js'
import { firstIndex } from '../model/search.js'
import { Lookup, quoteAt, type QuoteFrame, type SpeakerSite } from './speaker-frame.js'
import { pickChunk } from './speaker-pick.js'
import { isPersonLike } from './speaker-person.js'

/**
 * Interviews (part of step 9 of the speaker resolver, speakers.ts): a paragraph of quoted words with
 * no attribution, right after a paragraph that only asks a question ("Q: Why now?"), is the answer
 * of the person interviewed: whoever answered last, or, for the first answer, the person the
 * introduction names ("We spoke to the minister, Jane Doe, …"). In an article set out so, a
 * paragraph of quoted words further on with no attribution is still the interviewee's.
 * Null for any other quote.
 */
export function interviewAnswer(L: Lookup, f: QuoteFrame, sites: readonly SpeakerSite[], spoken: number): SpeakerSite | null {
  if (!opensParagraph(L, f)) return null
  const last = spoken >= 0 ? sites[spoken].chunk : -1
  if (asksBefore(L, f.openSentence)) {
    const chunk = last >= 0 ? last : interviewee(L, f.openSentence - 1)
    return chunk >= 0 ? { chunk, rule: 'answer' } : null
  }
  return last >= 0 && isInterview(L) ? { chunk: last, rule: 'answer' } : null
}

/** How many sentences before the first question the introduction of the interviewee may be. */
export const INTRODUCTION = 6

/** The quote opens its paragraph: no words of the reporter's before its opening mark, bar an answer's label ("A: “…”"). */
function opensParagraph(L: Lookup, f: QuoteFrame): boolean {
  const s = f.openSentence
  if (L.paragraphStart(s) !== s) return false
  const { text, sentences } = L.input
  return bareOpening(text.slice(sentences[s].start, f.quote.open))
}

/** What stands before a quote that opens a paragraph of an interview: nothing, or the "A:" that labels an answer. */
export function bareOpening(lead: string): boolean {
  return !/[\p{L}\p{N}]/u.test(lead) || ANSWER_LABEL.test(lead)
}

/** The label of an answer in an interview set out as "Q: …" / "A: …". */
const ANSWER_LABEL = /^\s*A\s*[:.]\s*$/

/** The paragraph before sentence `s` is a question and quotes nothing ("Q: How will you pay for it?"). */
function asksBefore(L: Lookup, s: number): boolean {
  const { sentences, quotes } = L.input
  const q = s - 1
  if (q < 0 || sentences[q].paragraph !== sentences[s].paragraph - 1 || !sentences[q].text.trimEnd().endsWith('?')) return false
  const from = sentences[L.paragraphStart(q)].start
  const i = firstIndex(quotes.length, (k) => quotes[k].open < from)
  return i >= quotes.length || quotes[i].open >= sentences[q].end
}

/**
 * The person the introduction names, looking back from sentence `s` over the last few sentences:
 * the subject of a sentence, or else the last person it names ("We spoke to the minister, Jane Doe, …").
 */
function interviewee(L: Lookup, s: number): number {
  const { sentenceTokens, clauses, chunks, chunkOf, tokens, quotes } = L.input
  for (let k = s; k >= 0 && k > s - INTRODUCTION; k--) {
    const r = sentenceTokens[k]
    if (!r) continue
    const [c0, c1] = L.clausesIn(k, r[0], r[1])
    for (let ci = c0; ci < c1; ci++) {
      const c = clauses[ci]
      if (c.subjectFrom !== 'own' || !c.subject) continue
      const chunk = pickChunk(L.input, c.subject.chunks, r[0], r[1])
      if (chunk >= 0 && isNamed(L, chunk)) return chunk
    }
    for (let t = r[1] - 1; t >= r[0]; t--) {
      const c = chunkOf[t]
      if (c >= 0 && chunks[c].start === t && isNamed(L, c) && quoteAt(quotes, tokens[t].start) < 0) return c
    }
  }
  return -1
}

/**
 * A phrase that names a person: a person mention, or a name of two proper nouns or more the gazetteer
 * does not know ("Ahmed Rahimi leads the delegation"), which the chunker leaves a thing.
 */
function isNamed(L: Lookup, chunk: number): boolean {
  const c = L.input.chunks[chunk]
  if (c.kind === 'person') return true
  const tokens = L.input.tokens
  return c.kind === 'thing' && c.end - c.start >= 2 && tokens[c.end - 1].pos === 'PROPN' && tokens[c.end - 2].pos === 'PROPN' && isPersonLike(L.input, c)
}

/** Articles set out as questions and answers: some question paragraph is answered by a paragraph of quoted words. */
function isInterview(L: Lookup): boolean {
  const known = INTERVIEWS.get(L.input.quotes)
  if (known !== undefined) return known
  const { sentences } = L.input
  let found = false
  for (let i = 0; i < L.input.quotes.length && !found; i++) {
    const s = L.sentenceAt(L.input.quotes[i].open)
    found = L.paragraphStart(s) === s && asksBefore(L, s) && bareOpening(L.input.text.slice(sentences[s].start, L.input.quotes[i].open))
  }
  INTERVIEWS.set(L.input.quotes, found)
  return found
}

const INTERVIEWS = new WeakMap<readonly QuoteSpan[], boolean>()
