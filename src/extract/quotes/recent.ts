import type { Doc } from '../../model/doc.js'
import { chunkStartingAt, isAccordingTo, isSpeechClause, quoteAt } from '../../nlp/speaker-frame.js'
import { pickChunk } from '../../nlp/speaker-pick.js'
import { isPersonLike } from '../../nlp/speaker-person.js'
import type { PeopleBook, Speaker } from './people.js'
import { readSpeakerPhrase } from './phrase.js'
import { firstIndex } from '../../model/search.js'
import { PRONOUN_GENDER, clashes, fittingPerson, genderOf, genderOfName } from '../../actors/gender.js'
import { SPEAKER_REACH } from '../../lexicon/quotes.js'

/** A person the story was last about, and where. */
interface Seen {
  readonly speaker: Speaker
  readonly pos: number
  readonly paragraph: number
}

const KEEP = 6
/** Prepositions of place: a name after one names where, not who. */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'near', 'outside', 'across', 'around', 'off', 'into'])

/**
 * Who "he", "she" or "it" is when a quote says "he said": the people the story was last about, that
 * is, the latest speakers and the people who are subjects of its clauses (or the source of an
 * "according to"), read in text order.
 *
 * The discourse memory (src/nlp/memory.ts) gives every pronoun the last person named, which in
 * a reporting clause is often the host or the person spoken to ("Lula told a news conference with
 * von der Leyen … “…,” he said"); the subject or speaker before it is more often right. The memory's
 * person wins when no subject or speaker is that recent. "It said" is the body that spoke last, or
 * else an organisation that was last a subject ("The meteorological office warned … “…,” it said").
 */
export class RecentPeople {
  private readonly people: Seen[] = []
  private clause = 0
  /** The next sentence to read for its first named person, and the last sentence with a person as subject. */
  private sentence = 0
  private subjectSentence = -1
  /** The last person named in a sentence with no person as subject: "he" in a later paragraph may be them. */
  private named: Seen | null = null
  /** Every person named outside quotes in the sentences read, subjects or not (the last KEEP), for a "she" no subject fits. */
  private readonly mentioned: Seen[] = []
  /** The last body that spoke, and the last organisation that was a clause's subject. */
  private body: Seen | null = null
  private subjectBody: Seen | null = null

  constructor(
    private readonly doc: Doc,
    private readonly book: PeopleBook,
  ) {}

  /**
   * Reads the clauses before token `at`: each person who is a clause's own subject outside quotes,
   * or the source of an "according to"; and in a finished sentence with no such person, the first
   * person it names ("Floods swept away the home of Jane Doe. “…,” she said").
   */
  advance(at: number): void {
    const { clauses, chunks, tokens } = this.doc
    const upTo = at < tokens.length ? tokens[at].sentence : this.doc.sentences.length
    for (; this.clause < clauses.length && clauses[this.clause].verb.head < at; this.clause++) {
      const c = clauses[this.clause]
      const range = this.doc.sentenceTokens[c.sentence]!
      const according = isAccordingTo(this.doc, c) ? c.preps.find((p) => p.prep === 'to') : undefined
      // A speech verb the parse found no subject for ("Jane Doe, head of the … (…), said"): the phrase opening the sentence.
      const opening = c.subjectFrom === 'none' && isSpeechClause(this.doc, c) ? chunkStartingAt(this.doc, range[0], c.verb.start) : -1
      const candidates = according ? according.phrase.chunks : c.subjectFrom === 'own' && c.subject ? c.subject.chunks : opening >= 0 ? [opening] : null
      if (!candidates) continue
      const chunk = pickChunk(this.doc, candidates, range[0], range[1])
      if (chunk < 0 || chunks[chunk].kind === 'pronoun') continue
      const p = readSpeakerPhrase(this.doc, chunk)
      // The one word opening a sentence is a name only if the article gave it in full ("Floodwater swept …").
      if (p.kind === 'person' && (p.name.includes(' ') || this.book.knows(p.name))) this.record(this.book.person(p.name, p.actor), chunk)
      else if (p.kind === 'role' && isPersonLike(this.doc, chunks[chunk])) {
        const person = this.book.personWithRole(p.head, p.actor, tokens[chunks[chunk].start].start)
        if (person) this.record(person, chunk)
      } else if (p.kind === 'body' && p.proper) {
        this.subjectBody = this.seenAt({ name: p.name, actor: p.actor, person: false }, chunk)
      }
    }
    for (; this.sentence < upTo; this.sentence++) {
      if (this.subjectSentence !== this.sentence) this.firstNamed(this.sentence)
      this.allNamed(this.sentence)
    }
  }

