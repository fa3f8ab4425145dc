import { performance } from 'node:perf_hooks'
import { describe, expect, test } from 'vitest'
import { longArticle } from '../../../bench/long-article.js'
import type { Clause, Doc, Phrase } from '../../model/doc.js'
import { analyseArticle } from '../../nlp/analyse.js'
import { extractQuotes } from './index.js'

// Issue 15, item 2: quote extraction on one very long line costs the same per megabyte at 1 MB
// and at 4 MB (the old extractor rescanned from the line or sentence start per name and per verb).
// Analysing 4 MB takes minutes in the other stages, so one analysed block of our own words
// (bench/long-article.ts) is laid end to end on one line into the Doc the analysis would give.

/** `copies` copies of an analysed one-line Doc, one after another on the same line. */
function tile(doc: Doc, copies: number): Doc {
  const step = doc.text.length + 1
  const [S, T, M, C, L] = [doc.sentences.length, doc.tokens.length, doc.mentions.length, doc.chunks.length, doc.clauses.length]
  const k = (n: number, by: number, i: number) => (n < 0 ? n : n + by * i)
  const phrase = (p: Phrase | null, i: number): Phrase | null => p && { chunks: p.chunks.map((c) => c + C * i), start: p.start + T * i, end: p.end + T * i }
  const out = { sentences: [], mentions: [], quotes: [], tokens: [], sentenceTokens: [], chunks: [], clauses: [], datelines: [] } as unknown as { [K in keyof Doc]: unknown[] }
  const chunkOf = new Int32Array(T * copies)
  for (let i = 0; i < copies; i++) {
    const at = step * i
    for (const s of doc.sentences) out.sentences.push({ ...s, start: s.start + at, end: s.end + at, index: s.index + S * i, paragraph: 0 })
    for (const m of doc.mentions) out.mentions.push({ ...m, start: m.start + at, end: m.end + at })
    for (const q of doc.quotes) out.quotes.push({ ...q, open: q.open + at, start: q.start + at, end: q.end + at, close: q.close + at, line: 0 })
    for (const t of doc.tokens) out.tokens.push({ ...t, start: t.start + at, end: t.end + at, sentence: t.sentence + S * i, mention: k(t.mention, M, i) })
    for (const r of doc.sentenceTokens) out.sentenceTokens.push(r && [r[0] + T * i, r[1] + T * i])
    for (const c of doc.chunks) {
      out.chunks.push({ ...c, start: c.start + T * i, end: c.end + T * i, head: c.head + T * i, mentions: c.mentions.map((m) => m + M * i), possessor: k(c.possessor, M, i), referent: k(c.referent, M, i) })
    }
    doc.chunkOf.forEach((c, t) => (chunkOf[t + T * i] = k(c, C, i)))
    for (const c of doc.clauses) {
      const verb = { ...c.verb, start: c.verb.start + T * i, end: c.verb.end + T * i, head: c.verb.head + T * i }
      const preps = c.preps.map((p) => ({ ...p, at: p.at + T * i, phrase: phrase(p.phrase, i)! }))
      const clause: Clause = { ...c, sentence: c.sentence + S * i, start: c.start + T * i, end: c.end + T * i, verb, subject: phrase(c.subject, i), object: phrase(c.object, i), agent: phrase(c.agent, i), preps, governor: k(c.governor, L, i) }
      out.clauses.push(clause)
    }
  }
  const text = Array(copies).fill(doc.text).join(' ')
  return { ...(out as unknown as Doc), article: { ...doc.article, text }, text, chunkOf }
}

/** The least of three timings of extractQuotes on `doc`, in milliseconds. */
function timeExtraction(doc: Doc): number {
  let best = Infinity
  for (let n = 0; n < 3; n++) {
    // A fresh quotes array each time, so the speaker sites are found again, not remembered.
    const fresh = { ...doc, quotes: doc.quotes.slice() }
    const started = performance.now()
    extractQuotes(fresh)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

describe('extractQuotes on one very long line', () => {
  test('costs the same per megabyte at 1 MB and at 4 MB', () => {
    const text = longArticle(32 * 1024, { oneLine: true })
    const block = analyseArticle({ doc: 'long', title: null, date: '2024-05-02', url: null, outlet: null, text })
    expect(extractQuotes(block).length).toBeGreaterThan(0)
    const perBlock = Math.round((1024 * 1024) / (text.length + 1))
    const one = tile(block, perBlock)
    const four = tile(block, perBlock * 4)
    expect(four.text.length).toBeGreaterThan(4 * 1000 * 1000)
    expect(extractQuotes(four).length).toBeGreaterThan(0)
    const msOne = timeExtraction(one)
    const msFour = timeExtraction(four)
    expect(msFour).toBeLessThan(10_000)
    expect(msFour / 4 / msOne).toBeLessThanOrEqual(1.5)
  }, 120_000)
})
