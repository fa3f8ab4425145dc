import { LineCache, inTitleCaseLine } from './context.js'
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_TAIL_WORDS } from './data/roles.js'
import type { GazetteerHit } from './gazetteer.js'
import { lookupKnownPerson } from './known-people.js'
import { NAME_SOURCE, runsIntoOrganisation, trimName } from './names.js'
import type { PersonFind } from './person-find.js'
import { firstIndex } from '../model/search.js'
import { escapeRegExp, trieRegexSource } from './trie-regex.js'
import { isFirstName } from './data/first-names.js'

/** A gazetteer hit for a country or group, as the person finders use it. */
export type ActorHit = GazetteerHit

/** "Foreign Minister" → "[Ff]oreign [Mm]inister": titles are written capitalised or not. */
function anyCaseInitial(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${escapeRegExp(w.slice(1))}`)
    .join(' ')
}

function alternation(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(anyCaseInitial).join('|')})`
}

/** "Prime Minister" → "Prime Minister", "Prime minister", "prime Minister", "prime minister": anyCaseInitial's strings, one by one. */
function caseInitialVariants(phrase: string): string[] {
  return phrase.split(' ').reduce<string[]>((out, w) => {
    const initials = [...new Set([w[0].toUpperCase(), w[0].toLowerCase()])]
    return out.flatMap((head) => initials.map((c) => `${head}${head ? ' ' : ''}${c}${w.slice(1)}`))
  }, [''])
}

/**
 * Title heads, found first: a cheap scan, since most text holds none. A trie (src/actors/trie-regex.ts)
 * of the heads in both initial cases finds the same heads as their alternation longest first (the
 * longest head that ends at a word boundary), and fails sooner at most positions: about a fifth less
 * time on news text, and the scan runs over every article.
 */
