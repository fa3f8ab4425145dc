import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/server/app.js'
import { listen } from '../src/server/listen.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'

const TOKEN = 'test-token-7f3a'
// Our own sentences, in the plain news English the extractors read.
const STORY = 'Canada sets a new climate goal\n\nCanada pledged on Monday to reach net zero emissions by 2050, the environment minister said in Ottawa.'
const PAGE = `<!doctype html><html><head><title>Chile brings its coal exit forward</title></head><body><article>
<h1>Chile brings its coal exit forward</h1>
<p>Chile will phase out coal power by 2040, the energy ministry said in Santiago on Tuesday.</p>
<p>The plan replaces an earlier date and follows a year of talks with power companies.</p></article></body></html>`

let db: Db
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  app = createApp({ db, token: TOKEN })
})
afterAll(async () => db?.close())

const post = (body: BodyInit, headers: Record<string, string>, path = '/api/articles', on = app) =>
  on.request(path, { method: 'POST', body, headers })
const withToken = (type: string, token = TOKEN) => ({ 'content-type': type, authorization: `Bearer ${token}` })
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error

describe('POST /api/articles: authorisation', () => {
  it('is refused with 403 when the server has no token (read-only)', async () => {
    const res = await post(JSON.stringify({ text: STORY }), withToken('application/json'), '/api/articles', createApp({ db }))
    expect(res.status).toBe(403)
    expect(await errorOf(res)).toMatchObject({ code: 'E_READ_ONLY', message: expect.stringMatching(/read-only.*PLEDGEWATCH_TOKEN/) })
  })
  it('is refused with 401 without a bearer token or with the wrong one', async () => {
    const none = await post(JSON.stringify({ text: STORY }), { 'content-type': 'application/json' })
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await errorOf(none)).code).toBe('E_UNAUTHORIZED')
    const wrong = await post(JSON.stringify({ text: STORY }), withToken('application/json', 'not-the-token'))
    expect(wrong.status).toBe(401)
    expect((await errorOf(wrong)).message).toMatch(/wrong/)
    expect((await app.request('/api/articles')).status).toBe(200) // reads need no token
    expect(((await (await app.request('/api/articles')).json()) as unknown[]).length).toBe(0) // nothing was stored
  })
})

