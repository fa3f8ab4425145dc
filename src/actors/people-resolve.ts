import type { Mention } from '../model/doc.js'
import { GOVERNMENT_ROLE } from './data/roles.js'
import { inLongerName, isWordCode } from './context.js'
import { nameKey, nameLength, shortFormsOf } from './names.js'
import type { PersonFind } from './person-find.js'

/** Short forms that are also common words: never read alone as a person ("May" the month, "He"). */
const SHORT_FORM_DENYLIST = new Set(['May', 'King', 'He', 'Will', 'Mark', 'Chris', 'Long', 'Young', 'Bush', 'Power'])

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
  cacheKey: object,
): ResolvedPeople {
  const identities = new Map<string, Identity>()
  const shortToIds = new Map<string, Set<string>>()
  const addShort = (s: string, id: string) => {
    if (SHORT_FORM_DENYLIST.has(s)) return
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
    identity.actor ??= f.actor ?? sentenceCountry(f, countries, sentenceOf, dominant)
    identity.role ??= f.role ?? f.known?.role ?? null
    if (isFuller(f.name, identity.fullest)) identity.fullest = f.name
    identities.set(id, identity)
  }
  // 3. Later mentions by short form.
  const spans: Array<{ start: number; end: number; id: string; name: string }> = finds.map((f) => ({
    start: f.start, end: f.end, id: idOf.get(f)!, name: f.name,
  }))
  const claimed = [...taken, ...finds].sort((a, b) => a.start - b.start)
  if (shortToIds.size > 0) {
    const keys = [...shortToIds.keys()].sort((a, b) => b.length - a.length).map(escape)
    // No look-behind and no `u` flag: both would slow a scan that runs at every position.
    const re = new RegExp(`(?:((?:Mr|Mrs|Ms|Dr|Prof)\\.? ))?(${keys.join('|')})(?![A-Za-z0-9\\u00C0-\\u024F])`, 'g')
    for (const m of text.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      if (start > 0 && isWordCode(text.charCodeAt(start - 1))) continue
      if (overlaps(claimed, start, end)) continue
      if (!m[1] && inLongerName(text, start, end, cacheKey)) continue
      const id = nearestId(shortToIds.get(m[2])!, start, spans)
      spans.push({ start, end, id, name: m[2] })
    }
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
  return nameLength(a) > nameLength(b) || (nameLength(a) === nameLength(b) && a.length > b.length)
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function overlaps(sorted: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return sorted.some((m) => m.start < end && start < m.end)
}

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
 * named in their sentence (not as a place: "in Ruritania"), else the
 * country the article is mostly about (at least half of its country
 * mentions, and three of them): local news quotes its own ministers.
 */
function sentenceCountry(
  f: PersonFind,
  countries: readonly Mention[],
  sentenceOf: (pos: number) => readonly [number, number],
  dominant: string | null,
): string | null {
  if (!f.role || !GOVERNMENT_ROLE.test(f.role)) return null
  const [s, e] = sentenceOf(f.start)
  const ids = new Set(countries.filter((c) => c.kind === 'country' && c.start >= s && c.end <= e && c.actor && !c.locative).map((c) => c.actor!))
  if (ids.size === 1) return [...ids][0]
  return ids.size === 0 ? dominant : null
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
