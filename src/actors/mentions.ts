import type { Mention, Sentence } from '../model/doc.js'
import { findAppositivePeople, findPeopleOfCountry } from './appositives.js'
import { LineCache, inLongerName, inUpperCaseRun, isAdjectival, isLocative, nextWord, previousWord } from './context.js'
import { findDescriptions } from './descriptions.js'
import { GAZETTEER, scanGazetteer, type GazetteerEntry } from './gazetteer.js'
import type { PersonFind } from './person-find.js'
import { resolvePeople } from './people-resolve.js'
import { findTitledPeople, type ActorHit } from './titles.js'

/** Country names that are also given names: dropped inside a longer proper name ("Michael Jordan", "Chad Smith"). */
const NAME_LIKE = new Set(['Jordan', 'Chad', 'Georgia', 'Israel', 'Niger', 'Guinea', 'Turkey', 'America', 'Kosovo'])

/** "Georgia" is a US state unless the article shows the country. */
const GEORGIA_COUNTRY = /Tbilisi|Caucasus|Georgian (?:government|prime|president|Dream|foreign)|Republic of Georgia/

/** An institution named after a country or city: "Bank of Japan", "University of Tokyo", "Gulf of Thailand". */
const INSTITUTION_OF = /\b(?:Bank|University|Institute|Museum|College|School|Academy|Port|Gulf|Sea|Bay|Chamber|Library|Hospital|Zoo|Archbishop|Mayor)(?: of)(?: the)? $/

/** "Paris" in a climate article means the agreement ("rejoin Paris"), unless it is a place ("in Paris"). */
const CLIMATE_CONTEXT = /climate|Paris (?:Agreement|agreement|accord|deal|pact)|emissions|warming/

/**
 * Finds actor mentions in cleaned text, sorted by offset.
 *
 * 1. One scan of the gazetteer pattern finds countries, groups, known people
 *    and blocked phrases; hits the context marks as something else are dropped.
 * 2. People are found by title ("Foreign Minister Jane Doe"), apposition
 *    ("Jane Doe, Ruritania's envoy") and "of" ("Jane Doe of Ruritania").
 * 3. Overlaps resolve to the longest, earliest span; actor words inside an
 *    appositive belong to the person it describes.
 * 4. People get identities, actors and later short-form mentions.
 * 5. Descriptions ("the world's biggest emitter", "the country") resolve last.
 *
 * @example findMentions('Japan and the U.S. urged China to act.') // JPN, USA, CHN
 */
export function findMentions(text: string, sentences: readonly Sentence[] = []): Mention[] {
  const lines = new LineCache()
  // 1. Gazetteer.
  const hits: ActorHit[] = []
  // Read only for "Paris", which most articles do not name: the test runs over the whole text.
  let climateMemo: boolean | undefined
  const climate = () => (climateMemo ??= CLIMATE_CONTEXT.test(text))
  for (const h of scanGazetteer(text)) {
    const entry = readHit(text, text.slice(h.start, h.end), h.start, h.entry, climate, lines)
    if (entry) hits.push({ start: h.start, end: h.end, entry })
  }
  const actorHits = hits.filter((h) => h.entry.kind === 'country' || h.entry.kind === 'group')
  // 2. People by title and apposition, and known people the gazetteer found.
  const titled = findTitledPeople(text, actorHits, isActorWord, lines)
  const appositive = findAppositivePeople(text, actorHits, isActorWord)
  const ofCountry = findPeopleOfCountry(text, actorHits, isActorWord, lines)
  // Loops rather than flatMap, which allocates an array per element (this runs on every article).
  const gazPeople: PersonFind[] = []
  for (const h of hits) {
    if (h.entry.kind !== 'person') continue
    // ("Mrs May": the honorific is part of the mention, not of the name.)
    const honorific = /^(?:Mrs?|Ms)\.? /.exec(text.slice(h.start, h.end))?.[0].length ?? 0
    gazPeople.push({ start: h.start, end: h.end, nameStart: h.start + honorific, name: text.slice(h.start + honorific, h.end), role: null, actor: h.entry.actor, known: h.entry.person })
  }
  const withPrefix = (p: PersonFind) => withCountryPrefix(text, p, actorHits)
  // 3. Overlaps: earliest start, then longest, then titles before appositives before the gazetteer.
  type Candidate = { start: number; end: number; rank: number; person?: PersonFind; hit?: ActorHit }
  // (Pushed in that order and sorted once: a stable sort, so ties keep it.)
  const candidates: Candidate[] = []
  for (const t of titled) {
    const p = withKnownName(t, gazPeople)
    candidates.push({ start: p.start, end: p.end, rank: 0, person: p })
  }
  for (const list of [appositive, ofCountry, gazPeople]) {
    for (const a of list) {
      const p = withPrefix(a)
      candidates.push({ start: p.start, end: p.end, rank: list === gazPeople ? 2 : 1, person: p })
    }
  }
  for (const h of hits) if (h.entry.kind !== 'person') candidates.push({ start: h.start, end: h.end, rank: 2, hit: h })
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank)
  const accepted: Candidate[] = []
  for (const c of candidates) {
    const last = accepted[accepted.length - 1]
    if (!last || c.start >= last.end) accepted.push(c)
  }
  const finds: PersonFind[] = []
  const blocked: Mention[] = []
  const hidden: Array<readonly [number, number]> = []
  for (const c of accepted) {
    if (c.person) finds.push(c.person)
    if (c.person?.hideUntil) hidden.push([c.person.end, c.person.hideUntil])
    if (c.hit?.entry.kind === 'blocked') blocked.push({ ...c.hit, text: '', kind: 'country', actor: null })
  }
  const isHidden = (h: ActorHit) => hidden.some(([s, e]) => h.start >= s && h.end <= e)
  const actors: Mention[] = []
  for (const c of accepted) {
    if (!c.hit || c.hit.entry.kind === 'blocked' || c.hit.entry.kind === 'person' || isHidden(c.hit)) continue
    actors.push(actorMention(text, c.hit))
  }
  // 4. People.
  const sentenceOf = sentenceLocator(text, sentences)
  const people = resolvePeople(text, finds, actors, [...actors, ...blocked], sentenceOf, lines).mentions
  // 5. Descriptions.
  const found = [...actors, ...people].sort(byStart)
  const descriptions = findDescriptions(text, found, sentenceOf).filter((d) => !found.some((m) => m.start < d.end && d.start < m.end))
  // (Found is sorted already, and the sort is stable: with no description it is the answer.)
  return descriptions.length === 0 ? found : [...found, ...descriptions].sort(byStart)
}

