import { FRAMES } from '../../frames/registry.js'
import type { Trigger } from '../../frames/types.js'
import { INTERACTION_INDEX } from '../../lexicon/index.js'
import { THREE_SIDED } from '../../lexicon/interactions.js'
import { COPULAS, JOINING_VERBS } from '../../lexicon/modality.js'
import { KIND_NOUNS } from '../../lexicon/links.js'
import { roleInClause } from '../../frames/around.js'
import { SYMMETRIC_TYPES } from '../../model/facts.js'
import { pairsWithin } from '../../frames/party.js'
import type { FrameName, InteractionEntry } from '../../lexicon/schema.js'
import type { Doc } from '../../model/doc.js'

/** A candidate interaction: two parties a frame found around a trigger, before the checks of attach.ts. */
export interface Candidate {
  readonly actor: string
  readonly target: string
  readonly trigger: Trigger
  readonly frame: FrameName
  /** One direction of an act each party does to the other (a PartyPair's `mutual`). */
  readonly mutual?: boolean
}

/**
 * Finds every trigger in the Doc and reads its parties through the entry's frames, in the order the
 * entry lists them: the first frame that finds parties speaks for the trigger.
 * 1. Verb triggers: each clause's verb lemma, with its particle when it has one ("hit out", "sit down"),
 *    or with its object's noun ("join forces").
 * 2. Noun triggers: each noun phrase whose head is a trigger noun and no actor's name.
 */
export function findCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = []
  const read = (t: Trigger) => {
    for (const name of t.entry.frames) {
      const pairs = FRAMES[name](t)
      if (pairs.length === 0) continue
      for (const p of pairs) out.push({ ...p, trigger: t, frame: name })
      // "Chile and Bolivia traded barbs", "traded accusations with Bolivia": an exchange is the act each way.
      if (t.entry.mutual) for (const p of pairs) out.push({ actor: p.target, target: p.actor, mutual: true, trigger: t, frame: name })
      // "signed a trilateral pact with Chile and Peru": the three are each other's partners.
      if (SYMMETRIC_TYPES.has(t.entry.type) && manySided(t)) {
        const parties = [...new Set(pairs.flatMap((p) => [p.actor, p.target]))]
        for (const p of pairsWithin(parties, 3)) if (!pairs.some((q) => (q.actor === p.actor && q.target === p.target) || (q.actor === p.target && q.target === p.actor))) out.push({ ...p, trigger: t, frame: name })
      }
      return
    }
  }
  doc.clauses.forEach((c, i) => {
    for (const entry of verbEntries(doc, i)) read({ entry, doc, clause: i, chunk: -1, at: c.verb.head })
    // "was sharply critical of Washington": an adjective after "be" (adverbs between).
    if (COPULAS.has(c.verb.lemma)) {
      let k = c.verb.end
      while (k < doc.tokens.length && (doc.tokens[k].pos === 'ADV' || QUOTE_MARKS.has(doc.tokens[k].text))) k++
      // ("was a grave mistake": the head of a noun phrase after "be" is read as its predicate too.)
      const chunk = doc.chunkOf[k] ?? -1
      // ("are close partners of Peru": an adjective that opens the phrase is no predicate, its head may be.)
      const head = chunk >= 0 && doc.chunks[chunk].start === k ? doc.chunks[chunk].head : k
      let at = doc.tokens[k]?.pos !== 'ADJ' || !INTERACTION_INDEX.predicates.has(doc.tokens[k].lower) ? head : k
      // ("was an act of bullying", "a form of protectionism": the noun after "of" is the verdict.)
      if (at === head && chunk >= 0 && KIND_NOUNS.has(doc.tokens[head].lemma) && doc.tokens[head + 1]?.lower === 'of') {
        const next = doc.chunkOf[head + 2] ?? -1
        if (next >= 0) at = doc.chunks[next].head
      }
      for (const entry of INTERACTION_INDEX.predicates.get(doc.tokens[at]?.lower ?? '') ?? []) read({ entry, doc, clause: i, chunk: -1, at })
    }
    // "“Japan must cut coal,” Fiji said": the clause's modal.
    if (c.verb.modal) for (const entry of INTERACTION_INDEX.modals.get(c.verb.modal) ?? []) read({ entry, doc, clause: i, chunk: -1, at: c.verb.start })
    // "jointly monitor": an adverb in or right after the verb group.
    for (let k = Math.max(0, c.verb.start - 1); k < Math.min(c.verb.end + 1, doc.tokens.length); k++) {
      // ("responded angrily": an entry may name the verbs its adverb counts with.)
      for (const entry of INTERACTION_INDEX.adverbs.get(doc.tokens[k].lower) ?? []) if (entry.adverbVerbs.length === 0 || entry.adverbVerbs.includes(c.verb.lemma)) read({ entry, doc, clause: i, chunk: -1, at: k })
    }
  })
  doc.chunks.forEach((chunk, i) => {
    // ("a working team with Norway": a role noun the lexicon names as an act's noun counts as one;
    // so does one that names its leader, when joined: "joined a French-led coalition".)
    const role = chunk.kind === 'role' && (chunk.actors.length === 0 || joined(doc, i))
    if ((chunk.kind !== 'thing' && !role) || doc.tokens[chunk.head].mention >= 0) return
    for (const entry of nounEntries(doc, i)) read({ entry, doc, clause: -1, chunk: i, at: chunk.head })
    for (let k = chunk.start; k < chunk.head; k++) {
      for (const entry of INTERACTION_INDEX.adjectives.get(doc.tokens[k].lower) ?? []) {
        if (entry.adjectiveNouns.length === 0 || entry.adjectiveNouns.includes(chunk.headLemma)) read({ entry, doc, clause: -1, chunk: i, at: k })
      }
    }
  })
  return out
}

