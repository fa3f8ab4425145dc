import type { Chunk, Clause, Phrase, PrepPhrase, Token, VerbGroup } from '../model/doc.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { RELATIVE_PRONOUNS } from '../lexicon/links.js'
import { phraseFrom, type PhraseContext } from './phrases.js'
import { findVerbGroups } from './verb-groups.js'
import { SUBORDINATORS, clauseEnd, findPreps, isTimeChunk, objectPhrase, subjectOfNext } from './clause-objects.js'
import { linkClauses, type Mutable } from './clause-links.js'
import { frontedListRest, trimBefore } from './clause-fronted.js'
import { STOP_PUNCT, comitativeIn, isComitative, namingAside, parentheticalStart } from './clause-asides.js'

/** Quantifiers whose "of" phrase is the subject: "Most of G-20 members condemned …". */
const QUANTIFIERS = new Set(['most', 'all', 'many', 'some', 'several', 'each', 'both', 'none', 'few', 'majority', 'half', 'one', 'two', 'three', 'four', 'five', 'dozens', 'hundreds'])

/**
 * The shallow parse of one tagged sentence: a clause per verb group, with its subject (coordinated
 * lists included), object, passive agent and prepositional phrases (see Clause in model/doc.ts).
 *
 * 1. Verb groups (verb-groups.ts).
 * 2. Per group, the subject is the nearest noun phrase to its left that no preposition governs,
 *    passing over adverbs, time phrases ("on Friday"), "of" phrases ("the head of the agency") and
 *    parentheticals (", which …,"); a relative pronoun, "and" before the verb, or "to" hand the
 *    subject over from another clause (step 4).
 * 3. The object is the phrase right after the group; prepositional phrases follow, and a passive's
 *    "by" phrase is its agent.
 * 4. Subjects from other clauses: coordinated verbs share the subject before them; an infinitive takes
 *    the object of an urging verb or else the subject of the verb it complements; a participle
 *    (", accusing …", "After meeting …,") takes the main clause's subject.
 */
export function parseClauses(sentence: number, ctx: PhraseContext, base: number): Clause[] {
  const { tokens, chunks, chunkOf, from, to } = ctx
  const groups = findVerbGroups(tokens, from, to, chunkOf)
  const out: Array<Mutable<Clause>> = []
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]
    const nextStart = groups[gi + 1]?.start ?? to
    let subj = findSubject(ctx, g, groups[gi - 1]?.end ?? from, groups, gi)
    // "spent the final day pressing the Saudi delegation": a participle after the clause's object acts for its subject.
    const before = out[out.length - 1]
    if (g.form === 'gerund' && subj.phrase && before?.object && sameChunks(subj.phrase, before.object)) subj = { phrase: null, from: 'none' }
    // ("withdrew aid promised for …": a participle right after the clause before's object describes it.)
    const reduced = reducedRelative(tokens, chunkOf, g, to, groups, gi, !!before?.object && before.object.end === g.start && before.subjectFrom !== 'none' && before.verb.form === 'finite')
    const voice = reduced ? 'passive' : g.voice
    const objStart = skipAdverbs(tokens, g.end, nextStart)
    let object: Phrase | null = null
    let reported = false
    if (voice === 'active' && objStart < nextStart && chunkOf[objStart] >= 0 && chunks[chunkOf[objStart]].start === objStart && !isTimeChunk(tokens, chunks[chunkOf[objStart]])) {
      reported = subjectOfNext(ctx, chunkOf[objStart], groups, gi)
      if (!reported) object = objectPhrase(ctx, chunkOf[objStart], groups, gi)
    }
    // (The phrases after the next clause's subject are that clause's: "said the decision [of the EU] was unfair".)
    const preps = reported ? [] : findPreps(ctx, object ? object.end : g.end, nextStart, groups, gi)
    const agent = voice === 'passive' ? (preps.find((p) => p.prep === 'by')?.phrase ?? null) : null
    const end = clauseEnd(g, object, preps)
    // "Neither China nor India agreed", "No country objected": a negated subject negates the clause.
    const negatedSubject = !!subj.phrase && NEGATING_DETERMINERS.has(tokens[subj.phrase.start].lower)
    const vg: VerbGroup = voice === g.voice && !negatedSubject ? g : { ...g, voice, negated: g.negated || negatedSubject }
    out.push({
      sentence,
      start: subj.phrase ? Math.min(subj.phrase.start, g.start) : g.start,
      end,
      verb: vg,
      subject: reduced ? reduced : subj.phrase,
      subjectFrom: reduced ? 'relative' : subj.from,
      object,
      agent,
      preps,
      governor: -1,
    })
  }
  for (let i = 1; i < out.length; i++) trimBefore(out[i - 1], out[i], chunks)
  linkClauses(ctx, out, base)
  return out
}

