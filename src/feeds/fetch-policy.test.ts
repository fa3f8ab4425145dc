import { expect, test } from 'vitest'
import { HostScheduler, backoffDelay, parseRetryAfter, type Clock } from './fetch-policy.js'

test('backoffDelay doubles per attempt, jitters within the upper half, and is capped', () => {
  expect([0, 1, 2, 3].map((n) => backoffDelay(n, 1000, 60_000, () => 0))).toEqual([500, 1000, 2000, 4000])
  expect([0, 1, 2, 3].map((n) => backoffDelay(n, 1000, 60_000, () => 1))).toEqual([1000, 2000, 4000, 8000])
  expect(backoffDelay(20, 1000, 60_000, () => 1)).toBe(60_000)
})

test('parseRetryAfter reads seconds and HTTP dates, relative to the injected now', () => {
  const now = Date.parse('2025-03-05T12:00:00Z')
  expect(parseRetryAfter('120', now)).toBe(120_000)
  expect(parseRetryAfter('Wed, 05 Mar 2025 12:00:30 GMT', now)).toBe(30_000)
  expect(parseRetryAfter('Wed, 05 Mar 2025 11:00:00 GMT', now)).toBe(0) // a date in the past: go now
  expect(parseRetryAfter('soon', now)).toBeNull()
  expect(parseRetryAfter(null, now)).toBeNull()
})

test('HostScheduler spaces requests per host, not across hosts, and queues concurrent callers', async () => {
  let t = 0
  const clock: Clock = { now: () => t, sleep: async (ms) => void (t += ms) }
  const starts: Array<[string, number]> = []
  const scheduler = new HostScheduler(1000, clock)
  const go = async (url: string) => {
    await scheduler.waitTurn(url)
    starts.push([new URL(url).host, t])
  }
  await go('https://a.example/1')
  await go('https://b.example/1') // another host: no wait
  await go('https://a.example/2')
  t += 5000 // a long pause: the next request needs no wait
  await go('https://a.example/3')
  expect(starts).toEqual([
    ['a.example', 0],
    ['b.example', 0],
    ['a.example', 1000],
    ['a.example', 6000],
  ])

  // Concurrent callers each book their own slot: 1 s apart, not all at once.
  const waits: number[] = []
  const queued = new HostScheduler(1000, { now: () => 0, sleep: async (ms) => void waits.push(ms) })
  await Promise.all([1, 2, 3].map((n) => queued.waitTurn(`https://c.example/${n}`)))
  expect(waits).toEqual([1000, 2000])
})
