import type { Doc } from '../../model/doc.js'
import type { Quote } from '../../model/facts.js'
import { evidenceOf } from '../../model/span.js'
import { firstIndex } from '../../model/search.js'
import { readingText } from '../../nlp/reading.js'
import { attachSpeakers } from './attach.js'
import { findQuoteCandidates } from './find.js'

const RULE = 'quote.v2'

/**
 * Extracts direct quotes with their speakers from the analysed Doc.
 * 1. find: the quoted segments of four words or more that are not titles, each with the phrase
 *    the one speaker resolver (src/nlp/speakers.ts) reads as naming its speaker (find.ts);
 * 2. attach: that phrase read as a person's fullest name or a body's name, through the article's
 *    people and the discourse memory (attach.ts); quotes with no speaker are dropped;
 * 3. one quote per speaker and wording; the evidence is the quote's sentences.
 * @example extractQuotes(analyseArticle(article)).map((q) => `${q.speaker}: ${q.text}`)
 */
export function extractQuotes(doc: Doc): Quote[] {
  const out: Quote[] = []
  const seen = new Set<string>()
  for (const a of attachSpeakers(doc, findQuoteCandidates(doc))) {
    const { start, end, quote } = a.candidate
    const text = doc.text.slice(start, end)
    const key = `${a.speaker.name}|${text}`
    if (seen.has(key)) continue
    seen.add(key)
    const from = doc.sentences.length ? Math.min(quote.open, sentenceStart(doc, quote.open)) : quote.open
    const to = Math.max(quote.close, sentenceEnd(doc, Math.max(quote.open, quote.close - 1)))
    // A speaker named on a line of capitals is written as the readers saw it: "China's Foreign Ministry".
    out.push({ speaker: readingText(a.speaker.name), actor: a.speaker.actor, text, evidence: evidenceOf(doc.text, from, to), rule: `${RULE}:${a.rule}` })
  }
  return out
}

function sentenceIndex(doc: Doc, pos: number): number {
  return Math.min(firstIndex(doc.sentences.length, (i) => doc.sentences[i].end <= pos), doc.sentences.length - 1)
}

function sentenceStart(doc: Doc, pos: number): number {
  return doc.sentences[sentenceIndex(doc, pos)].start
}

function sentenceEnd(doc: Doc, pos: number): number {
  return doc.sentences.length ? doc.sentences[sentenceIndex(doc, pos)].end : pos
}
