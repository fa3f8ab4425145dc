import { describe, expect, it } from 'vitest'
import { MAX_DELAY_MS, parseRetryAfter, retryDelay } from './backoff.js'

describe('webhook retry delays', () => {
  it('double after each attempt, spread ±20%, capped at an hour', () => {
    expect([1, 2, 3, 4].map((a) => retryDelay(a, 5000, undefined, () => 0.5))).toEqual([5000, 10_000, 20_000, 40_000])
    expect(retryDelay(1, 5000, undefined, () => 0)).toBe(4000)
    expect(retryDelay(1, 5000, undefined, () => 1)).toBe(6000)
    expect(retryDelay(30, 5000, undefined, () => 1)).toBe(MAX_DELAY_MS)
  })
  it('wait at least what Retry-After asks', () => {
    expect(retryDelay(1, 5000, 120_000, () => 0.5)).toBe(120_000)
    expect(parseRetryAfter('7')).toBe(7000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
  })
})
