import type { Mention } from '../model/doc.js'
import { EMIRATES, ISLAND_NATIONS, KINGDOMS, RANKED_FACTS, REGION_MODIFIERS, SUPERPOWERS } from './data/descriptions.js'
import { COUNTRIES } from './gazetteer.js'

/**
 * Descriptions that stand for an actor the article has named: "the world's
 * biggest emitter", "the Gulf state", "the country", "the 27-nation bloc".
 * Each resolves conservatively from the mentions found so far, or not at all.
 */

const RANK_WORDS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8,
}
const RANK_SUPERLATIVE =
  String.raw`(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|2nd|3rd|4th|5th|6th|7th|8th)[- ])?` +
  String.raw`(?:single[- ])?(largest|biggest|top|leading|most[- ]populous|No\.? ?1|number[- ]one) `
const RANKED = new RegExp(
  String.raw`\b(?:[Tt]he )?(world|globe|planet|Europe|Asia|Africa|Latin America|Southeast Asia|South America)['’]s ` +
    RANK_SUPERLATIVE +
    String.raw`((?:(?:[a-z0-9-]+|CO2|LNG) ){0,2})` +
    String.raw`(emitter|polluter|economy|consumer|producer|exporter|country|nation|democracy)(?![A-Za-z-])`,
  'g',
)
/** The part of RANKED that every match holds, with a literal start the regex engine finds fast: most articles have none. */
const RANKED_CORE = new RegExp(String.raw`['’]s ${RANK_SUPERLATIVE}`)

/** "the country", "the Gulf state", "his country": a determiner, up to two modifiers, a head. */
const GENERIC = new RegExp(
  String.raw`\b([Tt]he|[Hh]is|[Hh]er) ((?:[A-Za-z]+[- ]){0,2}?)` +
    String.raw`(country|nation|kingdom|emirate|republic|archipelago|island nation|island state|city-state|state|superpower|giant)(?![A-Za-z-])`,
  'g',
)

/** Words that cannot modify the head of a description ("that the country" is not "the that country"). */
const NOT_MODIFIER = /^(?:the|a|an|this|that|its|his|her|their|our|your|whole|entire)[- ]/

/** Modifiers that point away from the country last named ("the other country"). */
const NOT_ANAPHORIC = new Set(
  'other same next first second only average typical individual particular given respective each rich poor developed whole entire'.split(' '),
)

const GROUP_DESC = new RegExp(
  String.raw`\b[Tt]he (?:(27|28|twenty-seven)-(?:nation|member|country|strong) )?(bloc|union|oil cartel|cartel|(?:oil[- ])?(?:producer|producers['’]?|exporters['’]?|exporting|producing) group|world body|grouping|group)(?![A-Za-z-])`,
  'g',
)

/**
 * A UN climate conference and its outcome, described rather than named: "the
 * climate conference in Glasgow", "the Glasgow summit", "the UN climate deal".
 * Their decisions belong to UNFCCC (ANNOTATION.md).
 */
/** Cities that hosted climate conferences, with the country that hosted (Bonn hosts the mid-year sessions; Madrid held COP25 under Chile's presidency). */
const HOST_CITIES: Readonly<Record<string, string>> = {
  Glasgow: 'GBR', 'Sharm el-Sheikh': 'EGY', Dubai: 'ARE', Baku: 'AZE', Belem: 'BRA', Belém: 'BRA', Madrid: 'ESP', Katowice: 'POL', Bonn: 'DEU',
  Marrakech: 'MAR', Copenhagen: 'DNK', Cancun: 'MEX', Durban: 'ZAF', Warsaw: 'POL',
}
const COP_HOSTS = Object.keys(HOST_CITIES).join('|')
const COP_DESC = new RegExp(
  String.raw`\b(?:[Tt]he )?(?:(?:${COP_HOSTS}) (?:climate )?(?:conference|summit|talks|negotiations|deal|pact|agreement|outcome|text|decision)` +
    String.raw`|(?:(?:annual|two-week|UN|U\.N\.|United Nations|global|international|latest) )*climate (?:conference|summit|talks|negotiations|deal|pact|agreement)(?! between| with)` +
    String.raw`(?: in (?:${COP_HOSTS}))?)(?![A-Za-z-])`,
  'g',
)
const COP_HOST = new RegExp(COP_HOSTS)
/** "The climate deal" is the COP's only in an article about a COP. */
const ABOUT_A_COP = /\bCOP ?-?\d|\bCop ?\d|UNFCCC|Conference of the Parties|UN climate|U\.N\. climate|United Nations climate/