interface SubjectFind {
  phrase: Phrase | null
  from: Clause['subjectFrom']
}

function findSubject(ctx: PhraseContext, g: VerbGroup, floor: number, groups: readonly VerbGroup[], gi: number): SubjectFind {
  const { tokens, chunks, chunkOf, from } = ctx
  if (g.form === 'infinitive') return { phrase: null, from: 'control' }
  let j = g.start - 1
  // "Chile, together with Peru, cut aid": partners joined to the subject act with it.
  const partners: number[] = []
  while (j >= from) {
    const t = tokens[j]
    const c = chunkOf[j]
    if (c >= 0) {
      const chunk = chunks[c]
      const before = chunk.start - 1
      // The object of an infinitive before the verb ("[the decision] to withdraw the US … was slammed"):
      // the subject is the noun the infinitive hangs on.
      // (After a finite verb the phrase is this clause's own subject: "said [it] will reject".)
      const owner = groupEndingAt(groups, gi, before + 1)
      if (owner?.form === 'infinitive') {
        j = owner.start - 1
        continue
      }
      if (before >= from && chunkOf[before] < 0 && tokens[before].pos === 'ADP' && !(SUBORDINATORS.has(tokens[before].lower) && chunk.end === g.start)) {
        // "Most of G-20 members condemned …": a quantifier's "of" phrase is the subject.
        if (tokens[before].lower === 'of' && QUANTIFIERS.has(tokens[before - 1]?.lower ?? '') && chunkOf[before - 1] < 0) return ownSubject(phraseFrom(ctx, c, 'left'), partners)
        // "…, with the Chilean minister accusing Peru": the phrase after "with" does the gerund's act.
        if (g.form === 'gerund' && tokens[before].lower === 'with' && chunk.end === g.start) return { phrase: phraseFrom(ctx, c, 'left'), from: 'own' }
        if (isComitative(tokens, before)) partners.push(c)
        // A prepositional phrase before the verb: "China on Friday announced", "the head of the agency said".
        j = before - 1
        continue
      }
      if (isTimeChunk(tokens, chunk) && j > from) {
        j = chunk.start - 1
        continue
      }
      // ", and he demanded …": a subject pronoun after a comma and a conjunction opens a clause of its own, no list.
      if (chunk.end === g.start && SUBJECT_PRONOUNS.has(tokens[chunk.start].lower) && tokens[before]?.pos === 'CCONJ' && tokens[before - 1]?.text === ',') {
        return { phrase: { chunks: [c], start: chunk.start, end: chunk.end }, from: 'own' }
      }
      const phrase = phraseFrom(ctx, c, 'left')
      // A list a preposition governs: "Talks [between Egypt and Ethiopia] resumed".
      const lead = tokens[phrase.start - 1]
      if (phrase.start > from && chunkOf[phrase.start - 1] < 0 && lead.pos === 'ADP' && !(SUBORDINATORS.has(lead.lower) && phrase.end === g.start)) {
        const rest = frontedListRest(ctx, phrase, g)
        if (rest) return ownSubject(rest, partners)
        // "The president of Kenya and the prime minister of Norway met": two roles, each with its "of" phrase.
        const roles = rolesOfPair(ctx, phrase)
        if (roles) return ownSubject(roles, partners)
        if (isComitative(tokens, phrase.start - 1)) partners.push(...phrase.chunks)
        j = phrase.start - 2
        continue
      }
      return ownSubject(phrase, partners)
    }
    // "Fiji and Tonga all objected": a quantifier floats between the subject and the verb.
    if (t.pos === 'ADV' || t.pos === 'ADJ' || (t.pos === 'DET' && FLOATING.has(t.lower) && j === g.start - 1)) {
      j--
      continue
    }
    const inGroup = groupHolding(groups, gi, j)
    if (inGroup) {
      // An infinitive phrase between subject and verb hangs on the subject, as does a participle
      // with its agent ("A delegation [led by the envoy, Jane Doe,] met …"): pass over it.
      const participle = inGroup.start === inGroup.head && chunkOf[inGroup.start - 1] >= 0 && tokens[inGroup.end]?.lower === 'by' && tokens[inGroup.head].lower !== tokens[inGroup.head].lemma
      if (inGroup.form !== 'infinitive' && !participle) break
      j = inGroup.start - 1
      continue
    }
    if (RELATIVE_PRONOUNS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      let k = j - 1
      if (k >= from && tokens[k].text === ',') k--
      // Reached with no subject after it, "that" is a relative pronoun too: "a deal that calls for …".
      if (k >= from && chunkOf[k] >= 0) return { phrase: phraseFrom(ctx, chunkOf[k], 'left'), from: 'relative' }
      return { phrase: null, from: 'none' }
    }
    if (t.pos === 'CCONJ' && j < g.start && j >= floor) return { phrase: null, from: 'coordinated' }
    if (t.text === ')' && j > from) {
      // "Leaders of the Association of Southeast Asian Nations (ASEAN) called …": over the brackets.
      let k = j - 1
      while (k > from && tokens[k].text !== '(' && j - k < 12) k--
      if (tokens[k].text === '(') {
        j = k - 1
        continue
      }
    }
    if (DASH_PAIR.has(t.text) && j > from) {
      // "Poland and the Baltic states — Estonia, Latvia and Lithuania — pushed": over the dashes.
      let k = j - 1
      while (k > from && !DASH_PAIR.has(tokens[k].text) && j - k < 25) k--
      if (DASH_PAIR.has(tokens[k].text) && k < j - 1 && chunkOf[k - 1] >= 0) {
        j = k - 1
        continue
      }
    }
    if (t.text === ',' && j > from) {
      // A parenthetical between subject and verb: ", which …,", ", however,", ", a former diplomat,".
      const open = parentheticalStart(ctx, j)
      // "In 2021, Chile together with Peru, cut aid": the span is the subject and its partner, no aside.
      if (open >= from && chunkOf[open + 1] >= 0 && comitativeIn(tokens, open + 2, j)) {
        j--
        continue
      }
      if (open > from) {
        // "The two leaders, Xi and Biden, met": an aside that names the parties a plural description stands for is the subject.
        const named = namingAside(ctx, open, j)
        if (named) return ownSubject(named, partners)
        // ", together with Peru,": the aside names a partner.
        const lead = tokens[open + 1].lower === 'alongside' ? open + 1 : isComitative(tokens, open + 2) ? open + 2 : -1
        if (lead > 0 && chunkOf[lead + 1] >= 0) partners.push(...phraseFrom(ctx, chunkOf[lead + 1], 'right').chunks)
        j = open - 1
        continue
      }
    }
    break
  }
  return { phrase: null, from: 'none' }
}

