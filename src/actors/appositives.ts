import { APPOSITIVE_HEADS } from './data/roles.js'
import { type LineCache, SENTENCE_WORDS, inTitleCaseLine, previousWord } from './context.js'
import { lookupKnownPerson } from './known-people.js'
import { NAME_PARTICLES, isNotNameWord } from './names.js'
import { isFirstName } from './data/first-names.js'
import type { PersonFind } from './person-find.js'
import type { ActorHit } from './titles.js'

/** A comma after a word, maybe with an age ("Jane Doe, 27, a student"). */
const COMMA = /,(?: \d{1,3},)? /g
// The character before a head is matched, not looked behind (see headWordAt): a lookbehind at the
// start keeps the regex engine from scanning fast. Every head starts with a letter.
const HEAD_WORD = new RegExp(`(?:^|[^A-Za-z-])(?:${[...APPOSITIVE_HEADS].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z-])`, 'i')
/** The appositive runs to the next clause punctuation. */
const PHRASE_END = /[,.;:()"“”\n]|\s(?:who|which|said|says|told)\s/
/** How far into the appositive its head noun may come ("China's top climate negotiator"). */
const MAX_HEAD_WORDS = 8
const NAME_WORD = /^(?:\p{Lu}\.)+$|^[AaEe]l-\p{Lu}[\p{L}'’]*$|^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u
/** A letter or number outside ASCII (tested a code point at a time: most text is ASCII and never gets here). */
const OTHER_WORD_CHAR = /^[\p{L}\p{N}’]$/u
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES.join('|')})$`)

/**
 * Finds people described by an appositive after their name: "Xie Zhenhua,
 * China's special envoy for climate change," or "Jane Doe, the council's
 * chair". The actor is the first country or group inside the appositive.
 *
 * @param hits gazetteer hits for countries and groups, sorted by start
 */
export function findAppositivePeople(text: string, hits: readonly ActorHit[], isActorWord: (w: string) => boolean): PersonFind[] {
  const out: PersonFind[] = []
  COMMA.lastIndex = 0
  for (let c = COMMA.exec(text); c; c = COMMA.exec(text)) {
    const phraseStart = c.index + c[0].length
    // The name first: most commas follow no name, and it is read without copying the text after.
    const nameStart = nameBefore(text, c.index, isActorWord)
    if (nameStart < 0) continue
    const rest = text.slice(phraseStart, phraseStart + 140)
    const cut = PHRASE_END.exec(rest)
    const phrase = cut ? rest.slice(0, cut.index) : rest
    const head = headWordAt(phrase)
    if (head < 0 || phrase.slice(0, head).split(/\s+/).length > MAX_HEAD_WORDS) continue
    const name = text.slice(nameStart, c.index)
    const phraseEnd = phraseStart + phrase.length
    const inside = hits.find((h) => h.start >= phraseStart && h.end <= phraseEnd && (h.entry.kind === 'country' || h.entry.kind === 'group'))
    const hintActor = inside && 'actor' in inside.entry ? inside.entry.actor : null
    const known = lookupKnownPerson(name, hintActor)
    out.push({ start: nameStart, end: c.index, nameStart, name, role: phrase.trim() || null, actor: known?.actor ?? hintActor, known, hideUntil: phraseEnd })
  }
  return out
}

/** Where the first head noun of a phrase starts (a whole word: no letter or hyphen on either side), or -1. */
function headWordAt(phrase: string): number {
  const m = HEAD_WORD.exec(phrase)
  if (!m) return -1
  // The match holds the character before the head unless the head opens the phrase.
  return m.index === 0 && /^[A-Za-z]/.test(m[0]) ? 0 : m.index + 1
}

/** " of " or " of the " right before a country: "Jane Doe of Ruritania said". */
const OF_BEFORE = /,? of (?:the )?$/

/**
 * Finds people tied to a country or group by "of" right after their name:
 * "Camila Reyes of Mexico said", "Jan Novak of the IEA". Two-word names at
 * least, as for appositives.
 */
export function findPeopleOfCountry(
  text: string,
  hits: readonly ActorHit[],
  isActorWord: (w: string) => boolean,
  lines: LineCache,
): PersonFind[] {
  const out: PersonFind[] = []
  for (const h of hits) {
    if (h.entry.kind !== 'country' && h.entry.kind !== 'group') continue
    // (Every match ends with " of " or " of the ": most hits have neither before them, and skip the copy and the scan.)
    if (!text.endsWith(' of ', h.start) && !text.endsWith(' of the ', h.start)) continue
    const of = OF_BEFORE.exec(text.slice(Math.max(0, h.start - 9), h.start))
    if (!of) continue
    const end = h.start - of[0].length
    const start = nameBefore(text, end, isActorWord)
    if (start < 0) continue
    const name = text.slice(start, end)
    const known = lookupKnownPerson(name, h.entry.actor)
    if (!known && inTitleCaseLine(text, start, lines)) continue
    out.push({ start, end, nameStart: start, name, role: null, actor: known?.actor ?? h.entry.actor, known, hideUntil: h.end })
  }
  return out
}

/**
 * Start of a personal name that ends at `end`, read backwards word by word,
 * or -1: two to five name words, not a sentence word, country or group, and
 * not the tail of a longer capitalised phrase.
 */
function nameBefore(text: string, end: number, isActorWord: (w: string) => boolean): number {
  let start = end
  let words = 0
  let pos = end
  for (let i = 0; i < 7; i++) {
    const from = wordBefore(text, pos)
    if (from === pos) break
    const w = text.slice(from, pos)
    // (A country's or capital's name right after a first name is a surname: "Ana Lima, Portugal's minister".)
    const nameWord = NAME_WORD.test(w) && !/['’]s$/.test(w) && !isNotNameWord(w) && !SENTENCE_WORDS.has(w) && (!isActorWord(w) || surnameAfterFirstName(text, from))
    if (!nameWord && !(words > 0 && PARTICLE.test(w))) break
    if (nameWord) words++
    start = pos - w.length
    if (text[start - 1] !== ' ') break
    pos = start - 1
  }
  // A name does not start with a particle ("de Silva" is read as "Silva" plus the word before).
  while (start < end && PARTICLE.test(text.slice(start, text.indexOf(' ', start)))) start = text.indexOf(' ', start) + 1
  if (words < 2 || words > 5) return -1
  const before = previousWord(text, start)
  if (before && /^\p{Lu}/u.test(before.word) && !SENTENCE_WORDS.has(before.word)) return -1
  return start
}

/**
 * Start of the run of letters, numbers, apostrophes, full stops and hyphens that ends at `pos`, within
 * the 40 characters before it (`pos` itself when there is none): what /[\p{L}\p{N}'’.-]+$/u finds in
 * that slice, read backwards by char code instead of a regex tried at each of the 40 positions.
 */
function wordBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - 40)
  let i = pos
  while (i > from) {
    const c = text.charCodeAt(i - 1)
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45) i--
      else break
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      // A pair of surrogates is one code point; a low one without its high one in the window is none.
      if (i - 2 < from || !OTHER_WORD_CHAR.test(text.slice(i - 2, i))) break
      i -= 2
    } else if (OTHER_WORD_CHAR.test(text[i - 1])) i--
    else break
  }
  return i
}

/** Whether the word before `from` is a first name our lists know. */
function surnameAfterFirstName(text: string, from: number): boolean {
  const before = previousWord(text, from)
  return !!before && before.end === from - 1 && isFirstName(before.word)
}
