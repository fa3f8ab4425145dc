import { ROLE_NOUNS, titleKey } from '../lexicon/roles.js'
import { ownersOf } from './phrases.js'
import type { Chunk, Clause, Mention, Phrase, Sentence } from '../model/doc.js'
import { MAKING_VERBS, NOMINALISATIONS, SAME_MEASURE } from '../lexicon/nominalisations.js'
import { fittingPerson, genderOf } from '../actors/gender.js'

/**
 * What the one discourse memory (memory.ts) remembers as it reads, and how each clause and mention
 * updates it: the last person, subject, plural party, pair, place, group, owners of things, and the
 * people last named with each role noun and title.
 */
export interface State {
  readonly mentions: readonly Mention[]
  /** The country the article is mostly about (src/nlp/main-actor.ts), or null when that is a group. */
  readonly main: string | null
  /** Per sentence, the last sentence before it that names someone: "the sentence before" for a subject a pronoun continues. */
  readonly before: readonly number[]
  /** The last person named (a mention index), for he, she and his. */
  person: number | null
  /** The last persons named (mention indices, one per actor, most recent last), for "him" after a subject. */
  people: number[]
  /** The last country named as a place ("in Beijing", "a visit to China"): what "there" points to. */
  place: string | null
  /** Countries named, most recent last. */
  countries: string[]
  /** The last group named ("the EU", "the UN"): what "the bloc", "the global body" stand for. */
  group: string | null
  /** Things by their head noun, with the actor that made or owns them ("the EU's levy", "OPEC sent a letter"). */
  owners: Map<string, string>
  subject: readonly string[]
  subjectSentence: number
  plural: readonly string[]
  pair: readonly string[]
  /** The last two or more parties named together as an object ("met Australia and Japan"): whom an object "them" may mean. */
  objects: { readonly actors: readonly string[]; readonly sentence: number } | null
  byRole: Map<string, readonly string[]>
  /** The last person named with each title word ("UN Secretary-General Guterres" → secretary, general): "the secretary-general". */
  byTitle: Map<string, number>
  /** The person last named as a clause's own subject, and the sentence: "he" or "she" as a subject continues them. */
  subjectPerson: { readonly index: number; readonly sentence: number } | null
  /** The actor of the last singular role noun that was a clause's own subject ("Tuvalu's prime minister told …"): "he" when no person is named. */
  roleSubject: { readonly actor: string; readonly sentence: number } | null
  /** Singular role phrases named lately with their actor ("Indonesia's president"), most recent last: whom an object "him" may be. */
  roles: Array<{ readonly actor: string; readonly sentence: number }>
  /** The owner of the last thing named as a subject ("The US withdrawal is …"): what an object "it" may be. */
  thing: { readonly owner: string; readonly sentence: number } | null
  /**
   * Who last did an act others answer, by a verb that makes or decides something ("Australia approved
   * the mine", "Japan began releasing the water"): whose act a next sentence's "it" or "the move" is.
   */
  act: { readonly owner: string; readonly sentence: number } | null
  /** Person mentions named lately, one per person, most recent last. */
  recent: number[]
  /** The subject before the current sentence's first one: whose "the idea" a next sentence may answer. */
  earlierSubject: { readonly actors: readonly string[]; readonly sentence: number } | null
}

/** Object forms of the person pronouns ("her" reaches here only when no noun follows it). */
export const OBJECT_PRONOUNS = new Set(['him', 'her'])

/** "Kishida met Indonesia's president. Kishida urged him": the last singular role of an actor none of `own`, named in this sentence or the one before. */
export function otherRole(state: State, own: readonly string[], sentence: number): string | null {
  for (let i = state.roles.length - 1; i >= 0 && state.roles[i].sentence >= sentence - 1; i--) if (!own.includes(state.roles[i].actor)) return state.roles[i].actor
  return null
}

/** The most recent person whose actor is none of `own`, or the last person when all share it. */
export function otherPerson(state: State, own: readonly string[]): number | null {
  for (let i = state.people.length - 1; i >= 0; i--) {
    const actor = state.mentions[state.people[i]].actor
    if (actor && !own.includes(actor)) return state.people[i]
  }
  return state.mentions[state.person!].actor && own.includes(state.mentions[state.person!].actor!) ? null : state.person
}

