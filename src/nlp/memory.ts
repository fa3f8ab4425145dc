import { COLLECTIVE_ROLES, GROUP_ANAPHORS, PRONOUNS, ROLE_NOUNS } from '../lexicon/roles.js'
import type { Chunk, Clause, Mention, Phrase, QuoteSpan, Sentence, Token } from '../model/doc.js'
import { quoteAt, quoteSpeakerChunks } from './speakers.js'
import { mainActor } from './main-actor.js'
import { NOMINALISATIONS } from '../lexicon/nominalisations.js'
import { acronymAfter, ofActor } from './memory-phrases.js'

/**
 * The one discourse memory: read in document order, it gives actors to the phrases that stand for
 * one named before (he, she, they, it, "the two sides", "the country", "the ministry", "his
 * government"), so every extractor reads resolved phrases.
 *
 * What it remembers, updated after each clause (and after each untagged sentence's mentions):
 * the last person with a known actor; the actors of the last subject; the last plural party
 * (a list, or a plural role such as "Chinese officials"); the last pair of parties (a list of two,
 * "A met B", "the U.S.-China talks"); the actors last named with each role noun ("ministers from
 * the G7" → later "the ministers").
 */
export function resolveDiscourse(input: {
  readonly text: string
  readonly quotes: readonly QuoteSpan[]
  readonly chunkOf: Int32Array
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly Mention[]
  readonly tokens: readonly Token[]
  readonly chunks: readonly Chunk[]
  readonly clauses: readonly Clause[]
  readonly sentenceTokens: ReadonlyArray<readonly [number, number] | null>
}): Chunk[] {
  const { sentences, mentions, chunks, clauses } = input
  const out = chunks.slice()
  const state: State = { person: null, people: [], subject: [], plural: [], pair: [], byRole: new Map(), byTitle: new Map(), subjectSentence: -1, place: null, owners: new Map(), countries: [], group: null, mentions, main: mainCountry(sentences, mentions) }
  const speakers = quoteSpeakerChunks(input)
  // First person inside a quote: the actors of the phrase that names its speaker.
  const speakerOf = (chunk: Chunk): readonly string[] => {
    const q = quoteAt(input.quotes, input.tokens[chunk.start].start)
    const sc = q >= 0 ? speakers[q] : -1
    if (sc < 0 || out[sc] === chunk) return []
    // "“…,” Chile and Peru said": the speaker phrase may list several.
    const listed = input.clauses.find((c) => c.subject?.chunks.includes(sc))?.subject?.chunks ?? [sc]
    if (listed.length > 1) return [...new Set(listed.flatMap((k) => out[k].actors))]
    // "“We are disappointed …,” he said": a pronoun speaker after the quote is not read yet; the
    // person it stands for is already the last one named.
    if (out[sc].actors.length === 0 && out[sc].kind === 'pronoun' && PRONOUNS[input.tokens[out[sc].head].lower] === 'person') {
      return resolveChunk(state, out[sc], out, input.tokens, input.tokens[out[sc].start].sentence, () => []).actors
    }
    return out[sc].actors
  }
  let m = 0
  let c = 0
  let k = 0
  for (const s of sentences) {
    const range = input.sentenceTokens[s.index]
    if (!range) {
      // An untagged sentence still names people and actors; two of them are the pair a later
      // "the two sides" means, and more leave it open.
      const named = new Set<string>()
      for (; m < mentions.length && mentions[m].start < s.end; m++) {
        noteMention(state, mentions[m], m)
        if (mentions[m].actor && !mentions[m].adjectival) named.add(mentions[m].actor!)
      }
      if (named.size === 2) state.pair = [...named]
      else if (named.size > 2) state.pair = []
      continue
    }
    // A tagged sentence's people are noted in reading order, as its phrases are read.
    while (m < mentions.length && mentions[m].start < s.end) m++
    const sentenceClauses: Clause[] = []
    while (k < clauses.length && clauses[k].sentence === s.index) sentenceClauses.push(clauses[k++])
    let next = 0
    for (; c < out.length && out[c].start < range[1]; c++) {
      // Clauses whose verb lies before this chunk have been read: remember their parties.
      while (next < sentenceClauses.length && sentenceClauses[next].verb.end <= out[c].start) noteClause(state, out, sentenceClauses[next++], s.index)
      out[c] = resolveChunk(state, out[c], out, input.tokens, s.index, speakerOf)
      if (out[c].kind === 'role' && out[c].actors.length) state.byRole.set(out[c].headLemma, out[c].actors)
      if (out[c].referent >= 0) notePerson(state, out[c].referent)
      for (const mi of out[c].mentions) if (mentions[mi].kind !== 'person') noteMention(state, mentions[mi], mi)
      // "the EU's carbon levy": the thing is the possessor's, for a later "the levy".
      if (out[c].kind === 'thing' && out[c].possessor >= 0 && mentions[out[c].possessor].actor) {
        state.owners.set(out[c].headLemma, mentions[out[c].possessor].actor!)
        // "the EU's Carbon Border Adjustment Mechanism (CBAM)": the short name is the owner's too.
        const short = acronymAfter(input.tokens, out[c].end)
        if (short) state.owners.set(short, mentions[out[c].possessor].actor!)
      }
    }
    while (next < sentenceClauses.length) noteClause(state, out, sentenceClauses[next++], s.index)
  }
  return out
}

