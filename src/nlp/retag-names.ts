import { APPOSITIVE_HEADS } from '../actors/data/roles.js'
import { isFirstName } from '../actors/data/first-names.js'
import type { Pos } from '../model/doc.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { type Tagged, endsInSingleS, isPossessive } from './retag-words.js'

/** Rules of retag (retag.ts) that mend the words of a person's name or title the tagger read as common words. */

/** Marks that close a quote before its attribution, and the words a name of the attribution may hold. */
const CLOSING_MARKS = new Set(['"', '”', '’', "'"])
const NAME_RUN = 4

/**
 * 9. The speaker after a quote is a name, whatever the tagger made of its words: capitalised words
 * right after an inverted speech verb ("…,” said Tom Burke", "…, said Rose Bird") or between the
 * quote's close and its speech verb ("…,” Joy Hope said") become proper nouns.
 */
export function namesInAttribution(tokens: Tagged[]): void {
  const capital = (t: Tagged | undefined) => !!t && t.pos !== 'PUNCT' && t.pos !== 'PRON' && t.pos !== 'DET' && /^\p{Lu}\p{Ll}/u.test(t.text)
  const name = (t: Tagged) => {
    if (t.pos !== 'PROPN') [t.pos, t.lemma] = ['PROPN', t.lower]
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma)) continue
    const prev = tokens[i - 1]
    const inverted = CLOSING_MARKS.has(prev.text) || prev.text === ','
    // ("…,” said the Red Cross's climate director, …": a body's name after "the" is a name too.)
    const from = inverted && tokens[i + 1]?.lower === 'the' && capital(tokens[i + 2]) ? i + 2 : i + 1
    if (inverted) for (let k = from; k < tokens.length && k <= from + NAME_RUN - 1 && capital(tokens[k]); k++) name(tokens[k])
    if (inverted) jobNouns(tokens, i + 1)
    // "…,” said lead author Jane Roe", "said acting director …": the inverted verb's subject follows it,
    // and two finite verbs do not stand side by side, so a verb before a noun there modifies the noun.
    const next = tokens[i + 1]
    if (inverted && next && next.pos === 'VERB' && /^\p{Ll}/u.test(next.text) && tokens[i + 2]?.pos === 'NOUN' && tokens[i + 3]?.pos === 'PROPN') next.pos = 'ADJ'
    let k = i - 1
    while (k > 0 && k >= i - NAME_RUN && capital(tokens[k])) k--
    if (k < i - 1 && (CLOSING_MARKS.has(tokens[k].text) || (tokens[k].text === ',' && CLOSING_MARKS.has(tokens[k - 1]?.text ?? '')))) for (let j = k + 1; j < i; j++) name(tokens[j])
  }
}

/** Tags of the words a speaker's phrase after an inverted speech verb is made of ("the Red Cross's climate policy lead, Jo Ray"). */
const SPEAKER_PHRASE: ReadonlySet<Pos> = new Set(['DET', 'PROPN', 'PART', 'NOUN', 'ADJ'])
const JOB_HEADS: ReadonlySet<string> = new Set(APPOSITIVE_HEADS)

/**
 * 9. (continued) "…,” said Oxfam's climate policy lead, Jo Ray": in the speaker's phrase after an
 * inverted speech verb, a job noun that is also a verb's base form ("lead") after the nouns of its
 * trade and before the name or its comma heads the phrase; the tagger reads it as a verb.
 */
function jobNouns(tokens: Tagged[], from: number): void {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k]
    if (SPEAKER_PHRASE.has(t.pos)) continue
    const [prev, next] = [tokens[k - 1], tokens[k + 1]]
    if (t.pos === 'VERB' && t.lemma === t.lower && JOB_HEADS.has(t.lower) && (prev.pos === 'NOUN' || isPossessive(prev)) && next && (next.text === ',' || next.pos === 'PROPN')) [t.pos, t.lemma] = ['NOUN', t.lower]
    return
  }
}

/**
 * 26. "Thomas Bird lost forty hives", "engineer Helen Frost said": a capitalised common word right after
 * a first name our lists know is the surname (a surname may be any word: Bird, Frost, Field, Stone,
 * Hope), and so is one between a name and a speech verb ("Isla Grant said"). Not in a title-case run (the word after is capitalised too: "Bill Passes Senate"), and not a
 * word in single -s, which in a headline is a verb ("Frank Talks …").
 */
export function surnameWords(tokens: Tagged[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const [t, prev, next] = [tokens[i], tokens[i - 1], tokens[i + 1]]
    // (A base-form verb too: "Rachel Hope said", read as "hope".)
    const common = t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && t.lower === t.lemma)
    if (!common || !/^\p{Lu}\p{Ll}/u.test(t.text) || prev.pos !== 'PROPN' || t.sentence !== prev.sentence) continue
    // ("Campaigner Isla Grant said": after a name our lists lack, a speech verb next says the word is no verb: two do not stand side by side.)
    if (!isFirstName(prev.lower) && !(next?.pos === 'VERB' && SPEECH_VERBS.has(next.lemma))) continue
    if (endsInSingleS(t.lower) || (next && /^\p{Lu}/u.test(next.text))) continue
    ;[t.pos, t.lemma] = ['PROPN', t.lower]
  }
}
