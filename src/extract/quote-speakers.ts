import type { Doc, Mention } from '../model/doc.js'
import { INTRO_WORDS } from './quote-lexicon.js'
import { findNames, type PlaceTest, type SpeakerCandidate, withSources } from './quote-names.js'

/** A resolved speaker: a person's fullest name in the article, or a body's name. */
export interface Speaker {
  readonly name: string
  readonly actor: string | null
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** The surname key of a name: its last word, case-folded, a Jr./Sr./II suffix dropped. */
export function surnameOf(name: string): string {
  const words = name.toLowerCase().replace(/\./g, '').split(/\s+/).filter((w) => w && !SUFFIXES.has(w))
  return words[words.length - 1] ?? ''
}

/**
 * What the article has said so far about who is who:
 * - fullest names by surname, from person mentions and from multi-word names anywhere in the text;
 * - the people and bodies that spoke or were sentence subjects, in reading order, for "he said" and "the ministry said".
 */
export class SpeakerBook {
  private readonly fullest = new Map<string, string>()
  /** Fullest names by first word too: Chinese names put the surname first ("Liu Youbin" … "Liu said"). */
  private readonly byFirst = new Map<string, string>()
  private readonly actors = new Map<string, string | null>()
  private lastPerson: { pos: number; speaker: Speaker } | null = null
  private readonly bodies: Array<{ head: string; speaker: Speaker }> = []
  private readonly people: readonly Mention[]

  constructor(doc: Doc, masked: string, isPlace: PlaceTest) {
    this.people = doc.mentions.filter((m) => m.kind === 'person' && m.person)
    for (const m of this.people) {
      if (m.kind === 'person' && m.person) {
        this.addName(m.person)
        if (m.actor) this.actors.set(surnameOf(m.person), m.actor)
      }
    }
    for (const c of findNames(masked, 0, masked.length, isPlace)) {
      if (c.kind === 'person' && c.words >= 2) this.addName(c.name)
    }
  }

  private addName(name: string): void {
    const key = surnameOf(name)
    const known = this.fullest.get(key)
    if (!known || name.split(/\s+/).length > known.split(/\s+/).length) this.fullest.set(key, name)
    const first = name.split(/\s+/)[0].toLowerCase()
    if (name.includes(' ') && !this.byFirst.has(first)) this.byFirst.set(first, name)
  }

  /** A person candidate is strong when it has two names or its surname was seen with a first name. */
  isStrong(c: SpeakerCandidate): boolean {
    return c.kind === 'pronoun' || (c.kind === 'person' && (c.words >= 2 || this.fullName(c.name) !== null))
  }

  /** Resolves a candidate to a speaker; null for pronouns with no antecedent. */
  resolve(c: SpeakerCandidate, pos: number, actorNear: string | null): Speaker | null {
    if (c.kind === 'pronoun') return c.name === 'they' ? (this.bodies.at(-1)?.speaker ?? null) : this.antecedent(pos)
    if (c.kind === 'body') return this.resolveBody(c, actorNear)
    // The actors stage knows titles and countries better: its person mention wins where it covers the name.
    const mention = this.people.find((m) => m.start < c.end && m.end > c.start)
    if (mention?.person) return { name: this.fullName(mention.person) ?? mention.person, actor: mention.actor ?? actorNear }
    const name = this.fullName(c.name) ?? c.name
    const key = surnameOf(name)
    if (!this.actors.has(key) || this.actors.get(key) === null) this.actors.set(key, actorNear)
    return { name, actor: this.actors.get(key) ?? null }
  }

  /** surnameOf, remembered: isStrong asks about the same few names for every clause of the article. */
  private readonly surnames = new Map<string, string>()
  private surname(name: string): string {
    let key = this.surnames.get(name)
    if (key === undefined) this.surnames.set(name, (key = surnameOf(name)))
    return key
  }

  /** The fullest earlier form of a name: by surname, or for a single word by first name. */
  private fullName(name: string): string | null {
    const bySurname = this.fullest.get(this.surname(name))
    if (bySurname) return bySurname
    return name.includes(' ') ? null : (this.byFirst.get(name.toLowerCase()) ?? null)
  }