interface State {
  readonly mentions: readonly Mention[]
  /** The country the article is mostly about (src/nlp/main-actor.ts), or null when that is a group. */
  readonly main: string | null
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
  byRole: Map<string, readonly string[]>
  /** The last person named with each title word ("UN Secretary-General Guterres" → secretary, general): "the secretary-general". */
  byTitle: Map<string, number>
}

/** Object forms of the person pronouns ("her" reaches here only when no noun follows it). */
const OBJECT_PRONOUNS = new Set(['him', 'her'])

/** The most recent person whose actor is none of `own`, or the last person when all share it. */
function otherPerson(state: State, own: readonly string[]): number | null {
  for (let i = state.people.length - 1; i >= 0; i--) {
    const actor = state.mentions[state.people[i]].actor
    if (actor && !own.includes(actor)) return state.people[i]
  }
  return state.mentions[state.person!].actor && own.includes(state.mentions[state.person!].actor!) ? null : state.person
}

function notePerson(state: State, index: number): void {
  state.person = index
  // Most recent last, one entry per actor: enough to step back past the clause's own subject.
  const actor = state.mentions[index].actor
  state.people = state.people.filter((p) => state.mentions[p].actor !== actor)
  state.people.push(index)
  if (state.people.length > 8) state.people.shift()
  const role = state.mentions[index].role
  if (role) for (const word of role.toLowerCase().split(/[\s-]+/)) if (ROLE_NOUNS.has(word)) state.byTitle.set(word, index)
}

function noteMention(state: State, m: Mention, index: number): void {
  if (m.kind === 'person') notePerson(state, index)
  if (m.locative && m.kind === 'country' && m.actor) state.place = m.actor
  if (m.kind === 'country' && m.actor) {
    state.countries = state.countries.filter((c) => c !== m.actor)
    state.countries.push(m.actor)
  }
  if (m.kind === 'group' && m.actor) state.group = m.actor
}

/** Nouns that name the act of the clause they follow: "…, in a move that Beijing denounced". */
const ACT_NOUNS = new Set(['move', 'step', 'decision', 'bid', 'attempt', 'effort'])

/** Verbs by which an actor makes a thing that may later be criticised or rejected ("OPEC sent a letter"). */
const MAKING = new Set(['send', 'issue', 'publish', 'release', 'write', 'announce', 'adopt', 'propose', 'introduce', 'unveil', 'impose', 'launch', 'approve', 'pass', 'submit', 'table', 'present', 'enact', 'draft', 'circulate'])

function actorsOf(chunks: readonly Chunk[], p: Phrase | null): string[] {
  if (!p) return []
  return [...new Set(p.chunks.flatMap((c) => chunks[c].actors))]
}

function noteClause(state: State, chunks: readonly Chunk[], clause: Clause, sentence: number): void {
  const subject = actorsOf(chunks, clause.subject)
  // "Washington decided to extend the tariffs": a later "the decision" is Washington's.
  // "China suspended the talks", "Washington decided to …": a later "the suspension", "the decision" is theirs.
  if (subject.length === 1 && clause.verb.voice === 'active' && !clause.verb.negated) for (const noun of NOMINALISATIONS.get(clause.verb.lemma) ?? []) state.owners.set(noun, subject[0])
  if (subject.length === 1 && MAKING.has(clause.verb.lemma) && clause.object) {
    for (const c of clause.object.chunks) if (chunks[c].kind === 'thing') state.owners.set(chunks[c].headLemma, subject[0])
  }
  if (subject.length && clause.subjectFrom === 'own') {
    state.subject = subject
    state.subjectSentence = sentence
    const plural = subject.length > 1 || (clause.subject!.chunks.length === 1 && chunks[clause.subject!.chunks[0]].plural)
    if (plural) state.plural = subject
  }
  if (subject.length === 2) state.pair = subject
  // "a video call between Seoul's minister and her Japanese counterpart, in which the two sides …".
  for (const p of clause.preps) {
    const between = p.prep === 'between' ? actorsOf(chunks, p.phrase) : []
    if (between.length === 2) state.pair = between
  }
  const withWhom = clause.preps.find((p) => p.prep === 'with')?.phrase ?? null
  const other = actorsOf(chunks, clause.object).length ? actorsOf(chunks, clause.object) : actorsOf(chunks, withWhom)
  if (subject.length === 1 && other.length === 1 && other[0] !== subject[0]) state.pair = [subject[0], other[0]]
  for (const c of clause.subject?.chunks ?? []) if (chunks[c].pair) state.pair = chunks[c].pair!
}

