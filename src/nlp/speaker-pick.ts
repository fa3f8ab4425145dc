import { BODY_HEADS } from '../lexicon/quotes.js'
import { isPersonLike, isReporterPhrase } from './speaker-person.js'
import { chunkStartingAt, isSpeechClause, quoteAt, type SpeakerInput } from './speaker-frame.js'

/**
 * The chunk of `chunks` inside [from, to), outside any quote, that names the speaker: a person-like
 * member first ("Kerry and the ministry"); for a role or a description, the name set beside it
 * by commas ("Azerbaijan's president, Ilham Aliyev,", "Cat Doe, 27, a student at …, said"). -1 for none.
 */
export function pickChunk(input: SpeakerInput, chunks: readonly number[], from: number, to: number): number {
  let best = -1
  for (const c of chunks) {
    const ch = input.chunks[c]
    if (ch.start < from || ch.end > to || quoteAt(input.quotes, input.tokens[ch.start].start) >= 0) continue
    if (best < 0 || (isPersonLike(input, ch) && !isPersonLike(input, input.chunks[best]))) best = c
    if (isPersonLike(input, ch) && ch.kind !== 'role' && !isDescription(input, ch)) return c
  }
  if (best < 0) return -1
  const named = appositiveName(input, best, from, to)
  return named !== best ? named : leadingName(input, best, from)
}

/**
 * A person-like phrase that describes someone without naming them ("the harbour's chief engineer",
 * "the 62-year-old farmer"): a name set beside it by a comma is the speaker, as for a role.
 */
function isDescription(input: SpeakerInput, ch: SpeakerInput['chunks'][number]): boolean {
  return ch.kind === 'thing' && input.tokens[ch.head].pos !== 'PROPN'
}

/** For a role or a description ("the speaker, Jane Doe,"), the person named in apposition right after or right before it; else the phrase itself. */
function appositiveName(input: SpeakerInput, c: number, from: number, to: number): number {
  const { tokens, chunks, chunkOf } = input
  const ch = chunks[c]
  if ((ch.kind !== 'role' && ch.kind !== 'thing') || isReporterPhrase(input, ch)) return c
  // After the role and its "of" phrases: "the head of the agency, Jane Doe,".
  let comma = ch.end
  // (And a second title joined by "and": "deputy minister of ecology and natural resources and chief negotiator for COP29, Jane Doe".)
  for (let n = 0; n < 6 && (tokens[comma]?.pos === 'ADP' || tokens[comma]?.lower === 'and') && chunkOf[comma + 1] >= 0 && chunks[chunkOf[comma + 1]].start === comma + 1; n++) comma = chunks[chunkOf[comma + 1]].end
  const after = comma + 1
  if (after < to && tokens[comma].text === ',' && chunkOf[after] >= 0 && chunks[chunkOf[after]].start === after && isPersonLike(input, chunks[chunkOf[after]]) && !inBodyName(input, chunkOf[after])) return chunkOf[after]
  const before = ch.start - 2
  if (before >= from && tokens[ch.start - 1].text === ',' && chunkOf[before] >= 0 && chunks[chunkOf[before]].end === ch.start - 1 && isPersonLike(input, chunks[chunkOf[before]])) return chunkOf[before]
  return c
}

/**
 * A name that opens the subject before its descriptions: "Cat Doe, 27, a student at …, who …, said":
 * the first person-like phrase of [from, c) that a comma follows and no preposition governs, with
 * no verb between it and `c`.
 */
function leadingName(input: SpeakerInput, c: number, from: number): number {
  const { tokens, chunks, chunkOf } = input
  const end = chunks[c].start
  for (let t = Math.max(from, end - 40); t < end; t++) {
    const k = chunkOf[t]
    if (k < 0 || chunks[k].start !== t || !isPersonLike(input, chunks[k]) || chunks[k].kind === 'pronoun') continue
    const prev = t > from ? tokens[t - 1] : null
    if (tokens[chunks[k].end].text !== ',' || (prev && (prev.pos === 'ADP' || prev.pos === 'VERB'))) continue
    for (let j = chunks[k].end; j < end; j++) if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return c
    return k
  }
  return c
}

/**
 * "The target, said Jane Doe, remained “…”", "This system, says Jane Doe, an immunologist, …": a
 * finite speech verb set off after a comma, with no subject of its own before it, is inverted; the
 * person-like phrase after it (within `to`) is its speaker. Null when the clause is not so.
 */
export function invertedSpeaker(input: SpeakerInput, ci: number, to: number): number | null {
  const c = input.clauses[ci]
  if (c.subjectFrom === 'own' || c.verb.form !== 'finite' || input.tokens[c.verb.start - 1]?.text !== ',' || !isSpeechClause(input, c)) return null
  const first = chunkStartingAt(input, c.verb.end, to)
  const chunk = first >= 0 ? pickChunk(input, [first], c.verb.end, to) : -1
  return chunk >= 0 && isPersonLike(input, input.chunks[chunk]) ? chunk : null
}

/** Words joining the parts of a body's name: "Ministry of Environment, Forest and Climate Change". */
const NAME_JOINERS = new Set(['of', 'and', '&', 'for'])

/**
 * The phrase after a comma is an item of the list that names a body, not a person set beside it: the list
 * goes on to an "and" ("Ministry of Economy, Trade and Industry", "Department of Agriculture, Water and the
 * Environment"), and back over its items a capitalised body noun opens it with "of" or "for". ("A spokesperson
 * for the Ministry of Energy, Jane Doe, said" names her beside the body.)
 */
function inBodyName(input: SpeakerInput, c: number): boolean {
  const { tokens, chunks, chunkOf } = input
  if (!listGoesOn(input, chunks[c].end)) return false
  let k = chunks[c].start
  for (let n = 0; n < 12 && k > 0; n++) {
    const t = tokens[k - 1]
    if (t.text === ',' || NAME_JOINERS.has(t.lower)) {
      k--
      continue
    }
    const p = chunkOf[k - 1]
    if (p < 0 || chunks[p].end !== k) return false
    const last = tokens[chunks[p].end - 1]
    if (BODY_HEADS.has(last.lower) && /^\p{Lu}/u.test(last.text) && (tokens[k].lower === 'of' || tokens[k].lower === 'for')) return true
    if (!/^\p{Lu}/u.test(tokens[chunks[p].start].text) && tokens[chunks[p].start].pos !== 'DET') return false
    k = chunks[p].start
  }
  return false
}

/** After the item ending at token `end`, more capitalised items after commas, then "and": "Environment, Forests, Water and Climate". */
function listGoesOn(input: SpeakerInput, end: number): boolean {
  const { tokens, chunks, chunkOf } = input
  for (let k = end, n = 0; n < 6; n++) {
    if (tokens[k]?.lower === 'and' || tokens[k]?.text === '&') return true
    const next = chunkOf[k + 1]
    if (tokens[k]?.text !== ',' || next === undefined || next < 0 || chunks[next].start !== k + 1 || !/^\p{Lu}/u.test(tokens[k + 1].text)) return false
    k = chunks[next].end
  }
  return false
}
