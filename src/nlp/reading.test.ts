import { describe, expect, test } from 'vitest'
import { readingText } from './reading.js'

describe('readingText', () => {
  test('a shouted speaker line reads in title case, acronyms and offsets kept', () => {
    const text = 'Leaders reacted on Monday.\nUN SECRETARY-GENERAL ANTONIO GUTERRES, IN A STATEMENT ON X:\n"We regret it."'
    const out = readingText(text)
    expect(out).toHaveLength(text.length)
    expect(out.split('\n')[1]).toBe('UN Secretary-General Antonio Guterres, in a Statement on X:')
    expect(out.split('\n')[0]).toBe('Leaders reacted on Monday.')
  })
  test('ordinary text, short acronyms and a line that is mostly lower case stay as they are', () => {
    for (const text of ['The EU and the US met at COP29.', 'IEA data, OPEC output and G20 plans were discussed at length.', 'NO']) expect(readingText(text)).toBe(text)
  })
  test('a possessive stays lower after its apostrophe', () => {
    expect(readingText('CHINA’S FOREIGN MINISTRY SPOKESPERSON:')).toBe('China’s Foreign Ministry Spokesperson:')
  })
})
