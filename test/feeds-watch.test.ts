import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PledgewatchError } from '../src/errors.js'
import { createFetcher, type FetcherOptions } from '../src/feeds/fetcher.js'
import type { FeedItem } from '../src/feeds/parse-feed.js'
import { pollFeeds, watchFeeds, type PollOptions } from '../src/feeds/watch.js'
import { cachedRoute, fakeClock, feedFixture, html, page, startServer, type TestServer } from './feeds-server.js'

const LAST_MODIFIED = 'Wed, 05 Mar 2025 12:00:00 GMT'

let server: TestServer
let clock: ReturnType<typeof fakeClock>

beforeEach(async () => {
  clock = fakeClock()
  const origin = () => server.origin
  server = await startServer(
    {
      // The server needs its own origin for absolute links, so routes read it lazily.
      '/rss.xml': (req, res, n) => cachedRoute(feedFixture('rss2.xml', origin()), 'application/rss+xml', { etag: '"rss-v1"' })(req, res, n),
      '/news/freedonia-target': html(page('Freedonia raises its target')),
      '/news/ruritania-sylvania-pact': html(page('Ruritania and Sylvania sign a pact')),
      '/news/guid-only': html(page('A permalink item')),
      '/atom/feed.atom': (req, res, n) => cachedRoute(feedFixture('atom.xml', origin()), 'application/atom+xml', { lastModified: LAST_MODIFIED })(req, res, n),
      '/atom/stories/borduria-coal': html(page('Borduria halves coal use')),
      '/other/syldavia-methane': html(page('Syldavia joins the methane pledge')),
      '/slow.xml': () => {}, // never answers
      '/garbage.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Maintenance</h1></body></html>'),
      '/mixed.xml': (_req, res) =>
        void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
          `<rss version="2.0"><channel><title>Mixed</title>
            <item><title>Gone</title><link>/news/gone</link></item>
            <item><title>Fine</title><link>/news/fine</link></item>
          </channel></rss>`,
        ),
      '/news/fine': html(page('A page that is there')),
    },
    () => clock.now(),
  )
})

afterEach(async () => {
  await server.close()
})

/** Collects what a round hands over and what it reports. */
function recorder(fetcherOptions: FetcherOptions = {}) {
  const items: Array<{ item: FeedItem; html: string; pageUrl: string }> = []
  const errors: Array<{ url: string; code: string; message: string; feedUrl: string }> = []
  const fetcher = createFetcher({ timeoutMs: 300, retries: 1, hostDelayMs: 0, clock, ...fetcherOptions })
  const options: PollOptions = {
    fetcher,
    seen: new Set<string>(),
    onItem: (item, body, page) => void items.push({ item, html: body, pageUrl: page.url }),
    onError: (url, err, ctx) =>
      void errors.push({ url, code: err instanceof PledgewatchError ? err.code : 'other', message: err.message, feedUrl: ctx.feedUrl }),
  }
  return { items, errors, fetcher, options }
}

const feeds = (...paths: string[]) => paths.map((p) => server.origin + p)

