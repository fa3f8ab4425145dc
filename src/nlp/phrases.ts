import type { Chunk, Phrase, Token } from '../model/doc.js'
import { isTimeChunk } from './clause-objects.js'

/** Words that join the members of a list: "A and B", "A, B, and C", "A as well as B", "A along with B". */
const JOINERS = new Set(['and', 'or', '&', 'nor'])
const JOIN_PHRASES = [['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['alongside']] as const

/** What a sentence's phrase builder needs: tokens, chunks and the chunk of each token. */
export interface PhraseContext {
  readonly tokens: readonly Token[]
  readonly chunks: readonly Chunk[]
  readonly chunkOf: Int32Array
  /** Token range of the sentence. */
  readonly from: number
  readonly to: number
  /** The sentence is a headline, where a comma joins a list of parties ("Malaysia, Indonesia team up"). */
  readonly headline?: boolean
}

/**
 * The coordination that chunk `c` ends or starts. A list of three or more needs its joining word
 * ("A, B and C"), so that an appositive ("Kerry, the U.S. envoy,") is not a list. "both A and B",
 * "A as well as B" are lists.
 * @param direction `left` for a subject found from its verb (c is the last member), `right` for an
 * object or a preposition's phrase (c is the first)
 */
export function phraseFrom(ctx: PhraseContext, c: number, direction: 'left' | 'right'): Phrase {
  const members = [c]
  if (direction === 'left') {
    let first = c
    for (;;) {
      const prev = previousMember(ctx, first)
      if (prev < 0) break
      members.unshift(prev)
      first = prev
    }
  } else {
    let last = c
    for (;;) {
      const next = nextMember(ctx, last)
      if (next < 0) break
      members.push(next)
      last = next
    }
  }
  const kept = trimAppositive(ctx, members)
  return { chunks: kept, start: ctx.chunks[kept[0]].start, end: ctx.chunks[kept[kept.length - 1]].end }
}

/** A plain phrase of one chunk. */
/** The distinct actors the chunks of a phrase belong to as modifier or possessor ("Indonesian plants", "France's offer"). */
export function ownersOf(chunks: readonly Chunk[], p: Phrase | null): string[] {
  if (!p) return []
  return [...new Set(p.chunks.map((c) => chunks[c].modifierActor).filter((a): a is string => a !== null))]
}

export function single(ctx: PhraseContext, c: number): Phrase {
  return { chunks: [c], start: ctx.chunks[c].start, end: ctx.chunks[c].end }
}

/** The chunk joined after `c` by a joining word or a list comma, or -1. */
function nextMember(ctx: PhraseContext, c: number): number {
  const { tokens, chunks, chunkOf, to } = ctx
  let j = bracketEnd(tokens, chunks[c].end, to)
  let sawComma = false
  if (j < to && tokens[j].text === ',') {
    sawComma = true
    j++
  }
  const joined = joinerAt(tokens, j, to)
  if (joined > 0) j += joined
  else if (!sawComma) return -1
  if (j < to && (tokens[j].lower === 'the' || tokens[j].lower === 'both') && chunkOf[j] < 0) j++
  if (j >= to || chunkOf[j] < 0 || chunks[chunkOf[j]].start !== j) return -1
  const next = chunkOf[j]
  // ("welcomed Lula on Sunday, and the two discussed …": a date lists with no party; the joiner opens a clause.)
  if (isTimeChunk(tokens, chunks[c]) !== isTimeChunk(tokens, chunks[next])) return -1
  // A comma without a joiner continues a list only if a joiner comes later ("A, B and C"), or in a
  // headline between two names of parties ("Malaysia, Indonesia team up").
  if (joined === 0 && !listContinues(ctx, next) && !(ctx.headline && isNamed(ctx, chunks[c]) && isNamed(ctx, chunks[next]))) return -1
  return next
}

function previousMember(ctx: PhraseContext, c: number): number {
  const { tokens, chunks, chunkOf, from } = ctx
  let j = chunks[c].start - 1
  let joined = false
  for (let len = 3; len >= 1; len--) {
    if (j - len + 1 >= from && joinerAt(tokens, j - len + 1, j + 1) === len) {
      j -= len
      joined = true
      break
    }
  }
  const comma = j >= from && tokens[j].text === ','
  if (comma) j--
  if (!joined && !comma) return -1
  j = bracketStart(tokens, j, from)
  if (j < from || chunkOf[j] < 0) return -1
  const prev = chunkOf[j]
  if (chunks[prev].end !== j + 1) return -1
  // "After talks in Jakarta, Indonesia and Japan": a phrase a fronted preposition governs is no member;
  // "ministers from Japan, Australia and India": a list inside a noun's prepositional phrase is one.
  const adp = chunks[prev].start - 1
  if (!joined && adp >= from && tokens[adp].pos === 'ADP' && !(adp > from && chunkOf[adp - 1] >= 0 && !fronting(ctx, adp))) return -1
  // "A, B" with no joiner before `c` belongs to a list only when `c` was itself joined by one (or in a headline).
  if (!joined && !joinedBefore(ctx, c) && !(ctx.headline && isNamed(ctx, chunks[prev]) && isNamed(ctx, chunks[c]))) return -1
  // Only parties list with parties: "talks in Jakarta and Japan" is no list of Jakarta and Japan.
  return isPartyLike(chunks[prev]) === isPartyLike(chunks[c]) ? prev : -1
}

/** Past a short name in brackets at `j` ("The European Union (EU) and Egypt"): the token after ")", else `j`. */
export function bracketEnd(tokens: readonly Token[], j: number, to: number): number {
  if (tokens[j]?.text !== '(') return j
  for (let k = j + 2; k < to && k <= j + 4; k++) if (tokens[k].text === ')') return k + 1
  return j
}

/** Before a short name in brackets ending at `j`: the token before "(", else `j`. */
function bracketStart(tokens: readonly Token[], j: number, from: number): number {
  if (tokens[j]?.text !== ')') return j
  for (let k = j - 2; k >= from && k >= j - 4; k--) if (tokens[k].text === '(') return k - 1
  return j
}

/** Whether the preposition at `adp` opens a phrase fronting the sentence ("After talks in Jakarta, …"). */
function fronting(ctx: PhraseContext, adp: number): boolean {
  for (let k = adp - 1; k >= ctx.from; k--) {
    const t = ctx.tokens[k]
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return false
  }
  const first = ctx.tokens[ctx.from]
  return first.pos === 'ADP' || first.pos === 'SCONJ'
}

function joinedBefore(ctx: PhraseContext, c: number): boolean {
  const { tokens, chunks } = ctx
  const j = chunks[c].end
  return (tokens[j]?.text === ',' && joinerAt(tokens, j + 1, ctx.to) > 0) || joinerAt(tokens, j, ctx.to) > 0 || listContinues(ctx, c)
}

/** True when a joining word follows `c`, possibly after more comma-separated members. */
function listContinues(ctx: PhraseContext, c: number): boolean {
  const { tokens, chunks, chunkOf, to } = ctx
  let k = c
  for (let n = 0; n < 12; n++) {
    let j = chunks[k].end
    if (j < to && tokens[j].text === ',') j++
    if (joinerAt(tokens, j, to) > 0) return true
    if (j >= to || chunkOf[j] < 0 || tokens[j - 1].text !== ',') return false
    k = chunkOf[j]
  }
  return false
}

/** Length of a joining word or phrase at `j`, or 0. */
function joinerAt(tokens: readonly Token[], j: number, to: number): number {
  if (j >= to) return 0
  if (JOINERS.has(tokens[j].lower)) return 1
  for (const p of JOIN_PHRASES) {
    if (j + p.length <= to && wordsAt(tokens, j, p)) return p.length
  }
  return 0
}

/** Whether the tokens from `j` are `words` (lower case). */
function wordsAt(tokens: readonly Token[], j: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[j + k].lower !== words[k]) return false
  return true
}

/**
 * A party or a person by name: headlines list them with a bare comma ("Modi, Biden discuss …"), and
 * so a role a party's name opens ("US, China climate envoys meet": the envoys of both).
 */
function isNamed(ctx: PhraseContext, c: Chunk): boolean {
  return c.kind === 'actor' || c.kind === 'person' || (c.kind === 'role' && ctx.tokens[c.start].mention >= 0)
}

function isPartyLike(c: Chunk): boolean {
  return c.kind !== 'thing' || c.modifierActor !== null
}

/** "Kerry, the U.S. envoy": two members where the second describes the first keep only the first. */
function trimAppositive(ctx: PhraseContext, members: number[]): number[] {
  if (members.length !== 2) return members
  const a = ctx.chunks[members[0]]
  const b = ctx.chunks[members[1]]
  // (Only a comma between them.)
  // (In a headline two names with a comma between are a list: "Modi, Biden discuss …".)
  const listed = ctx.headline && isNamed(ctx, a) && (b.kind === 'person' || isNamed(ctx, b))
  if (b.start - a.end === 1 && ctx.tokens[a.end].lower === ',' && (b.kind === 'role' || b.kind === 'person') && (a.kind === 'person' || a.kind === 'actor') && !listed) return [members[0]]
  return members
}
