import type { Chunk, Clause, Phrase, PrepPhrase, Token, VerbGroup } from '../model/doc.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { phraseFrom, type PhraseContext } from './phrases.js'
import { findVerbGroups } from './verb-groups.js'

/** Verbs whose object is the subject of the infinitive after it: "urged Japan to cut", "asked China to". */
const OBJECT_CONTROL = new Set([
  'urge', 'ask', 'tell', 'press', 'push', 'encourage', 'call', 'want', 'expect', 'invite', 'persuade', 'convince',
  'force', 'allow', 'help', 'enable', 'pressure', 'lobby', 'challenge', 'require', 'order', 'implore', 'request', 'prod', 'nudge',
])
const RELATIVE = new Set(['who', 'which', 'that', 'whom'])
/** Words the tagger may read as prepositions that open a clause: "even as [Beijing] pushed …". */
const QUANTIFIERS = new Set(['most', 'all', 'many', 'some', 'several', 'each', 'both', 'none', 'few', 'majority', 'half', 'one', 'two', 'three', 'four', 'five', 'dozens', 'hundreds'])
const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'since', 'until', 'once', 'because', 'if', 'although', 'though', 'whereas', 'unless', 'when', 'whether'])
const STOP_PUNCT = new Set([';', ':', '(', ')', '“', '”', '"', '—', '–', '[', ']'])

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

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
    const reduced = reducedRelative(tokens, chunkOf, g, to, groups, gi)
    const voice = reduced ? 'passive' : g.voice
    const objStart = skipAdverbs(tokens, g.end, nextStart)
    let object: Phrase | null = null
    if (voice === 'active' && objStart < nextStart && chunkOf[objStart] >= 0 && chunks[chunkOf[objStart]].start === objStart && !isTimeChunk(tokens, chunks[chunkOf[objStart]]) && !subjectOfNext(ctx, chunkOf[objStart], groups[gi + 1], g)) {
      object = objectPhrase(ctx, chunkOf[objStart], groups, gi)
    }
    const preps = findPreps(ctx, object ? object.end : g.end, nextStart, groups, gi)
    const agent = voice === 'passive' ? (preps.find((p) => p.prep === 'by')?.phrase ?? null) : null
    const end = Math.max(g.end, object?.end ?? 0, ...preps.map((p) => p.phrase.end))
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
        if (tokens[before].lower === 'of' && QUANTIFIERS.has(tokens[before - 1]?.lower ?? '') && chunkOf[before - 1] < 0) return { phrase: phraseFrom(ctx, c, 'left'), from: 'own' }
        // A prepositional phrase before the verb: "China on Friday announced", "the head of the agency said".
        j = before - 1
        continue
      }
      if (isTimeChunk(tokens, chunk) && j > from) {
        j = chunk.start - 1
        continue
      }
      const phrase = phraseFrom(ctx, c, 'left')
      // A list a preposition governs: "Talks [between Egypt and Ethiopia] resumed".
      const lead = tokens[phrase.start - 1]
      if (phrase.start > from && chunkOf[phrase.start - 1] < 0 && lead.pos === 'ADP' && !(SUBORDINATORS.has(lead.lower) && phrase.end === g.start)) {
        j = phrase.start - 2
        continue
      }
      return { phrase, from: 'own' }
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
    if (RELATIVE.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
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
      if (open > from) {
        j = open - 1
        continue
      }
    }
    break
  }
  return { phrase: null, from: 'none' }
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

/** For a comma closing a parenthetical that ends right before a verb, the offset of the comma opening it, or -1. */
function parentheticalStart(ctx: PhraseContext, close: number): number {
  const { tokens, chunkOf, from } = ctx
  // "Several countries, including China, Brazil and South Africa, have …": a list of examples holds
  // commas of its own, so its opening is found first.
  for (let k = close - 1; k > from && close - k < 40; k--) {
    if (STOP_PUNCT.has(tokens[k].text)) break
    if (tokens[k].text === ',' && chunkOf[k - 1] >= 0 && EXAMPLE_LEADS.has(tokens[k + 1].lower)) return k
  }
  for (let k = close - 1; k > from && close - k < 40; k--) {
    const t = tokens[k]
    if (STOP_PUNCT.has(t.text)) return -1
    if (t.text !== ',') continue
    const first = tokens[k + 1]
    // The word before the opening comma must end a phrase: the subject the parenthetical describes.
    if (chunkOf[k - 1] < 0) return -1
    if (RELATIVE.has(first.lower) || first.pos === 'ADV' || chunkOf[k + 1] >= 0 || first.pos === 'ADP' || (first.pos === 'VERB' && first.lower.endsWith('ing'))) return k
    return -1
  }
  return -1
}

/** Determiners that deny their phrase: "neither A nor B", "no country". */
const NEGATING_DETERMINERS = new Set(['neither', 'no', 'none'])