describe('pollFeeds against a local server', () => {
  test('a timeout, a garbage feed and a 404 page are each reported; every other item is handed over', async () => {
    const { items, errors, options } = recorder()
    const summary = await pollFeeds(feeds('/slow.xml', '/rss.xml', '/garbage.xml', '/atom/feed.atom', '/mixed.xml'), options)

    expect(errors.map((e) => [e.url.replace(server.origin, ''), e.code])).toEqual([
      ['/slow.xml', 'E_TIMEOUT'],
      ['/garbage.xml', 'E_BAD_FEED'],
      ['/news/gone', 'E_HTTP_STATUS'],
    ])
    expect(errors[0].message).toBe('timed out after 300 ms')
    expect(errors[1].message).toMatch(/root element is <html>/)
    expect(errors[2].message).toMatch(/^HTTP 404/)
    expect(errors[2].feedUrl).toBe(server.origin + '/mixed.xml')
    expect(server.hits('/slow.xml')).toBe(2) // the timeout was retried once, then given up

    // RSS items come oldest first; the Atom links resolved through xml:base.
    expect(items.map((i) => i.item.url.replace(server.origin, ''))).toEqual([
      '/news/guid-only',
      '/news/ruritania-sylvania-pact',
      '/news/freedonia-target',
      '/other/syldavia-methane',
      '/atom/stories/borduria-coal',
      '/news/fine',
    ])
    const freedonia = items.find((i) => i.item.url.endsWith('/freedonia-target'))!
    expect(freedonia.html).toContain('<h1>Freedonia raises its target</h1>')
    expect(freedonia.item.title).toBe('Freedonia raises its 2035 target to 60% & more')
    expect(summary).toEqual({ feeds: 5, notModified: 0, failedFeeds: 2, newItems: 6, failedItems: 1 })
  })

  test('second round: ETag and Last-Modified give 304s and no item is fetched again', async () => {
    const { items, errors, options, fetcher } = recorder()
    const urls = feeds('/rss.xml', '/atom/feed.atom', '/mixed.xml', '/garbage.xml')
    await pollFeeds(urls, options)
    expect(fetcher.cache).toEqual({
      [server.origin + '/rss.xml']: { etag: '"rss-v1"' },
      [server.origin + '/atom/feed.atom']: { lastModified: LAST_MODIFIED },
    })
    const before = server.requests.length
    items.length = 0
    errors.length = 0

    const summary = await pollFeeds(urls, options)
    const second = server.requests.slice(before)
    expect(second.map((r) => r.path)).toEqual(['/rss.xml', '/atom/feed.atom', '/mixed.xml', '/garbage.xml'])
    expect(second[0].headers['if-none-match']).toBe('"rss-v1"')
    expect(second[1].headers['if-modified-since']).toBe(LAST_MODIFIED)
    expect(items).toEqual([])
    // The 404 item was given up for good (not refetched); the broken feed is reported again.
    expect(errors.map((e) => e.url.replace(server.origin, ''))).toEqual(['/garbage.xml'])
    expect(summary).toMatchObject({ notModified: 2, newItems: 0, failedItems: 0, failedFeeds: 1 })
  })

  test('the validator cache survives JSON, so a restarted watcher gets a 304', async () => {
    const first = recorder()
    await pollFeeds(feeds('/rss.xml'), first.options)
    const saved = JSON.stringify(first.fetcher.cache)

    const restarted = recorder({ cache: JSON.parse(saved) })
    const summary = await pollFeeds(feeds('/rss.xml'), { ...restarted.options, seen: first.options.seen })
    expect(summary.notModified).toBe(1)
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"rss-v1"')
  })

  test('an item whose handling failed is retried next round even though its feed answers 304', async () => {
    let pageHits = 0
    const { items, errors, options } = recorder({ retries: 0 })
    const lastItems = new Map<string, readonly FeedItem[]>()
    const flakyPage: PollOptions = {
      ...options,
      lastItems,
      onItem: (item, body, p) => {
        if (++pageHits === 1) throw new Error('store was busy')
        return options.onItem(item, body, p)
      },
    }
    await pollFeeds(feeds('/atom/feed.atom'), flakyPage)
    expect(errors.map((e) => e.message)).toEqual(['store was busy'])
    const summary = await pollFeeds(feeds('/atom/feed.atom'), flakyPage)
    expect(summary.notModified).toBe(1)
    expect(items.map((i) => i.item.guid)).toEqual(['urn:example:entry:1', 'urn:example:entry:2'])
  })

  test('requests to one host are spaced by hostDelayMs (injected clock)', async () => {
    const { items, options } = recorder({ hostDelayMs: 1000 })
    await pollFeeds(feeds('/rss.xml'), options)
    expect(items).toHaveLength(3)
    const starts = server.requests.map((r) => r.at)
    expect(starts).toHaveLength(4)
    for (let k = 1; k < starts.length; k++) expect(starts[k] - starts[k - 1]).toBe(1000)
    expect(clock.sleeps).toEqual([1000, 1000, 1000])
  })
})

describe('watchFeeds', () => {
  test('repeats rounds every interval until aborted, then resolves', async () => {
    const { options } = recorder({ hostDelayMs: 500 })
    const stop = new AbortController()
    const rounds: Array<{ round: number; at: number; newItems: number; notModified: number }> = []
    await watchFeeds(feeds('/rss.xml'), {
      ...options,
      everyMs: 60_000,
      signal: stop.signal,
      clock,
      onRound: (s, round) => {
        rounds.push({ round, at: clock.now(), newItems: s.newItems, notModified: s.notModified })
        if (round === 3) stop.abort()
      },
    })
    expect(rounds.map((r) => [r.round, r.newItems, r.notModified])).toEqual([
      [1, 3, 0],
      [2, 0, 1],
      [3, 0, 1],
    ])
    // Rounds start 60 s apart: round 1 spent 1.5 s on host delays, so the first wait was 58.5 s.
    expect(clock.sleeps).toEqual([500, 500, 500, 58_500, 60_000])
  })
})
