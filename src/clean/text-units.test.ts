import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapse } from './text-units.js'

describe('collapse', () => {
  it('collapses whitespace runs and trims, as replace(/\\s+/g, " ").trim() does', () => {
    const ws = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0085', 'a', 'b', '.', '\u0007')
    fc.assert(
      fc.property(fc.array(ws, { maxLength: 12 }).map((xs) => xs.join('')), (s) => {
        expect(collapse(s)).toBe(s.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 3000 },
    )
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
      expect(collapse(s)).toBe(s.replace(/\s+/g, ' ').trim())
    }))
  })
  it('returns a collapsed line as it is', () => {
    expect(collapse('Kenya set a goal.')).toBe('Kenya set a goal.')
    expect(collapse(' Kenya  set\ta goal. ')).toBe('Kenya set a goal.')
  })
})
