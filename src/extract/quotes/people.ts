import { GOVERNMENT_ROLE } from '../../actors/data/roles.js'
import { foldAccents } from '../../actors/gazetteer.js'
import { NAME_PARTICLES } from '../../actors/names.js'
import { BODY_HEADS, BODY_VOICES, COMPANY_NOUNS, PERSON_ROLES } from '../../lexicon/quotes.js'
import { titleKey } from '../../lexicon/roles.js'
import type { Doc, Mention } from '../../model/doc.js'
import { quoteAt } from '../../nlp/speakers.js'
import { readSpeakerPhrase } from './phrase.js'
import { firstIndex } from '../../model/search.js'

/** A resolved speaker: a person's fullest name in the article, or a body's name. */
export interface Speaker {
  readonly name: string
  readonly actor: string | null
  readonly person: boolean
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES.map((p) => p.toLowerCase()))

/** The surname key of a name, as score.py reads it: its last word, case-folded, a Jr./Sr./II suffix dropped. */
export function surnameOf(name: string): string {
  const words = name.toLowerCase().replace(/\./g, '').split(/\s+/).filter((w) => w && !SUFFIXES.has(w))
  return words[words.length - 1] ?? ''
}

/** The key a name is looked up by: its surname, accents folded ("Saño" and "Sano" are one person). */
function keyOf(name: string): string {
  return foldAccents(surnameOf(name))
}

/**
 * The article's people as the quote extractor needs them: the fullest form of each name
 * ("Duarte" → "Helena Duarte"; "Liu" → "Liu Youbin", whose family name comes first), their
 * actors, and who was named with which role ("the minister said" → the minister named before).
 */
export class PeopleBook {
  private readonly bySurname = new Map<string, string>()
  private readonly byFirst = new Map<string, string>()
  /** Inner words of names of three words or more ("herrera" → "Camila Herrera Zúñiga"), read when no surname matches. */
  private readonly byInner = new Map<string, string>()
  private readonly actors = new Map<string, string>()
  /** Person mentions by role word ("minister", "envoy"), in text order. */
  private readonly byRole = new Map<string, Mention[]>()
  /** Bodies named by their proper names ("China's Ministry of Commerce"), in text order, for a later "the Chinese ministry". */
  private readonly bodies: Array<{ readonly pos: number; readonly head: string; readonly speaker: Speaker }> = []

  /** The fullest name of each group ("European Union" for "the EU"), as the article writes it. */
  private readonly groups = new Map<string, string>()

  constructor(private readonly doc: Doc) {
    for (const m of doc.mentions) {
      if (m.kind === 'group' && m.actor) {
        const name = m.text.replace(/^the /i, '')
        if (name.length > (this.groups.get(m.actor)?.length ?? 0)) this.groups.set(m.actor, name)
      }
      if (m.kind !== 'person') continue
      const name = m.person ?? m.text
      this.add(name, m.actor)
      // ("Saudi Arabia's energy minister, Prince Abdulaziz": a title kept inside the name is a role too, for "the prince said".)
      const title = /^(\p{Lu}\p{Ll}+) \p{Lu}/u.exec(name)?.[1].toLowerCase()
      const roles = `${m.role ?? ''} ${title && PERSON_ROLES.has(title) ? title : ''}`
      for (const word of roles.toLowerCase().split(/[^a-z-]+/)) {
        if (!word) continue
        const w = titleKey(word)
        const list = this.byRole.get(w) ?? []
        list.push(m)
        this.byRole.set(w, list)
      }
    }
    // Bodies named outside quotes, for a later "the ministry", "the spokesperson" or "the official"; names of two
    // words or more the gazetteer does not know ("Liu Youbin", or "the economist Ana Ruiz", for a later "Liu", "Ruiz").
    doc.chunks.forEach((c, i) => {
      const proper = c.kind === 'thing' && c.end - c.start > 1 && doc.tokens[c.head].pos === 'PROPN' && quoteAt(doc.quotes, doc.tokens[c.start].start) < 0
      // "Australian miner Redgum Resources", "the utility Nordvolt": a company, for a later "the company" or "the firm".
      const company = proper ? companyName(doc, c.start, c.end) : null
      if (company) this.noteBody(doc.tokens[c.start].start, 'company', { name: company, actor: c.modifierActor, person: false })
      else if (proper && (c.det === null || c.det === 'the')) {
        const p = readSpeakerPhrase(doc, i)
        if (p.kind === 'person' && p.name.includes(' ')) this.add(p.name, p.actor)
      }
      const voice = BODY_VOICES.has(c.headLemma)
      if (!BODY_HEADS.has(c.headLemma) && !voice) return
      const at = doc.tokens[c.start].start
      if (quoteAt(doc.quotes, at) >= 0) return
      const p = readSpeakerPhrase(doc, i)
      if (p.kind !== 'body') return
      // "a spokesman for the ministry": the ministry named before.
      const speaker = p.bare ? this.bodyBefore(p.head, p.actor, at, true) : { name: p.name, actor: p.actor, person: false }
      if (speaker) this.noteBody(at, voice ? titleKey(c.headLemma) : p.head, speaker)
    })
  }