/** A subject in the clause's own words, with the partners joined to it ("Chile, together with Peru, cut aid"). */
function ownSubject(phrase: Phrase, partners: readonly number[]): SubjectFind {
  return { phrase: partners.length ? { ...phrase, chunks: [...new Set([...phrase.chunks, ...partners])].sort((x, y) => x - y) } : phrase, from: 'own' }
}

/** "[the president] of [Kenya and the prime minister]": the role before "of" and the role closing the list, as one coordinated subject. */
function rolesOfPair(ctx: PhraseContext, list: Phrase): Phrase | null {
  const { tokens, chunks, chunkOf } = ctx
  if (list.chunks.length !== 2 || tokens[list.start - 1].lower !== 'of') return null
  const head = chunkOf[list.start - 2]
  const [a, b] = list.chunks.map((k) => chunks[k])
  if (head === undefined || head < 0 || chunks[head].kind !== 'role' || b.kind !== 'role' || a.actors.length === 0 || tokens[b.start - 1].lower !== 'and') return null
  return { chunks: [head, list.chunks[1]], start: chunks[head].start, end: b.end }
}

/** The verb group before group `gi` that holds token `j`, if any. */
function groupHolding(groups: readonly VerbGroup[], gi: number, j: number): VerbGroup | undefined {
  for (let k = gi - 1; k >= 0; k--) if (groups[k].start <= j && j < groups[k].end) return groups[k]
  return undefined
}

