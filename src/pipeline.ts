import { cleanHtml } from './clean/html.js'
import { stripKicker } from './clean/text-header.js'
import { cleanText } from './clean/text.js'
import type { Cleaned } from './clean/result.js'
import { PledgewatchError, failure, type Failure } from './errors.js'
import { extractInteractions } from './extract/interactions/index.js'
import { extractPledges } from './extract/pledges.js'
import { extractQuotes } from './extract/quotes/index.js'
import { normaliseDate } from './ingest/date.js'
import type { Article, RawArticle } from './model/article.js'
import type { Doc } from './model/doc.js'
import type { Analysis } from './model/facts.js'
import { analyseArticle } from './nlp/analyse.js'

/** The extractors, each a pure function of the Doc, in the order the analysis runs them (the bench times each). */
export const EXTRACTORS = { pledges: extractPledges, interactions: extractInteractions, quotes: extractQuotes } as const

/** The result of analysing one article: its facts, or why it failed. */
export type Outcome = { readonly ok: true; readonly analysis: Analysis; readonly doc: Doc } | Failure

/**
 * Runs the whole pipeline on one raw article; never throws.
 * 1. clean: HTML or text cleaner → body, title, date;
 * 2. assemble: title as the first paragraph (facts and quotes in headlines count), metadata merged;
 * 3. analyse: sentences and actor mentions;
 * 4. extract: pledges, interactions, quotes, each a pure function of the Doc.
 */
export function analyseRaw(raw: RawArticle): Outcome {
  try {
    const article = cleanRaw(raw)
    if (article.text.trim() === '') throw new PledgewatchError('E_NO_TEXT')
    const doc = analyseArticle(article)
    const analysis: Analysis = {
      doc: article.doc,
      title: article.title,
      date: article.date,
      url: article.url,
      outlet: article.outlet,
      text: article.text,
      pledges: EXTRACTORS.pledges(doc),
      interactions: EXTRACTORS.interactions(doc),
      quotes: EXTRACTORS.quotes(doc),
    }
    return { ok: true, analysis, doc }
  } catch (err) {
    return failure(raw.source, err)
  }
}

/** Steps 1-2: the cleaned article every span will point into. */
export function cleanRaw(raw: RawArticle): Article {
  const known = { title: raw.title ?? null, date: raw.date ?? null }
  const cleaned: Cleaned = raw.format === 'html' ? cleanHtml(raw.body, { url: raw.url }) : cleanText(raw.body, known)
  const title = tidy(raw.title) ?? tidy(cleaned.title)
  const body = cleaned.text.trim()
  // The text's first paragraph is the headline without a section label ("Analysis: …"); the title keeps what the source gave.
  const headline = title && stripKicker(title)
  const text = title && headline && !body.startsWith(headline) && !body.startsWith(title) ? (body ? `${headline}\n\n${body}` : headline) : body
  return {
    doc: raw.doc,
    title,
    date: normaliseDate(raw.date) ?? normaliseDate(cleaned.date),
    url: raw.url ?? cleaned.url ?? null,
    outlet: raw.outlet ?? cleaned.outlet ?? null,
    text,
  }
}

function tidy(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}