  /** A group's fullest name in the article ("European Union"), or `name` itself. */
  groupName(actor: string | null, name: string): string {
    return (actor && this.groups.get(actor)) || name
  }

  /** Remembers a name: the longest form per surname, and per first word for family-name-first readings. */
  add(name: string, actor: string | null): void {
    const key = keyOf(name)
    const words = name.split(/\s+/)
    const known = this.bySurname.get(key)
    if (!known || words.length > known.split(/\s+/).length) this.bySurname.set(key, name)
    const first = foldAccents(words[0].toLowerCase())
    if (words.length > 1 && !this.byFirst.has(first)) this.byFirst.set(first, name)
    // "Camila Herrera Zúñiga" is "Herrera" later, "Ana Paula Souza Lima" "Souza": Spanish and
    // Portuguese names go by the first surname; the inner words of a longer name find it, when no one
    // has them as a surname.
    for (let i = 1; i < words.length - 1; i++) {
      const inner = keyOf(words[i])
      if (inner.length > 2 && /^\p{Lu}/u.test(words[i]) && !PARTICLES.has(inner) && !this.byInner.has(inner)) this.byInner.set(inner, name)
    }
    if (actor && !this.actors.has(key)) this.actors.set(key, actor)
  }

  /** True when the article names someone with this surname or first name in two words or more. */
  knows(name: string): boolean {
    return this.bySurname.has(keyOf(name)) || this.byFirst.has(foldAccents(name.toLowerCase())) || (!name.includes(' ') && this.byInner.has(keyOf(name)))
  }

  /** The person a name stands for, in the fullest form the article gives. */
  person(name: string, actor: string | null): Speaker {
    const full = this.fullest(name)
    return { name: full, actor: actor ?? this.actors.get(keyOf(full)) ?? null, person: true }
  }

  private fullest(name: string): string {
    const bySurname = this.bySurname.get(keyOf(name))
    const words = name.split(/\s+/).length
    // ("Xie said" after "Chinese envoy Xie Mingde": the one-word name alone, as the article also wrote it, is no
    // fuller form; the name that opens with it, family name first, is.)
    if (bySurname && (bySurname.split(/\s+/).length > words || (bySurname.split(/\s+/).length === words && (words > 1 || !this.byFirst.has(foldAccents(name.toLowerCase())))))) return bySurname
    if (!name.includes(' ')) return this.byFirst.get(foldAccents(name.toLowerCase())) ?? (bySurname ? name : this.byInner.get(keyOf(name))) ?? name
    return name
  }

