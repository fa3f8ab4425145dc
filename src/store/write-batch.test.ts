import { afterAll, describe, expect, it } from 'vitest'
import type { Analysis } from '../model/facts.js'
import { registerView, story } from './contract-articles.js'
import type { Db } from './db.js'
import { migrate } from './migrate.js'
import { openPgliteDb } from './pglite-db.js'
import { storeAnalysis } from './write-article.js'
import { storeBatch } from './write-batch.js'

let shared: Promise<Db> | undefined
let n = 0
async function openFresh(): Promise<Db> {
  shared ??= openPgliteDb(null)
  const db = await shared
  await db.exec(`create schema pw_batch_${n}; set search_path to pw_batch_${n++}`)
  await migrate(db)
  return db
}
afterAll(async () => (await shared)?.close())

const TODAY = '2026-01-15'
const filler = 'The ministry published the figures with a long annex on forestry, transport, buildings and industry that analysts said would take weeks to read.'

/** Reports of our own that exercise each rule the derivation applies: values, moves, former years, withdrawals, undated, conflicts, wire copies. */
const ARTICLES: Analysis[] = [
  story('rur-1', '2020-01-10', 'Ruritania aims for 2050', ['Ruritania will reach climate neutrality by 2050, the government said.'],
    [{ actor: 'RUR', kind: 'net_zero', year: 2050, status: 'law', in: 'neutrality by 2050' }]),
  story('rur-2', '2021-04-22', 'Ruritania raises its goal', ['Ruritania will cut emissions 46% by 2030, up from 26%.', filler],
    [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 46, previous: 26, in: 'up from 26%' }]),
  story('rur-3', '2021-05-12', 'Ruritania moves faster', ['Ruritania brought forward its climate neutrality target from 2050 to 2045 on Wednesday.'],
    [{ actor: 'RUR', kind: 'net_zero', year: 2045, in: 'from 2050 to 2045' }]),
  story('rur-4', null, 'Analysts look at Ruritania', ['A cut of 36 percent by 2030 is what Ruritania could reach, analysts said.'],
    [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 36, in: 'A cut of 36 percent' }]),
  story('elb-1', '2022-02-01', 'Elbonia speeds up its coal exit', [
    'Elbonia will close its last coal plant by 2035 instead of 2040, the energy ministry said.', 'Previously, Elbonia had set 2056 as its date for the last coal mine.',
  ], [
    { actor: 'ELB', kind: 'phase_out', year: 2035, in: 'by 2035 instead of 2040' }, { actor: 'ELB', kind: 'phase_out', year: 2040, in: 'by 2035 instead of 2040' },
    { actor: 'ELB', kind: 'phase_out', year: 2056, in: 'had set 2056' },
  ]),
  story('elb-2', '2021-11-02', 'Elbonia sets energy goals', ['Elbonia will reach 500 GW of clean power capacity by 2030.', 'Elbonia will cut methane emissions 30% by 2030.'],
    [{ actor: 'ELB', kind: 'renewables', year: 2030, value: 500, unit: 'GW', in: '500 GW' }, { actor: 'ELB', kind: 'reduction', year: 2030, value: 30, gas: 'CH4', in: 'methane' }]),
  story('fre-1', '2019-06-01', 'Freedonia passes a climate law', ['Freedonia passed a law to cut emissions 40 percent by 2030.', filler],
    [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 40, status: 'law', in: 'cut emissions 40 percent' }]),
  story('fre-2', '2022-03-01', 'Freedonia repeals', ['The new government of Freedonia scrapped its 2030 emissions target on Tuesday.'],
    [{ actor: 'FRE', kind: 'reduction', year: 2030, in: 'scrapped its 2030' }]),
  story('fre-3', '2023-03-03', 'Freedonia sets a goal', ['The government of Freedonia is targeting a 45 percent reduction in emissions by 2035, officials said.'],
    [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 45, in: 'targeting a 45 percent' }]),
  story('fre-4', '2023-03-01', 'Freedonia weighs a goal', ['Freedonia set a goal of a 40 percent emissions cut by 2035, the environment minister announced.'],
    [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 40, in: 'a 40 percent emissions cut' }]),
  story('fre-5', '2023-09-09', 'Freedonia restores its goal', ['Freedonia restored its goal to cut emissions 40 percent by 2030 in a new law.'],
    [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 40, status: 'law', in: 'restored its goal' }], { quotes: [{ speaker: 'Ana Vidal', actor: 'FRE', in: 'restored its goal' }] }),
]
// A wire copy of fre-1 (its text with a line of its own), and of rur-2 under another outlet.
const copies: Analysis[] = [ARTICLES[6], ARTICLES[1]].map((a, i) => ({ ...a, doc: `copy-${i}`, outlet: 'Harbour Courier', text: `${a.text}\n\nDistributed by our wire desk.` }))
const ALL = [...ARTICLES.slice(0, 4), copies[1], ...ARTICLES.slice(4), copies[0]]

describe('storeBatch', () => {
  it('gives the register that storing the same articles one by one gives', async () => {
    const single = await openFresh()
    const results = []
    for (const a of ALL) results.push(await storeAnalysis(single, a, TODAY))
    const expected = await registerView(single)
    expect(results.filter((r) => r.copy)).toHaveLength(2)
    expect(JSON.stringify(expected)).toContain('"state":"superseded"')
    expect(JSON.stringify(expected)).toContain('"change":"moved"')
    expect(JSON.stringify(expected)).toContain('"origin":"reports"')

    for (const size of [ALL.length, 5, 1]) {
      const batched = await openFresh()
      const got = []
      for (let i = 0; i < ALL.length; i += size) got.push(...(await storeBatch(batched, ALL.slice(i, i + size), TODAY)).results)
      expect(got.map((r) => [r.status, r.copy, r.articleId, r.storyId])).toEqual(results.map((r) => [r.status, r.copy, r.articleId, r.storyId]))
      expect(await registerView(batched)).toEqual(expected)
    }
  })

  it('counts the change lines its articles stand behind, and stores an article twice only once', async () => {
    const db = await openFresh()
    const first = await storeBatch(db, ARTICLES.slice(0, 3), TODAY)
    expect(first.changes).toBeGreaterThan(0)
    const again = await storeBatch(db, ARTICLES.slice(0, 3), TODAY)
    expect(again.results.map((r) => r.status)).toEqual(['known', 'known', 'known'])
    expect(again.changes).toBe(0)
  })
})
