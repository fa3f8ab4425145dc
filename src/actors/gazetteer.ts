import { createRequire } from 'node:module'
import { ALT_SPELLING_DENYLIST, CAPITAL_DENYLIST, COUNTRY_EXTRAS } from './data/country-extras.js'
import { GROUP_NAMES, GROUP_PLACES } from './data/groups.js'
import { BLOCKED_PHRASES } from './data/blockers.js'
import { KNOWN_PEOPLE, type KnownPerson } from './data/people.js'
import { trieRegexSource } from './trie-regex.js'

/**
 * How a gazetteer string names its actor: `name` ("Japan"), `adjective`
 * ("Japanese"), `plural` demonym ("Americans"), `place` (a capital or seat
 * standing for the government: "Beijing", "the Kremlin").
 */
export type GazetteerForm = 'name' | 'adjective' | 'plural' | 'place'

export type GazetteerEntry =
  | { readonly kind: 'country' | 'group'; readonly actor: string; readonly form: GazetteerForm }
  | { readonly kind: 'person'; readonly actor: string; readonly person: KnownPerson }
  | { readonly kind: 'blocked' }

interface WorldCountry {
  cca3: string
  name: { common: string; official: string }
  altSpellings: string[]
  capital?: string[]
  demonyms?: { eng?: { m: string; f: string } }
  unMember: boolean
  region: string
  subregion: string
}

const require = createRequire(import.meta.url)
const WORLD = require('world-countries/countries.json') as WorldCountry[]

/** Non-members we still treat as countries (FORMAT.md uses TWN; Kosovo as XKX). */
const EXTRA_MEMBERS: Readonly<Record<string, string>> = { TWN: 'TWN', PSE: 'PSE', VAT: 'VAT', UNK: 'XKX' }

/** The countries we recognise: UN members plus Taiwan, Palestine, Kosovo and the Holy See. */
export const COUNTRIES: ReadonlyMap<string, WorldCountry> = new Map(
  WORLD.filter((c) => c.unMember || c.cca3 in EXTRA_MEMBERS).map((c) => [EXTRA_MEMBERS[c.cca3] ?? c.cca3, c]),
)

const NON_ASCII = /[^\x00-\x7f]/

/** Strips accents: "Türkiye" → "Turkiye", so both spellings are found. */
export function foldAccents(s: string): string {
  // ASCII has no accents to fold (and is its own NFD): most names are, and skip both passes.
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s
}

/** A spelling and its typographic variants (accents folded, curly apostrophe). */
function spellings(s: string): string[] {
  const out = new Set([s, foldAccents(s)])
  for (const v of [...out]) if (v.includes("'")) out.add(v.replaceAll("'", '’'))
  return [...out]
}

/** Multi-word English alternative spellings ("Ivory Coast", "Republic of Korea"); codes and foreign words are left out. */
function usableAltSpelling(s: string): boolean {
  return !ALT_SPELLING_DENYLIST.has(s) && /^[A-Z][A-Za-z'’. -]+$/.test(foldAccents(s)) && /[ -]/.test(s) && foldAccents(s) === s
}

function demonymsOf(c: WorldCountry): string[] {
  const d = c.demonyms?.eng
  if (!d) return []
  return [...new Set([d.m, d.f])].flatMap((x) => x.split(/, | or /)).filter((x) => x && x !== 'Central African')
}

function buildEntries(): Map<string, GazetteerEntry> {
  const entries = new Map<string, GazetteerEntry>()
  const put = (s: string, entry: GazetteerEntry) => {
    for (const v of spellings(s)) entries.set(v, entry)
  }
  // 1. world-countries: adjectives first, so that a name spelled like its demonym ("Djibouti") stays a name.
  for (const [id, c] of COUNTRIES) {
    for (const d of demonymsOf(c)) {
      put(d, { kind: 'country', actor: id, form: 'adjective' })
      if (/(an|i|o)$/.test(d)) put(`${d}s`, { kind: 'country', actor: id, form: 'plural' })
    }
    for (const cap of c.capital ?? []) if (!CAPITAL_DENYLIST.has(cap)) put(cap, { kind: 'country', actor: id, form: 'place' })
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter(usableAltSpelling)]) {
      if (!ALT_SPELLING_DENYLIST.has(n) && !n.includes('(')) put(n, { kind: 'country', actor: id, form: 'name' })
    }
  }
  // 2. Our own lists override the library's (the Dominican Republic keeps "Dominican", Congo means the DRC).
  put('Dominican', { kind: 'country', actor: 'DOM', form: 'adjective' })
  for (const [id, extra] of Object.entries(COUNTRY_EXTRAS)) {
    for (const n of extra.names ?? []) put(n, { kind: 'country', actor: id, form: 'name' })
    for (const a of extra.adjectives ?? []) put(a, { kind: 'country', actor: id, form: 'adjective' })
    for (const p of extra.plurals ?? []) put(p, { kind: 'country', actor: id, form: 'plural' })
    for (const p of extra.places ?? []) put(p, { kind: 'country', actor: id, form: 'place' })
  }
  // 3. Groups, then the capitals that stand for a group (Brussels → EU).
  for (const [id, names] of Object.entries(GROUP_NAMES)) for (const n of names) put(n, { kind: 'group', actor: id, form: 'name' })
  for (const [id, places] of Object.entries(GROUP_PLACES)) for (const p of places) put(p, { kind: 'group', actor: id, form: 'place' })
  // 4. Known people by full name, by short form when it is unambiguous on its own, and by an
  //    honorific and a short form no other known person has ("Mrs May", "Mr Tusk").
  const holders = new Map<string, number>()
  for (const person of KNOWN_PEOPLE) for (const n of person.short) holders.set(n, (holders.get(n) ?? 0) + 1)
  for (const person of KNOWN_PEOPLE) {
    for (const n of [person.name, ...person.variants]) put(n, { kind: 'person', actor: person.actor, person })
    if (person.famous) for (const n of person.short) put(n, { kind: 'person', actor: person.actor, person })
    for (const n of person.short) if (holders.get(n) === 1) for (const h of HONORIFICS) put(`${h} ${n}`, { kind: 'person', actor: person.actor, person })
  }
  // 5. Blocked phrases last: they win over everything they contain.
  for (const b of BLOCKED_PHRASES) put(b, { kind: 'blocked' })
  return entries
}

