import { PERSONAL_SPEECH_NOUNS } from '../lexicon/quotes.js'
import { chunkStartingAt, type Lookup, type QuoteFrame, type SpeakerSite } from './speaker-frame.js'
import { pickChunk } from './speaker-pick.js'
import { isPersonLike } from './speaker-person.js'

/**
 * Steps 5 and 7 of the speaker resolver (speakers.ts): a speaker named before a colon that opens the
 * quote, with no speech verb ("Kerry: ‘…’", "Jane Doe (Chile): “…”", "For Jane Doe, …: “…”").
 */

/** Step 5: Kerry: ‘…’ (headlines and interview transcripts). */
export function nameColon(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (!f.before) return null
  const { tokens, chunkOf } = L.input
  const [from, to] = f.before
  if (to - 1 <= from || tokens[to - 1].text !== ':') return null
  // "Jane Roe (Chile): “…”": a round-up's speaker, the country or body in brackets after the name.
  let end = to - 1
  if (tokens[end - 1]?.text === ')') {
    let o = end - 2
    while (o > from && tokens[o].text !== '(' && end - o < 12) o--
    if (tokens[o]?.text === '(') end = o
  }
  const c = chunkOf[end - 1]
  if (c < 0) return asideColon(L, from, to)
  const chunk = pickChunk(L.input, [c], from, end)
  return chunk >= 0 && isPersonLike(L.input, L.input.chunks[chunk]) ? { chunk, rule: 'name-colon' } : asideColon(L, from, to)
}

/**
 * "Jane Doe, speaking to reporters on Monday: “…”", "Jane Doe, in a post on X: “…”": a name opening the
 * sentence, then words set off by a comma with no finite verb, up to the colon before the quote.
 */
function asideColon(L: Lookup, from: number, to: number): SpeakerSite | null {
  const { tokens, chunks } = L.input
  const c = chunkStartingAt(L.input, from, to)
  if (c < 0 || chunks[c].kind === 'pronoun' || !isPersonLike(L.input, chunks[c]) || tokens[chunks[c].end]?.text !== ',') return null
  for (let t = chunks[c].end + 1; t < to - 1; t++) {
    const w = tokens[t]
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !/(?:ing|ed)$/.test(w.lower)) return null
  }
  return { chunk: c, rule: 'aside-colon' }
}

/** Step 7: "For Jane Doe, a farmer in the valley, the problem is simple: “…”": whom the sentence speaks for, before a colon. */
export function forColon(L: Lookup, f: QuoteFrame): SpeakerSite | null {
  if (!f.before) return null
  const { tokens, chunks } = L.input
  const [from, to] = f.before
  // "In Jane Doe's words, “…”", "In the words of Jane Doe, “…”": whose words open the sentence, right before the quote.
  if (to - 1 > from && tokens[from].lower === 'in' && tokens[to - 1].text === ',') {
    const c = chunkStartingAt(L.input, from + 1, to)
    const named = c >= 0 && chunks[c].end === to - 1 ? c : c >= 0 && tokens[chunks[c].end]?.lower === 'of' ? chunkStartingAt(L.input, chunks[c].end + 1, to) : -1
    if (c >= 0 && named >= 0 && PERSONAL_SPEECH_NOUNS.has(chunks[c].headLemma) && isPersonLike(L.input, chunks[named]) && chunks[named].kind !== 'pronoun') return { chunk: named, rule: 'in-words' }
  }
  if (to - 1 <= from || tokens[to - 1].text !== ':' || tokens[from].lower !== 'for') return null
  const c = chunkStartingAt(L.input, from + 1, to)
  return c >= 0 && tokens[chunks[c].end]?.text === ',' && isPersonLike(L.input, chunks[c]) && chunks[c].kind !== 'pronoun' ? { chunk: c, rule: 'for-colon' } : null
}