/** How far back (in characters) "the country" may look for the country it means. */
const WINDOW = 700

/**
 * @param found mentions found so far, sorted by start
 * @param sentenceOf returns the [start, end) of the sentence holding an offset
 */
export function findDescriptions(text: string, found: readonly Mention[], sentenceOf: (pos: number) => readonly [number, number]): Mention[] {
  const out: Mention[] = []
  const add = (start: number, end: number, actor: string | null) => {
    if (actor) out.push({ start, end, text: text.slice(start, end), kind: 'description', actor })
  }
  // Whether the article is about a COP: a scan of the whole text, so made once, and only when asked.
  let aboutACopMemo: boolean | undefined
  const aboutACop = () => (aboutACopMemo ??= ABOUT_A_COP.test(text))
  if (RANKED_CORE.test(text)) for (const m of text.matchAll(RANKED)) add(m.index, m.index + m[0].length, resolveRanked(text, m, found))
  for (const m of text.matchAll(GENERIC)) {
    if (overlapsAny(out, m.index, m.index + m[0].length) || NOT_MODIFIER.test(m[2])) continue
    const sentenceStart = sentenceOf(m.index)[0]
    // "the host country" of an article about a COP is the country whose city hosts it, not the country last named.
    const host = m[2].trim() === 'host' && aboutACop() ? hostCountry(text, m.index) : null
    const actor = host ?? (/^[Hh]/.test(m[1])
      ? resolvePossessive(m[3], m.index, found, sentenceStart)
      : (openingSubject(text, m, found, sentenceStart, sentenceOf) ?? resolveGeneric(text, m[2].trim(), m[3], m.index, found, sentenceStart)))
    add(m.index, m.index + m[0].length, actor)
  }
  if (aboutACop() || COP_HOST.test(text)) {
    for (const m of text.matchAll(COP_DESC)) {
      if (!overlapsAny(out, m.index, m.index + m[0].length) && (aboutACop() || /[A-Z]/.test(m[0].replace(/^[Tt]he /, '')))) {
        add(m.index, m.index + m[0].length, 'UNFCCC')
      }
    }
  }
  for (const m of text.matchAll(GROUP_DESC)) add(m.index, m.index + m[0].length, resolveGroup(m[1], m[2], m.index, found))
  return out
}

/** The country of the conference city named last before `start` (or first after it), if any but Bonn. */
function hostCountry(text: string, start: number): string | null {
  let found: string | null = null
  for (const m of text.matchAll(HOST_CITY)) {
    if (m[0] === 'Bonn') continue
    if (m.index > start && found) break
    found = HOST_CITIES[m[0]]
    if (m.index > start) break
  }
  return found
}
const HOST_CITY = new RegExp(String.raw`\b(?:${Object.keys(HOST_CITIES).join('|')})\b`, 'g')

function overlapsAny(list: readonly Mention[], start: number, end: number): boolean {
  return list.some((m) => m.start < end && start < m.end)
}

/** Countries named as such can be antecedents; a person's country cannot ("Vietnam ..., the British premier said. The country ..."). */
function countryOf(m: Mention): string | null {
  return m.kind === 'country' && m.actor && COUNTRIES.has(m.actor) ? m.actor : null
}