/** Dashes that enclose an aside: "the group — A, B and C — said". */
const DASH_PAIR = new Set(['—', '–', '--'])

/** Quantifiers that float after a subject: "both", "all", "each". */
const FLOATING = new Set(['both', 'all', 'each'])

/** Words that open a list of examples of the phrase before them. */
const EXAMPLE_LEADS = new Set(['including', 'such', 'like', 'notably', 'especially', 'particularly'])

const NOMINATIVE = new Set(['i', 'we', 'they', 'he', 'she'])

/**
 * A phrase after a verb that is the subject of the next clause, not the verb's object: "said [China]
 * would cut", "pledging [they] would work together". An infinitive after it keeps it an object ("urged China to").
 */
function subjectOfNext(ctx: PhraseContext, c: number, next: VerbGroup | undefined, verb: VerbGroup): boolean {
  const chunk = ctx.chunks[c]
  if (chunk.kind === 'pronoun' && NOMINATIVE.has(ctx.tokens[chunk.head].lower)) return true
  if (!next || next.form !== 'finite') return false
  const p = phraseFrom(ctx, c, 'right')
  let j = p.end
  while (j < next.start && ctx.tokens[j].pos === 'ADV') j++
  // After a speech verb any finite verb starts the reported clause: "saying [Chile's plan] ignored …".
  return j === next.start && (ctx.tokens[next.start].pos === 'AUX' || SPEECH_VERBS.has(verb.lemma))
}

/** "a fund established by Brazil": a participle with no auxiliary right after a noun, with a by-phrase, is a passive whose subject is that noun. */
function reducedRelative(tokens: readonly Token[], chunkOf: Int32Array, g: VerbGroup, to: number, groups: readonly VerbGroup[], gi: number): Phrase | null {
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
  if (tokens[j]?.lower !== 'by') return null
  return { chunks: [prev], start: g.start - 1, end: g.start }
}

/**
 * Whether the sentence's own verb comes after a participle that opens it with no comma ("A U.S.
 * delegation led by the envoy, Jane Doe, met …"): the next group is finite with no joining word or
 * subordinator before it ("Arslan spoke by phone and agreed …" keeps "spoke" the verb).
 */
function verbFollows(tokens: readonly Token[], g: VerbGroup, next: VerbGroup | undefined): boolean {
  if (!next || next.form !== 'finite' || tokens[next.start].pos === 'VERB' && tokens[next.start].lower.endsWith('ing')) return false
  for (let k = g.end; k < next.start; k++) if (tokens[k].pos === 'CCONJ' || tokens[k].pos === 'SCONJ' || RELATIVE.has(tokens[k].lower) || STOP_PUNCT.has(tokens[k].text)) return false
  return true
}

function skipAdverbs(tokens: readonly Token[], j: number, to: number): number {
  while (j < to && tokens[j].pos === 'ADV' && tokens[j].lower !== 'not') j++
  return j
}

/** The object phrase starting at chunk `c`, without a last member that is really the subject of a next verb ("met Kerry and China urged …"). */
function objectPhrase(ctx: PhraseContext, c: number, groups: readonly VerbGroup[], gi: number): Phrase {
  const p = phraseFrom(ctx, c, 'right')
  const next = groups[gi + 1]
  // Before an infinitive the whole list is the object: "urged China, India and Indonesia to …".
  if (!next || p.chunks.length < 2 || next.form === 'infinitive') return p
  const lastChunk = ctx.chunks[p.chunks[p.chunks.length - 1]]
  if (lastChunk.end === next.start || (ctx.tokens[lastChunk.end]?.pos === 'ADV' && lastChunk.end + 1 === next.start)) {
    const kept = p.chunks.slice(0, -1)
    return { chunks: kept, start: p.start, end: ctx.chunks[kept[kept.length - 1]].end }
  }
  return p
}

/** Prepositional phrases after position `j` up to the next verb group: flat, in order ("on imports", "of Chinese cars"). */
function findPreps(ctx: PhraseContext, j: number, to: number, groups: readonly VerbGroup[], gi: number): PrepPhrase[] {
  const { tokens, chunks, chunkOf } = ctx
  const out: PrepPhrase[] = []
  const limit = Math.min(to, ctx.to)
  while (j < limit) {
    const t = tokens[j]
    if ((t.pos === 'ADP' || (t.pos === 'SCONJ' && t.lower !== 'that') || (t.pos === 'PART' && t.lower === 'to')) && chunkOf[j] < 0) {
      const c = chunkOf[j + 1]
      if (j + 1 < limit && c >= 0 && chunks[c].start === j + 1) {
        const phrase = objectPhrase(ctx, c, groups, gi)
        out.push({ prep: t.lower, at: j, phrase })
        j = phrase.end
        continue
      }
      j++
      continue
    }
    if (chunkOf[j] >= 0) {
      // A bare phrase after the object: a time ("slammed Thursday by the EU") or an apposition.
      j = chunks[chunkOf[j]].end
      continue
    }
    if (t.pos === 'ADV' || t.pos === 'PART' || t.text === ',' || t.pos === 'CCONJ') {
      if (t.text === ',' && tokens[j + 1]?.pos !== 'ADP') break
      if (t.pos === 'CCONJ' && tokens[j + 1]?.pos !== 'ADP') break
      j++
      continue
    }
    break
  }
  return out
}

