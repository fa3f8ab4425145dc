import { createHash } from 'node:crypto'

/** Word shingle size and MinHash layout for wire-copy detection (issue #4: ≥ 80% of word 5-shingles shared). */
export const SHINGLE_WORDS = 5
const HASHES = 64
const BAND_ROWS = 4 // 16 bands of 4: a pair with Jaccard 0.6 becomes a candidate 89% of the time, 0.7: 99%

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

/** Share of the smaller set's shingles found in the other: 1 for a copy that only trims or adds lines. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const h of small) if (large.has(h)) shared++
  return shared / small.size
}

// Fixed odd multipliers and offsets, one per MinHash function, from a seeded generator.
const MUL = new Uint32Array(HASHES)
const ADD = new Uint32Array(HASHES)
{
  let s = 0x9e3779b9
  const next = () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) ^ Math.imul(s ^ (s >>> 12), 0x297a2d39)) >>> 0)
  for (let i = 0; i < HASHES; i++) {
    MUL[i] = next() | 1
    ADD[i] = next()
  }
}

function mix(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/**
 * LSH band keys of a shingle set: texts sharing any key are candidate wire
 * copies, checked exactly with `containment` afterwards.
 */
export function bandKeys(shingles: Set<number>): number[] {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (const h of shingles) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix((Math.imul(h, MUL[i]) + ADD[i]) >>> 0)
      if (v < sig[i]) sig[i] = v
    }
  }
  const keys: number[] = []
  for (let b = 0; b < HASHES / BAND_ROWS; b++) {
    let hi = fnv1a(String(b))
    let lo = 0x811c9dc5 ^ b
    for (let r = 0; r < BAND_ROWS; r++) {
      const v = sig[b * BAND_ROWS + r]
      hi = Math.imul(hi ^ v, 0x01000193) >>> 0
      lo = mix(lo ^ v)
    }
    // 21 + 32 bits: a safe integer, stored as bigint.
    keys.push((hi & 0x1fffff) * 0x100000000 + lo)
  }
  return keys
}
