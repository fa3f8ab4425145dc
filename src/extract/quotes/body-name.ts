import type { Doc } from '../../model/doc.js'
import { isCapitalised, isDeterminer, withoutDeterminer } from './names.js'

/**
 * A body that speaks, as its name is written: the tagger may cut the name short ("the Beyond" +
 * "Coal campaign", "The Kenya Red" + "Cross") or put the nouns that say what it is before it ("the
 * environmental group Friends of the Marsh"); these read the whole name back.
 */

/** An organisation or group that speaks as itself (phrase.ts `body`). */
export interface Body {
  readonly kind: 'body'
  readonly name: string
  readonly head: string
  readonly actor: string | null
  readonly bare: boolean
  readonly proper: boolean
  readonly group: boolean
  /** The one word a name "of"/"for" something opens with ("Friends" of the Earth): a person's surname when the article knows it ("Roe of the Sierra Club"). */
  readonly lead?: string
}

/**
 * "the environmental group Friends of the Valley", "the think tank Carbon Watch", "the utility Enerjisa
 * Verde": a body named after the common nouns that say what it is; its name is the capitalised words.
 */
export function describedBody(doc: Doc, chunk: number): Body | null {
  const c = doc.chunks[chunk]
  const tokens = doc.tokens
  let s = c.end
  while (s > c.start && tokens[s - 1].pos === 'PROPN' && isCapitalised(tokens[s - 1])) s--
  const noun = tokens[s - 1]
  if (s === c.end || s - 1 <= c.start || noun.pos !== 'NOUN' || isCapitalised(noun)) return null
  return bodyOf(doc, s, capitalisedEnd(doc, c.end), noun.lemma, c.modifierActor)
}

/** A body's name as written, without its determiner, and with its "of …" tail ("the Ministry of Mines, Water and Energy"). */
export function bodyOf(doc: Doc, start: number, end: number, head: string, actor: string | null): Body {
  const tokens = doc.tokens
  let e = end
  const sentence = tokens[start].sentence
  // "of Trade, Industry and Energy": capitalised words joined by "of", "for", "and", commas.
  // ("Friends of the Valley": a "the" may open the tail.)
  const tail = tokens[e + 1]?.lower === 'the' ? e + 2 : e + 1
  if (tokens[e] && (tokens[e].lower === 'of' || tokens[e].lower === 'for') && isCapitalised(tokens[tail]) && tokens[tail].sentence === sentence) {
    let last = e
    for (let k = e + 1, n = 0; n < 12 && tokens[k] && tokens[k].sentence === sentence; n++, k++) {
      const t = tokens[k]
      if (isCapitalised(t) && t.pos !== 'PUNCT') last = k + 1
      else if (!(t.text === ',' || t.lower === 'and' || t.lower === 'the' || t.lower === 'of' || t.lower === 'for' || t.lower === '&')) break
    }
    e = last
  }
  const proper = isCapitalised(tokens[e - 1])
  const bare = e - start <= 1 + (isDeterminer(tokens[start]) ? 1 : 0) && !proper
  return { kind: 'body', name: withoutDeterminer(doc, start, e), head, actor, bare, proper, group: false }
}

/** The start of a body's name the tagger cut short: capitalised words in no phrase before it ("Beyond" + "Coal campaign"). */
export function capitalisedStart(doc: Doc, start: number): number {
  const tokens = doc.tokens
  let s = start
  while (s > 0 && tokens[s - 1].sentence === tokens[start].sentence && isCapitalised(tokens[s - 1]) && tokens[s - 1].pos !== 'PUNCT' && doc.chunkOf[s - 1] < 0 && !isDeterminer(tokens[s - 1])) s--
  // (The sentence's first word is capitalised whatever it is.)
  return s > start && s === doc.sentenceTokens[tokens[start].sentence]![0] ? s + 1 : s
}

/** The end of a name the tagger cut short: capitalised words glued after the phrase ("The Kenya Red" + "Cross"). */
export function capitalisedEnd(doc: Doc, end: number): number {
  const tokens = doc.tokens
  let e = end
  while (e < tokens.length && tokens[e].sentence === tokens[end - 1].sentence && isCapitalised(tokens[e]) && tokens[e].pos !== 'PUNCT' && doc.chunkOf[e] < 0) e++
  return e
}