/** The verb group before group `gi` that ends at token `end`, if any. */
function groupEndingAt(groups: readonly VerbGroup[], gi: number, end: number): VerbGroup | undefined {
  for (let k = gi - 1; k >= 0; k--) if (groups[k].end === end) return groups[k]
  return undefined
}

/** Determiners that deny their phrase: "neither A nor B", "no country". */
const NEGATING_DETERMINERS = new Set(['neither', 'no', 'none'])

/** Dashes that enclose an aside: "the group — A, B and C — said". */
const DASH_PAIR = new Set(['—', '–', '--'])

/** Quantifiers that float after a subject: "both", "all", "each". */
const FLOATING = new Set(['both', 'all', 'each'])
/** Pronouns that can only be a subject: no list runs into them from a phrase before ", and". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])

/**
 * "a fund established by Brazil": a participle with no auxiliary right after a noun, with a by-phrase, is a
 * passive whose subject is that noun; so is one right after the object of the clause before, by-phrase or not
 * ("withdrew the aid promised for …").
 */
function reducedRelative(tokens: readonly Token[], chunkOf: Int32Array, g: VerbGroup, to: number, groups: readonly VerbGroup[], gi: number, afterObject: boolean): Phrase | null {
  if (g.start !== g.head || g.form !== 'finite') return null
  const v = tokens[g.head]
  if (v.pos !== 'VERB' || v.lower === v.lemma || v.lower.endsWith('ing')) return null
  // After the sentence's first phrase a past form is its verb ("Arslan spoke by phone"); a participle
  // describes a noun after a comma ("The accord, signed by …,") or later in the sentence ("a fund established by …").
  const comma = tokens[g.start - 1]?.text === ','
  const prev = chunkOf[g.start - (comma ? 2 : 1)]
  if (prev === undefined || prev < 0 || (gi === 0 && !comma && !verbFollows(tokens, g, groups[gi + 1]))) return null
  let j = g.end
  while (j < to && tokens[j].pos === 'ADV') j++
  if (tokens[j]?.lower !== 'by' && !(afterObject && !comma)) return null
  return { chunks: [prev], start: g.start - 1, end: g.start }
}

/**
 * Whether the sentence's own verb comes after a participle that opens it with no comma ("A U.S.
 * delegation led by the envoy, Jane Doe, met …"): the next group is finite with no joining word or
 * subordinator before it ("Arslan spoke by phone and agreed …" keeps "spoke" the verb).
 */
function verbFollows(tokens: readonly Token[], g: VerbGroup, next: VerbGroup | undefined): boolean {
  if (!next || next.form !== 'finite' || tokens[next.start].pos === 'VERB' && tokens[next.start].lower.endsWith('ing')) return false
  // ("Sato spoke by phone with Cruz, the ministry said.": a speech verb closing the sentence reports it; it is no verb the participle's noun has.)
  if (SPEECH_VERBS.has(tokens[next.head].lemma) && closesSentence(tokens, next.end)) return false
  for (let k = g.end; k < next.start; k++) if (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'SCONJ' || RELATIVE_PRONOUNS.has(tokens[k].lower) || STOP_PUNCT.has(tokens[k].text)) return false
  return true
}

/** Whether the sentence ends at token `j`, a time phrase or adverb before its stop passed over ("…, officials said on Monday."). */
function closesSentence(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    const t = tokens[k]
    if (t.text === '.' || t.sentence !== tokens[j - 1].sentence) return true
    if (t.pos !== 'ADP' && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADV') return false
  }
  return false
}

function skipAdverbs(tokens: readonly Token[], j: number, to: number): number {
  while (j < to && tokens[j].pos === 'ADV' && tokens[j].lower !== 'not') j++
  return j
}

function sameChunks(a: Phrase, b: Phrase): boolean {
  return a.chunks.length === b.chunks.length && a.chunks.every((c, i) => c === b.chunks[i])
}
