import type { Article } from '../model/article.js'
import type { Doc } from '../model/doc.js'
import { findMentions } from '../actors/mentions.js'
import { splitSentences } from './sentences.js'

/** Runs the NLP stages over a cleaned article: sentences, then actor mentions. */
export function analyseArticle(article: Article): Doc {
  const text = article.text
  const sentences = splitSentences(text)
  const mentions = findMentions(text, sentences)
  return { article, text, sentences, mentions }
}