/** Whether a chunk is the object of a joining verb ("joined a French-led coalition"). */
function joined(doc: Doc, chunk: number): boolean {
  const place = roleInClause(doc, chunk)
  return place?.role === 'object' && JOINING_VERBS.has(doc.clauses[place.clause].verb.lemma)
}

/** Whether the trigger's phrase (its own for a noun, the object's for a verb) calls the act three-sided. */
function manySided(t: Trigger): boolean {
  const { doc } = t
  const c = t.chunk >= 0 ? doc.chunks[t.chunk] : t.clause >= 0 && doc.clauses[t.clause].object ? doc.clauses[t.clause].object : null
  if (!c) return false
  // (Read from the text: the tagger splits "three-way" at its hyphen.)
  return THREE_SIDED.test(doc.text.slice(doc.tokens[c.start].start, doc.tokens[c.end - 1].end))
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’'])

function verbEntries(doc: Doc, i: number): readonly InteractionEntry[] {
  const c = doc.clauses[i]
  const { lemma, particle } = c.verb
  // A particle makes another verb ("call off" is not "call"): only its own entries.
  if (particle) return INTERACTION_INDEX.verbs.get(`${lemma} ${particle}`) ?? []
  // "has let us down", "turned it down": a pronoun object goes between a phrasal verb and its particle.
  const pronounObject = c.object && c.object.end - c.object.start === 1 && doc.tokens[c.object.start].pos === 'PRON'
  const after = pronounObject ? doc.tokens[c.object!.end] : undefined
  const split = after && (after.pos === 'ADP' || after.pos === 'ADV' || after.pos === 'PART') ? INTERACTION_INDEX.verbs.get(`${lemma} ${after.lower}`) : undefined
  if (split) return split
  const objectHead = c.object && c.object.chunks.length === 1 ? doc.tokens[doc.chunks[c.object.chunks[0]].head].lower : null
  const withObject = objectHead ? INTERACTION_INDEX.verbs.get(`${lemma} ${objectHead}`) : undefined
  return withObject ?? INTERACTION_INDEX.verbs.get(lemma) ?? []
}

/** A capitalised noun the tagger read as a name ("Talks between …" opening a sentence) keeps its plural: try the singular too. */
function nounEntries(doc: Doc, i: number): readonly InteractionEntry[] {
  const c = doc.chunks[i]
  const found = INTERACTION_INDEX.nouns.get(c.headLemma)
  if (found) return found
  const head = doc.tokens[c.head]
  if (head.pos !== 'PROPN' || !head.lower.endsWith('s')) return []
  // ("Duties on …" opening a sentence: a plural in -ies is the noun in -y.)
  const singular = head.lower.endsWith('ies') ? `${head.lower.slice(0, -3)}y` : head.lower.slice(0, -1)
  return INTERACTION_INDEX.nouns.get(singular) ?? []
}