export function notePerson(state: State, index: number): void {
  state.person = index
  // The persons named lately, one entry per person, most recent last: whom "she" or "he" may be when the last one does not fit.
  const key = state.mentions[index].person ?? state.mentions[index].text
  state.recent = state.recent.filter((p) => (state.mentions[p].person ?? state.mentions[p].text) !== key)
  state.recent.push(index)
  if (state.recent.length > 8) state.recent.shift()
  // Most recent last, one entry per actor: enough to step back past the clause's own subject.
  const actor = state.mentions[index].actor
  state.people = state.people.filter((p) => state.mentions[p].actor !== actor)
  state.people.push(index)
  if (state.people.length > 8) state.people.shift()
  const role = state.mentions[index].role
  if (role) for (const word of role.toLowerCase().split(/[\s-]+/)) if (ROLE_NOUNS.has(word)) state.byTitle.set(titleKey(word), index)
}

export function noteMention(state: State, m: Mention, index: number): void {
  if (m.kind === 'person') notePerson(state, index)
  if (m.locative && m.kind === 'country' && m.actor) state.place = m.actor
  if (m.kind === 'country' && m.actor) {
    state.countries = state.countries.filter((c) => c !== m.actor)
    state.countries.push(m.actor)
  }
  if (m.kind === 'group' && m.actor) state.group = m.actor
}



/** No actors: read, never kept (the memory keeps only lists that name someone). */
export const NO_ACTORS: readonly string[] = []

/** The actors a phrase names, each once, in order (most phrases name one, or none). */
export function actorsOf(chunks: readonly Chunk[], p: Phrase | null): readonly string[] {
  let out: string[] | null = null
  if (p) {
    for (const c of p.chunks) {
      for (const a of chunks[c].actors) {
        if (out === null) out = [a]
        else if (!out.includes(a)) out.push(a)
      }
    }
  }
  return out ?? NO_ACTORS
}

export function noteClause(state: State, chunks: readonly Chunk[], clause: Clause, sentence: number): void {
  const subject = actorsOf(chunks, clause.subject)
  // "Washington decided to extend the tariffs": a later "the decision" is Washington's.
  // "China suspended the talks", "Washington decided to …": a later "the suspension", "the decision" is theirs.
  const nouns = NOMINALISATIONS.get(clause.verb.lemma)
  if (nouns && subject.length === 1 && clause.verb.voice === 'active' && !clause.verb.negated) for (const noun of nouns) noteOwner(state, noun, subject[0])
  const acting = NOMINALISATIONS.has(clause.verb.lemma) || MAKING_VERBS.has(clause.verb.lemma)
  if (subject.length === 1 && acting && clause.verb.voice === 'active' && !clause.verb.negated && !clause.verb.modal) state.act = { owner: subject[0], sentence }
  if (subject.length === 1 && MAKING_VERBS.has(clause.verb.lemma) && clause.object) {
    for (const c of clause.object.chunks) if (chunks[c].kind === 'thing') noteOwner(state, chunks[c].headLemma, subject[0])
  }
  const only = clause.subject?.chunks.length === 1 ? chunks[clause.subject.chunks[0]] : null
  if (only?.kind === 'thing' && only.modifierActor && clause.subjectFrom === 'own') state.thing = { owner: only.modifierActor, sentence }
  // ("India urged the EU to scrap its levy": an infinitive's subject by control is who "its" means next.)
  const subjectReferent = only && clause.subjectFrom === 'own' ? only.referent : -1
  if (subjectReferent >= 0) state.subjectPerson = { index: subjectReferent, sentence }
  if (only?.kind === 'role' && !only.plural && only.actors.length === 1 && clause.subjectFrom === 'own') state.roleSubject = { actor: only.actors[0], sentence }
  if (subject.length && (clause.subjectFrom === 'own' || clause.subjectFrom === 'control')) {
    if (sentence > state.subjectSentence) state.earlierSubject = { actors: state.subject, sentence: state.subjectSentence }
    state.subject = subject
    state.subjectSentence = sentence
    const plural = subject.length > 1 || (clause.subject!.chunks.length === 1 && chunks[clause.subject!.chunks[0]].plural)
    if (plural) state.plural = subject
  }
  if (subject.length === 2) state.pair = subject
  // "a video call between Seoul's minister and her Japanese counterpart, in which the two sides …".
  for (const p of clause.preps) {
    if (p.prep !== 'between') continue
    const between = actorsOf(chunks, p.phrase)
    if (between.length === 2) state.pair = between
  }
  const withWhom = clause.preps.find((p) => p.prep === 'with')?.phrase ?? null
  const objectActors = actorsOf(chunks, clause.object)
  const other = objectActors.length ? objectActors : actorsOf(chunks, withWhom)
  if (other.length > 1 && !other.some((a) => subject.includes(a))) state.objects = { actors: other, sentence }
  // ("Japan to fund Indonesian plants. … the two governments": a party the object belongs to is the other side.)
  const otherSide = other.length ? other : ownersOf(chunks, clause.object)
  if (subject.length === 1 && otherSide.length === 1 && otherSide[0] !== subject[0]) state.pair = [subject[0], otherSide[0]]
  if (clause.subject) for (const c of clause.subject.chunks) if (chunks[c].pair) state.pair = chunks[c].pair!
}

