import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PledgewatchError } from '../src/errors.js'
import { createFetcher, type FetcherOptions } from '../src/feeds/fetcher.js'
import { pollFeeds } from '../src/feeds/watch.js'
import { fakeClock, feedFixture, html, page, startServer, type TestServer } from './feeds-server.js'

let server: TestServer
let clock: ReturnType<typeof fakeClock>

beforeEach(async () => {
  clock = fakeClock()
  server = await startServer(
    {
      '/flaky.xml': (_req, res, hit) => {
        if (hit === 1) return void res.writeHead(503, { 'retry-after': '2' }).end('busy')
        res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(feedFixture('atom.xml', server.origin))
      },
      '/atom/stories/borduria-coal': html(page('Borduria halves coal use')),
      '/other/syldavia-methane': html(page('Syldavia joins the methane pledge')),
      '/always-503': (_req, res) => void res.writeHead(503).end(),
      '/rate-limited': (_req, res) => void res.writeHead(429, { 'retry-after': '3600' }).end(),
      '/big': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' }).end('x'.repeat(5000)),
      '/big-chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' }) // no Content-Length: the limit must hold while reading
        for (let k = 0; k < 10; k++) res.write('y'.repeat(500))
        res.end()
      },
      '/latin1': (_req, res) =>
        void res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<p>Caf\xe9 \x93quoted\x94</p>', 'latin1')),
      '/echo-ua': (req, res) => void res.writeHead(200).end(String(req.headers['user-agent'])),
      '/redirect': (_req, res) => void res.writeHead(301, { location: '/atom/stories/borduria-coal' }).end(),
      '/hang': () => {}, // never answers
      '/stall-body': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).write('<p>half a page'),
      '/pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    },
    () => clock.now(),
  )
})

afterEach(async () => {
  await server.close()
})

const make = (o: FetcherOptions = {}) => createFetcher({ timeoutMs: 1000, hostDelayMs: 0, clock, random: () => 1, ...o })

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (err) {
    return err instanceof PledgewatchError ? `${err.code}: ${err.message}` : `other: ${String(err)}`
  }
  return 'no error'
}

describe('createFetcher', () => {
  test('a 503 with Retry-After is retried after at least that long, then the feed succeeds', async () => {
    const retries: Array<[number, number, string]> = []
    const fetcher = make({ backoffMs: 500, onRetry: (_url, n, ms, err) => void retries.push([n, ms, err.code]) })
    const items: string[] = []
    const errors: string[] = []
    await pollFeeds([server.origin + '/flaky.xml'], {
      fetcher,
      seen: new Set(),
      onItem: (item) => void items.push(item.url),
      onError: (url, err) => void errors.push(`${url} ${err.message}`),
    })
    expect(errors).toEqual([])
    expect(server.hits('/flaky.xml')).toBe(2)
    expect(retries).toEqual([[1, 2000, 'E_HTTP_STATUS']]) // Retry-After 2 s beats the 500 ms backoff
    expect(clock.sleeps).toEqual([2000])
    expect(items).toHaveLength(2)
  })

  test('backoff grows exponentially between retries and the last error is thrown', async () => {
    const fetcher = make({ retries: 3, backoffMs: 100, random: () => 0.5 })
    expect(await codeOf(fetcher.get(server.origin + '/always-503'))).toBe('E_HTTP_STATUS: HTTP 503 Service Unavailable')
    expect(server.hits('/always-503')).toBe(4)
    // equal jitter with random 0.5: 3/4 of 100, 200, 400
    expect(clock.sleeps).toEqual([75, 150, 300])
  })

  test('a Retry-After beyond the limit fails at once instead of stalling the round', async () => {
    const fetcher = make({ maxRetryAfterMs: 60_000 })
    expect(await codeOf(fetcher.get(server.origin + '/rate-limited'))).toBe(
      'E_HTTP_STATUS: HTTP 429 Too Many Requests (Retry-After 3600 s is over the 60 s limit)',
    )
    expect(server.hits('/rate-limited')).toBe(1)
  })

  test('a 404 is not retried', async () => {
    expect(await codeOf(make().get(server.origin + '/nothing-here'))).toBe('E_HTTP_STATUS: HTTP 404 Not Found')
    expect(server.hits('/nothing-here')).toBe(1)
  })

  test('bodies over maxBytes are refused, whether declared or streamed', async () => {
    const fetcher = make({ maxBytes: 1000 })
    expect(await codeOf(fetcher.get(server.origin + '/big'))).toMatch(/^E_TOO_LARGE: over the size limit \(5000 bytes > 1000 bytes/)
    expect(await codeOf(fetcher.get(server.origin + '/big-chunked'))).toMatch(/^E_TOO_LARGE: over the size limit \(more than 1000 bytes/)
  })

  test('a refused connection is E_FETCH after the retries', async () => {
    const closed = await startServer({})
    const url = closed.origin + '/feed'
    await closed.close()
    expect(await codeOf(make({ retries: 1 }).get(url))).toMatch(/^E_FETCH: fetch failed: .*ECONNREFUSED/)
    expect(clock.sleeps).toHaveLength(1)
  })

  test('the User-Agent names Pledgewatch, redirects are followed and charsets honoured', async () => {
    const fetcher = make()
    const ua = await fetcher.get(server.origin + '/echo-ua')
    expect(ua.status === 'fetched' && ua.text()).toMatch(/^Pledgewatch\/\S+ \(/)
    const moved = await fetcher.get(server.origin + '/redirect')
    expect(moved.status === 'fetched' && moved.finalUrl).toBe(server.origin + '/atom/stories/borduria-coal')
    const latin = await fetcher.get(server.origin + '/latin1')
    expect(latin.status === 'fetched' && latin.text()).toBe('<p>Café \u201cquoted\u201d</p>')
  })

  test('aborting the signal stops an in-flight request without a coded error or a retry', async () => {
    const stop = new AbortController()
    const pending = make({ timeoutMs: 4000 }).get(server.origin + '/hang', { signal: stop.signal })
    // Abort once the request is in flight (a fixed delay races the request on a busy machine).
    const inFlight = setInterval(() => {
      if (server.hits('/hang') > 0) {
        clearInterval(inFlight)
        stop.abort(new Error('shutting down'))
      }
    }, 10)
    expect(await codeOf(pending)).toBe('other: Error: shutting down')
    expect(server.hits('/hang')).toBe(1)
  })

  test('the timeout also covers a body that stalls after the headers', async () => {
    expect(await codeOf(make({ timeoutMs: 200, retries: 0 }).get(server.origin + '/stall-body'))).toBe('E_TIMEOUT: timed out after 200 ms')
  })

  test('an item that is not HTML is reported as E_NOT_HTML and not fetched again', async () => {
    const errors: string[] = []
    const seen = new Set<string>()
    const feed = `<rss><channel><item><title>A report</title><link>${server.origin}/pdf</link></item></channel></rss>`
    const fetcher = make()
    const one = (body: string) =>
      pollFeeds(['data:application/rss+xml,' + encodeURIComponent(body)], { fetcher, seen, onItem: () => {}, onError: (_u, e) => void errors.push(e.message) })
    await one(feed)
    await one(feed)
    expect(errors).toEqual(['not an HTML page (Content-Type: application/pdf)'])
    expect(server.hits('/pdf')).toBe(1)
  })
})
