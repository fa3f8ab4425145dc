import { COLLECTIVE_ROLES, GROUP_ANAPHORS, ORDER_ANAPHORS, PRONOUNS, titleKey } from '../lexicon/roles.js'
import type { Chunk, Clause, Mention, QuoteSpan, Sentence, Token } from '../model/doc.js'
import { quoteAt, quoteSpeakerChunks } from './speakers.js'
import { mainActor } from './main-actor.js'
import { acronymAfter, ofActor } from './memory-phrases.js'
import { ACT_NOUNS, DESTINATION_NOUNS } from '../lexicon/nominalisations.js'
import { NO_ACTORS, OBJECT_PRONOUNS, actorsOf, fitting, notOwnSubject, recentObjects, lastAct, namedBefore, noteClause, noteMention, noteOwner, notePerson, otherPerson, otherRole, possessorActors, subjectBefore, type State } from './memory-state.js'

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
}): { chunks: Chunk[]; answers: Map<number, string> } {
  const { sentences, mentions, chunks, clauses } = input
  const out = chunks.slice()
  const answers = new Map<number, string>()
  // A clause is read once its phrases up to the verb are: first what it may answer, then what it tells.
  const read = (k: number, sentence: number) => {
    const clause = clauses[k]
    const answered = lastAct(state, sentence)
    if (answered && clause.subjectFrom === 'own' && actorsOf(out, clause.subject).length) answers.set(k, answered)
    noteClause(state, out, clause, sentence)
  }
  const state: State = { person: null, people: [], subject: [], plural: [], pair: [], objects: null, byRole: new Map(), byTitle: new Map(), thing: null, act: null, earlierSubject: null, recent: [], subjectSentence: -1, subjectPerson: null, roleSubject: null, roles: [], place: null, owners: new Map(), countries: [], group: null, mentions, main: mainCountry(sentences, mentions), before: namedBefore(sentences, mentions) }
  const speakers = quoteSpeakerChunks(input)
  // First person inside a quote: the actors of the phrase that names its speaker.
  // The subject list each chunk stands in, indexed once (a scan per quote grows with the square of a long text).
  let subjects: Map<number, readonly number[]> | null = null
  const subjectListOf = (c: number): readonly number[] => {
    if (!subjects) {
      subjects = new Map()
      for (const k of input.clauses) if (k.subject && k.subject.chunks.length > 1) for (const x of k.subject.chunks) if (!subjects.has(x)) subjects.set(x, k.subject.chunks)
    }
    return subjects.get(c) ?? [c]
  }
  const speakerOf = (chunk: Chunk): readonly string[] => {
    const q = quoteAt(input.quotes, input.tokens[chunk.start].start)
    const sc = q >= 0 ? speakers[q] : -1
    if (sc < 0 || out[sc] === chunk) return []
    // "“…,” Chile and Peru said": the speaker phrase may list several.
    const listed = subjectListOf(sc)
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
  const isObject = new Uint8Array(out.length)
  for (const s of sentences) {
    const range = input.sentenceTokens[s.index]
    if (!range) {
      // An untagged sentence still names people and actors; two of them are the pair a later
      // "the two sides" means, and more leave it open.
      // (A party named only as an adjective is the other side of one named in full: "Norway is to buy Chilean hydrogen".)
      const named = new Set<string>()
      const described = new Set<string>()
      for (; m < mentions.length && mentions[m].start < s.end; m++) {
        noteMention(state, mentions[m], m)
        if (mentions[m].actor) (mentions[m].adjectival ? described : named).add(mentions[m].actor!)
      }
      const others = [...described].filter((a) => !named.has(a))
      if (named.size === 2) state.pair = [...named]
      else if (named.size === 1 && others.length === 1) state.pair = [...named, others[0]]
      else if (named.size > 2) state.pair = []
      continue
    }
    // A tagged sentence's people are noted in reading order, as its phrases are read.
    while (m < mentions.length && mentions[m].start < s.end) m++
    // The sentence's clauses are clauses[first, last); the chunks they take as objects are marked while it is read.
    const first = k
    while (k < clauses.length && clauses[k].sentence === s.index) k++
    const last = k
    markObjects(isObject, clauses, first, last, 1)
    let next = first
    for (; c < out.length && out[c].start < range[1]; c++) {
      // Clauses whose verb lies before this chunk have been read: remember their parties.
      while (next < last && clauses[next].verb.end <= out[c].start) read(next++, s.index)
      out[c] = resolveChunk(state, out[c], out, input.tokens, s.index, speakerOf, isObject[c] === 1)
      if (out[c].kind === 'role' && out[c].actors.length) state.byRole.set(out[c].headLemma, out[c].actors)
      if (out[c].kind === 'role' && !out[c].plural && out[c].actors.length === 1 && state.roles.push({ actor: out[c].actors[0], sentence: s.index }) > 8) state.roles.shift()
      if (out[c].referent >= 0) notePerson(state, out[c].referent)
      for (const mi of out[c].mentions) if (mentions[mi].kind !== 'person') noteMention(state, mentions[mi], mi)
      // "the EU's carbon levy": the thing is the possessor's, for a later "the levy".
      // ("the EU carbon levy", "Chinese tariffs": an actor modifying the thing owns it as well; not a trip's, "the Taiwan visit".)
      const owner = out[c].kind !== 'thing' ? null : out[c].possessor >= 0 ? mentions[out[c].possessor].actor : out[c].mentions.length && !DESTINATION_NOUNS.has(out[c].headLemma) ? out[c].modifierActor : null
      if (owner) {
        noteOwner(state, out[c].headLemma, owner)
        // "the EU's Carbon Border Adjustment Mechanism (CBAM)": the short name is the owner's too.
        const short = acronymAfter(input.tokens, out[c].end)
        if (short) noteOwner(state, short, owner)
      }
    }
    while (next < last) read(next++, s.index)
    markObjects(isObject, clauses, first, last, 0)
  }
  return { chunks: out, answers }
}

/**
 * Sets the mark of every chunk that clauses[first, last) take as their object, and of the first phrase
 * of each prepositional phrase ("complained about it", "opposed to it"): neither is its own clause's subject.
 */
function markObjects(marks: Uint8Array, clauses: readonly Clause[], first: number, last: number, mark: 0 | 1): void {
  for (let i = first; i < last; i++) {
    for (const x of clauses[i].object?.chunks ?? NO_CHUNKS) marks[x] = mark
    for (const p of clauses[i].preps) marks[p.phrase.chunks[0]] = mark
  }
}

const NO_CHUNKS: readonly number[] = []

/**
 * Gives a phrase that stands for an earlier one its actors:
 * - he, she, him → the last person; they, them → the last plural party (or pair); it → the last
 *   subject, when named in this sentence or the one before;
 * - "the two sides", "both countries" → the last pair; "the country", "the government" → the last subject;
 * - a role noun with no actor ("the ministers", "officials") → the actor last named with that role, else the last subject;
 * - a possessive pronoun before a thing ("his visit") → the possessor's actor as its modifier.
 */
function resolveChunk(state: State, chunk: Chunk, chunks: readonly Chunk[], tokens: readonly Token[], sentence: number, speakerOf: (c: Chunk) => readonly string[], isObject = false): Chunk {
  if (chunk.actors.length) return isObject ? notOwnSubject(state, chunk, sentence) : chunk
  // (A phrase takes a subject's actors only when there is one: NO_ACTORS is never handed out.)
  const recentSubject = state.subjectSentence >= state.before[sentence] ? state.subject : NO_ACTORS
  switch (chunk.kind) {
    case 'pronoun': {
      const p = PRONOUNS[tokens[chunk.head].lower]
      // "Tuvalu's prime minister told reporters he was angered …": with no person named, the role subject before.
      if (p === 'person' && state.person === null && state.roleSubject && state.roleSubject.sentence >= state.before[sentence]) return { ...chunk, actors: [state.roleSubject.actor], via: 'memory:role-subject' }
      if (p === 'person' && state.person !== null) {
        // "Trump arrived. Macron urged him": an object pronoun is never its own clause's subject
        // (that would be "himself"), so it skips the person the clause has just named as subject.
        const own = OBJECT_PRONOUNS.has(tokens[chunk.head].lower) && state.subjectSentence === sentence ? state.subject : []
        // "Lula met von der Leyen. He accused …": a subject "he"/"she" continues the last subject person
        // of this sentence or the one before, before any person named since as an object.
        const continued = !isObject && !OBJECT_PRONOUNS.has(tokens[chunk.head].lower) && state.subjectPerson && state.subjectPerson.sentence >= state.before[sentence] ? state.subjectPerson.index : null
        const found = own.length ? otherPerson(state, own) : continued ?? state.person
        // (No other person named: a role phrase of another party is, "met Indonesia's president. … urged him".)
        const role = found === null ? otherRole(state, own, sentence) : null
        if (role) return { ...chunk, actors: [role], via: 'memory:role-object' }
        if (found === null) return chunk
        // "Tom Doe spoke after Jane Roe. “…,” she said": a pronoun of the other gender is the last person who fits.
        const referent = fitting(state, found, tokens[chunk.head].lower)
        const actor = state.mentions[referent].actor
        return { ...chunk, actors: actor ? [actor] : [], referent, via: 'memory:person' }
      }
      if (p === 'plural') {
        // "Fiji met Australia and Japan, then criticised them": an object "them" is not its own
        // clause's subject (that would be "themselves"), so it may be the parties last named as objects.
        const others = isObject ? recentObjects(state, sentence) : null
        if (others) return { ...chunk, actors: others, via: 'memory:objects' }
        const plural = state.plural.length ? state.plural : state.pair
        if (plural.length) return { ...chunk, actors: plural, via: 'memory:plural' }
      }
      // "… and we reject it": an object "it" is not its own clause's subject (that would be "itself");
      // a thing some actor owns, named as a subject just before ("The US withdrawal is …"), may be.
      // ("The EU's levy was criticised by India, which calls it …": a thing subject of this very sentence comes first.)
      // "Indonesia has been slow to retire coal. Tokyo urged it to move faster": an object "it" that an infinitive
      // follows is who acts, the subject of the sentence before.
      const agentBefore = p === 'thing' && isObject && tokens[chunk.end]?.lower === 'to' && tokens[chunk.end + 1]?.pos === 'VERB' ? subjectBefore(state, sentence) : null
      if (agentBefore) return { ...chunk, actors: [agentBefore], via: 'memory:it-agent' }
      const asObject = p === 'thing' && isObject && (state.subjectSentence === sentence || state.thing?.sentence === sentence)
      if (asObject && state.thing && state.thing.sentence >= sentence - 1) return { ...chunk, modifierActor: state.thing.owner, via: 'memory:it-thing' }
      // "Australia approved the mine. Fiji condemned it": the act the sentence before told, when no thing was named since.
      const act = asObject ? lastAct(state, sentence) : null
      if (act) return { ...chunk, modifierActor: act, via: 'memory:it-act' }
      if (p === 'thing' && !asObject && recentSubject.length === 1) return { ...chunk, actors: recentSubject, via: 'memory:it' }
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
      // "Molina urged the US to …, and said his government would …": the person's, not the last subject's.
      const person = chunk.det === 'his' || chunk.det === 'her' ? possessorActors(state, chunk, recentSubject, sentence) : NO_ACTORS
      if (person.length === 1) return { ...chunk, actors: person, via: 'memory:possessive' }
      if (chunk.headLemma in ORDER_ANAPHORS) return state.pair.length === 2 ? { ...chunk, actors: [state.pair[ORDER_ANAPHORS[chunk.headLemma]]], via: 'memory:order' } : chunk
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
      const others = chunk.plural && isObject ? recentObjects(state, sentence) : null
      if (others?.length === 2) return { ...chunk, actors: others, via: 'memory:objects' }
      if (chunk.plural && state.pair.length === 2) return { ...chunk, actors: state.pair, via: 'memory:pair' }
      if (!chunk.plural && state.subject.length === 1) return { ...chunk, actors: state.subject, via: 'memory:country' }
      // After a joint subject ("Chile together with Peru cut its aid, accusing the country of …"),
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
      const owner = chunk.headLemma === 'counterpart' ? [] : possessorActors(state, chunk, recentSubject, sentence)
      if (owner.length) return { ...chunk, actors: owner, via: 'memory:possessive' }
      // "the ministers", "officials": a bare role noun; "Pacific governments" names other ones.
      const bare = chunk.head - chunk.start === (chunk.det ? 1 : 0)
      const named = state.byRole.get(chunk.headLemma)
      if (named && bare && (chunk.det === 'the' || chunk.det === null)) return { ...chunk, actors: named, via: 'memory:role' }
      // "the secretary-general", "the president": the person last named with that title.
      const titled = bare && chunk.det === 'the' && !chunk.plural ? state.byTitle.get(titleKey(chunk.headLemma)) : undefined
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
      const owner = possessorActors(state, chunk, recentSubject, sentence)
      if (owner.length === 1) return { ...chunk, modifierActor: owner[0], via: 'memory:possessive' }
      // "their talks" after two parties: the pair's, as "the U.S.-China talks" would be.
      if (owner.length === 2 && chunk.det === 'their') return { ...chunk, pair: owner, via: 'memory:possessive' }
      // ", in a move that …": the act of the clause before, so its subject's.
      if (ACT_NOUNS.has(chunk.headLemma) && tokens[chunk.start - 1]?.lower === 'in' && tokens[chunk.start - 2]?.text === ',' && state.subjectSentence === sentence && state.subject.length === 1) {
        return { ...chunk, modifierActor: state.subject[0], via: 'memory:act' }
      }
      // "Australia approved the mine. The move was condemned by Fiji": a definite act noun is the act just told
      // (unless its maker follows: "the claims made by Togo", "the proposal from Britain").
      const namedBack = chunk.det === 'the' && ACT_NOUNS.has(chunk.headLemma) && !makerFollows(tokens, chunk.end)
      const act = namedBack ? lastAct(state, sentence) : null
      if (act && !state.owners.has(chunk.headLemma)) return { ...chunk, modifierActor: act, via: 'memory:act' }
      // "Germany wants to keep its coal plants open. Poland criticised the idea": a stance named back is the sentence before's subject's.
      const stance = namedBack && !state.owners.has(chunk.headLemma) ? subjectBefore(state, sentence) : null
      if (stance) return { ...chunk, modifierActor: stance, via: 'memory:stance' }
      // "criticised the letter": the actor that sent the letter named before.
      // (A bare name stands for the same thing: "CBAM" after "the EU's mechanism (CBAM)".)
      const named = !chunk.det && tokens[chunk.head].pos === 'PROPN'
      // (Not when its maker follows: "rejected the criticism from campaigners at home".)
      const maker = (chunk.det === 'the' || chunk.det === 'this' || chunk.det === 'that' || named) && !makerFollows(tokens, chunk.end) ? state.owners.get(chunk.headLemma) : undefined
      return maker ? { ...chunk, modifierActor: maker, via: 'memory:owner' } : chunk
    }
    case 'person': {
      // "Its climate change minister, Sadia Rehman": a person with no country takes the possessor's.
      const owner = possessorActors(state, chunk, recentSubject, sentence)
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

/** Whether the words after a noun name its maker: "by X", "from X", "made by X". */
function makerFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.lower
  return next === 'by' || next === 'from' || (tokens[at]?.pos === 'VERB' && tokens[at + 1]?.lower === 'by')
}
