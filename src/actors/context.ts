import { isAbbreviation } from '../nlp/sentence-scan.js'
import { firstIndex } from '../model/search.js'

/**
 * Reading the words around a gazetteer match: is the name used as an
 * adjective ("U.S. sanctions"), as a place ("in Beijing"), or as part of some
 * longer proper name ("Michael Jordan", "Tokyo Electric")?
 */

/** Lowercase words that follow a name used as a subject, not as a modifier ("China said", "Japan will"). */
const VERB_OR_FUNCTION = new Set(
  ('and or but nor to of in on at by for from with as than that which who whose whom what where when while if ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'also still now then already again too alone itself themselves herself himself itself instead however ' +
    'not never just only even first last both all each either neither together so such this these those ' +
    'said say says told tells became become becomes made make makes gave give gives took take takes set sets ' +
    'put puts sent send sends won win wins saw see sees rose rise rises fell fall falls grew grow grows came ' +
    'come comes went go goes began begin begins kept keep keeps held hold holds left leave leaves brought ' +
    'bring brings sought seek seeks thought think thinks felt feel feels stood stand stands wrote paid pay ' +
    'pays cut cuts hit hits let lets met meet meets led lead leads got get gets ran run runs spent spend ' +
    'agreed agree agrees want wants need needs aim aims plan plans hope hopes expect expects intend intends ' +
    'remain remains appear appears seem seems vow vows pledge pledges commit commits urge urges push pushes ' +
    'announce announces unveil unveils reject rejects join joins lag lags lead leads account accounts ' +
    'via amid over under into onto against between among during after before since until about around ' +
    'here there nor yet respectively alike combined accounted ' +
    // A number word starts a phrase of its own after a name: "met Mexico three years ago", "visited Chile twice".
    'two three four five six seven eight nine ten eleven twelve several twice once').split(' '),
)

/** Capitalised words that a name modifies ("U.S. President", "EU Commission", "China Tuesday" is a date). */
const CAPITAL_HEADS = new Set(
  ('President Vice Prime Premier Foreign Trade Commerce Energy Environment Climate Treasury Secretary Minister ' +
    'Ministry Ministers Department Embassy Ambassador Government Congress Senate Parliament Navy Army Air Special ' +
    'Commission Council Commissioner Chancellor Envoy Supreme Federal National State Customs Central Agency ' +
    'Administration Inflation Green Emissions Carbon Border Chamber Defense Defence Finance Economy Industry ' +
    'Cabinet Chief Deputy Summit Leaders Office Presidency Representative Spokesman Spokeswoman Delegation ' +
    'Interior Justice Court Constitutional House Crown King Emir Sheikh Prince Queen Development Ecology Mission ' +
    'Administration Coast Forces Military Intelligence Secretary-General Executive Director Statistics PM').split(' '),
)

const DAYS_MONTHS = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December').split(' '),
)

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'into', 'inside', 'outside', 'across', 'throughout', 'near', 'visit', 'visited', 'visiting', 'toward', 'towards'])

/** Words that may precede a capitalised name without making it part of a longer proper name. */
export const SENTENCE_WORDS = new Set(
  ('The A An In On At For But And Or As By From With To Of If When While After Before Since Until Unlike Like ' +
    'Both Neither Either Meanwhile However Also Yet So Then Now Today Earlier Later Last This That These Those ' +
    'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Minister Premier Chancellor Secretary Envoy King Prince Emir ' +
    'Under Over Between Among Against Despite Without Within Through During Via Outside Inside Beyond Toward ' +
    'Towards Across Behind Ahead Following Including Excluding Per Where Whether Although Though Because ' +
    'It He She They We I You Its His Her Their Our Your Why How What Which Who').split(' '),
)
for (const w of DAYS_MONTHS) SENTENCE_WORDS.add(w)

export interface Token {
  readonly word: string
  readonly start: number
  readonly end: number
}

/** True for letters and digits of Latin scripts (char-code tests: these run for every hit). */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}