/**
 * Gives a phrase that stands for an earlier one its actors:
 * - he, she, him → the last person; they, them → the last plural party (or pair); it → the last
 *   subject, when named in this sentence or the one before;
 * - "the two sides", "both countries" → the last pair; "the country", "the government" → the last subject;
 * - a role noun with no actor ("the ministers", "officials") → the actor last named with that role, else the last subject;
 * - a possessive pronoun before a thing ("his visit") → the possessor's actor as its modifier.
 */
function resolveChunk(state: State, chunk: Chunk, chunks: readonly Chunk[], tokens: readonly Token[], sentence: number, speakerOf: (c: Chunk) => readonly string[]): Chunk {
  if (chunk.actors.length) return chunk
  const recentSubject = state.subjectSentence >= sentence - 1 ? state.subject : []
  switch (chunk.kind) {
    case 'pronoun': {
      const p = PRONOUNS[tokens[chunk.head].lower]
      if (p === 'person' && state.person !== null) {
        // "Trump arrived. Macron urged him": an object pronoun is never its own clause's subject
        // (that would be "himself"), so it skips the person the clause has just named as subject.
        const own = OBJECT_PRONOUNS.has(tokens[chunk.head].lower) && state.subjectSentence === sentence ? state.subject : []
        const referent = own.length ? otherPerson(state, own) : state.person
        if (referent === null) return chunk
        const actor = state.mentions[referent].actor
        return { ...chunk, actors: actor ? [actor] : [], referent, via: 'memory:person' }
      }
      if (p === 'plural') {
        const plural = state.plural.length ? state.plural : state.pair
        if (plural.length) return { ...chunk, actors: plural, via: 'memory:plural' }
      }
      if (p === 'thing' && recentSubject.length === 1) return { ...chunk, actors: recentSubject, via: 'memory:it' }
      if (p === 'speaker') {
        const speaker = speakerOf(chunk)
        if (speaker.length) return { ...chunk, actors: speaker, via: 'memory:speaker' }
      }
      return chunk
    }
    case 'anaphor': {
      // "the government of President Macron", "the country of …": its own "of" phrase says whose.
      const of = chunk.plural ? [] : ofActor(chunks, tokens, chunk, state.pair)
      if (of.length) return { ...chunk, actors: of, via: 'role-of' }
      if (GROUP_ANAPHORS.has(chunk.headLemma)) return state.group ? { ...chunk, actors: [state.group], via: 'memory:group' } : chunk
      if (chunk.headLemma === 'there') {
        // ("Chile travelled there": not the clause's own subject.)
        const own = state.subjectSentence === sentence ? state.subject : []
        const place = state.place ?? [...state.countries].reverse().find((c) => !own.includes(c))
        return place ? { ...chunk, actors: [place], via: 'memory:there' } : chunk
      }
      // "“The two sides will …,” Chile and Peru said": inside a quote, the pair that speaks it.
      const speakers = chunk.plural ? speakerOf(chunk) : []
      if (speakers.length === 2) return { ...chunk, actors: speakers, via: 'memory:speaker' }
      if (chunk.plural && state.pair.length === 2) return { ...chunk, actors: state.pair, via: 'memory:pair' }
      if (!chunk.plural && state.subject.length === 1) return { ...chunk, actors: state.subject, via: 'memory:country' }
      // After a joint subject ("Norway together with Germany withdrew aid, accusing the country of …"),
      // the country last named apart from them.
      if (!chunk.plural && state.subject.length > 1) {
        const other = [...state.countries].reverse().find((c) => !state.subject.includes(c))
        if (other) return { ...chunk, actors: [other], via: 'memory:country' }
      }
      return chunk
    }
    case 'role': {
      // "the foreign minister of the Marshall Islands", "ministers from the G7".
      const of = ofActor(chunks, tokens, chunk, state.pair)
      if (of.length) return { ...chunk, actors: of, via: 'role-of' }
      // "his counterpart" is the other side, not his own.
      const owner = chunk.headLemma === 'counterpart' ? [] : possessorActors(state, chunk, recentSubject)
      if (owner.length) return { ...chunk, actors: owner, via: 'memory:possessive' }
      // "the ministers", "officials": a bare role noun; "Pacific governments" names other ones.
      const bare = chunk.head - chunk.start === (chunk.det ? 1 : 0)
      const named = state.byRole.get(chunk.headLemma)
      if (named && bare && (chunk.det === 'the' || chunk.det === null)) return { ...chunk, actors: named, via: 'memory:role' }
      // "the secretary-general", "the president": the person last named with that title.
      const titled = bare && chunk.det === 'the' && !chunk.plural ? state.byTitle.get(chunk.headLemma) : undefined
      if (titled !== undefined && state.mentions[titled].actor) return { ...chunk, actors: [state.mentions[titled].actor!], referent: titled, via: 'memory:title' }
      if (bare && chunk.det === 'the' && (COLLECTIVE_ROLES.has(chunk.headLemma) || chunk.headLemma === 'ministry') && state.subject.length === 1) {
        return { ...chunk, actors: state.subject, via: 'memory:office' }
      }
      // "The foreign ministry lodged a protest": a government office no sentence has named is the article's country's.
      if (chunk.det === 'the' && OFFICES.has(chunk.headLemma) && !chunk.plural && state.main) return { ...chunk, actors: [state.main], via: 'memory:article-country' }
      return chunk
    }
    case 'thing': {
      if (chunk.modifierActor) return chunk
      // "our plan" inside a quote: the speaker's.
      if (chunk.det === 'our' || chunk.det === 'my') {
        const speaker = speakerOf(chunk)
        if (speaker.length === 1) return { ...chunk, modifierActor: speaker[0], via: 'memory:speaker' }
      }
      const owner = possessorActors(state, chunk, recentSubject)
      if (owner.length === 1) return { ...chunk, modifierActor: owner[0], via: 'memory:possessive' }
      // "their talks" after two parties: the pair's, as "the U.S.-China talks" would be.
      if (owner.length === 2 && chunk.det === 'their') return { ...chunk, pair: owner, via: 'memory:possessive' }
      // ", in a move that …": the act of the clause before, so its subject's.
      if (ACT_NOUNS.has(chunk.headLemma) && tokens[chunk.start - 1]?.lower === 'in' && tokens[chunk.start - 2]?.text === ',' && state.subjectSentence === sentence && state.subject.length === 1) {
        return { ...chunk, modifierActor: state.subject[0], via: 'memory:act' }
      }
      // "criticised the letter": the actor that sent the letter named before.
      // (A bare name stands for the same thing: "CBAM" after "the EU's mechanism (CBAM)".)
      const named = !chunk.det && tokens[chunk.head].pos === 'PROPN'
      const maker = chunk.det === 'the' || chunk.det === 'this' || chunk.det === 'that' || named ? state.owners.get(chunk.headLemma) : undefined
      return maker ? { ...chunk, modifierActor: maker, via: 'memory:owner' } : chunk
    }
    case 'person': {
      // "Its climate change minister, Sadia Rehman": a person with no country takes the possessor's.
      const owner = possessorActors(state, chunk, recentSubject)
      return owner.length === 1 ? { ...chunk, actors: owner, via: 'memory:possessive' } : chunk
    }
    default:
      return chunk
  }
}

const OFFICES = new Set(['ministry', 'government', 'cabinet', 'presidency', 'parliament', 'administration'])

function mainCountry(sentences: readonly Sentence[], mentions: readonly Mention[]): string | null {
  const main = mainActor(sentences, mentions)
  return main && mentions.some((m) => m.actor === main && m.kind === 'country') ? main : null
}

/** The actors a possessive pronoun determiner points to: "his" → the last person, "their" → the last plural, "its" → the last subject. */
function possessorActors(state: State, chunk: Chunk, recentSubject: readonly string[]): readonly string[] {
  switch (chunk.det) {
    case 'his':
    case 'her':
      return state.person !== null && state.mentions[state.person].actor ? [state.mentions[state.person].actor!] : []
    case 'their':
      return state.plural.length ? state.plural : state.pair
    case 'its':
      return recentSubject.length === 1 ? recentSubject : []
    default:
      return []
  }
}
