import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.js'
import { foldAccents } from './gazetteer.js'
import type { Mention } from '../model/doc.js'

/** Whom "she" and "he" can stand for. */
export type Gender = 'f' | 'm'

const FEMALE_WORDS = /\b(?:ms|mrs|miss|madam|madame|dame|lady|queen|princess|sheikha|spokeswoman|chairwoman|congresswoman|businesswoman)\b/i
const MALE_WORDS = /\b(?:mr|sir|lord|king|prince|emir|sheikh|sultan|spokesman|chairman|congressman|businessman)\b/i

/**
 * A person mention's gender when the article's own words make it plain: an honorific or a gendered
 * title in the mention or its role ("Ms Roe", "spokeswoman Jane Doe"), else a first name from our lists
 * (src/actors/data/first-names.ts); null when nothing says.
 */
export function genderOf(m: Mention): Gender | null {
  return m.kind === 'person' ? genderOfName(m.person ?? m.text, `${m.role ?? ''} ${m.text}`) : null
}

/** The same for a name as a speaker carries it, with the words written around it (title, honorific) when known. */
export function genderOfName(name: string, words = ''): Gender | null {
  if (FEMALE_WORDS.test(words)) return 'f'
  if (MALE_WORDS.test(words)) return 'm'
  const first = foldAccents(name.split(/\s+/)[0] ?? '').toLowerCase()
  return FEMALE_NAMES.has(first) ? 'f' : MALE_NAMES.has(first) ? 'm' : null
}

/** The gender a personal pronoun asks for. */
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { she: 'f', her: 'f', hers: 'f', he: 'm', him: 'm', his: 'm' }

/**
 * Whether `pronoun` asks for the other gender than `gender`: false when either says nothing
 * ("they", a name of no known gender), so only a plain mismatch turns a resolver away.
 */
export function clashes(pronoun: string, gender: Gender | null): boolean {
  const want = PRONOUN_GENDER[pronoun]
  return !!want && !!gender && gender !== want
}

/**
 * `found`, or when its gender is plainly not the one `pronoun` asks for, the latest of `recent` (most
 * recent last) whose gender is: "Tom Doe spoke after Jane Roe. “…,” she said". Both speaker resolvers
 * (the discourse memory and the quotes' recent people) read it.
 */
export function fittingPerson<T>(found: T, recent: readonly T[], gender: (x: T) => Gender | null, pronoun: string): T {
  if (!clashes(pronoun, gender(found))) return found
  const want = PRONOUN_GENDER[pronoun]
  for (let i = recent.length - 1; i >= 0; i--) if (gender(recent[i]) === want) return recent[i]
  return found
}