/** Letters, digits and the marks inside words ("O'Brien", "U.S.", "vice-premier"). */
function isInWordCode(c: number): boolean {
  return isWordCode(c) || c === 39 || c === 0x2019 || c === 46 || c === 45
}

/** The next word after `pos`, across spaces only (a line break ends the phrase); null at punctuation. */
export function nextWord(text: string, pos: number): Token | null {
  let i = pos
  while (text[i] === ' ' || text[i] === '\u00a0') i++
  if (i === pos || i >= text.length || !isWordCode(text.charCodeAt(i))) return null
  let j = i + 1
  while (j < text.length && isInWordCode(text.charCodeAt(j))) j++
  while (j > i + 1 && !isWordCode(text.charCodeAt(j - 1))) j--
  return { word: text.slice(i, j), start: i, end: j }
}

/** The word before `pos`, across spaces only; null at punctuation or a line start. */
export function previousWord(text: string, pos: number): Token | null {
  let i = pos
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--
  if (i === pos || i === 0 || !isInWordCode(text.charCodeAt(i - 1))) return null
  let j = i - 1
  while (j > 0 && isInWordCode(text.charCodeAt(j - 1))) j--
  while (j < i && !isWordCode(text.charCodeAt(j))) j++
  if (j === i) return null
  return { word: text.slice(j, i), start: j, end: i }
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/** True when the text before `pos` on its line ends a sentence or the line starts there. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1
  while (i >= 0 && /[ \t\u00a0"“‘'(]/.test(text[i])) i--
  return i < 0 || /[\n.!?:;]/.test(text[i])
}

/**
 * Per-article memo of which lines are title case, keyed by line start. The line starts are found
 * once and searched by halving, so a text that is one very long line costs no rescans (issue 15).
 */
export class LineCache {
  private starts: number[] | null = null
  private readonly memo = new Map<number, boolean>()

  /** Offset of the start of the line holding `pos`. */
  lineStart(text: string, pos: number): number {
    if (!this.starts) {
      this.starts = [0]
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
    }
    const starts = this.starts
    return starts[firstIndex(starts.length, (i) => starts[i] <= pos) - 1]
  }

  titleCase(text: string, lineStart: number): boolean {
    let known = this.memo.get(lineStart)
    if (known === undefined) {
      known = isTitleCase(text, lineStart)
      this.memo.set(lineStart, known)
    }
    return known
  }
}

/**
 * True when the line holding `pos` is written in title case ("China Slams US
 * Solar Tariffs"), where capitals say nothing about proper names: a short
 * line with no closing full stop whose longer words are nearly all capitalised.
 */
export function inTitleCaseLine(text: string, pos: number, cache: LineCache): boolean {
  return cache.titleCase(text, cache.lineStart(text, pos))
}

function isTitleCase(text: string, lineStart: number): boolean {
  let lineEnd = text.indexOf('\n', lineStart)
  if (lineEnd < 0) lineEnd = text.length
  // Headlines are short and end without a full stop; a long or punctuated line is a paragraph.
  // A line ending in a colon names who speaks below it ("German Foreign Minister Anna Becker:"), not a headline.
  if (lineEnd - lineStart > 250 || /[.!?:]["”]?\s*$/.test(text.slice(lineStart, lineEnd))) return false
  let words = 0
  let long = 0
  let capitalised = 0
  for (let i = lineStart; i < lineEnd; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const first = text.charCodeAt(i)
    let j = i + 1
    while (j < lineEnd && isInWordCode(text.charCodeAt(j))) j++
    words++
    if (j - i > 3) {
      long++
      if ((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde)) capitalised++
    }
    i = j
  }
  return words >= 3 && words <= 25 && capitalised >= 0.7 * long
}

/**
 * True when a name, adjective or place modifies the following word.
 * Adjectives do unless a verb or function word follows ("the Chinese have");
 * names do when a noun follows: a known modifiee, or a lowercase word that
 * looks like neither a verb (-ed, -s, irregular past) nor an adverb (-ly).
 */
export function isAdjectival(text: string, end: number, form: string): boolean {
  if (form === 'plural') return false
  if (possessiveAt(text, end)) return false
  if (text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? '')) return true
  const next = nextWord(text, end)
  if (!next) return false
  const w = next.word
  if (isCapitalised(w)) return form === 'adjective' ? !DAYS_MONTHS.has(w) : CAPITAL_HEADS.has(w)
  if (/^\p{N}/u.test(w)) return false
  if (VERB_OR_FUNCTION.has(w)) return false
  if (form === 'adjective') return true
  if (/(ed|ly)$/.test(w)) return false
  if (/[^s]s$/.test(w)) return NOUN_PLURALS.has(w)
  return true
}

/** Plural nouns a country name often modifies ("U.S. sanctions"); other -s words after a name are read as verbs. */
const NOUN_PLURALS = new Set(
  ('officials sanctions tariffs emissions exports imports negotiators companies firms leaders lawmakers ' +
    'diplomats troops forces authorities talks relations ties forces markets investors producers consumers ' +
    'manufacturers automakers banks utilities regulators policymakers delegates envoys ministers businesses ' +
    'industries citizens farmers workers voters goods products panels vehicles makers plants projects targets ' +
    'goals pledges commitments efforts policies measures rules laws levies duties subsidies bonds assets ' +
    'interests allies counterparts representatives sources analysts scientists experts researchers ' +
    'steelmakers refiners exporters importers giants partners states provinces regions cities ' +
    'data figures statistics officials’ emissions’').split(' '),
)

/**
 * What /^['’]s?\b/ finds at `end` ("China's", "the Philippines’"): an apostrophe and a word character
 * right after it (an "s" ending a word, or any word the apostrophe opens). Char codes: it runs for every hit.
 */
function possessiveAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end)
  if (c !== 39 && c !== 0x2019) return false
  const n = text.charCodeAt(end + 1)
  return (n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95
}

/** True when the word before the mention is a locative preposition ("in Beijing", "visit to China"). */
export function isLocative(text: string, start: number): boolean {
  const prev = previousWord(text, start)
  if (!prev) return false
  if (prev.word === 'the' || prev.word === 'The') {
    const before = previousWord(text, prev.start)
    return !!before && LOCATIVE.has(before.word.toLowerCase())
  }
  return LOCATIVE.has(prev.word.toLowerCase())
}

/**
 * True when the match reads as part of a longer proper name: a capitalised
 * word other than a sentence word right before it ("Michael Jordan"), or a
 * capitalised word after it that is not a head it could modify ("Tokyo
 * Electric", "Chad Smith"). Title-case lines are exempt.
 */
export function inLongerName(text: string, start: number, end: number, lines: LineCache): boolean {
  if (inTitleCaseLine(text, start, lines)) return false
  const prev = previousWord(text, start)
  if (prev && isCapitalised(prev.word) && !SENTENCE_WORDS.has(prev.word) && !atSentenceStart(text, prev.start) && !endsSentence(prev.word)) return true
  const next = nextWord(text, end)
  return !!next && isCapitalised(next.word) && !CAPITAL_HEADS.has(next.word) && !DAYS_MONTHS.has(next.word)
}

/**
 * A capitalised word with a full stop that ends a sentence ("… to the United Nations. China has …",
 * "… told the UN. Japan …"), not an initial ("John F. Kerry") or a dotted abbreviation ("U.S.", "St.").
 */
function endsSentence(word: string): boolean {
  const bare = word.slice(0, -1)
  return word.length >= 3 && word.endsWith('.') && !bare.includes('.') && !isAbbreviation(bare)
}

/** True when the line holding `pos` is in capitals ("LET US KNOW"), where "US" is a pronoun. */
export function inUpperCaseRun(text: string, start: number, end: number): boolean {
  const prev = previousWord(text, start)
  const next = nextWord(text, end)
  const upper = (t: Token | null) => !!t && t.word.length > 1 && t.word === t.word.toUpperCase() && /\p{L}/u.test(t.word)
  return upper(prev) || upper(next)
}