function sameChunks(a: Phrase, b: Phrase): boolean {
  return a.chunks.length === b.chunks.length && a.chunks.every((c, i) => c === b.chunks[i])
}

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'day', 'afternoon', 'decade', 'time',
])

/** A phrase that only says when: "Thursday", "last week", "this year". */
export function isTimeChunk(tokens: readonly Token[], c: Chunk): boolean {
  // "used the week to press …" has a time word as its object; "on Thursday", "last week" only say when.
  return c.kind === 'thing' && TIME_WORDS.has(tokens[c.head].lemma) && (c.det === null || TIME_DETERMINERS.has(c.det) || tokens[c.start].lower === 'last' || tokens[c.start].lower === 'next')
}
const TIME_DETERMINERS = new Set(['this', 'that', 'every', 'each'])

/**
 * Step 4: hands subjects between clauses and links each complement to its governor.
 * - "to" + verb: governed by the clause just before it; subject by control.
 * - "and urged …": the subject of the clause before.
 * - a gerund after a comma, or a leading participle phrase: the main clause's subject.
 * - a clause right after a verb's end, or after "that": governed by that verb (reported speech).
 */
function linkClauses(ctx: PhraseContext, clauses: Array<Mutable<Clause>>, base: number): void {
  const { tokens } = ctx
  const mainIndex = clauses.findIndex((c) => c.subjectFrom === 'own' && c.verb.form === 'finite')
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]
    const prev = clauses[i - 1]
    const nounBefore = ctx.chunkOf[c.verb.start - 1] ?? -1
    if (c.verb.form === 'infinitive' && nounBefore >= 0 && !(prev && prev.end === c.verb.start)) {
      // "Japan's plan to cut …", "the decision to withdraw …": the noun the infinitive completes is its subject.
      c.subject = { chunks: [nounBefore], start: ctx.chunks[nounBefore].start, end: ctx.chunks[nounBefore].end }
      c.subjectFrom = 'control'
    } else if (c.verb.form === 'infinitive' && prev) {
      c.governor = base + i - 1
      const objectControl = prev.object && (OBJECT_CONTROL.has(prev.verb.lemma) || prev.verb.lemma === 'call')
      // "pushed for the United States to lift …": the "for" phrase before the infinitive is its subject.
      const forPhrase = prev.preps.find((p) => p.prep === 'for' && p.phrase.end === c.verb.start)
      c.subject = forPhrase ? forPhrase.phrase : objectControl ? prev.object : prev.subject
      c.subjectFrom = 'control'
    } else if (c.subjectFrom === 'coordinated' && prev) {
      // "The spokesman said the measures would hurt … and accused Brussels …": a verb after "and" pairs
      // with the clause above a complement whose subject names no one.
      const above = prev.governor >= base ? clauses[prev.governor - base] : undefined
      const namesNoOne = (p: Phrase | null) => !p || p.chunks.every((k) => ctx.chunks[k].kind === 'thing')
      // "…, officials said, and will hold a call": a speech clause between commas is an aside.
      const aside = i >= 2 && SPEECH_VERBS.has(prev.verb.lemma) && tokens[prev.start - 1]?.text === ',' && tokens[prev.verb.end]?.text === ','
      const sibling = aside ? clauses[i - 2] : above && namesNoOne(prev.subject) && !namesNoOne(above.subject) ? above : prev
      c.subject = sibling.subject
      c.governor = sibling.governor
    } else if (c.subjectFrom === 'none' && c.verb.form === 'gerund') {
      // "lashed Australia for opposing …": after "for"/"of", the object before acts; otherwise the
      // nearest clause before with a subject ("…, accusing", "… after striking"), or the main clause
      // after a fronted participle ("After meeting Kerry, Motegi said").
      const lead = tokens[c.verb.start - 1]?.lower
      const before = [...clauses.slice(0, i)].reverse().find((x) => x.subject)
      const subject =
        (lead === 'for' || lead === 'of') && prev?.object && prev.object.end === c.verb.start - 1 ? prev.object : (before?.subject ?? (mainIndex > i ? clauses[mainIndex].subject : null))
      if (subject) {
        c.subject = subject
        c.subjectFrom = 'main'
      }
      // "criticised the U.S. for extending tariffs": the reason hangs on the clause before.
      if ((lead === 'for' || lead === 'of') && prev) c.governor = base + i - 1
    } else if (prev && (prev.end === c.start || (tokens[c.start - 1]?.lower === 'that' && prev.end === c.start - 1))) {
      c.governor = base + i - 1
    }
  }
}
