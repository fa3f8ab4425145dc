import { SPEECH_VERBS } from '../lexicon/speech.js'
import type { Phrase } from '../model/doc.js'
import { phraseFrom, type PhraseContext } from './phrases.js'
import { EXAMPLE_LEAD_STARTS, RELATIVE_PRONOUNS } from '../lexicon/links.js'

/**
 * Asides between a subject and its verb, for the shallow parse (clauses.ts): a parenthetical between
 * commas (", which …,", ", a former diplomat,", ", including China and Brazil,"), partners joined by
 * "together with", and an aside that names the parties a plural description stands for.
 */

/** Marks no aside or list runs across. */
export const STOP_PUNCT = new Set([';', ':', '(', ')', '“', '”', '"', '—', '–', '[', ']'])

/** The list between the commas at `open` and `close` when it names two parties or more for a plural description before it ("the two sides"). */
export function namingAside(ctx: PhraseContext, open: number, close: number): Phrase | null {
  const { chunks, chunkOf } = ctx
  const before = chunkOf[open - 1]
  const first = chunkOf[open + 1]
  if (before < 0 || first < 0 || !chunks[before].plural || chunks[before].actors.length || (chunks[before].kind !== 'role' && chunks[before].kind !== 'anaphor')) return null
  const list = phraseFrom(ctx, first, 'right')
  const actors = new Set(list.chunks.flatMap((k) => chunks[k].actors))
  return list.end === close && actors.size >= 2 ? list : null
}

/** For a comma closing a parenthetical that ends right before a verb, the offset of the comma opening it, or -1. */
export function parentheticalStart(ctx: PhraseContext, close: number): number {
  const { tokens, chunkOf, from } = ctx
  // "Several countries, including Chile, Peru and Kenya, have …": a list of examples holds
  // commas of its own, so its opening is found first.
  for (let k = close - 1; k > from && close - k < 40; k--) {
    if (STOP_PUNCT.has(tokens[k].text)) break
    if (tokens[k].text === ',' && chunkOf[k - 1] >= 0 && EXAMPLE_LEAD_STARTS.has(tokens[k + 1].lower)) return k
  }
  for (let k = close - 1; k > from && close - k < 40; k--) {
    const t = tokens[k]
    if (STOP_PUNCT.has(t.text)) return -1
    if (t.text !== ',') continue
    const first = tokens[k + 1]
    // The word before the opening comma must end a phrase: the subject the parenthetical describes.
    if (chunkOf[k - 1] < 0) return -1
    if (RELATIVE_PRONOUNS.has(first.lower) || first.pos === 'ADV' || chunkOf[k + 1] >= 0 || first.pos === 'ADP' || (first.pos === 'VERB' && first.lower.endsWith('ing'))) return k
    // (", fresh from talks in Abuja,", ", eager for a deal,": an adjective with its phrase describes the phrase before.)
    if (first.pos === 'ADJ' && tokens[k + 2]?.pos === 'ADP') return k
    // ", announced by Japan on Friday,": a participle with its agent describes the phrase before.
    if (first.pos === 'VERB' && first.lower !== first.lemma && tokens[k + 2]?.lower === 'by') return k
    // ("The talks, planned for June, never took place": a participle with its own phrases describes the phrase before;
    // not a speech verb, ", said the minister,", which reports.)
    if (first.pos === 'VERB' && first.lower !== first.lemma && !first.lower.endsWith('ing') && !SPEECH_VERBS.has(first.lemma) && tokens[k + 2]?.pos === 'ADP') return k
    return -1
  }
  return -1
}

/** "together with", "along with", "alongside" end at token `at`: the phrase after it acts with the subject. */
export function isComitative(tokens: PhraseContext['tokens'], at: number): boolean {
  const w = tokens[at].lower
  return w === 'alongside' || (w === 'with' && (tokens[at - 1]?.lower === 'together' || tokens[at - 1]?.lower === 'along'))
}

export function comitativeIn(tokens: PhraseContext['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isComitative(tokens, k)) return true
  return false
}
