import { Hono } from 'hono'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ev } from '../../test/helpers/phrase-evidence.js'
import type { Analysis } from '../model/facts.js'
import type { Db } from '../store/db.js'
import { openDb } from '../store/open.js'
import { storeAnalysis } from '../store/write-article.js'
import { createApp } from './app.js'
import { cacheResponses } from './cache.js'

// Invented articles: the EU and Japan state net-zero years (the EU's in law), Japan
// raises its 2030 cut from 26 to 40-45%, India states 500 GW of clean power, and a
// second outlet repeats the EU's target.
const A = 'Brussels acts\n\nThe European Union adopted a law to reach net zero emissions by 2050. Japan will reach net zero by 2050.'
const B = 'Tokyo moves\n\nJapan will cut emissions by 26% by 2030 from 2013 levels.'
const C = 'Tokyo raises\n\nJapan raised its goal to cut emissions by 40-45% by 2030 from 2013 levels. India targets 500 GW of clean power by 2030.'
const D = 'Brussels again\n\nThe EU restated its net zero by 2050 law. Japan urged India to act.'

const ARTICLES: Analysis[] = [
  {
    doc: 'a', title: 'Brussels acts', date: '2021-06-28', url: 'https://eu.example/a', outlet: 'Euro Post', text: A,
    pledges: [
      { actor: 'EU', kind: 'net_zero', year: 2050, status: 'law', evidence: ev(A, 'The European Union adopted a law to reach net zero emissions by 2050') },
      { actor: 'JPN', kind: 'net_zero', year: 2050, status: 'pledged', evidence: ev(A, 'Japan will reach net zero by 2050') },
    ],
    interactions: [], quotes: [],
  },
  {
    doc: 'b', title: 'Tokyo moves', date: '2021-01-10', url: 'https://jp.example/b', outlet: 'Tokyo Times', text: B,
    pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 26, base_year: 2013, unit: 'percent', evidence: ev(B, 'Japan will cut emissions by 26% by 2030 from 2013 levels') }],
    interactions: [], quotes: [],
  },
  {
    doc: 'c', title: 'Tokyo raises', date: '2021-04-22', url: 'https://jp.example/c', outlet: 'Tokyo Times', text: C,
    pledges: [
      { actor: 'JPN', kind: 'reduction', year: 2030, value: 40, value_max: 45, base_year: 2013, unit: 'percent', evidence: ev(C, 'Japan raised its goal to cut emissions by 40-45% by 2030 from 2013 levels') },
      { actor: 'IND', kind: 'renewables', year: 2030, value: 500, unit: 'GW', evidence: ev(C, 'India targets 500 GW of clean power by 2030') },
    ],
    interactions: [], quotes: [],
  },
  {
    doc: 'd', title: 'Brussels again', date: '2021-07-01', url: 'https://other.example/d', outlet: 'Other Daily', text: D,
    pledges: [{ actor: 'EU', kind: 'net_zero', year: 2050, status: 'law', evidence: ev(D, 'The EU restated its net zero by 2050 law') }],
    interactions: [{ actor: 'JPN', type: 'urge', target: 'IND', evidence: ev(D, 'Japan urged India to act') }],
    quotes: [],
  },
]

let db: Db
let app: Hono
const ids: number[] = []
beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  for (const a of ARTICLES) ids.push((await storeAnalysis(db, a, '2024-08-01')).articleId)
  app = createApp({ db, web: false })
})
afterAll(async () => db?.close())

const get = async (path: string) => (await app.request(path)).json() as Promise<any>

describe('GET /api/overview/figures', () => {
  it('counts net-zero actors, weighs them by the dataset, and counts targets in law', async () => {
    const f = await get('/api/overview/figures')
    // Japan's net zero by 2050 is law by the reference list of official targets (src/store/reference-base.ts), though the article says "will".
    expect(f.net_zero).toMatchObject({ actors: 2, countries: 1, in_law: 2, counted: ['EU', 'JPN'], not_in_data: [] })
    // The EU and Japan emit about a tenth of the world's greenhouse gases in the built-in table.
    expect(f.net_zero.share_percent).toBeGreaterThan(5)
    expect(f.net_zero.share_percent).toBeLessThan(15)
    expect(f).toMatchObject({ actors: 3, targets: 4, targets_in_law: 2, last_reported: '2021-07-01' })
    expect(f.data.year).toBeGreaterThan(2020)
    expect(f.last_ingested).toMatch(/^\d{4}-\d\d-\d\dT/)
  })
})

describe('GET /api/overview and /api/actors/:id', () => {
  it('give units, ranges and the last change with its range', async () => {
    const rows = await get('/api/overview')
    const jpn = rows.find((r: any) => r.actor === 'JPN')
    expect(jpn.target_2030).toMatchObject({ value: 40, value_max: 45 })
    expect(jpn.target_2030).toHaveProperty('state')
    expect(jpn.last_change).toMatchObject({ kind: 'net_zero', change: 'new', reported: '2021-06-28' })
    const ind = rows.find((r: any) => r.actor === 'IND')
    expect(ind.last_change).toMatchObject({ kind: 'renewables', new_value: 500, unit: 'GW' })
    const profile = await get('/api/actors/IND')
    expect(profile.targets[0]).toMatchObject({ kind: 'renewables', value: 500, unit: 'GW' })
  })
})