/** The actors a possessive pronoun determiner points to: "his" → the last person, "their" → the last plural, "its" → the last subject. */
export function possessorActors(state: State, chunk: Chunk, recentSubject: readonly string[], sentence = -1): readonly string[] {
  switch (chunk.det) {
    case 'his':
    case 'her':
      // ("The U.S. House speaker landed in Taipei. China condemned her visit": with no person named, the role subject before.)
      if (state.person === null && state.roleSubject && sentence >= 0 && state.roleSubject.sentence >= sentence - 1) return [state.roleSubject.actor]
      return state.person !== null && state.mentions[state.person].actor ? [state.mentions[state.person].actor!] : NO_ACTORS
    case 'their':
      return state.plural.length ? state.plural : state.pair
    case 'its':
      return recentSubject.length === 1 ? recentSubject : NO_ACTORS
    default:
      return NO_ACTORS
  }
}

/** The owner of a thing by its head noun, and of the other nouns that name the same measure ("the levy" for "the mechanism"). */
export function noteOwner(state: State, noun: string, owner: string): void {
  for (const n of SAME_MEASURE.get(noun) ?? [noun]) state.owners.set(n, owner)
}

/** The actor of the act told in the sentence before (or earlier in this one), when this clause's own subject is someone else. */
export function lastAct(state: State, sentence: number): string | null {
  const a = state.act
  if (!a || a.sentence < sentence - 1) return null
  return state.subjectSentence === sentence && state.subject.includes(a.owner) ? null : a.owner
}

/** The single actor that was the own subject of the sentence before, when this sentence's subject so far is someone else. */
export function subjectBefore(state: State, sentence: number): string | null {
  const before = state.subjectSentence === sentence ? state.earlierSubject : { actors: state.subject, sentence: state.subjectSentence }
  if (!before || before.sentence !== sentence - 1 || before.actors.length !== 1) return null
  const own = state.subjectSentence === sentence ? state.subject : []
  return own.includes(before.actors[0]) ? null : before.actors[0]
}

/** `found`, or when its gender is plainly not the pronoun's, the most recent person whose gender is. */
export function fitting(state: State, found: number, pronoun: string): number {
  return fittingPerson(found, state.recent, (i) => genderOf(state.mentions[i]), pronoun)
}

/**
 * "Norway together with Germany withdrew aid, accusing the country of …": a description the gazetteer
 * read as the last country named ("the country") is, as an object, never its own clause's subject
 * (that would be "itself"): the country last named apart from the subject.
 */
export function notOwnSubject(state: State, chunk: Chunk, sentence: number): Chunk {
  if (chunk.mentions.length !== 1 || state.mentions[chunk.mentions[0]].kind !== 'description') return chunk
  if (state.subjectSentence !== sentence || !chunk.actors.every((a) => state.subject.includes(a))) return chunk
  const other = [...state.countries].reverse().find((c) => !state.subject.includes(c))
  return other ? { ...chunk, actors: [other], via: 'memory:country' } : chunk
}

/**
 * The parties last named together as an object, in this sentence or the one before, when the clause
 * reading an object pronoun or "the two countries" has as its own subject one who is not among them
 * and the plural or pair memory would give back that subject.
 */
export function recentObjects(state: State, sentence: number): readonly string[] | null {
  const o = state.objects
  if (!o || o.sentence < sentence - 1 || state.subjectSentence !== sentence) return null
  if (o.actors.some((a) => state.subject.includes(a))) return null
  const fallback = state.plural.length ? state.plural : state.pair
  return fallback.length === 0 || fallback.some((a) => state.subject.includes(a)) ? o.actors : null
}

/**
 * Per sentence, the last sentence before it that holds a mention (or the one right before, when none
 * does). A sentence naming no one does not end a subject's reach: "Kenya's president spent Sunday in
 * Bergen. The weather was cold. On Monday he signed …" continues the president.
 */
export function namedBefore(sentences: readonly Sentence[], mentions: readonly Mention[]): number[] {
  const out: number[] = []
  let m = 0
  let last = -1
  for (const s of sentences) {
    out.push(last >= 0 ? last : s.index - 1)
    while (m < mentions.length && mentions[m].end <= s.start) m++
    if (m < mentions.length && mentions[m].start < s.end) last = s.index
  }
  return out
}
