import { describe, expect, it } from 'vitest'
import { trieRegexSource } from './trie-regex.js'

describe('trieRegexSource', () => {
  it('matches every word and prefers the longest at a position', () => {
    const re = new RegExp(trieRegexSource(['China', 'Chinese', 'Chile', 'Chad', 'U.S.', 'U.S', 'US', 'US$']), 'g')
    expect('Chinese, China, Chile and Chad; U.S. and US$ and U.S'.match(re)).toEqual([
      'Chinese', 'China', 'Chile', 'Chad', 'U.S.', 'US$', 'U.S',
    ])
  })

  it('escapes regex metacharacters', () => {
    const re = new RegExp(`^(?:${trieRegexSource(['OPEC+', 'a.b', '(x)'])})$`)
    expect(re.test('OPEC+')).toBe(true)
    expect(re.test('axb')).toBe(false)
    expect(re.test('(x)')).toBe(true)
  })
})