  /** The first person named outside quotes in tagged sentence `s`, kept apart from subjects and speakers. */
  private firstNamed(s: number): void {
    const first = this.namedIn(s)[0]
    if (first) this.named = first
  }

  /** Notes every person named outside quotes in tagged sentence `s`. */
  private allNamed(s: number): void {
    for (const seen of this.namedIn(s)) {
      this.mentioned.push(seen)
      if (this.mentioned.length > KEEP) this.mentioned.shift()
    }
  }

  /** The people named outside quotes in tagged sentence `s`, in text order. */
  private namedIn(s: number): Seen[] {
    const out: Seen[] = []
    const r = this.doc.sentenceTokens[s]
    if (!r) return out
    const { chunks, chunkOf, tokens, quotes } = this.doc
    for (let t = r[0]; t < r[1]; t++) {
      const c = chunkOf[t]
      if (c < 0 || chunks[c].start !== t || !isPersonLike(this.doc, chunks[c]) || chunks[c].kind === 'pronoun' || chunks[c].kind === 'role') continue
      // "a village on Viti Levu", "a school in Nuku'alofa": a name after a preposition of place is a place.
      if (quoteAt(quotes, tokens[t].start) >= 0 || (t > r[0] && PLACE_PREPOSITIONS.has(tokens[t - 1].lower))) continue
      const p = readSpeakerPhrase(this.doc, c)
      // A name of two words, or one the article gave in full ("Celsius" alone is no one).
      if (p.kind === 'person' && (p.name.includes(' ') || this.book.knows(p.name))) out.push(this.seenAt(this.book.person(p.name, p.actor), c))
    }
    return out
  }

  /** Notes a person or body who spoke or acted at chunk `chunk` (after the clauses before it, so the list stays in text order). */
  note(speaker: Speaker, chunk: number): void {
    this.advance(this.doc.chunks[chunk].start)
    this.record(speaker, chunk)
  }

  private record(speaker: Speaker, chunk: number): void {
    const seen = this.seenAt(speaker, chunk)
    if (speaker.person) this.subjectSentence = this.doc.tokens[this.doc.chunks[chunk].start].sentence
    if (!speaker.person) {
      this.body = seen
      return
    }
    const i = this.people.findIndex((s) => s.speaker.name === speaker.name)
    if (i >= 0 && this.people[i].pos > seen.pos) return
    if (i >= 0) this.people.splice(i, 1)
    this.people.push(seen)
    if (this.people.length > KEEP) this.people.shift()
  }

  /** The person of `actor` the story was last about before chunk `chunk` ("said the Chilean"), within the pronoun's reach; or null. */
  lastOf(chunk: number, actor: string): Speaker | null {
    const t = this.doc.tokens[this.doc.chunks[chunk].start]
    const paragraph = this.doc.sentences[t.sentence].paragraph
    this.advance(this.doc.chunks[chunk].start)
    const fits = (p: Seen) => p.pos < t.start && p.paragraph >= paragraph - SPEAKER_REACH && p.speaker.actor === actor
    let found = this.named && fits(this.named) ? this.named : null
    for (const p of this.people) if (fits(p) && (!found || p.pos > found.pos)) found = p
    return found?.speaker ?? null
  }

  /**
   * Who pronoun chunk `chunk` stands for: a person for "he"/"she" (`human`), a body for "it"/"they"; or null.
   * A person whose first name or title plainly says the other gender is not "she" or "he": the one
   * meant was named where we did not read a name ("Tom Doe runs the farm. … “…,” she said").
   */
  resolve(chunk: number, human: boolean): Speaker | null {
    const found = this.resolveAny(chunk, human)
    const pronoun = this.doc.tokens[this.doc.chunks[chunk].start].lower
    return found?.person && clashes(pronoun, genderOfName(found.name)) ? this.namedOfGender(chunk, pronoun) : found
  }

