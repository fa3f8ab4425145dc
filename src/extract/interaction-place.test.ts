import { expect, test } from 'vitest'
import { placeOf } from './interaction-place.js'

test.each([
  ['The envoys met in Lima on Monday.', 'Lima'],
  ['Talks were held in the coastal city of Valparaiso.', 'Valparaiso'],
  ['They met in March.', null],
  ['Concerns grew about investment in Peruvian mines.', null],
  ['Ministers gathered at Sunnylands for two days.', 'Sunnylands'],
])('placeOf: %s', (sentence, expected) => {
  expect(placeOf(sentence)).toBe(expected)
})