const HONORIFICS = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.']

/** Every gazetteer string and what it names. */
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = buildEntries()

/** Letters and digits, for word boundaries (Latin scripts; no `u` flag, which would slow the scan). */
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F'

/**
 * The gazetteer's strings by their first two characters, each group as one pattern: a trie of its
 * strings' rest, bounded so it never ends inside a word (an entry ending in punctuation, like "U.S."
 * or "US$", may touch the next character). One pattern for the whole gazetteer tried its first two
 * levels of alternatives in turn at each candidate start.
 */
const BY_PREFIX: ReadonlyMap<number, RegExp> = (() => {
  const groups = new Map<number, string[]>()
  for (const k of GAZETTEER.keys()) {
    const key = k.charCodeAt(0) * 65536 + k.charCodeAt(1)
    const group = groups.get(key) ?? []
    group.push(k.slice(2))
    groups.set(key, group)
  }
  const out = new Map<number, RegExp>()
  for (const [key, rests] of groups) {
    const rest = rests.includes('') ? `(?:${trieRegexSource(rests)})?` : trieRegexSource(rests)
    out.set(key, new RegExp(`${rest}(?:(?<![${WORD_CHAR}])|(?![${WORD_CHAR}]))`, 'y'))
  }
  return out
})()

/** Where a gazetteer string can start: a capital at a word start, or the lowercase openings some entries have. */
const CANDIDATE = /[A-Z\u00C0-\u00DE]|\b(?:al-|el-|bin |von |mainland |small island |the (?=[A-Z]))/g

/**
 * Where the CANDIDATE match ending at `end` started: a capital is one character; each lowercase
 * opening ends in a hyphen ("al-", "el-") or a space, and only two are not three letters and a space.
 * (A test and this, not exec, which made a match array at every capital of the text.)
 */
function candidateStart(text: string, end: number): number {
  const last = text.charCodeAt(end - 1)
  if (last === 0x2d) return end - 3
  if (last !== 0x20) return end - 1
  if (text.startsWith('mainland ', end - 9)) return end - 9
  if (text.startsWith('small island ', end - 13)) return end - 13
  return end - 4
}

/** Whether a char code is a word character or apostrophe (WORD_CHAR plus ' and ’): a string cannot start right after one. */
function joinsWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f) || c === 0x27 || c === 0x2019
}

/** A gazetteer string found in text. */
export interface GazetteerHit {
  readonly start: number
  readonly end: number
  readonly entry: GazetteerEntry
}

/** Finds every gazetteer string in `text`, leftmost-longest, without overlaps. */
export function scanGazetteer(text: string): GazetteerHit[] {
  const out: GazetteerHit[] = []
  CANDIDATE.lastIndex = 0
  while (CANDIDATE.test(text)) {
    const i = candidateStart(text, CANDIDATE.lastIndex)
    // Char-code tests, not a regex: they run at every capital letter of the text.
    if (i > 0 && joinsWord(text.charCodeAt(i - 1))) continue
    const trie = BY_PREFIX.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))
    if (!trie) continue
    // Sticky test, not exec: no match array; lastIndex is where the match ends.
    trie.lastIndex = i + 2
    if (!trie.test(text)) continue
    const end = trie.lastIndex
    out.push({ start: i, end, entry: GAZETTEER.get(text.slice(i, end))! })
    CANDIDATE.lastIndex = end
  }
  return out
}
