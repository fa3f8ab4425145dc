import { createHash } from 'node:crypto'

/** Word shingle size for wire-copy detection (issue #4, issue 14 item 4). */
export const SHINGLE_WORDS = 5
/**
 * One shingle in MARK_EVERY is an article's mark, chosen by the shingle's own
 * hash: a copy, an excerpt or a trimmed version carries the same marks as its
 * original for the text they share, so the original is found by its marks
 * whatever share of it the copy keeps (MinHash bands only found near-whole copies).
 */
export const MARK_EVERY = 16

const WORD = /[\p{L}\p{N}]+/gu

/** The article's words, case-folded: the unit for shingles and the text hash. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

/** Identity of a cleaned text, blind to case, punctuation and whitespace. */
export function textHash(text: string): string {
  return createHash('sha256').update(wordsOf(text).join(' ')).digest('hex')
}

/** FNV-1a over a string, as an unsigned 32-bit integer. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Hashes of the word 5-shingles of a text (a text shorter than 5 words is one shingle). */
export function shingleSet(text: string): Set<number> {
  const w = wordsOf(text)
  const out = new Set<number>()
  if (w.length === 0) return out
  const n = Math.max(1, w.length - SHINGLE_WORDS + 1)
  for (let i = 0; i < n; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')))
  return out
}

/** The content-defined sample of a shingle set that finds copies (see MARK_EVERY). */
export function marksOf(shingles: Set<number>): number[] {
  return [...shingles].filter((h) => mix(h) % MARK_EVERY === 0).sort((a, b) => a - b)
}

/** Shingles of the smaller set found in the other. */
export function sharedShingles(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const h of small) if (large.has(h)) shared++
  return shared
}

/** Share of the smaller set's shingles found in the other: 1 for a copy that only trims or adds lines. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const h of small) if (large.has(h)) shared++
  return shared / small.size
}

function mix(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}