  /**
   * "Minister John Okoro thanked Amina Yusuf. “…,” she said": when no subject or speaker fits the
   * pronoun's gender, the last person named otherwise (an object) within the reach whose first name
   * says that gender; a name that says none is not taken.
   */
  private namedOfGender(chunk: number, pronoun: string): Speaker | null {
    const t = this.doc.tokens[this.doc.chunks[chunk].start]
    const paragraph = this.doc.sentences[t.sentence].paragraph
    const want = PRONOUN_GENDER[pronoun]
    for (let i = this.mentioned.length - 1; i >= 0; i--) {
      const p = this.mentioned[i]
      if (p.pos < t.start && p.paragraph >= paragraph - SPEAKER_REACH && genderOfName(p.speaker.name) === want) return p.speaker
    }
    return null
  }

  private resolveAny(chunk: number, human: boolean): Speaker | null {
    const { chunks, tokens, sentences, mentions } = this.doc
    const c = chunks[chunk]
    const t = tokens[c.start]
    const paragraph = sentences[t.sentence].paragraph
    this.advance(c.start)
    const recent = (s: Seen | null) => (s && s.pos < t.start && s.paragraph >= paragraph - SPEAKER_REACH ? s : null)
    // An organisation that was only a subject must be in the quote's own paragraph.
    if (!human) return (recent(this.body) ?? (this.subjectBody?.paragraph === paragraph ? recent(this.subjectBody) : null))?.speaker ?? null
    let found: Seen | null = null
    for (const p of this.people) if (p.pos < t.start && (!found || p.pos > found.pos)) found = p

    // A person only named, in a paragraph after the last subject or speaker ("Floods swept away the
    // home of Jane Doe. ¶ “…,” she said"); in the same paragraph the speaker goes on ("she added").
    if (this.named && this.named.pos < t.start && (!found || (this.named.pos > found.pos && this.named.paragraph > found.paragraph))) found = this.named
    const m = c.referent >= 0 ? mentions[c.referent] : null
    // "Tom Doe spoke after Jane Roe. “…,” she said": past a person of the other gender to the last who
    // fits, a subject or speaker first, else the person the memory chose by gender.
    if (found) {
      const gender = (p: Seen) => genderOfName(p.speaker.name)
      const fit = fittingPerson(found, this.people.filter((p) => p.pos < t.start), gender, t.lower)
      if (fit !== found) return fit.speaker
      const memory = m ? genderOf(m) : null
      if (m && memory && clashes(t.lower, gender(found)) && !clashes(t.lower, memory)) return this.book.person(m.person ?? m.text, m.actor)
    }
    // The memory saw the sentences the tagger skipped: a person named there after the last subject we read.
    const unseen = m !== null && (!found || m.start > found.pos) && !this.doc.sentenceTokens[this.sentenceOf(m.start)]
    // (Past the reach, a speaker named after the memory's person is still the later one: "Dhewanthi
    // remarked" three paragraphs on from the title line that named her.)
    if ((recent(found) || (found && m && m.start < found.pos)) && !unseen) return found!.speaker
    if (m) return this.book.person(m.person ?? m.text, m.actor)
    return found?.speaker ?? null
  }

  /**
   * "“…,” she said. ¶ Jane Doe, Kenya's envoy, had arrived …": a "he" or "she" with no one before it
   * stands for the person named next, within two sentences, of the pronoun's gender or of none known.
   */
  ahead(chunk: number): Speaker | null {
    const t = this.doc.tokens[this.doc.chunks[chunk].start]
    const mentions = this.doc.mentions
    for (let i = firstIndex(mentions.length, (k) => mentions[k].start <= t.start); i < mentions.length; i++) {
      const m = mentions[i]
      if (this.sentenceOf(m.start) > t.sentence + 2) break
      if (m.kind === 'person' && !clashes(t.lower, genderOf(m))) return this.book.person(m.person ?? m.text, m.actor)
    }
    return null
  }

  private sentenceOf(pos: number): number {
    const s = this.doc.sentences
    return Math.min(firstIndex(s.length, (i) => s[i].end <= pos), s.length - 1)
  }

  private seenAt(speaker: Speaker, chunk: number): Seen {
    const t = this.doc.tokens[this.doc.chunks[chunk].start]
    return { speaker, pos: t.start, paragraph: this.doc.sentences[t.sentence].paragraph }
  }
}
