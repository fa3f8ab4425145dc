import type { Chunk, Phrase, PrepPhrase, Token, VerbGroup } from '../model/doc.js'
import { bracketEnd, phraseFrom, type PhraseContext } from './phrases.js'
import { FOCUSING_ADVERBS } from '../lexicon/links.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { OBJECT_CONTROL } from './clause-links.js'

/** What follows a clause's verb (src/nlp/clauses.ts, step 3): its object phrase, its prepositional phrases, and phrases that only say when. */

/** The object phrase starting at chunk `c`, without a last member that is really the subject of a next verb ("met Kerry and China urged …"). */
export function objectPhrase(ctx: PhraseContext, c: number, groups: readonly VerbGroup[], gi: number): Phrase {
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
export function findPreps(ctx: PhraseContext, j: number, to: number, groups: readonly VerbGroup[], gi: number): PrepPhrase[] {
  const { tokens, chunks, chunkOf } = ctx
  const out: PrepPhrase[] = []
  const limit = Math.min(to, ctx.to)
  while (j < limit) {
    const t = tokens[j]
    if ((t.pos === 'ADP' || (t.pos === 'SCONJ' && t.lower !== 'that') || (t.pos === 'PART' && t.lower === 'to')) && chunkOf[j] < 0) {
      // "attacks on “the regime of …”": a quoted phrase is still the preposition's.
      const at = OPENING_QUOTES.has(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1
      const c = chunkOf[at]
      if (at < limit && c >= 0 && chunks[c].start === at) {
        const phrase = objectPhrase(ctx, c, groups, gi)
        // ("sealed a pact, with Brussels pledging funds": after a comma, "with" and a phrase before a gerund are a clause of their own.)
        if (t.lower === 'with' && tokens[j - 1]?.text === ',' && tokens[phrase.end]?.pos === 'VERB' && tokens[phrase.end].lower.endsWith('ing')) break
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
    // "agreed a partnership (JETP) with …": a short name in brackets is the phrase's own.
    if (t.text === '(' && bracketEnd(tokens, j, limit) > j) {
      j = bracketEnd(tokens, j, limit)
      continue
    }
    // "fought hard against …", "stood firm against …": an adjective used as an adverb before a preposition.
    const adverbial = t.pos === 'ADJ' && tokens[j + 1]?.pos === 'ADP'
    if (t.pos === 'ADV' || t.pos === 'PART' || t.text === ',' || t.pos === 'CCONJ' || adverbial) {
      // ", especially by African nations": a focusing adverb may stand between the comma and the preposition.
      if (t.text === ',' && tokens[j + 1]?.pos !== 'ADP' && !(FOCUSING_ADVERBS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.pos === 'ADP')) break
      if (t.pos === 'CCONJ' && tokens[j + 1]?.pos !== 'ADP') break
      j++
      continue
    }
    break
  }
  return out
}

/** Where a clause ends: past its verb group, its object and its last prepositional phrase. */
export function clauseEnd(verb: VerbGroup, object: Phrase | null, preps: readonly PrepPhrase[]): number {
  let end = Math.max(verb.end, object?.end ?? 0)
  for (const p of preps) if (p.phrase.end > end) end = p.phrase.end
  return end
}

/** Quotation marks that open a quoted phrase ('"' may open or close: read as opening only where a phrase starts after it). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘'])

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

/** Words the tagger may read as prepositions that open a clause of their own: "even as [Beijing] pushed …", "after [the storm] hit". */
export const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'since', 'until', 'once', 'because', 'if', 'although', 'though', 'whereas', 'unless', 'when', 'whether'])

const NOMINATIVE = new Set(['i', 'we', 'they', 'he', 'she'])

/**
 * A phrase after a verb that is the subject of the next clause, not the verb's object: "said [China]
 * would cut", "pledging [they] would work together". An infinitive after it keeps it an object ("urged China to").
 */
export function subjectOfNext(ctx: PhraseContext, c: number, groups: readonly VerbGroup[], gi: number): boolean {
  const chunk = ctx.chunks[c]
  const verb = groups[gi]
  if (chunk.kind === 'pronoun' && NOMINATIVE.has(ctx.tokens[chunk.head].lower)) return true
  let j = phraseFrom(ctx, c, 'right').end
  let k = gi + 1
  if (k < groups.length && SPEECH_VERBS.has(verb.lemma)) {
    // After a speech verb the reported subject may carry its own phrases: "said [the decision] of the
    // EU was unfair", "said [the US decision] to withdraw from the accord was a mistake" (not after
    // a verb whose object acts in the infinitive: "asked [China] to stop plants it finances").
    j = pastPrepPhrases(ctx, j, groups[k].start)
    while (!OBJECT_CONTROL.has(verb.lemma) && k + 1 < groups.length && groups[k].form === 'infinitive' && startsAt(ctx, groups[k], j)) {
      j = groups[k].end
      if (ctx.chunkOf[j] >= 0 && ctx.chunks[ctx.chunkOf[j]].start === j) j = phraseFrom(ctx, ctx.chunkOf[j], 'right').end
      j = pastPrepPhrases(ctx, j, groups[++k].start)
    }
  }
  const next = groups[k]
  if (!next || next.form !== 'finite') return false
  while (j < next.start && ctx.tokens[j].pos === 'ADV') j++
  // After a speech verb any finite verb starts the reported clause: "saying [Chile's plan] ignored …".
  return j === next.start && (ctx.tokens[next.start].pos === 'AUX' || SPEECH_VERBS.has(verb.lemma))
}

/** Whether verb group `g` (an infinitive) starts at token `j`, its "to" included. */
function startsAt(ctx: PhraseContext, g: VerbGroup, j: number): boolean {
  return g.start === j || (g.start === j + 1 && ctx.tokens[j].lower === 'to')
}

/** Past the prepositional phrases from token `j` (each a preposition and the phrase after it), up to `to`. */
function pastPrepPhrases(ctx: PhraseContext, j: number, to: number): number {
  // (A subordinator opens a clause of its own: "asked Fiji for aid [after the storm] hit".)
  while (j + 1 < to && ctx.tokens[j].pos === 'ADP' && !SUBORDINATORS.has(ctx.tokens[j].lower) && ctx.chunkOf[j] < 0 && ctx.chunkOf[j + 1] >= 0) j = phraseFrom(ctx, ctx.chunkOf[j + 1], 'right').end
  return j
}
