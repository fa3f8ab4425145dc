/**
 * One person, one record (issue 14, item 7): the names a person is quoted
 * under fold to one key, so "John F. Kerry" and "John Kerry", "Xi Jin Ping"
 * and "Xi Jinping", "Sultan Al Jaber" and "Sultan al-Jaber" are one person;
 * a surname alone ("Biden") is the one person of that surname the register
 * knows, read at query time (so it does not matter which name came first).
 */

// Words that are roles or forms of address, not names.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'president', 'prime', 'minister', 'premier',
  'chancellor', 'secretary', 'general', 'envoy', 'ambassador', 'king', 'queen', 'prince', 'senator', 'sen', 'rep', 'governor', 'mayor', 'chairman', 'chair',
  'vice', 'deputy', 'foreign', 'climate', 'special', 'h', 'e', 'his', 'her', 'excellency',
])
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** The name's words, case- and accent-folded, without titles, initials and suffixes. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑'’.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
  const kept = words.filter((w) => !TITLES.has(w) && !SUFFIXES.has(w) && w.length > 1)
  return kept.length ? kept : words
}

/**
 * The key a person is stored under: their words run together, so spacing and
 * hyphens do not count ("Xi Jin Ping" and "Xi Jinping": "xijinping").
 * @example personKey('John F. Kerry') === personKey('John Kerry') // true
 */
export function personKey(name: string): string {
  return nameWords(name).join('')
}

/** The surname a lone surname is matched on: the last word. */
export function surnameOf(name: string): string {
  const w = nameWords(name)
  return w[w.length - 1] ?? ''
}

/** Words in the name once folded: a one-word name is a surname to resolve. */
export const nameLength = (name: string): number => nameWords(name).length

/** Group and body ids (FORMAT.md): a person acting for a country keeps it over a body they speak in. */
export const BODIES: ReadonlySet<string> = new Set(['EU', 'G7', 'G20', 'UN', 'UNFCCC', 'PARIS', 'IEA', 'IPCC', 'OPEC', 'ASEAN', 'AOSIS'])

/** True for an ISO3 country code. */
export const isCountry = (actor: string): boolean => /^[A-Z]{3}$/.test(actor) && !BODIES.has(actor)
