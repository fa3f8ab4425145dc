import fc from 'fast-check'
import { expect, test } from 'vitest'
import { MONTHS_AND_DAYS, PRONOUNS, STOP_WORDS } from './quote-lexicon.js'
import { isCapital, tokenize } from './quote-tokens.js'

/** The regex tokenizer the index replaced, kept as the reference the fast one must equal. */
function reference(text: string, from: number, to: number) {
  const out = []
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let word = m[0]
    let possessive = false
    if (/['’]s$/.test(word)) {
      word = word.slice(0, -2)
      possessive = true
    } else if (/['’]$/.test(word)) word = word.slice(0, -1)
    if (word.endsWith('.') && !/^(?:\p{Lu}\.|(?:\p{Lu}\.){2,}|Jr\.|Sr\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.)$/u.test(word)) word = word.replace(/\.+$/, '')
    word = word.replace(/-+$/, '')
    const capital = /^[\p{Lu}]/u.test(word) || /^(?:al|el|ad|as|abu)-\p{Lu}/u.test(word) || /^\p{N}+\p{Lu}/u.test(word)
    const nameWord = capital && !STOP_WORDS.has(word) && !MONTHS_AND_DAYS.has(word)
    if (word) out.push({ text: word, start: m.index, end: Math.min(m.index + word.length, to), possessive, nameWord, pronoun: PRONOUNS.has(word.toLowerCase()) })
  }
  return out
}

const SAMPLES = [
  'Dr. Ana Ruiz’s team, the U.S. envoy and Mr. Abe said 3M’s plan was well-known-- THEY said.',
  'Ólafur Þórsson met al-Sabah and abu-Omar; the 2030s, 10Kg, G7 and Ⅻ Corps. She ended it.',
  'Crème brûlée e\u0301 \u2060\u2060said\u2060 “quoted” 𝐁old 𝐚nd 😀 He’ they’ HE SHE.',
]

test('tokenize equals the regex tokenizer for every range of the samples', () => {
  for (const text of SAMPLES) {
    for (let from = 0; from <= text.length; from++) {
      for (const to of [from + 1, from + 9, text.length]) expect(tokenize(text, from, to)).toEqual(reference(text, from, to))
    }
  }
})

test('tokenize equals the regex tokenizer on random text', () => {
  const piece = fc.constantFrom('Ana', 'ruiz', "'s", '’s', '’', '.', '..', '-', ' ', ', ', 'U.S.', 'Jr.', 'é', 'É', '\u0301', '7', 'he', 'They', '𝐁', '\u2060', 'al-Sabah', 'Ⅻ')
  const text = fc.array(piece, { maxLength: 25 }).map((p) => p.join(''))
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const from = a % (t.length + 1)
      const to = from + (b % (t.length - from + 1))
      expect(tokenize(t, from, to)).toEqual(reference(t, from, to))
    }),
    { numRuns: 300 },
  )
})

test.each([
  ['Kerry', true],
  ['kerry', false],
  ['al-Sabah', true],
  ['al-sabah', false],
  ['3M', true],
  ['2030', false],
  ['10kg', false],
  ['Ólafur', true],
  ['ólafur', false],
  ['Ⅻ', false],
])('isCapital(%s) is %s', (word, expected) => {
  expect(isCapital(word)).toBe(expected)
})
