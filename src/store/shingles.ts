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

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a over a string, as an unsigned 32-bit integer; `seed` goes on from an earlier string's hash. */
export function fnv1a(s: string, seed = FNV_OFFSET): number {
  let h = seed
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, FNV_PRIME)
  }
  return h >>> 0
}

/**
 * Hashes of the word 5-shingles of a text (a text shorter than 5 words is one
 * shingle): FNV-1a of the shingle's words joined by one space, hashed word by
 * word without building the joined string (the copy check shingles up to nine
 * texts per stored article; the same hashes as `fnv1a(words.join(' '))`, which
 * the stored marks were made with: shingles.test.ts).
 */
export function shingleSet(text: string): Set<number> {
  const w = wordsOf(text)
  const out = new Set<number>()
  if (w.length === 0) return out
  const n = Math.max(1, w.length - SHINGLE_WORDS + 1)
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET
    const end = Math.min(i + SHINGLE_WORDS, w.length)
    for (let k = i; k < end; k++) {
      if (k > i) h = Math.imul(h ^ 32, FNV_PRIME) // the space between two words
      h = fnv1a(w[k], h)
    }
    out.add(h >>> 0)
  }
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
