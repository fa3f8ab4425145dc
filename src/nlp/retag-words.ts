import { KNOWN_VERBS } from '../lexicon/index.js'
import type { Pos } from '../model/doc.js'

/**
 * What retag (retag.ts) asks of a token's neighbours: whether it opens a run, follows a perfect or a
 * possessive, which known verb it inflects. Kept apart so that retag.ts holds the rules themselves.
 */

/** A token as the tagger gave it, before it is placed in the text. */
export interface Tagged {
  readonly text: string
  readonly lower: string
  pos: Pos
  lemma: string
  /** The sentence's index (-1 for a token not placed in one). */
  readonly sentence: number
}

/** Forms of "be" that open a progressive ("is meeting", "has been urging"). */
export const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am'])
/** Possessive pronouns: the phrase they open holds no verb of its own ("their negotiating team"). */
/** Possessive pronouns: "its plan", "their support" (read by the chunker and by retag). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])
/** Whether names joined by a comma end at token `j` ("Japan, Philippines", "Modi, Albanese"), opening their sentence. */
export function namesListEndsAt(tokens: readonly Tagged[], j: number): boolean {
  let k = j
  while (k >= 0 && tokens[k].pos === 'PROPN') k--
  if (k < 1 || tokens[k].text !== ',' || tokens[k - 1].pos !== 'PROPN') return false
  k--
  while (k >= 0 && tokens[k].pos === 'PROPN') k--
  return k < 0 || tokens[k].pos === 'PUNCT'
}

/** A word in -s but not -ss ("calls", "presses" but not "press"): a plural noun or a verb's third person. */
export function endsInSingleS(word: string): boolean {
  const n = word.length
  return n >= 2 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115
}

/** Whether token `i` opens the text or follows a mark or a joining word. */
export function opensRun(tokens: readonly Tagged[], i: number): boolean {
  return i === 0 || tokens[i - 1].pos === 'PUNCT' || tokens[i - 1].pos === 'CCONJ' || tokens[i - 1].pos === 'SPACE'
}

/** Whether token `i` follows "has", "have" or "had", with at most one adverb between ("has long", "have repeatedly"). */
export function afterPerfect(tokens: readonly Tagged[], i: number): boolean {
  const perfect = (t: Tagged | undefined) => !!t && (t.lower === 'has' || t.lower === 'have' || t.lower === 'had')
  return perfect(tokens[i - 1]) || (tokens[i - 1].pos === 'ADV' && perfect(tokens[i - 2]))
}

/** The verb the lexicons know that `word` inflects with "-ing" or "-ed": "striking" → "strike", "agreed" → "agree", "rounded" → "round". */
export function knownVerbOf(word: string, suffix: 'ing' | 'ed'): string | undefined {
  const stem = word.slice(0, -suffix.length)
  const candidates = [stem, `${stem}e`, stem.slice(0, -1)]
  if (suffix === 'ed') candidates.push(word.slice(0, -1))
  return candidates.find((v) => KNOWN_VERBS.has(v))
}

/** The base form of a regular inflection: "co-founded" → "co-found", "re-imposing" → "re-impose". */
export function regularLemma(word: string): string {
  const known = (w: string) => KNOWN_VERBS.has(w) || KNOWN_VERBS.has(w.slice(w.lastIndexOf('-') + 1))
  for (const suffix of ['ed', 'ing', 'es', 's']) {
    if (!word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    for (const c of [stem, `${stem}e`, stem.slice(0, -1)]) if (known(c)) return c
    return suffix === 'ing' || suffix === 'ed' ? stem : word
  }
  return word
}

/** "Ghana's", "its": what owns the phrase it opens. */
export function isPossessive(t: Tagged): boolean {
  return (t.pos === 'PART' && t.lower === "'s") || POSSESSIVE_PRONOUNS.has(t.lower)
}

/** How many adjectives and adverbs stand between a determiner and token `i` (0 when no determiner opens them). */
export function modifiersFromDeterminer(tokens: readonly Tagged[], i: number): number {
  let j = i - 1
  while (j >= 0 && i - j <= 3 && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'ADV')) j--
  return j >= 0 && tokens[j].pos === 'DET' ? i - j - 1 : 0
}
