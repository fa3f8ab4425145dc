import { BODY_VOICES, DESCRIPTIVE_ROLES } from '../../lexicon/quotes.js'
import { NAME_PARTICLES } from '../../actors/names.js'
import type { Doc } from '../../model/doc.js'
import type { QuoteCandidate } from './find.js'
import { PeopleBook, type Speaker } from './people.js'
import { readSpeakerPhrase, type Body } from './phrase.js'
import { RecentPeople } from './recent.js'

/** A quote with its speaker, and how the speaker was found (for --explain). */
export interface AttributedQuote {
  readonly candidate: QuoteCandidate
  readonly speaker: Speaker
  /** The site rule, then how its phrase was read: `after/person`, `before/pronoun`, `continued/role`. */
  readonly rule: string
}

interface Reading {
  readonly speaker: Speaker | null
  readonly how: string
}

/**
 * Gives each candidate quote its speaker, in text order:
 * 1. read the phrase at its speaker site (phrase.ts): a name, a pronoun, a role, a body, or nobody;
 * 2. a name becomes the fullest form the article gives it (people.ts);
 * 3. "he"/"she" is the person the story was last about (recent.ts), "it" the body that spoke last;
 * 4. "the minister" is the person named before with that role ("the scientist", a trade no one was named
 *    with, the person the story is about); "the ministry" the body last named with that head;
 * 5. a document, a news agency, a reporter or an unnamed source gives no speaker: the quote is dropped.
 * A site shared by several quotes (a speech in parts) is read once.
 */
export function attachSpeakers(doc: Doc, candidates: readonly QuoteCandidate[]): AttributedQuote[] {
  const out: AttributedQuote[] = []
  if (!candidates.some((c) => c.site.chunk >= 0)) return out
  const book = new PeopleBook(doc)
  const recent = new RecentPeople(doc, book)
  const read = new Map<number, Reading>()
  for (const c of candidates) {
    const chunk = c.site.chunk
    if (chunk < 0) continue
    let r = read.get(chunk)
    if (!r) {
      r = speakerAt(doc, chunk, book, recent)
      read.set(chunk, r)
      if (r.speaker) recent.note(r.speaker, chunk)
    }
    if (r.speaker) out.push({ candidate: c, speaker: r.speaker, rule: `${c.site.rule}/${r.how}` })
  }
  return out
}

/** Steps 1-5 for one site. */
function speakerAt(doc: Doc, chunk: number, book: PeopleBook, recent: RecentPeople): Reading {
  const p = readSpeakerPhrase(doc, chunk)
  const pos = doc.tokens[doc.chunks[chunk].start].start
  switch (p.kind) {
    case 'person':
      if (p.lone && !book.knows(p.name)) return { speaker: null, how: 'not a name' }
      // "“…,” Kompas reported", "Le Parisien reported": one word the article never gives as a person's
      // full name, reporting the words, is an outlet's title (people say; newspapers report).
      // ("Le Parisien" is one word after a particle, as "Le Pen" is: known only if the article gave a fuller name.)
      if (isOneWord(p.name) && !knowsFuller(book, p.name) && reportsNextTo(doc, chunk)) return { speaker: null, how: 'media' }
      return { speaker: book.person(p.name, p.actor), how: 'person' }
    case 'pronoun': {
      const before = recent.resolve(chunk, p.human)
      if (before || !p.human) return { speaker: before, how: 'pronoun' }
      return { speaker: recent.ahead(chunk), how: 'pronoun-ahead' }
    }
    case 'role': {
      const person = book.personWithRole(p.head, p.actor, pos)
      // "the spokesperson said": of the body named last, when no spokesperson was named; "the official
      // said", after "an EU official", of the body that official spoke for.
      if (!person && BODY_VOICES.has(p.head)) return { speaker: book.bodyBefore(p.head, null, pos, p.head === 'spokesperson'), how: 'body-memory' }
      // "Glaciologist Jane Roe … “…,” the scientist said": a trade no one was named with is the person the story is about.
      if (!person && DESCRIPTIVE_ROLES.has(p.head)) return { speaker: recent.resolve(chunk, true), how: 'role-recent' }
      return { speaker: person, how: 'role' }
    }
    case 'national':
      return { speaker: recent.lastOf(chunk, p.actor), how: 'national' }
    case 'body':
      return readBody(book, p, pos)
    default:
      return { speaker: null, how: p.why }
  }
}

/** "the Chinese commerce ministry" after "China's Ministry of Commerce"; "the department" after any body; "the EU" as "European Union". */
function readBody(book: PeopleBook, p: Body, pos: number): Reading {
  if (p.lead && book.knows(p.lead)) return { speaker: book.person(p.lead, p.actor), how: 'person' }
  if (!p.proper) {
    const named = book.bodyBefore(p.head, p.actor, pos, p.bare)
    if (named || p.bare) return { speaker: named, how: 'body-memory' }
  }
  const name = p.group ? book.groupName(p.actor, p.name) : p.name
  return { speaker: { name, actor: p.actor, person: false }, how: 'body' }
}

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES)

/** A name of one word, or of one word after a particle ("Le Parisien", "Van Dijk"). */
function isOneWord(name: string): boolean {
  const words = name.split(' ')
  return words.length === 1 || (words.length === 2 && PARTICLES.has(words[0].toLowerCase()))
}

function knowsFuller(book: PeopleBook, name: string): boolean {
  return book.knows(name) && (!name.includes(' ') || book.person(name, null).name !== name)
}

/** Whether the verb right after phrase `chunk`, or right before it ("reported Kompas"), is "report". */
function reportsNextTo(doc: Doc, chunk: number): boolean {
  const c = doc.chunks[chunk]
  return doc.tokens[c.end]?.lemma === 'report' || doc.tokens[c.start - 1]?.lemma === 'report'
}
