import { APPOSITIVE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from '../../actors/data/roles.js'
import { NOT_NAMES, PERSON_EPITHETS } from '../../lexicon/quotes.js'
import { NAME_PARTICLES } from '../../actors/names.js'
import { isFirstName } from '../../actors/data/first-names.js'
import type { Doc, Token } from '../../model/doc.js'

/**
 * Every word of the titles and jobs written before a name ("Deputy Prime Minister", "Special Envoy",
 * "Activist"), and honorifics: not part of the name.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLE_HEADS, ...TITLE_MODIFIERS, ...APPOSITIVE_HEADS]
    .flatMap((t) => t.toLowerCase().split(/[\s-]+/))
    .concat(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'sheikh', 'lord', 'lady', 'rev', 'gen', 'sen', 'rep', 'gov', 'mp', 'mep']),
)
/** Name particles written in lower case inside a name ("Mohammed bin Rashid", "Ursula von der Leyen"). */
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES)
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our'])

/**
 * The name at the end of tokens [start, end), after titles, ranks and country words
 * ("Tuvaluan Finance Minister Lopa Tesi" → "Lopa Tesi", "Robert Hale Jr." stays whole); null when
 * no capitalised proper noun is left.
 */
export function trailingName(doc: Doc, start: number, end: number): { text: string; words: number } | null {
  const tokens = doc.tokens
  let s = end
  while (s > start) {
    const t = tokens[s - 1]
    // A country or group word is no part of a name ("Tuvaluan", "EU").
    if (t.mention >= 0 && doc.mentions[t.mention].kind !== 'person') break
    // "Jean-Pierre": a hyphen joining two name words with no space is inside the name.
    const joined = t.text === '-' && s < end && s - 1 > start && tokens[s - 2].end === t.start && t.end === tokens[s].start && isCapitalised(tokens[s - 2])
    if ((joined || PARTICLES.has(t.lower)) && s < end && s - 1 > start) {
      s--
      continue
    }
    // A surname may look like a title ("Carole King"): the last word stays when a name word precedes it.
    const before = tokens[s - 2]
    const surname = s === end && s - 2 >= start && isCapitalised(before) && !isTitleWord(before) && (before.mention < 0 || doc.mentions[before.mention].kind === 'person')
    // A first name that is also a title word ("Marine Le Pen", "Marine Dubreuil") opens the name after it.
    const first = s < end && isFirstName(t.lower)
    if (!isCapitalised(t) || (isTitleWord(t) && !surname && !first) || NOT_NAMES.has(t.lower) || t.pos === 'NUM' || t.lower === "'s") break
    s--
  }
  // A lower-case particle left at the start belongs to no name here ("de Silva" after a title word); a capitalised
  // one opens the surname ("Le Pen said", "Van Dijk told"), as the short forms in actors/names.ts keep it.
  while (s < end && PARTICLES.has(tokens[s].lower) && !(isCapitalised(tokens[s]) && s + 1 < end && isCapitalised(tokens[s + 1]))) s++
  if (s >= end) return null
  let proper = false
  for (let t = s; t < end; t++) if (tokens[t].pos === 'PROPN') proper = true
  return proper ? { text: wordSpan(doc, tokens[s].start, tokens[end - 1].end), words: end - s } : null
}

/**
 * The text of [from, to) widened to whole words: the tagger splits some letters off a word
 * ("Ilić" as "Ili" and "ć"), and the name must keep them.
 */
function wordSpan(doc: Doc, from: number, to: number): string {
  const text = doc.text
  let s = from
  let e = to
  while (s > 0 && LETTER.test(text[s - 1])) s--
  while (e < text.length && LETTER.test(text[e])) e++
  return text.slice(s, e)
}

const LETTER = /[\p{L}\p{M}]/u

function isTitleWord(t: Token): boolean {
  // ("Hydrologist Deepak Rai", "Glaciologist Jane Roe": a trade written before a name, capitalised as the sentence's first word.)
  return TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || TITLE_WORDS.has(t.lemma) || PERSON_EPITHETS.has(t.lower) || TRADE.test(t.lower)
}

/** Trades known by their ending: hydrologist, economist, oceanographer. */
const TRADE = /(?:ologist|onomist|ographer)$/

/** Starts with a capital letter. */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false
  const c = t.text.charCodeAt(0)
  return (c >= 65 && c <= 90) || (c > 127 && t.text[0] !== t.text[0].toLowerCase())
}

/** Some word of [start, end) other than a determiner is capitalised. */
export function hasCapital(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = start; t < end; t++) if (isCapitalised(tokens[t]) && tokens[t].pos !== 'DET') return true
  return false
}

/** The text of tokens [start, end) as written, without a leading determiner ("the Chinese Foreign Ministry" → "Chinese Foreign Ministry"). */
export function withoutDeterminer(doc: Doc, start: number, end: number): string {
  const s = DETERMINERS.has(doc.tokens[start].lower) && end - start > 1 ? start + 1 : start
  return doc.text.slice(doc.tokens[s].start, doc.tokens[end - 1].end)
}

/** True when the phrase opens with a determiner only ("the ministry" is bare, "the development ministry" is not). */
export function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.lower)
}
