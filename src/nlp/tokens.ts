import type { Mention, Pos, Sentence, Token } from '../model/doc.js'
import { retag, type Tagged } from './retag.js'
import { taggerNlp } from './wink.js'

/** The token layer: tokens with POS and lemma for the selected sentences, and each sentence's token range. */
export interface TokenLayer {
  readonly tokens: Token[]
  readonly sentenceTokens: Array<readonly [number, number] | null>
}

// Between two sentences in the text handed to wink: a paragraph break, so no token spans two.
const JOIN = '\n\n'

/**
 * Tags the selected sentences with wink-nlp (POS and lemma) in one call, and locates every token in
 * the text. Only sentences that may hold a fact are tagged (src/nlp/candidates.ts): tagging costs
 * about two thirds of wink's whole default pipeline, and most articles have sentences that hold none.
 *
 * 1. Join the selected sentences with blank lines and read them as one wink document.
 * 2. Walk wink's tokens, finding each in the joined text from a cursor (wink gives values, not offsets).
 * 3. Map each back to the article's offsets and to the mention covering it.
 */
export function tagSentences(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], selected: readonly boolean[]): TokenLayer {
  const sentenceTokens: Array<readonly [number, number] | null> = sentences.map(() => null)
  const picked = sentences.filter((s) => selected[s.index])
  if (picked.length === 0) return { tokens: [], sentenceTokens }
  const joined = picked.map((s) => s.text).join(JOIN)
  const nlp = taggerNlp()
  const its = nlp.its
  const tokensOut = nlp.readDoc(joined).tokens()
  const values = tokensOut.out() as string[]
  const tags = tokensOut.out(its.pos) as string[]
  // wink's typings do not list `lemma` among token properties, though the model provides it.
  const lemmas = tokensOut.out(its.lemma as never) as unknown as string[]
  const tagged: Tagged[] = values.map((v, i) => ({ lower: v.toLowerCase().replace(/’/g, "'"), pos: tags[i] as Pos, lemma: (lemmas[i] ?? v).toLowerCase() }))
  retag(tagged)
  const tokens: Token[] = []
  let seg = 0
  let segStart = 0
  let segEnd = picked[0].text.length
  let cursor = 0
  let first = 0
  let m = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    const at = joined.indexOf(value, cursor)
    if (at < 0) continue
    cursor = at + value.length
    // Step to the sentence the token lies in, closing the ranges of the ones passed.
    while (at >= segEnd && seg < picked.length - 1) {
      sentenceTokens[picked[seg].index] = [first, tokens.length]
      first = tokens.length
      seg++
      segStart = segEnd + JOIN.length
      segEnd = segStart + picked[seg].text.length
    }
    if (at < segStart || at + value.length > segEnd) continue
    const s = picked[seg]
    const start = s.start + (at - segStart)
    const end = start + value.length
    while (m < mentions.length && mentions[m].end <= start) m++
    const mention = m < mentions.length && mentions[m].start < end ? m : -1
    const { lower, lemma, pos } = tagged[i]
    tokens.push({ start, end, text: value, lower, lemma, pos, sentence: s.index, mention })
  }
  sentenceTokens[picked[seg].index] = [first, tokens.length]
  return { tokens, sentenceTokens }
}