/** The country named right before: "Japan, the world's..." or "India is the world's...". */
function appositiveCountry(text: string, start: number, found: readonly Mention[]): string | null {
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]
    if (m.end > start) continue
    const between = text.slice(m.end, start)
    if (/^(?:['’]s)?(?:,|,? which is| \(| is| was| remains| became| as)\s*$/.test(between)) return countryOf(m)
    return null
  }
  return null
}

function resolveRanked(text: string, m: RegExpMatchArray, found: readonly Mention[]): string | null {
  const direct = appositiveCountry(text, m.index!, found)
  if (direct) return direct
  const [, scope, rankWord, superlative, material, noun] = m
  const rank = rankWord ? RANK_WORDS[rankWord] : 1
  const cls = /emitter|polluter/.test(noun) ? 'emitter' : /populous/.test(superlative) ? 'populous'
    : noun === 'consumer' && /coal/.test(material) ? 'coal' : noun === 'exporter' && /oil|crude/.test(material) ? 'oil'
    : noun
  const holders = RANKED_FACTS[`${scope.toLowerCase().replace(/globe|planet/, 'world')}:${cls}`]?.[rank - 1]
  if (!holders) return null
  const before = found.filter((f) => f.start < m.index! && f.actor && holders.includes(f.actor))
  if (before.length) return before[before.length - 1].actor
  const anywhere = found.find((f) => f.actor && holders.includes(f.actor))
  return anywhere?.actor ?? (holders.length === 1 ? holders[0] : null)
}

function allows(modifier: string, head: string, id: string): boolean {
  const c = COUNTRIES.get(id)
  if (head === 'kingdom' && !KINGDOMS.has(id)) return false
  if (head === 'emirate' && !EMIRATES.has(id)) return false
  if (head.startsWith('island') && !ISLAND_NATIONS.has(id)) return false
  if (head === 'superpower' && !SUPERPOWERS.has(id)) return false
  if (!modifier) return true
  const allowed = REGION_MODIFIERS[modifier]
  if (!allowed) return !/^\p{Lu}/u.test(modifier) // an unknown lowercase modifier ("host", "small") restricts nothing
  return allowed.some((a) => a === id || a === c?.region || a === c?.subregion)
}

/**
 * The country a description stands for: the most recent country named
 * before it (a speaker earlier in the same sentence counts: "Jane Doe said
 * the country would ..."); countries named as places ("in Ruritania") or
 * listed by comparison ("alongside Iran and Libya") only when nothing else fits.
 */
// "outside the pact alongside Iran, Libya and Yemen", "countries such as Chile and Peru": members of
// a list given by comparison or example, up to the mention, are not what a later "the country" means.
const LISTED = /\b(?:alongside|together with|along with|including|such as|like|unlike|than|besides|among them)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+|,?\s+(?:and|or)\s+))*(?:the\s+)?$/u

function listedAside(text: string, m: Mention): boolean {
  return LISTED.test(text.slice(Math.max(0, m.start - 120), m.start))
}

function resolveGeneric(text: string, modifier: string, head: string, start: number, found: readonly Mention[], sentenceStart: number): string | null {
  if ((head === 'giant' || head === 'state') && !(modifier in REGION_MODIFIERS)) return null
  if (NOT_ANAPHORIC.has(modifier)) return null
  if (!(modifier in REGION_MODIFIERS) && /^\p{Lu}/u.test(modifier)) return null
  // A known modifier ("the Gulf state") may look back over the whole article; a bare "the country" only nearby.
  const from = modifier in REGION_MODIFIERS || (head !== 'country' && head !== 'nation') ? 0 : start - WINDOW
  let place: string | null = null
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]
    if (m.end > start) continue
    if (m.start < from) break
    const id = m.kind === 'person' && m.start >= sentenceStart && m.actor && COUNTRIES.has(m.actor) ? m.actor : countryOf(m)
    if (!id || !allows(modifier, head, id)) continue
    if (!m.locative && !listedAside(text, m)) return id
    place ??= id
  }
  return place
}

