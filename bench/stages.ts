import type { RawArticle } from '../src/model/article.js'
import { STAGES as NLP_STAGES } from '../src/nlp/analyse.js'
import type { DocDraft } from '../src/nlp/stage.js'
import { EXTRACTORS, cleanRaw } from '../src/pipeline.js'
import type { Doc } from '../src/model/doc.js'

/** Every step of the analysis in pipeline order: cleaning, each nlp stage (src/nlp/analyse.ts), each extractor. */
export const STAGES: readonly string[] = ['clean', ...NLP_STAGES.map((s) => s.name), ...Object.keys(EXTRACTORS)]
export type StageName = string

/** Time per stage over a set of articles, and the same articles through analyseArticle as a whole. */
export interface StageBreakdown {
  readonly articles: number
  /** CPU milliseconds per article, per stage. */
  readonly msPerArticle: Readonly<Record<StageName, number>>
  /** The nlp stages run one after another (what analyseArticle does), per article. */
  readonly analyseArticleMs: number
  /**
   * Share of the sentences' characters the tagger read (src/nlp/candidates.ts): the cost of tagging
   * and of every stage after it grows with it (issue 13).
   */
  readonly taggedShare: number
}

/**
 * Times each stage one article at a time, in pipeline order: cleanRaw, then each nlp stage on the
 * draft the one before returned, then each extractor on the finished Doc. CPU time rather than wall
 * time, so that other processes on a shared machine do not inflate a stage.
 */
export function timeStages(raws: readonly RawArticle[]): StageBreakdown {
  const total: Record<string, number> = Object.fromEntries(STAGES.map((s) => [s, 0]))
  let sink = 0
  let chars = 0
  let tagged = 0
  for (const raw of raws) {
    let t = cpuNowMs()
    const article = cleanRaw(raw)
    t = lap(total, 'clean', t)
    let draft: DocDraft = { article, text: article.text }
    for (const stage of NLP_STAGES) {
      draft = stage.run(draft)
      t = lap(total, stage.name, t)
    }
    const doc = draft as Doc
    for (const sentence of doc.sentences) {
      chars += sentence.text.length
      if (doc.sentenceTokens[sentence.index]) tagged += sentence.text.length
    }
    for (const [name, extract] of Object.entries(EXTRACTORS)) {
      sink += extract(doc).length
      t = lap(total, name, t)
    }
  }
  // `sink` keeps the results alive so no call can be optimised away.
  if (sink < 0) throw new Error('unreachable')
  const n = Math.max(1, raws.length)
  const msPerArticle = Object.fromEntries(STAGES.map((s) => [s, total[s] / n]))
  const analyseArticleMs = NLP_STAGES.reduce((sum, s) => sum + total[s.name], 0) / n
  return { articles: raws.length, msPerArticle, analyseArticleMs, taggedShare: tagged / Math.max(1, chars) }
}

function lap(total: Record<string, number>, stage: string, since: number): number {
  const now = cpuNowMs()
  total[stage] += now - since
  return now
}

function cpuNowMs(): number {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}
