import { expect, test } from 'vitest'
import { formatInterval, parseInterval } from './interval.js'

test.each([
  ['90s', 90_000],
  ['30m', 1_800_000],
  ['1h', 3_600_000],
  ['1h30m', 5_400_000],
  ['1.5h', 5_400_000],
  [' 2d ', 172_800_000],
  ['250ms', 250],
  ['1M', 60_000],
])('parseInterval(%j) = %d', (text, ms) => {
  expect(parseInterval(text)).toBe(ms)
})

test.each(['', '30', 'm', '10 minutes', '-5m', '0s', '1h 30', 'soon'])('parseInterval(%j) is E_BAD_INTERVAL', (text) => {
  expect(() => parseInterval(text)).toThrow(expect.objectContaining({ code: 'E_BAD_INTERVAL' }))
})

test.each([
  [5_400_000, '1h30m'],
  [3_600_000, '1h'],
  [1_800_000, '30m'],
  [90_000, '90s'],
  [1500, '1.5s'],
  [250, '250ms'],
])('formatInterval(%d) = %s', (ms, text) => {
  expect(formatInterval(ms)).toBe(text)
  expect(parseInterval(text)).toBe(ms)
})
