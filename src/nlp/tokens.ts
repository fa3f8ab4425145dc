import type { Mention, Pos, Sentence, Token } from '../model/doc.js'
import { retag } from './retag.js'
import { taggerNlp } from './wink.js'
import { foldForTagger } from './fold.js'

/** The token layer: tokens with POS and lemma for the selected sentences, and each sentence's token range. */
export interface TokenLayer {
  readonly tokens: Token[]
  readonly sentenceTokens: Array<readonly [number, number] | null>
}

/** A token while it is placed: retag may still mend its tag and lemma; `start` -1 for one not found in its sentence. */
type Placed = { -readonly [K in keyof Token]: Token[K] }

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
  // (wink reads names with letters past Latin-1 folded whole, src/nlp/fold.ts; tokens keep the article's letters.)
  const read = foldForTagger(joined)
  // Folding changed the text (a letter past Latin-1): each token's text is then taken back from the
  // joined text. Asked once here, not per token: comparing the two long strings costs a pass over them.
  const anyFolded = read !== joined
  const tokensOut = nlp.readDoc(read).tokens()
  const values = tokensOut.out() as string[]
  const tags = tokensOut.out(its.pos) as string[]
  // wink's typings do not list `lemma` among token properties, though the model provides it.
  const lemmas = tokensOut.out(its.lemma as never) as unknown as string[]
  // One record per wink token, in Token's field order, placed in the text as it is built: retag
  // reads and mends them in place, so no second object per token is made (issue 13).
  // (Filled by push, as filter fills its copy: the same kind of array either way, so the code
  // compiled for the one does not fall back to the interpreter on meeting the other.)
  const placed: Placed[] = []
  let skipped = 0
  let seg = 0
  let segStart = 0
  let segEnd = picked[0].text.length
  let cursor = 0
  let m = 0
  let s = picked[0]
  for (let i = 0; i < values.length; i++) {
    const folded = values[i]
    const at = indexAfterSpaces(read, folded, cursor)
    const value = !anyFolded || at < 0 ? folded : joined.slice(at, at + folded.length)
    let start = -1
    if (at >= 0) {
      cursor = at + value.length
      // Step to the sentence the token lies in.
      while (at >= segEnd && seg < picked.length - 1) {
        seg++
        segStart = segEnd + JOIN.length
        segEnd = segStart + picked[seg].text.length
      }
      s = picked[seg]
      if (at >= segStart && at + value.length <= segEnd) start = s.start + (at - segStart)
    }
    let mention = -1
    if (start >= 0) {
      while (m < mentions.length && mentions[m].end <= start) m++
      if (m < mentions.length && mentions[m].start < start + value.length) mention = m
    } else skipped++
    const lemma = value !== folded ? value : (lemmas[i] ?? value)
    placed.push({
      start,
      end: start + value.length,
      text: value,
      lower: tokenLower(value),
      lemma: isLowerAscii(lemma) ? lemma : lemma.toLowerCase(),
      pos: tags[i] as Pos,
      sentence: start >= 0 ? s.index : -1,
      mention,
    })
  }
  retag(placed)
  const tokens: Token[] = skipped ? placed.filter((t) => t.start >= 0) : placed
  // Each picked sentence's token range: tokens are in text order, so one pass finds the bounds.
  // (Sentences after the last one a token reached keep null, as no token was looked for there.)
  let t = 0
  for (let k = 0; k <= seg; k++) {
    const first = t
    while (t < tokens.length && tokens[t].sentence === picked[k].index) t++
    sentenceTokens[picked[k].index] = [first, k === seg ? tokens.length : t]
  }
  return { tokens, sentenceTokens }
}

/** Spaces and line breaks, as they separate tokens in the text wink reads. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0
}

/**
 * `text.indexOf(value, from)`, without a search in the common case: a token starts right after the
 * spaces at `from`. (No match can start inside those spaces, as the token does not start with one.)
 */
function indexAfterSpaces(text: string, value: string, from: number): number {
  let p = from
  while (p < text.length && isSpace(text.charCodeAt(p))) p++
  const n = value.length
  if (n > 0 && !isSpace(value.charCodeAt(0)) && p + n <= text.length) {
    let k = 0
    while (k < n && text.charCodeAt(p + k) === value.charCodeAt(k)) k++
    if (k === n) return p
  }
  return text.indexOf(value, from)
}

/** Whether `s` holds only ASCII with no capital: its own lower case, so no new string is made for it. */
function isLowerAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c > 127 || (c >= 65 && c <= 90)) return false
  }
  return true
}

/** Token.lower: the lower case, curly apostrophe made straight. */
function tokenLower(value: string): string {
  if (isLowerAscii(value)) return value
  const lower = value.toLowerCase()
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower
}
