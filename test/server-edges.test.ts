import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { longArticle } from '../bench/long-article.js'
import { ROUTES, createApp } from '../src/server/app.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'

// Issue 15, item 4: what a hostile or careless client sends.
const TOKEN = 'edge-token'
const STORY = 'Canada sets a new goal\n\nCanada pledged on Monday to reach net zero emissions by 2050. "We will get there," said Anna Smith, the environment minister.'
let db: Db
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  app = createApp({ db, token: TOKEN })
  expect((await post(JSON.stringify({ text: STORY }), { 'content-type': 'application/json' })).status).toBe(201)
})
afterAll(async () => db?.close())

function post(body: BodyInit, headers: Record<string, string>, query = '', on = app) {
  return on.request(`/api/articles${query}`, { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}`, ...headers } })
}
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error
/** A concrete path for a route: ids that exist or at least parse. */
const pathOf = (path: string) => path.replace(':id', path.startsWith('/api/actors') ? 'CAN' : '1')

describe('NUL and undecodable bytes in the query are a 400 naming the parameter', () => {
  const cases = ROUTES.filter((r) => r.method === 'get' && r.query).flatMap((r) => Object.keys(r.query!.shape).map((name) => [r.path, name] as const))
  it('covers every query parameter of every read route', () => expect(cases.length).toBeGreaterThan(20))
  it.each(cases)('%s ?%s=…%00', async (path, name) => {
    for (const bad of ['x%00', '%FF', '%ED%A0%80']) {
      const res = await app.request(`${pathOf(path)}?${name}=${bad}`)
      expect(res.status).toBe(400)
      expect(await errorOf(res)).toMatchObject({ code: 'E_BAD_REQUEST', message: expect.stringMatching(new RegExp(`^${name}: (contains a NUL|not valid UTF-8)`)) })
    }
  })
  it('in a path parameter too', async () => {
    const res = await app.request('/api/actors/J%00N')
    expect(res.status).toBe(400)
    expect((await errorOf(res)).message).toMatch(/^path\.id: contains a NUL/)
  })
  it('and the search and quote routes that once answered 500 answer 400', async () => {
    expect((await app.request('/api/search?q=%00')).status).toBe(400)
    expect((await app.request('/api/quotes?speaker=x%00')).status).toBe(400)
  })
})

describe('posted bodies', () => {
  it.each([
    ['text', { text: 'Chile will phase out coal by 2040.\u0000' }],
    ['title', { text: STORY, title: 'A\u0000B' }],
    ['outlet', { text: STORY, outlet: 'North\u0007Wire' }],
  ])('a NUL or control character in JSON field %s is a 400 naming it', async (field, body) => {
    const res = await post(JSON.stringify(body), { 'content-type': 'application/json' })
    expect(res.status).toBe(400)
    expect((await errorOf(res)).message).toMatch(new RegExp(`^body\\.${field}: contains a`))
  })
  it('binary data as text is a 400 with the reason', async () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256)
    const res = await post(bytes, { 'content-type': 'text/plain' })
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toMatchObject({ code: 'E_BAD_BODY', message: expect.stringMatching(/NUL bytes: binary data/) })
    const latin = await post(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff]), { 'content-type': 'text/plain' })
    expect(latin.status).toBe(400)
    expect((await errorOf(latin)).message).toMatch(/not valid UTF-8/)
  })
  it('a text body in the charset it names is read in that charset', async () => {
    const res = await post(Buffer.from('Norway pledged on Friday to cut emissions 55 percent by 2030 from 1990 levels, said Jonas Støre.', 'latin1'), { 'content-type': 'text/plain; charset=iso-8859-1' })
    expect(res.status).toBe(201)
    expect(((await res.json()) as { pledges: Array<{ actor: string }> }).pledges[0].actor).toBe('NOR')
  })
  it('Content-Encoding: gzip is inflated (JSON and text); other encodings are a 415; a bomb is a 413', async () => {
    const json = await post(gzipSync(JSON.stringify({ text: 'Kenya pledged on Monday to cut emissions 32 percent by 2030, officials in Nairobi said.' })), { 'content-type': 'application/json', 'content-encoding': 'gzip' })
    expect(json.status).toBe(201)
    const text = await post(gzipSync('Peru pledged on Monday to reach net zero emissions by 2050, officials in Lima said.'), { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
    expect(text.status).toBe(201)
    const br = await post('x', { 'content-type': 'text/plain', 'content-encoding': 'br' })
    expect(br.status).toBe(415)
    expect((await errorOf(br)).message).toMatch(/Content-Encoding "br" is not accepted/)
    const small = createApp({ db, token: TOKEN, maxBodyBytes: 10_000 })
    const bomb = await post(gzipSync('a'.repeat(1_000_000)), { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, '', small)
    expect(bomb.status).toBe(413)
    const notGzip = await post('plain', { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
    expect(notGzip.status).toBe(400)
  })
  it('an article URL must be http(s), in JSON and in the query', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd']) {
      const res = await post(JSON.stringify({ text: STORY, url }), { 'content-type': 'application/json' })
      expect(res.status).toBe(400)
      expect((await errorOf(res)).message).toMatch(/^url: .*http\(s\)/)
      const q = await post(STORY, { 'content-type': 'text/plain' }, `?url=${encodeURIComponent(url)}`)
      expect(q.status).toBe(400)
    }
  })
})

describe('quotes by speaker', () => {
  it('matches % and _ literally, not as wildcards', async () => {
    const all = async (speaker: string) => ((await (await app.request(`/api/quotes?speaker=${encodeURIComponent(speaker)}`)).json()) as unknown[]).length
    expect(await all('smith')).toBe(1)
    expect(await all('%')).toBe(0)
    expect(await all('_')).toBe(0)
    expect(await all('Anna_Smith')).toBe(0)
  })
})

describe('Host names', () => {
  it('answers the local names and refuses any other with 421 (DNS rebinding)', async () => {
    for (const host of ['localhost', 'localhost:8080', '127.0.0.1:8080', '[::1]:8080']) expect((await app.request('/api/targets', { headers: { host } })).status).toBe(200)
    const res = await app.request('/api/targets', { headers: { host: 'attacker.example' } })
    expect(res.status).toBe(421)
    expect(await errorOf(res)).toMatchObject({ code: 'E_BAD_HOST', message: expect.stringContaining('--allowed-host attacker.example') })
    expect((await app.request('/', { headers: { host: 'attacker.example:8080' } })).status).toBe(421)
  })
  it('answers the names it was started for', async () => {
    const named = createApp({ db, allowedHosts: ['localhost', 'register.example.org'], web: false })
    expect((await named.request('/api/targets', { headers: { host: 'Register.Example.org.' } })).status).toBe(200)
    expect((await named.request('/api/targets', { headers: { host: '127.0.0.1' } })).status).toBe(421)
    expect((await createApp({ db, allowedHosts: null, web: false }).request('/api/targets', { headers: { host: 'any.example' } })).status).toBe(200)
  })
})