  private resolveBody(c: SpeakerCandidate, actorNear: string | null): Speaker | null {
    // "the ministry", "the spokesperson", "the Chinese ministry": the last body with that head, if any.
    if (c.head) {
      const modifiers = c.name.split(/\s+/).slice(0, -1).filter((w) => /^\p{Ll}/u.test(w))
      const earlier = [...this.bodies]
        .reverse()
        .find((b) => c.head === 'spokesperson' || (b.head === c.head && modifiers.every((w) => b.speaker.name.toLowerCase().includes(w))))
      if (earlier) return earlier.speaker
      // A bare "the department" points back to the body last named, whatever its head noun.
      if (c.words <= 1 && this.bodies.length > 0) return this.bodies[this.bodies.length - 1].speaker
      if (!c.name) return null
    }
    const speaker = { name: c.name.replace(/^(?:the|a|an)\s+/i, ''), actor: actorNear }
    this.bodies.push({ head: c.head ?? (c.name.match(/\b(\p{Lu}\p{Ll}+)\b/u)?.[1] ?? '').toLowerCase(), speaker })
    return speaker
  }

  /** The person "he" or "she" most likely points to at `pos`: the latest speaker or sentence subject. */
  antecedent(pos: number): Speaker | null {
    return this.lastPerson && this.lastPerson.pos <= pos ? this.lastPerson.speaker : null
  }

  /** Records a person who spoke or was a sentence's subject at `pos`. */
  notePerson(speaker: Speaker, pos: number): void {
    if (!this.lastPerson || this.lastPerson.pos <= pos) this.lastPerson = { pos, speaker }
  }

  /** Records a body that spoke, so that "the ministry" and "the spokesperson" can find it. */
  noteBody(speaker: Speaker, head: string): void {
    if (!this.bodies.some((b) => b.speaker.name === speaker.name)) this.bodies.push({ head, speaker })
  }
}

/** The leading run of non-blanks of a trimmed chunk (what `split(/\s+/)[0]` gives, without the array). */
const FIRST_WORD = /^\S*/
const NON_BLANK = /\S/g

/** True when [from, to) holds only blanks (what `slice(from, to).trim() === ''` says, without the copy). */
function isBlank(text: string, from: number, to: number): boolean {
  NON_BLANK.lastIndex = from
  const m = NON_BLANK.exec(text)
  return m === null || m.index >= to
}

/**
 * Picks the speaker candidate of a clause's subject region, as news English orders it:
 * 1. drop introductory chunks ("After meeting Kerry,", "on climate change,") while another chunk follows;
 * 2. the first strong person or pronoun;
 * 3. else the body, document or news agency right before `to`, or the first one;
 * 4. else, when `allowWeak`, the first single unknown name ("Smith said"); a sentence-initial
 *    common noun ("Signatories have pledged …") looks the same, so only close attributions allow it.
 */
export function pickSubject(masked: string, from: number, to: number, book: SpeakerBook, isPlace: PlaceTest, allowWeak = true): SpeakerCandidate | null {
  const start = subjectStart(masked, from, to)
  const names = findNames(masked, start, to, isPlace)
  // Step 2 reads the names only: bodies and documents are looked for when it finds nobody.
  const strong = firstStrong(names, book)
  if (strong) return strong
  const candidates = withSources(names, masked, start, to).filter((c) => !c.possessive)
  const sources = candidates.filter((c) => c.kind === 'body' || c.kind === 'document' || c.kind === 'media')
  return (
    // "…, a development ministry spokesperson said": the body right before the verb is its subject.
    sources.find((c) => masked.slice(c.end, to).trim() === '') ??
    sources[0] ??
    (allowWeak ? candidates.find((c) => c.kind === 'person') : undefined) ??
    null
  )
}

/** What pickSubject picks when it is a strong person or a pronoun (its step 2), else null, without its search for bodies and documents. */
export function strongSubject(masked: string, from: number, to: number, book: SpeakerBook, isPlace: PlaceTest): SpeakerCandidate | null {
  return firstStrong(findNames(masked, subjectStart(masked, from, to), to, isPlace), book)
}

/** The first strong candidate that is not a possessive: only names and pronouns can be strong, so `names` is enough. */
function firstStrong(names: readonly SpeakerCandidate[], book: SpeakerBook): SpeakerCandidate | null {
  return names.find((c) => !c.possessive && book.isStrong(c)) ?? null
}

/** Where a clause's subject region starts once introductory chunks are dropped (pickSubject's step 1). */
function subjectStart(masked: string, from: number, to: number): number {
  let start = from
  for (;;) {
    const comma = masked.indexOf(',', start)
    if (comma < 0 || comma >= to - 1 || isBlank(masked, comma + 1, to)) break
    const chunk = masked.slice(start, comma).trim()
    const first = FIRST_WORD.exec(chunk)![0]
    const intro = chunk === '' || /^[\p{Ll}\p{N}]/u.test(first) || INTRO_WORDS.has(first) || /ing$/.test(first) || !/[\p{L}]/u.test(chunk)
    if (!intro) break
    start = comma + 1
  }
  return start
}
