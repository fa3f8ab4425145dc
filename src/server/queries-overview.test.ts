import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ev } from '../../test/helpers/phrase-evidence.js'
import type { Analysis } from '../model/facts.js'
import type { Db } from '../store/db.js'
import { openDb } from '../store/open.js'
import { storeAnalysis } from '../store/write-article.js'
import { createApp } from './app.js'

// Invented articles: Japan states its 2030 cut in percent (no base year: the reference list
// gives 2013) and, a month later, in tonnes; South Africa only in tonnes, as a range.
const A = 'Tokyo sets its course\n\nJapan will cut emissions 46% by 2030, officials said.'
const B = 'Tokyo counts tonnes\n\nJapan will cut its emissions by 600 million tonnes by 2030, the ministry said.'
const C = 'Pretoria narrows its range\n\nSouth Africa will keep emissions between 350 and 420 Mt by 2030.'

const ARTICLES: Analysis[] = [
  {
    doc: 'a', title: 'Tokyo sets its course', date: '2023-04-03', url: 'https://jp.example/a', outlet: 'Tokyo Times', text: A,
    pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 46, unit: 'percent', status: 'pledged', evidence: ev(A, 'Japan will cut emissions 46% by 2030, officials said.') }],
    interactions: [], quotes: [],
  },
  {
    doc: 'b', title: 'Tokyo counts tonnes', date: '2023-05-08', url: 'https://jp.example/b', outlet: 'Tokyo Times', text: B,
    pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 600, unit: 'MtCO2e', status: 'pledged', evidence: ev(B, 'Japan will cut its emissions by 600 million tonnes by 2030, the ministry said.') }],
    interactions: [], quotes: [],
  },
  {
    doc: 'c', title: 'Pretoria narrows its range', date: '2023-06-12', url: 'https://za.example/c', outlet: 'Cape Ledger', text: C,
    pledges: [{ actor: 'ZAF', kind: 'reduction', year: 2030, value: 350, value_max: 420, unit: 'MtCO2e', status: 'pledged', evidence: ev(C, 'South Africa will keep emissions between 350 and 420 Mt by 2030.') }],
    interactions: [], quotes: [],
  },
]

let db: Db
let get: (path: string) => Promise<any>
beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  for (const a of ARTICLES) await storeAnalysis(db, a, '2024-08-01')
  const app = createApp({ db, web: false })
  get = async (path) => (await app.request(path)).json()
})
afterAll(async () => db?.close())

describe('GET /api/overview: units and what the reference list supplied', () => {
  it('shows the 2030 cut in percent before one in tonnes, and a cut in tonnes where it is the only one', async () => {
    const rows = await get('/api/overview')
    const jpn = rows.find((r: any) => r.actor === 'JPN')
    expect(jpn.target_2030).toMatchObject({ value: 46, unit: 'percent' })
    expect(jpn.claims).toBe(2)
    const zaf = rows.find((r: any) => r.actor === 'ZAF')
    expect(zaf.target_2030).toMatchObject({ value: 350, value_max: 420, unit: 'MtCO2e', base_year: null, base_year_from: null })
  })

  it('says which base year and status the reference list gave, with its source, as the actor page does', async () => {
    const jpn = (await get('/api/overview')).find((r: any) => r.actor === 'JPN')
    expect(jpn.target_2030).toMatchObject({ base_year: 2013, base_year_from: 'reference', status: 'policy', status_from: 'reference' })
    expect(jpn.target_2030.base_year_source).toMatch(/Japan/)
    expect(jpn).toMatchObject({ status: 'policy', status_from: 'reference' })
    expect(jpn.status_source).toMatch(/Japan/)
    const zaf = (await get('/api/overview')).find((r: any) => r.actor === 'ZAF')
    expect(zaf).toMatchObject({ status: 'pledged', status_from: 'article', status_source: null })
  })

  it('gives the actor page and the change log the unit of a claim in tonnes', async () => {
    const profile = await get('/api/actors/JPN')
    expect(profile.targets.map((c: any) => [c.kind, c.year, c.value, c.unit])).toEqual([['reduction', 2030, 46, 'percent'], ['reduction', 2030, 600, 'MtCO2e']])
    const log = await get('/api/change-log?actor=ZAF')
    expect(log.rows[0]).toMatchObject({ change: 'new', new_value: 350, new_value_max: 420, unit: 'MtCO2e' })
  })
})
