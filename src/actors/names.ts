import { foldAccents } from './gazetteer.js'

/**
 * Personal names in running text: "John F. Kerry", "Ursula von der Leyen",
 * "Sultan Ahmed Al Jaber", "Moon Jae-in", "R.K. Singh".
 */

/** One word of a name: an initial ("F."), an Arabic article form ("al-Jaber") or a capitalised word with a lowercase letter. */
const NAME_TOKEN = String.raw`(?:\p{Lu}\.(?: ?\p{Lu}\.)*|[AaEe]l-\p{Lu}[\p{L}'’]*|\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)`
/**
 * Particles written in lower case inside a name ("Mohammed bin Rashid", "Ursula von der Leyen",
 * "Simon Holmes à Court"): the one list the name finders read.
 */
export const NAME_PARTICLES: readonly string[] = ['bin', 'bint', 'ibn', 'ben', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'des', 'da', 'das', 'do', 'dos', 'du', 'di', 'del', 'della', 'dei', 'la', 'le', 'ter', 'zu', 'à']
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`
/** A particle word in any case: "Le Pen", "De Smet" are short forms of "Marine Le Pen", "Anne De Smet". */
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, 'i')
const SUFFIX = String.raw`(?:,? Jr\.?|,? Sr\.?| II| III)`

/** Regex source for a name of one to four words plus particles and a Jr./Sr. suffix. */
export const NAME_SOURCE = `${NAME_TOKEN}(?: (?:${PARTICLE} )*${NAME_TOKEN}){0,3}${SUFFIX}?`

/** Capitalised words that are not part of a person's name: they end a name ("President Biden Monday"). */
const NOT_NAME_WORDS = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December The A An In On At For But And Or As By From With To Of If When While ' +
    'After Before This That These Those He She It They We I His Her Its Their Our Office Department Ministry ' +
    'Government Agency Council Commission House Party Group Bank Fund Forum Summit Conference Day Week Year ' +
    'Act Bill Law Plan Deal Agreement Accord Pact Treaty Report Programme Program Initiative Strategy Framework ' +
    'Mr Mrs Ms Dr Prof Sir Dame Lord Lady Sheikh President Minister Premier Chancellor Secretary Envoy Ambassador ' +
    'Reuters Bloomberg Xinhua Kyodo AFP AP Twitter Facebook X Said Says However Meanwhile Also Climate Energy ' +
    'Environment Trade Foreign Affairs University Institute Centre Center Association Federation Union ' +
    'Company Corp Inc Ltd Group Council Committee Court Parliament Senate Congress Assembly Cabinet State ' +
    'Republic Kingdom Islands Island Sea Ocean River Coast Street Road Square Palace Hall Tower Station ' +
    'Airport Port Province County City Town Village Region North South East West Central Northern Southern ' +
    'Eastern Western Global International National Federal Royal New Net Zero COP African European Asian Arab Pacific ' +
    'Gulf Nordic Latin Middle Prime Vice Deputy').split(' '),
)

/** True when `word` cannot be part of a person's name. */
export function isNotNameWord(word: string): boolean {
  return NOT_NAME_WORDS.has(word.replace(/[.'’]+$/, ''))
}

/**
 * Trims a matched name: drops a possessive ending ("Biden's") and cuts the
 * name before the first word that cannot be part of one ("Xi Jinping Monday").
 * Returns the kept length, or 0 when nothing is left.
 */
export function trimName(name: string): number {
  let end = name.length
  const possessive = /['’]s?$/.exec(name)
  if (possessive) end -= possessive[0].length
  const re = /\S+/g
  let m: RegExpExecArray | null
  let keep = 0
  while ((m = re.exec(name)) && m.index < end) {
    if (isNotNameWord(m[0])) break
    keep = Math.min(end, m.index + m[0].length)
  }
  return name.slice(0, keep).replace(/,$/, '').trimEnd().length
}

const DAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/

/**
 * True when the capitalised words after a name's kept part make it an
 * organisation ("head of the International Atomic Energy Agency" has no
 * name "Atomic"); a trailing day or month ("Xi Jinping Monday") is fine.
 */
export function runsIntoOrganisation(raw: string, keep: number): boolean {
  const next = /^[\s,]*(\p{Lu}[\p{L}-]*)/u.exec(raw.slice(keep))
  return !!next && !DAY_OR_MONTH.test(next[1])
}

/**
 * Keys and short forms already worked out, by name: the same few names come back in every article and
 * in each of its finds, and each costs a chain of regex replaces. Cleared when full, so it stays small.
 */
const KEYS = new Map<string, string>()
const SHORT_FORMS = new Map<string, readonly string[]>()
const MEMO_SIZE = 4096

/** A comparable key for a name: accents folded, lowercase, initials and punctuation dropped. */
export function nameKey(name: string): string {
  let key = KEYS.get(name)
  if (key === undefined) {
    if (KEYS.size >= MEMO_SIZE) KEYS.clear()
    key = keyOf(name)
    KEYS.set(name, key)
  }
  return key
}

function keyOf(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/\b[a-z]\.\s?/g, '')
    .replace(/[.,'’]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+(jr|sr|ii|iii)$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Countries whose press writes the family name first ("Xi Jinping" → "Xi"). */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'HKG', 'MNG'])

/**
 * The short forms a later sentence uses for a person: the family name (first
 * word for Chinese and Korean names, else the last word), and for names with
 * a particle everything from the particle ("von der Leyen", "Al Jaber").
 */
export function shortFormsOf(name: string, actor: string | null): readonly string[] {
  const familyFirst = !!actor && FAMILY_NAME_FIRST.has(actor)
  const memo = `${familyFirst ? 1 : 0}${name}`
  let forms = SHORT_FORMS.get(memo)
  if (forms === undefined) {
    if (SHORT_FORMS.size >= MEMO_SIZE) SHORT_FORMS.clear()
    forms = shortFormsFrom(name, familyFirst)
    SHORT_FORMS.set(memo, forms)
  }
  return forms
}

function shortFormsFrom(name: string, familyFirst: boolean): string[] {
  const words = name.replace(SUFFIX_END, '').split(/\s+/).filter(Boolean)
  if (words.length < 2) return []
  const out = new Set<string>()
  out.add(familyFirst ? words[0] : words[words.length - 1])
  const particle = words.findIndex((w, i) => i > 0 && PARTICLE_WORD.test(w))
  if (particle > 0 && particle < words.length - 1) out.add(words.slice(particle).join(' '))
  for (const s of out) if (/^\p{Lu}\.?$/u.test(s)) out.delete(s)
  return [...out]
}

const SUFFIX_END = /,?\s+(Jr\.?|Sr\.?|II|III)$/

/** Number of words in a name, for picking the fullest form. */
export function nameLength(name: string): number {
  // What name.split(/\s+/).length gives (one more than the runs of blanks), counted without the
  // array and the regex call per word: the people resolver asks for every span it compares.
  let pieces = 1
  let inBlank = false
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    const blank = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(name[i]))
    if (blank && !inBlank) pieces++
    inBlank = blank
  }
  return pieces
}