/**
 * "China's Xi Jinping", "Mr. Xi": a possessive or adjective country, or an
 * honorific, right before a name joins its mention.
 */
function withCountryPrefix(text: string, p: PersonFind, hits: readonly ActorHit[]): PersonFind {
  const honorific = /(?:Mr|Mrs|Ms|Dr|Prof)\.? $/.exec(text.slice(Math.max(0, p.start - 6), p.start))
  if (honorific) return { ...p, start: p.start - honorific[0].length }
  const prefix = hits.find((h) => h.end <= p.start && h.end >= p.start - 3 && /^(?:['’]s)? $/.test(text.slice(h.end, p.start)))
  if (!prefix || prefix.entry.kind !== 'country' || (prefix.entry.form !== 'name' && prefix.entry.form !== 'adjective')) return p
  if (prefix.entry.form === 'name' && !/^['’]s/.test(text.slice(prefix.end, p.start))) return p
  return { ...p, start: prefix.start, actor: p.actor ?? prefix.entry.actor }
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end
}

function isActorWord(word: string): boolean {
  const e = GAZETTEER.get(word)
  return !!e && (e.kind === 'country' || e.kind === 'group')
}

/** Applies the context rules to one gazetteer hit; returns the entry to keep (maybe changed), or null to drop it. */
function readHit(text: string, s: string, start: number, entry: GazetteerEntry, climate: () => boolean, lines: LineCache): GazetteerEntry | null {
  if (entry.kind !== 'country' && entry.kind !== 'group') return entry
  const end = start + s.length
  if (s === 'US' && inUpperCaseRun(text, start, end)) return null
  if ((s === 'Georgia' || s === 'Georgian') && !GEORGIA_COUNTRY.test(text)) return null
  if (s === 'Paris' && climate() && !isLocative(text, start) && !/^,? France/.test(text.slice(end, end + 8))) {
    return { kind: 'group', actor: 'PARIS', form: 'name' }
  }
  // "in French", "in Japanese": a language, not an actor.
  if (entry.form === 'adjective' && previousWord(text, start)?.word === 'in' && !nextWord(text, end)) return null
  // (Every match ends with " of " or " of the ": most hits have neither before them, and skip the copy and the scan.)
  const afterOf = text.endsWith(' of ', start) || text.endsWith(' of the ', start)
  if (entry.kind === 'country' && afterOf && INSTITUTION_OF.test(text.slice(Math.max(0, start - 20), start))) return null
  const checkName = entry.kind === 'country' && (entry.form === 'place' || entry.form === 'name' || NAME_LIKE.has(s))
  if (checkName && inLongerName(text, start, end, lines)) return null
  return entry
}

function actorMention(text: string, hit: ActorHit): Mention {
  const entry = hit.entry as Extract<GazetteerEntry, { kind: 'country' | 'group' }>
  const adjectival = isAdjectival(text, hit.end, entry.form)
  const locative = isLocative(text, hit.start)
  return {
    start: hit.start,
    end: hit.end,
    text: text.slice(hit.start, hit.end),
    kind: entry.kind,
    actor: entry.actor,
    ...(adjectival ? { adjectival } : {}),
    ...(locative ? { locative } : {}),
  }
}

/** Sentence bounds for an offset: from the given sentences, else from a plain split on sentence punctuation. */
function sentenceLocator(text: string, sentences: readonly Sentence[]): (pos: number) => readonly [number, number] {
  const isStop = (c: string) => c === '.' || c === '!' || c === '?' || c === '\n'
  return (pos) => {
    const s = sentences.find((x) => x.start <= pos && pos < x.end)
    if (s) return [s.start, s.end]
    let start = pos
    while (start > 0 && !isStop(text[start - 1])) start--
    let end = pos
    while (end < text.length && !isStop(text[end])) end++
    return [start, Math.min(text.length, end + 1)]
  }
}

/**
 * A titled name cut short by a word that also ends names ("Prime Minister Theresa May": "May" the
 * month) runs on to the known person the gazetteer found across the cut.
 */
function withKnownName(p: PersonFind, known: readonly PersonFind[]): PersonFind {
  const k = known.find((h) => h.start >= p.nameStart && h.start < p.end && h.end > p.end)
  return k ? { ...p, end: k.end, name: k.name, known: k.known, actor: p.actor ?? k.actor } : p
}