describe('POST /api/articles: ingesting', () => {
  it('analyses and stores a JSON article (201), then recognises it (200)', async () => {
    const body = JSON.stringify({ url: 'https://north.example/canada', date: '2024-04-08', outlet: 'North Wire', text: STORY })
    const res = await post(body, withToken('application/json'))
    expect(res.status).toBe(201)
    const out = (await res.json()) as any
    expect(out).toMatchObject({ status: 'new', doc: 'https://north.example/canada', date: '2024-04-08', copy: false })
    expect(res.headers.get('location')).toBe(`/api/articles/${out.article_id}`)
    expect(out.pledges).toEqual([expect.objectContaining({ actor: 'CAN', kind: 'net_zero', year: 2050 })])
    expect(out.facts_added).toBe(out.pledges.length + out.interactions.length + out.quotes.length)
    const stored = (await (await app.request(`/api/articles/${out.article_id}`)).json()) as any
    expect(stored.pledges.map((p: any) => p.evidence.text)).toEqual(out.pledges.map((p: any) => p.evidence.text))
    expect(((await (await app.request('/api/targets?actor=CAN')).json()) as any[]).map((c) => c.year)).toEqual([2050])

    const again = await post(body, withToken('application/json'))
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ status: 'known', article_id: out.article_id, facts_added: 0 })
  })
  it('takes an HTML body with its metadata in the query string', async () => {
    const res = await post(PAGE, withToken('text/html; charset=utf-8'), '/api/articles?url=https%3A%2F%2Fsouth.example%2Fchile&date=2024-06-04')
    expect(res.status).toBe(201)
    const out = (await res.json()) as any
    expect(out).toMatchObject({ doc: 'https://south.example/chile', title: 'Chile brings its coal exit forward', date: '2024-06-04' })
    expect(out.pledges).toEqual([expect.objectContaining({ actor: 'CHL', kind: 'phase_out', year: 2040 })])
  })
  it('rejects bodies it cannot read with the right status', async () => {
    const cases: Array<[BodyInit, string, number, string, RegExp]> = [
      ['{"text": ', 'application/json', 400, 'E_BAD_BODY', /JSON/],
      [JSON.stringify({ title: 'no body' }), 'application/json', 400, 'E_BAD_BODY', /text.*html/],
      [JSON.stringify({ text: STORY, html: PAGE }), 'application/json', 400, 'E_BAD_BODY', /one of them/],
      [JSON.stringify({ text: STORY, url: 'not a url' }), 'application/json', 400, 'E_BAD_BODY', /url/],
      [JSON.stringify({ text: STORY, colour: 'red' }), 'application/json', 400, 'E_BAD_BODY', /colour/],
      ['<article/>', 'application/xml', 415, 'E_MEDIA_TYPE', /application\/xml/],
      [JSON.stringify({ text: '   \n  ' }), 'application/json', 422, 'E_UNPROCESSABLE', /no article text/],
    ]
    for (const [body, type, status, code, message] of cases) {
      const res = await post(body, withToken(type))
      expect(res.status, `${type} ${String(body).slice(0, 30)}`).toBe(status)
      expect(await errorOf(res)).toMatchObject({ code, message: expect.stringMatching(message) })
    }
    const badQuery = await post(PAGE, withToken('text/html'), '/api/articles?date=2024-06-04&lang=en')
    expect(badQuery.status).toBe(400)
    expect((await errorOf(badQuery)).message).toMatch(/lang/)
  })
  it('refuses bodies past the size limit with 413, with or without Content-Length', async () => {
    const small = createApp({ db, token: TOKEN, maxBodyBytes: 1000 })
    const big = JSON.stringify({ text: 'Words and more words. '.repeat(100) })
    const declared = await post(big, { ...withToken('application/json'), 'content-length': String(big.length) }, '/api/articles', small)
    expect(declared.status).toBe(413)
    expect((await errorOf(declared)).code).toBe('E_TOO_LARGE')
    const stream = new Blob([big]).stream()
    const streamed = await small.request('/api/articles', { method: 'POST', body: stream, headers: withToken('application/json'), duplex: 'half' } as RequestInit)
    expect(streamed.status).toBe(413)
    // The default limit is 5 MB.
    const huge = JSON.stringify({ text: 'x'.repeat(5 * 1024 * 1024) })
    expect((await post(huge, { ...withToken('application/json'), 'content-length': String(huge.length) })).status).toBe(413)
  })
})

describe('the real server', () => {
  it('serves /api/targets on a loopback port and closes cleanly', async () => {
    const server = await listen(createApp({ db }), { host: '127.0.0.1', port: 0 })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const res = await fetch(`${server.url}/api/targets?actor=CAN`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      expect(((await res.json()) as any[]).map((c) => `${c.actor} ${c.kind} ${c.year}`)).toEqual(['CAN net_zero 2050'])
      const missing = await fetch(`${server.url}/nowhere`)
      expect(missing.status).toBe(404)
      expect(((await missing.json()) as any).error.code).toBe('E_NOT_FOUND')
    } finally {
      await server.close()
    }
    await expect(fetch(`${server.url}/api/targets`)).rejects.toThrow()
  })
  it('rejects when the port is taken', async () => {
    const first = await listen(createApp({ db }), { host: '127.0.0.1', port: 0 })
    try {
      await expect(listen(createApp({ db }), { host: '127.0.0.1', port: first.port })).rejects.toThrow(/EADDRINUSE/)
    } finally {
      await first.close()
    }
  })
})
