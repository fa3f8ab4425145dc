import { expect, test } from 'vitest'
import { datelineEnd } from './dateline.js'

test.each([
  ['BEIJING - China said', 'China said'],
  ['TURIN, Italy - Ministers agreed', 'Ministers agreed'],
  ['WASHINGTON/BEIJING (Reuters) - Talks resumed', 'Talks resumed'],
  ['BALI, Indonesia, Nov 15 (Reuters) — Leaders met', 'Leaders met'],
])('%s', (text, rest) => {
  expect(text.slice(datelineEnd(text, 0))).toBe(rest)
})

test.each([
  'US, Japan and others agreed on Monday.',
  'The EU - and others - agreed.',
  'Kenya - a leader on geothermal - spoke first.',
])('no dateline: %s', (text) => {
  expect(datelineEnd(text, 0)).toBe(-1)
})