const HEAD = new RegExp(`\\b(?:${trieRegexSource(TITLE_HEADS.flatMap(caseInitialVariants))})\\b`, 'g')
/** After the head: up to two "of/for ..." portfolios ("Minister of State for Environment"), then the name, maybe after a comma. */
const TAIL_CONTENT = alternation(TITLE_TAIL_WORDS.filter((w) => !['and', 'the', 'of'].includes(w)))
const TAIL_AND_NAME = new RegExp(
  `((?: (?:of|for|on) (?:${alternation(TITLE_TAIL_WORDS)}(?:,? and |, | ))*${TAIL_CONTENT}){0,2})(,? )(${NAME_SOURCE})`,
  'uy',
)
const MODIFIERS = new Set(TITLE_MODIFIERS.map((w) => w.toLowerCase()))
/** A modifier word and the joint after it, read backwards from a title head: "Commerce and ", "Economy, ", "vice-". */
const MODIFIER_BEFORE = /([A-Za-z’'-]+)(,? and |, | |-)$/

/**
 * Finds people named after a title, with the country or group the title
 * names before it ("U.S.", "China's") or inside it ("of the European Commission").
 *
 * 1. Find a title head ("Minister", "envoy").
 * 2. Read its portfolio and the name after it; no name, no person.
 * 3. Walk back over modifiers ("Commerce and Industry", "special presidential").
 * 4. Take the actor from a known person, the title itself, or a country or group right before it.
 *
 * @param hits gazetteer hits for countries and groups, sorted by start
 * @param isActorWord true for words the gazetteer knows as a country or group (never part of a name)
 * @param lines per-article memo of title-case lines
 */
export function findTitledPeople(
  text: string,
  hits: readonly ActorHit[],
  isActorWord: (w: string) => boolean,
  lines: LineCache = new LineCache(),
): PersonFind[] {
  const byEnd = new Map<number, ActorHit>()
  const byStart = new Map<number, ActorHit>()
  for (const h of hits) {
    byEnd.set(h.end, h)
    byStart.set(h.start, h)
  }
  const out: PersonFind[] = []
  HEAD.lastIndex = 0
  for (let h = HEAD.exec(text); h; h = HEAD.exec(text)) {
    TAIL_AND_NAME.lastIndex = h.index + h[0].length
    const m = TAIL_AND_NAME.exec(text)
    if (!m) continue
    const [, tail, gap, rawName] = m
    const keep = trimName(rawName)
    if (runsIntoOrganisation(rawName, keep)) continue
    const name = cutAtActorWord(rawName.slice(0, keep), isActorWord)
    // A portfolio word is not a name ("Minister for Climate Change and ...").
    if (!name || MODIFIERS.has(name.split(' ')[0].toLowerCase())) continue
    const roleEnd = h.index + h[0].length + tail.length
    const nameStart = roleEnd + gap.length
    let roleStart = walkBackModifiers(text, h.index)
    let prefix = prefixHit(text, roleStart, byEnd) ?? straddling(hits, roleStart)
    // "the UK's Indo-Pacific Minister": capitalised words no list knows may still stand between a country and its title.
    for (let wider = roleStart, i = 0; !prefix && i < 2; i++) {
      wider = capitalisedBefore(text, wider)
      if (wider < 0) break
      const hit = prefixHit(text, wider, byEnd)
      if (hit) [prefix, roleStart] = [hit, wider]
    }
    let inside: ActorHit | undefined
    for (let k = firstFrom(hits, roleStart); k < hits.length && hits[k].start < roleEnd && !inside; k++) if (hits[k].end <= roleEnd && actorOf(hits[k])) inside = hits[k]
    const hintActor = actorOf(inside) ?? actorOf(prefix) ?? actorOf(ofAfter(text, nameStart + name.length, byStart))
    const known = lookupKnownPerson(name, hintActor)
    // In a title-case headline ("UN Chief Hails Moon's Vow") any capitalised words look like a name.
    if (!known && inTitleCaseLine(text, h.index, lines)) continue
    // "At a meeting with Japan's foreign minister, Wang Yi raised …": past a comma, a known person of
    // another country is no apposition to the title (the comma closed a phrase before the subject).
    if (known && gap.includes(',') && prefix && actorOf(prefix) && known.actor && actorOf(prefix) !== known.actor) continue
    out.push({
      start: prefix ? Math.min(prefix.start, roleStart) : roleStart,
      end: nameStart + name.length,
      nameStart,
      name,
      role: text.slice(roleStart, roleEnd),
      // The body or country leading the title is whom the person acts for here, whatever they are
      // best known for ("European Council President Donald Tusk" speaks for the EU, not Poland).
      actor: actorOf(prefix) ?? known?.actor ?? hintActor,
      known,
    })
    HEAD.lastIndex = nameStart + name.length
  }
  return out
}

function walkBackModifiers(text: string, headStart: number): number {
  let start = headStart
  for (let i = 0; i < 8; i++) {
    const m = MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
    if (!m || !MODIFIERS.has(m[1].toLowerCase())) break
    // "Economy, Trade and Industry Minister" lists portfolios in capitals; "climate change, Foreign..." is two phrases.
    if (m[2].includes(',') && !(/^[A-Z]/.test(m[1]) && /^[A-Z]/.test(text[start] ?? ''))) break
    const wordStart = start - m[0].length
    if (wordStart > 0 && /[A-Za-z0-9]/.test(text[wordStart - 1])) break
    start = wordStart
  }
  return start
}

/** Where the capitalised word right before `start` begins ("Indo-Pacific " in "UK's Indo-Pacific Minister"), or -1. */
function capitalisedBefore(text: string, start: number): number {
  const m = /(?:^|\s)([A-Z][A-Za-z-]+) $/.exec(text.slice(Math.max(0, start - 30), start))
  return m ? start - m[1].length - 1 : -1
}

function actorOf(hit: ActorHit | undefined): string | null {
  if (!hit || (hit.entry.kind !== 'country' && hit.entry.kind !== 'group')) return null
  return hit.entry.actor
}

/** A country or group right before a title: "U.S. ", "China's ", "Japan’s ". */
function prefixHit(text: string, roleStart: number, byEnd: ReadonlyMap<number, ActorHit>): ActorHit | undefined {
  for (const gap of [1, 3]) {
    const hit = byEnd.get(roleStart - gap)
    if (hit && /^(?:['’]s)? $/.test(text.slice(hit.end, roleStart)) && actorOf(hit)) return hit
  }
  return undefined
}

/** A country or group right after the name: "President Jane Doe of Ruritania". */
function ofAfter(text: string, nameEnd: number, byStart: ReadonlyMap<number, ActorHit>): ActorHit | undefined {
  const m = /^,? of (?:the )?/.exec(text.slice(nameEnd, nameEnd + 10))
  return m ? byStart.get(nameEnd + m[0].length) : undefined
}

/** A country or group whose name runs into the title ("European Commission President": the title starts at "Commission"). */
function straddling(hits: readonly ActorHit[], roleStart: number): ActorHit | undefined {
  // Hits do not overlap: only the last one starting before the title can reach into it.
  const h = hits[firstFrom(hits, roleStart) - 1]
  return h && h.end > roleStart && actorOf(h) ? h : undefined
}

/** Index of the first hit starting at or after `pos` (hits sorted by start), found by halving. */
function firstFrom(hits: readonly ActorHit[], pos: number): number {
  return firstIndex(hits.length, (i) => hits[i].start < pos)
}

/** Cuts a name before a word that names a country or group ("President Biden China" is not a name), unless a first name comes right before it ("Minister Ana Lima"). */
function cutAtActorWord(name: string, isActorWord: (w: string) => boolean): string {
  const keep: string[] = []
  for (const w of name.split(' ')) {
    if (isActorWord(w) && !(keep.length > 0 && isFirstName(keep[keep.length - 1]))) break
    keep.push(w)
  }
  return keep.join(' ')
}
