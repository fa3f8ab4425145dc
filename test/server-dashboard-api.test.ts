import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../src/model/facts.js'
import { createApp } from '../src/server/app.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { storeAnalysis } from '../src/store/write-article.js'
import { ev } from './helpers/phrase-evidence.js'


// Invented articles: Norway's 2030 cut is reported as 50, then raised to 55 by a
// later story; Norway has a net-zero year; Chile urges Norway twice and meets it once.
const A = 'Oslo sets out its plans\n\nNorway will cut emissions by 50% by 2030 from 1990 levels. Norway aims for net zero emissions by 2050. Chile urged Norway to stop new oil licences.'
const B = 'Oslo goes further\n\nNorway raised its goal to cut emissions by 55% by 2030 from 1990 levels. Chile urged Norway again to act on oil.'
const C = 'Ministers meet\n\nChile met Norway in Santiago to talk about copper and climate.'

const ARTICLES: Analysis[] = [
  {
    doc: 'fjord-1', title: 'Oslo sets out its plans', date: '2023-02-01', url: 'https://fjord.example/1', outlet: 'Fjord Post', text: A,
    pledges: [
      { actor: 'NOR', kind: 'reduction', year: 2030, value: 50, base_year: 1990, status: 'pledged', evidence: ev(A, 'Norway will cut emissions by 50% by 2030 from 1990 levels') },
      { actor: 'NOR', kind: 'net_zero', year: 2050, status: 'law', evidence: ev(A, 'Norway aims for net zero emissions by 2050') },
    ],
    interactions: [{ actor: 'CHL', type: 'urge', target: 'NOR', date: '2023-01-30', evidence: ev(A, 'Chile urged Norway to stop new oil licences') }],
    quotes: [],
  },
  {
    doc: 'andes-2', title: 'Oslo goes further', date: '2024-06-10', url: 'https://andes.example/2', outlet: 'Andes Daily', text: B,
    pledges: [{ actor: 'NOR', kind: 'reduction', year: 2030, value: 55, base_year: 1990, status: 'policy', evidence: ev(B, 'Norway raised its goal to cut emissions by 55% by 2030 from 1990 levels') }],
    interactions: [{ actor: 'CHL', type: 'urge', target: 'NOR', date: '2024-06-09', evidence: ev(B, 'Chile urged Norway again') }],
    quotes: [],
  },
  {
    doc: 'andes-3', title: 'Ministers meet', date: '2024-07-01', url: null, outlet: 'Andes Daily', text: C,
    pledges: [],
    interactions: [{ actor: 'CHL', type: 'meet', target: 'NOR', date: '2024-07-01', place: 'Santiago', evidence: ev(C, 'Chile met Norway in Santiago') }],
    quotes: [],
  },
]

let db: Db
let app: ReturnType<typeof createApp>
const ids: number[] = []

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  for (const a of ARTICLES) ids.push((await storeAnalysis(db, a, '2024-08-01')).articleId)
  app = createApp({ db, web: false })
})
afterAll(async () => db?.close())

async function get(path: string) {
  const res = await app.request(path)
  return { status: res.status, body: (await res.json()) as any }
}

describe('GET /api/overview', () => {
  it('answers one row per actor with its headline targets, sources and last change', async () => {
    const { status, body } = await get('/api/overview')
    expect(status).toBe(200)
    expect(body.map((r: any) => r.actor)).toEqual(['NOR'])
    const [nor] = body
    expect(nor.name).toBe('Norway')
    expect(nor.net_zero).toMatchObject({ year: 2050, status: 'law' })
    expect(nor.target_2030).toMatchObject({ value: 55, base_year: 1990, last_reported: '2024-06-10' })
    expect(nor.peak).toBeNull()
    expect(nor.status).toBe('law')
    expect(nor.sources).toBe(2)
    expect(nor.claims).toBe(2)
    expect(nor.last_change).toMatchObject({ kind: 'reduction', year: 2030, change: 'changed', old_value: 50, new_value: 55, reported: '2024-06-10' })
  })
})

describe('GET /api/network', () => {
  it('groups interactions into counted edges, most frequent first', async () => {
    const { body } = await get('/api/network')
    expect(body).toEqual([
      { actor: 'CHL', target: 'NOR', type: 'urge', count: 2, first: '2023-01-30', last: '2024-06-09' },
      { actor: 'CHL', target: 'NOR', type: 'meet', count: 1, first: '2024-07-01', last: '2024-07-01' },
    ])
  })

  it('filters by types and by an inclusive date range', async () => {
    expect((await get('/api/network?types=meet')).body.map((e: any) => e.type)).toEqual(['meet'])
    expect((await get('/api/network?types=meet,urge&since=2024&until=2024-06')).body).toEqual([
      { actor: 'CHL', target: 'NOR', type: 'urge', count: 1, first: '2024-06-09', last: '2024-06-09' },
    ])
  })

  it('refuses an unknown type', async () => {
    const { status, body } = await get('/api/network?types=meet,hug')
    expect(status).toBe(400)
    expect(body.error.code).toBe('E_BAD_REQUEST')
  })
})

describe('GET /api/articles/:id/check', () => {
  it("says where an article's facts now differ from the register", async () => {
    const { status, body } = await get(`/api/articles/${ids[0]}/check`)
    expect(status).toBe(200)
    const article = (await get(`/api/articles/${ids[0]}`)).body
    expect(body.map((l: any) => l.id)).toEqual([...article.pledges.map((p: any) => p.id), ...article.interactions.map((x: any) => x.id)])
    const byClaim = Object.fromEntries(body.map((l: any) => [l.claim, l]))
    expect(byClaim['NOR reduction 2030 = 50']).toMatchObject({ fact: 'pledge', verdict: 'differs' })
    expect(byClaim['NOR reduction 2030 = 50'].register).toContain('55')
    expect(byClaim['NOR net_zero 2050']).toMatchObject({ verdict: 'agrees' })
    expect(byClaim['CHL urge NOR']).toMatchObject({ fact: 'interaction', verdict: 'agrees' })
  })

  it('agrees with the register for the latest report, and 404s for an unknown article', async () => {
    const { body } = await get(`/api/articles/${ids[1]}/check`)
    expect(body.find((l: any) => l.fact === 'pledge')).toMatchObject({ verdict: 'agrees' })
    expect((await get('/api/articles/999999/check')).status).toBe(404)
  })
})
