import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../src/model/facts.js'
import { createApp } from '../src/server/app.js'
import { cacheResponses } from '../src/server/cache.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { storeAnalysis } from '../src/store/write-article.js'

function article(doc: string, actor: string, year: number): Analysis {
  const text = `${doc}\n\n${actor} will reach net zero emissions by ${year}, its government said.`
  const phrase = `${actor} will reach net zero emissions by ${year}`
  const start = text.indexOf(phrase)
  return {
    doc, title: doc, date: '2024-01-10', url: `https://cache.example/${doc}`, outlet: 'Cache Courier', text,
    pledges: [{ actor, kind: 'net_zero', year, evidence: { start, end: start + phrase.length, text: phrase } }],
    interactions: [], quotes: [],
  }
}

let db: Db
beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  await storeAnalysis(db, article('first', 'NOR', 2050))
})
afterAll(async () => db?.close())

describe('the API answer cache', () => {
  it('serves an answer again until the register changes, then recomputes it', async () => {
    const app = createApp({ db, web: false })
    const first = await app.request('/api/overview')
    expect(first.headers.get('x-cache')).toBe('miss')
    const body = await first.text()
    const again = await app.request('/api/overview')
    expect(again.headers.get('x-cache')).toBe('hit')
    expect(again.headers.get('content-type')).toMatch(/application\/json/)
    expect(again.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await again.text()).toBe(body)

    await storeAnalysis(db, article('second', 'CHL', 2040))
    const after = await app.request('/api/overview')
    expect(after.headers.get('x-cache')).toBe('miss')
    expect(((await after.json()) as Array<{ actor: string }>).map((r) => r.actor)).toEqual(['CHL', 'NOR'])
  })

  it('computes afresh on no-cache, and never keeps errors', async () => {
    const app = createApp({ db, web: false })
    await app.request('/api/targets')
    expect((await app.request('/api/targets', { headers: { 'cache-control': 'no-cache' } })).headers.get('x-cache')).toBe('bypass')
    for (let i = 0; i < 2; i++) expect((await app.request('/api/actors/XYZ')).headers.get('x-cache')).toBe('miss')
  })

  it('keys by the whole URL and drops the least recently used past its bound', async () => {
    let computed = 0
    const app = new Hono()
    app.use('*', cacheResponses(db, { maxEntries: 2 }))
    app.get('/n', (c) => c.json({ q: c.req.query('q'), computed: ++computed }))
    for (const q of ['a', 'b', 'a', 'c']) await app.request(`/n?q=${q}`) // c evicts b, the least recently used
    expect(computed).toBe(3)
    expect((await app.request('/n?q=a')).headers.get('x-cache')).toBe('hit')
    expect((await app.request('/n?q=b')).headers.get('x-cache')).toBe('miss')
    expect(computed).toBe(4)
  })

  it('as the only writer (serve on an embedded folder), answers a hit with no query, and a post makes the next read fresh', async () => {
    let queries = 0
    const counted: Db = { ...db, query: (sql, params) => (queries++, db.query(sql, params)) }
    const app = createApp({ db: counted, web: false, token: 't', singleWriter: true })
    await app.request('/api/overview')
    queries = 0
    const hit = await app.request('/api/overview')
    expect(hit.headers.get('x-cache')).toBe('hit')
    expect(queries).toBe(0) // nothing waits on the store, even while a write transaction holds it
    const post = await app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: 'Bearer t' }, body: 'Peru pledged on Monday to reach net zero emissions by 2050, officials in Lima said.' })
    expect(post.status).toBe(201)
    const after = await app.request('/api/overview')
    expect(after.headers.get('x-cache')).toBe('miss')
    expect(((await after.json()) as Array<{ actor: string }>).map((r) => r.actor)).toContain('PER')
  })
})
