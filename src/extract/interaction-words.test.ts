import { describe, expect, test } from 'vitest'
import { scanTokens } from './interaction-words.js'

// The pattern scanTokens stands for: both must give the same tokens on any text.
const TOKEN_RE = /[’']s\b|[\p{L}\p{N}]+(?:[.\-&][\p{L}\p{N}]+|['’](?!s\b)[\p{L}\p{N}]+)*|\S/gu

function byRegex(text: string, from: number, to: number): Array<[number, number]> {
  const gap = text.slice(from, to)
  return [...gap.matchAll(TOKEN_RE)].map((m) => [from + m.index, from + m.index + m[0].length])
}

function byScan(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  scanTokens(text, from, to, (s, e) => out.push([s, e]))
  return out
}

describe('scanTokens', () => {
  test.each([
    'China’s envoy met U.S. officials in Sharm el-Sheikh.',
    "Don't say it's the EU's 'plan' — R&D, co-operation, 3.5%, 1,000 tonnes.",
    "The ministers' talks; Xi's visit; 's alone; O'Neill and d’Estaing; rock'n'roll's",
    'Émile Zoë ΑΘΗΝΑ 東京 ٢٠٢٤ 𝐀𝐁 𝟙𝟚 😀 a\u00a0b\u2009c\ufeffd',
    "x's_ y'sé z’s2 w's- 'sa ’s",
    'A.B.C. e.g. U.S.-China 3-2 &amp; ... -- ‘quoted’',
  ])('matches the pattern on %s', (text) => {
    expect(byScan(text, 0, text.length)).toEqual(byRegex(text, 0, text.length))
  })

  test('the range end is the end of input, as for a sliced gap', () => {
    const text = "China's U.S. envoy's 😀x"
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) expect(byScan(text, from, to)).toEqual(byRegex(text, from, to))
    }
  })

  test('random mixes of the characters that matter', () => {
    const alphabet = ["'", '’', 's', 'S', 'a', '1', '_', '.', '-', '&', ' ', '\u00a0', 'é', '😀', '\ud83d', '\ude00', ',', 'Z']
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let n = 0; n < 2000; n++) {
      let text = ''
      const len = next() % 14
      for (let k = 0; k < len; k++) text += alphabet[next() % alphabet.length]
      expect(byScan(text, 0, text.length)).toEqual(byRegex(text, 0, text.length))
    }
  })
})
