import { describe, expect, it } from 'vitest'
import { genderOfName } from './gender.js'

describe('genderOfName: only what the article or a common first name makes plain', () => {
  it.each([
    ['Jane Roe', '', 'f'],
    ['Tom Hale', '', 'm'],
    ['Inês Costa', '', 'f'],
    ['Roe', 'Ms Roe', 'f'],
    ['Okafor', 'spokeswoman Okafor', 'f'],
    ['Hale', 'Mr Hale', 'm'],
  ] as const)('%s (%s) → %s', (name, words, g) => {
    expect(genderOfName(name, words)).toBe(g)
  })

  it.each(['Jean Dupont', 'Kim Park', 'Alex Morgan', 'Xi Jinping', 'Okafor'])('says nothing of %s', (name) => {
    expect(genderOfName(name)).toBeNull()
  })
})
