import type { Mention } from '../model/doc.js'
import { GOVERNMENT_ROLE } from './data/roles.js'
import { type LineCache, inLongerName, isWordCode } from './context.js'
import { nameKey, nameLength, shortFormsOf } from './names.js'
import type { PersonFind } from './person-find.js'
import { firstIndex } from '../model/search.js'

/**
 * Short forms that are also common words ("May" the month, "He", "Will"): read as the person only
 * inside a sentence, never after a date word or before a number ("Merkel, Macron and May met", not
 * "in May 2019"), and only when the article has given the full name.
 */
const COMMON_WORD_FORMS = new Set(['May', 'King', 'He', 'Will', 'Mark', 'Chris', 'Long', 'Young', 'Bush', 'Power'])
const DATE_WORD_BEFORE = /\b(?:in|on|since|until|till|by|from|through|during|early|late|mid|last|next|this|of|between|before|after|and|to|or)[\s-]+$/i
const SENTENCE_START_BEFORE = /(?:^|[.!?:;"“”]|\n)\s*$/

function commonWordAsName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start)
  if (SENTENCE_START_BEFORE.test(before) || /\s*\d/y.test(text.slice(end, end + 3))) return false
  // "Merkel, Macron and May": "and" after a name list is fine; "April and May" is not.
  const and = /\b(?:and|or|to)\s+$/i.test(before)
  if (and) return /\p{Lu}[\p{Ll}'’]+,?\s+(?:and|or|to)\s+$/u.test(text.slice(Math.max(0, start - 30), start)) && !/(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?:and|or|to)\s+$/.test(text.slice(Math.max(0, start - 16), start))
  return !DATE_WORD_BEFORE.test(before)
}

interface Identity {
  readonly id: string
  actor: string | null
  role: string | null
  fullest: string
}

/** Everything about the people of one article: who each person find is, and their later mentions. */
export interface ResolvedPeople {
  /** Person mentions: the finds plus later short-form mentions ("Kerry", "Mr. Kerry"). */
  readonly mentions: Mention[]
}

/**
 * Resolves the people of one article.
 *
 * 1. Each find gets an identity: its known person, its full name, or, for a
 *    one-word name, the person found elsewhere in the article whose short form it is.
 * 2. A person with no actor but a government title takes the one country
 *    named in their sentence ("Foreign Minister Jane Doe said Ruritania would ..."),
 *    else the country the article is mostly about.
 * 3. Short forms of every identity are searched for later (and earlier) mentions.
 * 4. Every mention carries the fullest name the article gives the person.
 *
 * @param taken spans already claimed by other mentions
 * @param sentenceOf returns the [start, end) of the sentence holding an offset
 */
export function resolvePeople(
  text: string,
  finds: readonly PersonFind[],
  countries: readonly Mention[],
  taken: readonly Mention[],
  sentenceOf: (pos: number) => readonly [number, number],
  lines: LineCache,
): ResolvedPeople {
  const identities = new Map<string, Identity>()
  const shortToIds = new Map<string, Set<string>>()
  const addShort = (s: string, id: string) => {
    const ids = shortToIds.get(s) ?? new Set<string>()
    ids.add(id)
    shortToIds.set(s, ids)
  }
  // 1. Identities of multi-word and known finds first, so one-word finds can join them.
  const idOf = new Map<PersonFind, string>()
  for (const f of finds) {
    if (!f.known && nameLength(f.name) < 2) continue
    const id = f.known ? `k:${f.known.name}` : `n:${nameKey(f.name)}`
    idOf.set(f, id)
    for (const s of [...(f.known?.short ?? []), ...shortFormsOf(f.name, f.actor ?? f.known?.actor ?? null)]) addShort(s, id)
  }
  for (const f of finds) {
    if (idOf.has(f)) continue
    const ids = shortToIds.get(f.name)
    idOf.set(f, ids && ids.size === 1 ? [...ids][0] : `n:${nameKey(f.name)}`)
  }
  const dominant = dominantCountry(countries)
  for (const f of finds) {
    const id = idOf.get(f)!
    const identity = identities.get(id) ?? { id, actor: null, role: null, fullest: f.name }
    identity.actor ??= f.actor ?? sentenceCountry(text, f, countries, sentenceOf, dominant)
    identity.role ??= f.role ?? f.known?.role ?? null
    if (isFuller(f.name, identity.fullest)) identity.fullest = f.name
    identities.set(id, identity)
  }
  // 3. Later mentions by short form.
  const spans: Array<{ start: number; end: number; id: string; name: string }> = finds.map((f) => ({
    start: f.start, end: f.end, id: idOf.get(f)!, name: f.name,
  }))
  const claimed = [...taken, ...finds].sort((a, b) => a.start - b.start)
  for (const hit of findShortForms(text, [...shortToIds.keys()])) {
    if (overlaps(claimed, hit.start, hit.end)) continue
    if (COMMON_WORD_FORMS.has(hit.form) && !hit.honorific && !commonWordAsName(text, hit.start, hit.end)) continue
    if (!hit.honorific && inLongerName(text, hit.start, hit.end, lines)) continue
    const id = nearestId(shortToIds.get(hit.form)!, hit.start, spans)
    spans.push({ start: hit.start, end: hit.end, id, name: hit.form })
  }
  // 4. Mentions, each with its identity's fullest name.
  for (const s of spans) {
    const identity = identities.get(s.id)
    if (identity && isFuller(s.name, identity.fullest)) identity.fullest = s.name
  }
  const mentions: Mention[] = spans.map((s) => {
    const identity = identities.get(s.id)!
    const role = identity.role ?? undefined
    return { start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: 'person', actor: identity.actor, person: identity.fullest, ...(role ? { role } : {}) }
  })
  return { mentions }
}

function isFuller(a: string, b: string): boolean {
  const wordsA = nameLength(a)
  const wordsB = nameLength(b)
  return wordsA > wordsB || (wordsA === wordsB && a.length > b.length)
}

const HONORIFIC_BEFORE = /(?:Mr|Mrs|Ms|Dr|Prof)\.? $/

/**
 * Every whole-word occurrence of the short forms, with an honorific before
 * it joined to the span, longest first where two overlap. A plain indexOf
 * per form: a regex built per article would cost more to compile than to run.
 */
function findShortForms(text: string, forms: readonly string[]): Array<{ start: number; end: number; form: string; honorific: boolean }> {
  const hits: Array<{ start: number; end: number; form: string; honorific: boolean }> = []
  for (const form of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const end = i + form.length
      if ((i > 0 && isWordCode(text.charCodeAt(i - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) continue
      const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, i - 5), i))
      hits.push({ start: honorific ? i - honorific[0].length : i, end, form, honorific: !!honorific })
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: typeof hits = []
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h)
  return out
}

function overlaps(sorted: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  // Halving to the first span that starts at or after `end`, then back over the few before it
  // (mentions are short): one line may hold thousands of them.
  const lo = firstIndex(sorted.length, (i) => sorted[i].start < end)
  for (let k = lo - 1; k >= 0 && sorted[k].start + MAX_MENTION > start; k--) if (start < sorted[k].end) return true
  return false
}

/** Longer than any mention span (a name with its title and country: "Director General of … Laksmi Dewi"). */
const MAX_MENTION = 400

/** Of several people sharing a short form, the one mentioned most recently before `pos` (else the first). */
function nearestId(ids: ReadonlySet<string>, pos: number, spans: ReadonlyArray<{ start: number; id: string }>): string {
  if (ids.size === 1) return [...ids][0]
  let best: string | null = null
  let bestStart = -1
  for (const s of spans) if (ids.has(s.id) && s.start < pos && s.start > bestStart) [best, bestStart] = [s.id, s.start]
  return best ?? [...ids][0]
}

/**
 * For holders of government titles with no country yet: the one country
 * named in their sentence (not as a place: "in Ruritania", nor inside the
 * words they are quoted saying), else the country the article is mostly
 * about (at least half of its country mentions, and three of them): local
 * news quotes its own ministers.
 */
function sentenceCountry(
  text: string,
  f: PersonFind,
  countries: readonly Mention[],
  sentenceOf: (pos: number) => readonly [number, number],
  dominant: string | null,
): string | null {
  if (!f.role || !GOVERNMENT_ROLE.test(f.role)) return null
  const [s, e] = sentenceOf(f.start)
  const said = (c: Mention) => insideQuote(text, s, c.start)
  const ids = new Set(countries.filter((c) => c.kind === 'country' && c.start >= s && c.end <= e && c.actor && !c.locative && !said(c)).map((c) => c.actor!))
  if (ids.size === 1) return [...ids][0]
  return ids.size === 0 ? dominant : null
}

/** Whether `pos` sits inside quotation marks opened since `from`: curly marks by balance, straight ones by parity. */
function insideQuote(text: string, from: number, pos: number): boolean {
  let curly = 0
  let straight = 0
  for (let i = from; i < pos; i++) {
    const c = text[i]
    if (c === '“') curly++
    else if (c === '”') curly = Math.max(0, curly - 1)
    else if (c === '"') straight ^= 1
  }
  return curly > 0 || straight === 1
}

/** The country with at least half of the article's country mentions (and three of them), or null. */
function dominantCountry(countries: readonly Mention[]): string | null {
  const counts = new Map<string, number>()
  let total = 0
  for (const c of countries) {
    if (c.kind !== 'country' || !c.actor) continue
    counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1)
    total++
  }
  for (const [id, n] of counts) if (n >= 3 && n * 2 >= total) return id
  return null
}
