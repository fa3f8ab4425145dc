import { findMentions } from '../src/actors/mentions.js'
import { extractInteractions } from '../src/extract/interactions.js'
import { extractPledges } from '../src/extract/pledges.js'
import { extractQuotes } from '../src/extract/quotes.js'
import type { RawArticle } from '../src/model/article.js'
import { analyseArticle } from '../src/nlp/analyse.js'
import { splitSentences } from '../src/nlp/sentences.js'
import { cleanRaw } from '../src/pipeline.js'

export const STAGES = ['clean', 'sentences', 'mentions', 'pledges', 'interactions', 'quotes'] as const
export type StageName = (typeof STAGES)[number]

/** Time per stage over a set of articles, and the same articles through analyseArticle as a whole. */
export interface StageBreakdown {
  readonly articles: number
  /** CPU milliseconds per article, per stage. */
  readonly msPerArticle: Readonly<Record<StageName, number>>
  /** analyseArticle (sentences + mentions + whatever else it runs), per article: compare with the two rows it should cover. */
  readonly analyseArticleMs: number
}

/**
 * Times each stage function directly, one article at a time, in pipeline
 * order: cleanRaw, splitSentences, findMentions, then the three extractors on
 * the Doc that analyseArticle builds (so the Doc is whatever the pipeline
 * really passes them). Sentences and mentions are timed on their own call,
 * since analyseArticle runs both inside one call. CPU time rather than wall
 * time, so that other processes on a shared machine do not inflate a stage.
 */
export function timeStages(raws: readonly RawArticle[]): StageBreakdown {
  const total: Record<StageName, number> = { clean: 0, sentences: 0, mentions: 0, pledges: 0, interactions: 0, quotes: 0 }
  let analyse = 0
  let sink = 0
  for (const raw of raws) {
    let t = cpuNowMs()
    const article = cleanRaw(raw)
    t = lap(total, 'clean', t)
    const sentences = splitSentences(article.text)
    t = lap(total, 'sentences', t)
    sink += findMentions(article.text, sentences).length
    t = lap(total, 'mentions', t)
    const doc = analyseArticle(article)
    const afterAnalyse = cpuNowMs()
    analyse += afterAnalyse - t
    t = afterAnalyse
    sink += extractPledges(doc).length
    t = lap(total, 'pledges', t)
    sink += extractInteractions(doc).length
    t = lap(total, 'interactions', t)
    sink += extractQuotes(doc).length
    lap(total, 'quotes', t)
  }
  // `sink` keeps the results alive so no call can be optimised away.
  if (sink < 0) throw new Error('unreachable')
  const n = Math.max(1, raws.length)
  const msPerArticle = Object.fromEntries(STAGES.map((s) => [s, total[s] / n])) as Record<StageName, number>
  return { articles: raws.length, msPerArticle, analyseArticleMs: analyse / n }
}

function lap(total: Record<StageName, number>, stage: StageName, since: number): number {
  const now = cpuNowMs()
  total[stage] += now - since
  return now
}

function cpuNowMs(): number {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}