/** A preposition right before a mention: the mention is no subject ("after talks with Japan", "from France"); lists by example are LISTED's. */
const GOVERNED = /\b(?:in|with|to|from|of|after|before|for|at|by|on|between|against|than|over|into|about)\s+(?:the\s+)?$/i

/**
 * "Kenya's minister met investors from Germany and France. The country aims …": a description opening a
 * sentence continues the previous sentence's subject (the first country named there outside a
 * prepositional phrase), not the country named last, when it fits it ("Saudi Arabia hosted ministers
 * from Egypt and Jordan. The kingdom aims …", "The island nation", "The Gulf state"). Null when that
 * sentence names none so, or the one it names does not fit.
 */
function openingSubject(text: string, m: RegExpExecArray, found: readonly Mention[], sentenceStart: number, sentenceOf: (pos: number) => readonly [number, number]): string | null {
  const modifier = m[2].trim()
  if (modifier !== '' && !(modifier in REGION_MODIFIERS)) return null
  if ((m[3] === 'state' || m[3] === 'giant') && modifier === '') return null
  if (text.slice(sentenceStart, m.index).trim() !== '') return null
  let p = sentenceStart - 1
  while (p > 0 && /\s/.test(text[p])) p--
  if (p <= 0) return null
  const [ps, pe] = sentenceOf(p)
  for (const c of found) {
    if (c.start < ps || c.end > pe || c.start >= sentenceStart) continue
    const id = countryOf(c)
    if (!id || c.locative || GOVERNED.test(text.slice(ps, c.start)) || listedAside(text, c)) continue
    if (!allows(modifier, m[3], id)) return null
    // ("Norway hosted Saudi Arabia. The kingdom …": a narrower description that also fits a country the
    // sentence names as its object is that one's, as the last named; one named after a preposition,
    // "with ministers from Egypt and Jordan", is not.)
    const wide = modifier === '' && (m[3] === 'country' || m[3] === 'nation')
    const rival = !wide && found.some((o) => o.start > c.end && o.end <= pe && o.start < sentenceStart && countryOf(o) !== null && countryOf(o) !== id && allows(modifier, m[3], countryOf(o)!) && !PREPOSITION.test(text.slice(c.end, o.start)))
    return rival ? null : id
  }
  return null
}

/** A preposition anywhere between a subject and a later mention: the mention sits in a phrase of its own. */
const PREPOSITION = /\b(?:in|with|to|from|of|after|before|for|at|by|on|between|against|than|over|into|about|including|alongside)\b/i

/** "his country", "her nation": the country of the person last mentioned in the sentence or just before. */
function resolvePossessive(head: string, start: number, found: readonly Mention[], sentenceStart: number): string | null {
  if (head !== 'country' && head !== 'nation') return null
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]
    if (m.end > start) continue
    if (m.start < sentenceStart - WINDOW / 2) break
    if (m.kind === 'person') return m.actor && COUNTRIES.has(m.actor) ? m.actor : null
  }
  return null
}

const BLOC_GROUPS = new Set(['EU', 'ASEAN', 'OPEC', 'G7', 'G20', 'AOSIS'])
/** How far back (in characters) "the group" may look for the bloc it means. */
const GROUP_REACH = 300

function resolveGroup(size: string | undefined, head: string, start: number, found: readonly Mention[]): string | null {
  if (size) return 'EU'
  if (head === 'world body') return 'UN'
  const wanted = head === 'union' ? ['EU'] : /cartel|produc|export/.test(head) ? ['OPEC'] : [...BLOC_GROUPS]
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]
    // "The G7 leaders met in Italy. The group's goal …": "the group" alone names campaign groups and firms
    // as often, so it stands for a bloc only one named just before.
    if (head === 'group' && start - m.end > GROUP_REACH) return null
    if (m.end <= start && m.actor && wanted.includes(m.actor)) return m.actor
  }
  return null
}