  /**
   * The person named last before `pos` with a role word ("minister"), of `actor` when given. With none
   * before, a role with its country ("Papua New Guinea's top diplomat has derided …") may be named just
   * after: the next person of that country with a government role.
   */
  personWithRole(head: string, actor: string | null, pos: number): Speaker | null {
    const list = this.byRole.get(titleKey(head))
    if (list) {
      for (let i = lastBefore(list, pos), n = 0; i >= 0 && n < 20; i--, n++) {
        const m = list[i]
        if (actor && m.actor && m.actor !== actor) continue
        return this.person(m.person ?? m.text, m.actor)
      }
    }
    const people = this.doc.mentions
    // "“…,” the president said. ¶ President Jane Doe spoke at …": with no one before, the person named just
    // after with that very role word.
    if (!list?.some((m) => m.start < pos)) {
      for (let i = lastBefore(people, pos) + 1; i < people.length && people[i].start < pos + AHEAD; i++) {
        const m = people[i]
        if (m.kind === 'person' && m.role && (!actor || m.actor === actor) && m.role.toLowerCase().split(/[^a-z-]+/).some((w) => titleKey(w) === titleKey(head))) return this.person(m.person ?? m.text, m.actor)
      }
    }
    if (!actor) return null
    // "the UN chief", "the bloc's climate head": a word for whoever leads, of the person of that actor
    // named last with a title ("UN Secretary-General Jane Doe", "EU climate commissioner Jane Doe").
    if (LEADING_ROLES.has(head)) {
      for (let i = lastBefore(people, pos), n = 0; i >= 0 && n < 20; i--, n++) {
        const m = people[i]
        if (m.kind === 'person' && m.actor === actor && m.role) return this.person(m.person ?? m.text, m.actor)
      }
    }
    for (let i = lastBefore(people, pos) + 1; i < people.length && people[i].start < pos + AHEAD; i++) {
      const m = people[i]
      if (m.kind === 'person' && m.actor === actor && m.role && GOVERNMENT_ROLE.test(m.role)) return this.person(m.person ?? m.text, m.actor)
    }
    return null
  }

  /** Notes a body named by its proper name at `pos`. */
  noteBody(pos: number, head: string, speaker: Speaker): void {
    this.bodies.push({ pos, head, speaker })
  }

  /**
   * The body a common-noun phrase stands for ("the Chinese commerce ministry", "the department"): the
   * last one named before `pos` with the same head noun (of the same actor when both are known); with
   * `anyHead`, the last one named at all.
   */
  bodyBefore(head: string, actor: string | null, pos: number, anyHead: boolean): Speaker | null {
    let fallback: Speaker | null = null
    for (let i = this.bodies.length - 1, n = 0; i >= 0 && n < 50; i--, n++) {
      const b = this.bodies[i]
      if (b.pos >= pos) continue
      if (b.head === head && (!actor || !b.speaker.actor || b.speaker.actor === actor)) return b.speaker
      fallback ??= b.speaker
    }
    return anyHead ? fallback : null
  }
}

/** The capitalised name that ends tokens [start, end) after a lower-case company noun ("miner Redgum Resources"), or null. */
function companyName(doc: Doc, start: number, end: number): string | null {
  let t = end
  while (t > start && /^\p{Lu}/u.test(doc.tokens[t - 1].text)) t--
  if (!(t > start && t < end && COMPANY_NOUNS.has(doc.tokens[t - 1].lower))) return null
  return doc.text.slice(doc.tokens[t].start, doc.tokens[end - 1].end)
}

/** Role words for whoever leads a body, whatever the title: "the UN chief", "the agency head". */
const LEADING_ROLES = new Set(['chief', 'head', 'leader', 'boss'])

/** How far after a role a name may follow it ("the top diplomat … Foreign Minister Jane Doe said"). */
const AHEAD = 1200

/** Index of the last mention starting before `pos` (mentions in text order), or -1. */
function lastBefore(list: readonly Mention[], pos: number): number {
  return firstIndex(list.length, (i) => list[i].start < pos) - 1
}
