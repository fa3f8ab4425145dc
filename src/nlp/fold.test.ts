import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { foldForTagger } from './fold.js'

describe('foldForTagger', () => {
  it('folds letters past Latin-1 to plain ones of the same case', () => {
    expect(foldForTagger('Erdoğan, Šefčovič and Michał Kurtyka')).toBe('Erdogan, Sefcovic and Michal Kurtyka')
    expect(foldForTagger('Nguyễn Thị Hằng and Ilham Əliyev in İstanbul')).toBe('Nguyen Thi Hang and Ilham Eliyev in Istanbul')
  })

  it('leaves Latin-1 letters, marks and text without such letters as they are', () => {
    const plain = 'José Müller said “Ørsted’s plan” — 50%'
    expect(foldForTagger(plain)).toBe(plain)
  })

  it('keeps every offset: one UTF-16 unit for one', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldForTagger(s).length === s.length))
  })
})