describe('GET /api/change-log', () => {
  it('pages the log newest first with the total, and filters by actor, kind and dates', async () => {
    // The same lines as the store's own change log (/api/changes), a page at a time.
    const log = await get('/api/changes?limit=1000')
    expect(log.length).toBeGreaterThanOrEqual(4)
    const pages = []
    for (let offset = 0; offset < log.length; offset += 2) {
      const page = await get(`/api/change-log?limit=2&offset=${offset}`)
      expect(page.total).toBe(log.length)
      pages.push(...page.rows)
    }
    expect(pages.map((r: any) => r.reported)).toEqual(log.map((r: any) => r.reported))
    expect(pages.map((r: any) => r.reported)).toEqual(pages.map((r: any) => r.reported).sort().reverse())
    const first = await get('/api/change-log?limit=2')
    expect(first.actors).toEqual(['EU', 'IND', 'JPN'])
    expect(first.kinds).toEqual(['net_zero', 'reduction', 'renewables'])
    expect(first.rows.every((r: any) => typeof r.article_id === 'number' && r.evidence)).toBe(true)
    const beyond = await get('/api/change-log?limit=2&offset=100')
    expect(beyond).toMatchObject({ total: log.length, rows: [] })
    const jpn = await get('/api/change-log?actor=jpn&kind=reduction')
    expect(jpn.rows.length).toBe(jpn.total)
    expect(jpn.rows.every((r: any) => r.actor === 'JPN' && r.kind === 'reduction')).toBe(true)
    expect(jpn.rows[0]).toMatchObject({ change: 'changed', old_value: 26, new_value: 40, new_value_max: 45, reported: '2021-04-22' })
    const dated = await get('/api/change-log?since=2021-04-01&until=2021-04-30')
    expect(dated.total).toBe(log.filter((r: any) => r.reported >= '2021-04-01' && r.reported <= '2021-04-30').length)
    expect(dated.total).toBeGreaterThan(0)
    expect((await app.request('/api/change-log?since=2021-13-01')).status).toBe(400)
  })
})

describe('GET /api/articles/:id/check', () => {
  it('says how many other stories report each fact', async () => {
    const lines = await get(`/api/articles/${ids[0]}/check`)
    const eu = lines.find((l: any) => l.claim.startsWith('EU'))
    const jpn = lines.find((l: any) => l.claim.startsWith('JPN'))
    expect(eu.sources_elsewhere).toBe(1)
    expect(jpn.sources_elsewhere).toBe(0)
    const urge = (await get(`/api/articles/${ids[3]}/check`)).find((l: any) => l.fact === 'interaction')
    expect(urge).toMatchObject({ verdict: 'agrees', sources_elsewhere: 0 })
  })
})

describe('GET /api/names', () => {
  it('names countries and groups, and an unknown id by itself', async () => {
    expect(await get('/api/names?ids=JPN,eu,XQZ')).toEqual({ JPN: 'Japan', EU: 'European Union', XQZ: 'XQZ' })
    expect((await app.request('/api/names?ids=<script>')).status).toBe(400)
  })
})

describe('GET /api/assessment', () => {
  it('links register targets to their article, and is kept until the register changes', async () => {
    const first = await app.request('/api/assessment')
    expect(first.headers.get('x-cache')).toBe('miss')
    const a = (await first.json()) as any
    const jpn = a.actors.find((x: any) => x.actor === 'JPN')
    const used = jpn.scenarios.flatMap((s: any) => s.targets_used)
    expect(used.some((t: any) => t.origin === 'reference' && !t.link)).toBe(true)
    const again = await app.request('/api/assessment')
    expect(again.headers.get('x-cache')).toBe('hit')
  })
})

describe('compression', () => {
  it('sends JSON as brotli or gzip when asked, compressed once per cached answer', async () => {
    const plain = await (await app.request('/api/assessment')).text()
    for (const [enc, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      for (let i = 0; i < 2; i++) {
        const res = await app.request('/api/assessment', { headers: { 'accept-encoding': `${enc}, deflate` } })
        expect(res.headers.get('content-encoding')).toBe(enc)
        expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
        const bytes = Buffer.from(await res.arrayBuffer())
        expect(bytes.length).toBeLessThan(plain.length / 4)
        expect(decode(bytes).toString()).toBe(plain)
      }
    }
    const uncached = await app.request('/api/overview', { headers: { 'accept-encoding': 'gzip', 'cache-control': 'no-cache' } })
    expect(uncached.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(gunzipSync(Buffer.from(await uncached.arrayBuffer())).toString()).length).toBe(3)
    const refused = await app.request('/api/assessment', { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } })
    expect(refused.headers.get('content-encoding')).toBeNull()
  })

  it('keeps an answer that depends on more than the register only while that is unchanged', async () => {
    let stamp = 'one'
    let computed = 0
    const small = new Hono()
    small.use('*', cacheResponses(db, { alsoDependsOn: async () => stamp }))
    small.get('/x', (c) => c.json({ computed: ++computed }))
    await small.request('/x')
    expect((await small.request('/x')).headers.get('x-cache')).toBe('hit')
    stamp = 'two'
    expect((await small.request('/x')).headers.get('x-cache')).toBe('miss')
    expect(computed).toBe(2)
  })
})
