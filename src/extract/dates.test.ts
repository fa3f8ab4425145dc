import { describe, expect, test } from 'vitest'
import { resolveEventDate } from './dates.js'

describe('resolveEventDate', () => {
  test.each([
    // 2024-03-14 is a Thursday.
    ['The ministers met on Tuesday in Lima.', '2024-03-12'],
    ['The envoy said Thursday that talks went well.', '2024-03-14'],
    ['The two leaders will meet on Friday.', '2024-03-15'],
    ['Last month the two sides signed a pact.', '2024-02'],
    ['They signed the treaty on 9 March in Lima.', '2024-03-09'],
    ['The presidents first met in 2013.', null],
    ['Both aim for net zero by 2050.', null],
  ])('%s', (sentence, expected) => {
    expect(resolveEventDate(sentence, '2024-03-14')).toBe(expected)
  })

  test('no article date, no resolved date', () => {
    expect(resolveEventDate('They met on Tuesday.', null)).toBeNull()
  })
})
