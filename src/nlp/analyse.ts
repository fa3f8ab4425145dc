import { findMentions } from '../actors/mentions.js'
import type { Article } from '../model/article.js'
import type { Clause, Doc, Mention } from '../model/doc.js'
import { selectSentences } from './candidates.js'
import { chunkTokens } from './chunks.js'
import { parseClauses } from './clauses.js'
import { findDatelines } from './datelines.js'
import { resolveDiscourse } from './memory.js'
import { findQuoteSpans } from './quotes.js'
import { splitSentences } from './sentences.js'
import { checkOrder, finished, type DocDraft, type Stage } from './stage.js'
import { tagSentences } from './tokens.js'
import { isHeadline } from '../frames/around.js'
import { readingText } from './reading.js'

/** The analysis stages, in order; each adds one layer to the Doc (see stage.ts). */
export const STAGES: readonly Stage[] = [
  { name: 'nlp.sentences', requires: [], assigns: ['sentences'], run: (d) => ({ ...d, sentences: splitSentences(d.text) }) },
  { name: 'nlp.datelines', requires: ['sentences'], assigns: ['datelines'], run: (d) => ({ ...d, datelines: findDatelines(d.text, d.sentences!) }) },
  { name: 'nlp.quotes', requires: [], assigns: ['quotes'], run: (d) => ({ ...d, quotes: findQuoteSpans(d.text) }) },
  { name: 'actors.mentions', requires: ['sentences'], assigns: ['mentions'], run: (d) => ({ ...d, mentions: findMentions(d.text, d.sentences!) }) },
  {
    name: 'nlp.tokens',
    requires: ['sentences', 'mentions'],
    assigns: ['tokens'],
    run: (d) => ({ ...d, ...tagSentences(d.text, d.sentences!, d.mentions!, selectSentences(d.sentences!, d.mentions!)) }),
  },
  {
    name: 'nlp.chunks',
    requires: ['tokens', 'mentions'],
    assigns: ['chunks'],
    run: (d) => ({ ...d, ...chunkTokens(d.tokens!, d.mentions!, d.sentenceTokens!) }),
  },
  { name: 'nlp.clauses', requires: ['chunks'], assigns: ['clauses'], run: (d) => ({ ...d, clauses: clausesOf(d) }) },
  {
    name: 'nlp.memory',
    requires: ['clauses', 'mentions'],
    assigns: ['memory'],
    run: (d) => ({ ...d, ...resolveDiscourse(finished(d)) }),
  },
]
checkOrder(STAGES)

/**
 * Runs the analysis stages over a cleaned article.
 * @param opts.mentions actor mentions to use instead of the gazetteer's (hand-built test Docs)
 */
export function analyseArticle(article: Article, opts: { mentions?: Mention[] } = {}): Doc {
  // The stages read the reading text (shouted lines in title case, same offsets); the Doc keeps the article's.
  let d: DocDraft = { article, text: readingText(article.text) }
  for (const stage of STAGES) {
    if (stage.name === 'actors.mentions' && opts.mentions) d = { ...d, mentions: opts.mentions }
    else d = stage.run(d)
  }
  return { ...finished(d), text: article.text }
}

function clausesOf(d: DocDraft): Clause[] {
  const out: Clause[] = []
  const tokens = d.tokens!
  d.sentenceTokens!.forEach((range, sentence) => {
    if (!range) return
    const headline = isHeadline(d.sentences![sentence], d.article.title)
    out.push(...parseClauses(sentence, { tokens, chunks: d.chunks!, chunkOf: d.chunkOf!, from: range[0], to: range[1], headline }, out.length))
  })
  return out
}
