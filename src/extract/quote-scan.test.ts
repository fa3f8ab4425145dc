import fc from 'fast-check'
import { expect, test } from 'vitest'
import { BODY_NOUN, SPEECH_VERB, SPEECH_VERB_LEGACY } from './quote-lexicon.js'
import { foldedIndex, MatchIndex, matchIndex } from './quote-scan.js'

/** What the extractor did before the index: a scan from `from`, stopping at the first match past `to`. */
function scanFrom(re: RegExp, text: string, from: number, to: number): Array<[number, string]> {
  const out: Array<[number, string]> = []
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index + m[0].length <= to; m = re.exec(text)) out.push([m.index, m[0]])
  return out
}

function viaIndex(re: RegExp, text: string, from: number, to: number): Array<[number, string]> {
  return new MatchIndex(re, text).within(from, to).map((m) => [m.index, m[0]])
}

const SAMPLE = 'The energy ministry said on Monday it told the environment department spokesman, who said-so, that “our plan” was said to be saying something; according to the agency, she added.'

test('within answers every range as a scan from its start would, inside matches too', () => {
  for (const re of [SPEECH_VERB, BODY_NOUN]) {
    for (let from = 0; from <= SAMPLE.length; from += 1) {
      for (const to of [from, from + 7, from + 40, SAMPLE.length]) {
        expect(viaIndex(re, SAMPLE, from, to)).toEqual(scanFrom(re, SAMPLE, from, to))
      }
    }
  }
})

test('within agrees with a scan on random news-like text', () => {
  const word = fc.constantFrom('said', 'says', 'told', 'the', 'ministry', 'a', 'Agency', 'according', 'to', 'saying', 'resaid', 'x')
  const gap = fc.constantFrom(' ', '  ', ', ', '-', '\n', '’', '')
  const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''))
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const from = a % (t.length + 1)
      const to = from + (b % (t.length - from + 1))
      expect(viaIndex(SPEECH_VERB, t, from, to)).toEqual(scanFrom(SPEECH_VERB, t, from, to))
    }),
  )
})

test('someIn sees only matches that start after `from` and end by `to`', () => {
  const index = new MatchIndex(/said/g, 'said and said')
  expect(index.someIn(0, 13, () => true)).toBe(true)
  expect(index.someIn(8, 13, () => true)).toBe(true)
  expect(index.someIn(9, 13, () => true)).toBe(false)
  expect(index.someIn(8, 12, () => true)).toBe(false)
  expect(index.someIn(0, 13, (m) => m.index === 0)).toBe(false)
})

test('foldedIndex keeps Unicode case folding where the text needs it', () => {
  // Under the u flag a long s folds to "s"; without it, it does not.
  const odd = 'He \u017faid no.'
  expect(foldedIndex(SPEECH_VERB, SPEECH_VERB_LEGACY, odd).matches.map((m) => m.match[0])).toEqual(['\u017faid'])
  const plain = 'She said it, and he told them, according to aides.'
  const fast = foldedIndex(SPEECH_VERB, SPEECH_VERB_LEGACY, plain).matches.map((m) => [m.index, m.match[0]])
  expect(fast).toEqual(new MatchIndex(SPEECH_VERB, plain).matches.map((m) => [m.index, m.match[0]]))
})

test('the index is rebuilt for a new text', () => {
  expect(matchIndex(/b/g, 'abc').matches.map((m) => m.index)).toEqual([1])
  expect(matchIndex(/b/g, 'bb').matches.map((m) => m.index)).toEqual([0, 1])
})
