import fc from 'fast-check'
import { expect, test } from 'vitest'
import { fnv1a, marksOf, shingleSet, SHINGLE_WORDS, wordsOf } from './shingles.js'

/** The definition the stored marks were made with: each shingle's words joined by a space, then hashed. */
function shingleSetByJoining(text: string): Set<number> {
  const w = wordsOf(text)
  const out = new Set<number>()
  if (w.length === 0) return out
  for (let i = 0; i < Math.max(1, w.length - SHINGLE_WORDS + 1); i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')))
  return out
}

const WORDS = ['Ruritania', 'pledged', 'net', 'zero', 'by', '2050', 'émissions', 'Ωmega', '𝑥', 'ÇA', 'said', '46%', 'the', "minister's"]

test.each([
  ['', 0],
  ['Zero.', 1],
  ['Ruritania will cut emissions', 1],
  ['Ruritania will cut emissions 46 percent by 2030, the minister said.', 7],
])('shingleSet %j gives %i shingles, as joining each shingle\'s words does', (text, size) => {
  expect(shingleSet(text).size).toBe(size)
  expect([...shingleSet(text)]).toEqual([...shingleSetByJoining(text)])
})

test('shingleSet and the marks are those of the joined words, for any text', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string()), { maxLength: 40 }), fc.constantFrom(' ', '\n\n', ', ', ' — '), (words, sep) => {
      const text = words.join(sep)
      expect([...shingleSet(text)]).toEqual([...shingleSetByJoining(text)])
      expect(marksOf(shingleSet(text))).toEqual(marksOf(shingleSetByJoining(text)))
    }),
    { numRuns: 300 },
  )
})
