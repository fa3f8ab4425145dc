import { describe, expect, it } from 'vitest'
import { story, usingDb } from './contract-articles.js'
import type { Db } from './db.js'
import { queryChanges, queryConflicts } from './queries/register.js'
import { queryTargets } from './queries/targets.js'
import { storeAnalysis } from './write-article.js'

/**
 * The register's rules on dates, states, history, units and status (issue 14),
 * with articles we wrote; run against each store by pglite-db.test.ts and
 * postgres-db.test.ts.
 */
export function runRegisterStatesContract(name: string, open: () => Promise<Db>): void {
  const using = usingDb(open)
  const TODAY = '2026-01-15'

  describe(`register states: ${name}`, () => {
    it('an undated report never supersedes a dated one, never counts as newest, and is shown as undated', using(async (db) => {
      await storeAnalysis(db, story('dated', '2021-04-22', 'Ruritania sets its 2030 goal', ['Ruritania will cut emissions 46 percent by 2030, the cabinet said.'],
        [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 46, in: 'cut emissions 46 percent' }]), TODAY)
      await storeAnalysis(db, story('undated', null, 'Analysts look at Ruritania', ['A cut of 36 percent by 2030 is what Ruritania could reach, analysts said.', 'Ruritania plans net zero by 2070.'],
        [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 36, in: 'A cut of 36 percent' }, { actor: 'RUR', kind: 'net_zero', year: 2070, in: 'net zero by 2070' }]), TODAY)
      const [nz, cut] = await queryTargets(db, { actor: 'RUR', all: true })
      expect(cut).toMatchObject({ kind: 'reduction', value: 46, first_reported: '2021-04-22', last_reported: '2021-04-22', undated: 1, state: 'current' })
      expect(nz).toMatchObject({ kind: 'net_zero', year: 2070, first_reported: null, last_reported: null, undated: 1 })
      const changes = await queryChanges(db, { actor: 'RUR' })
      expect(changes.map((c) => [c.kind, c.change, c.new_value, c.reported])).toEqual([['reduction', 'new', 46, '2021-04-22'], ['net_zero', 'new', null, null]])
      // The day the articles were read is nowhere.
      expect(JSON.stringify(await queryTargets(db, { all: true })) + JSON.stringify(changes)).not.toContain(TODAY)
    }))

    it('keeps where a date came from: the article, its URL, or none (a date in the future is no date)', using(async (db) => {
      await storeAnalysis(db, story('a', '2021-04-22', 'One', ['Ruritania will reach net zero by 2050, its minister said on Thursday.'], []), TODAY)
      await storeAnalysis(db, { ...story('b', null, 'Two', ['Elbonia will reach net zero by 2060, its minister said on Friday.'], []), url: 'https://news.test/2020/03/05/elbonia' }, TODAY)
      await storeAnalysis(db, story('c', '2031-01-01', 'Three', ['Freedonia will reach net zero by 2055, its minister said on Monday.'], []), TODAY)
      const rows = await db.query<{ doc: string; published: string | null; date_source: string | null }>('select doc, pw_iso_date(published) as published, date_source from articles order by doc')
      expect(rows).toEqual([
        { doc: 'a', published: '2021-04-22', date_source: 'article' },
        { doc: 'b', published: '2020-03-05', date_source: 'url' },
        { doc: 'c', published: null, date_source: null },
      ])
    }))

    it('a year moved ("brought forward from 2050 to 2045") supersedes the old year, with its reason and sentence, and reads as one change', using(async (db) => {
      await storeAnalysis(db, story('old', '2020-01-10', 'Ruritania aims for 2050', ['Ruritania will reach climate neutrality by 2050, the government said.'],
        [{ actor: 'RUR', kind: 'net_zero', year: 2050, status: 'law', in: 'neutrality by 2050' }]), TODAY)
      await storeAnalysis(db, story('new', '2021-05-12', 'Ruritania moves faster', ['Ruritania brought forward its climate neutrality target from 2050 to 2045 on Wednesday.'],
        [{ actor: 'RUR', kind: 'net_zero', year: 2045, in: 'from 2050 to 2045' }]), TODAY)
      expect((await queryTargets(db, { actor: 'RUR' })).map((c) => c.year)).toEqual([2045])
      const old = (await queryTargets(db, { actor: 'RUR', all: true })).find((c) => c.year === 2050)!
      expect(old).toMatchObject({ state: 'superseded', state_reason: 'moved to 2045 (2021-05-12)', successor_year: 2045 })
      expect(old.state_evidence?.text).toContain('brought forward')
      const changes = await queryChanges(db, { actor: 'RUR' })
      expect(changes.map((c) => [c.change, c.old_year, c.year, c.reported])).toEqual([['moved', 2050, 2045, '2021-05-12'], ['new', null, 2050, '2020-01-10']])
    }))

    it('a year named as former is superseded: by the target in its sentence ("instead of"), or on its own ("Previously … had set")', using(async (db) => {
      await storeAnalysis(db, story('coal', '2022-02-01', 'Elbonia speeds up its coal exit', [
        'Elbonia will close its last coal plant by 2035 instead of 2040, the energy ministry said.',
        'Previously, Elbonia had set 2056 as its date for the last coal mine.',
      ], [
        { actor: 'ELB', kind: 'phase_out', year: 2035, in: 'by 2035 instead of 2040' },
        { actor: 'ELB', kind: 'phase_out', year: 2040, in: 'by 2035 instead of 2040' },
        { actor: 'ELB', kind: 'phase_out', year: 2056, in: 'had set 2056' },
      ]), TODAY)
      const all = await queryTargets(db, { actor: 'ELB', all: true })
      expect(all.map((c) => [c.year, c.state, c.state_reason])).toEqual([
        [2035, 'current', null],
        [2040, 'superseded', 'moved to 2035 (2022-02-01)'],
        [2056, 'superseded', 'named as a former target (2022-02-01)'],
      ])
    }))

    it('a repeal withdraws a target until a later report asserts it again', using(async (db) => {
      await storeAnalysis(db, story('law', '2019-06-01', 'Freedonia passes a climate law', ['Freedonia passed a law to cut emissions 40 percent by 2030.'],
        [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 40, status: 'law', in: 'cut emissions 40 percent' }]), TODAY)
      await storeAnalysis(db, story('repeal', '2022-03-01', 'Freedonia repeals', ['The new government of Freedonia scrapped its 2030 emissions target on Tuesday.'],
        [{ actor: 'FRE', kind: 'reduction', year: 2030, in: 'scrapped its 2030' }]), TODAY)
      expect(await queryTargets(db, { actor: 'FRE' })).toEqual([])
      const [gone] = await queryTargets(db, { actor: 'FRE', all: true })
      expect(gone).toMatchObject({ state: 'withdrawn', state_reason: 'withdrawn (2022-03-01)', value: 40 })
      expect((await queryChanges(db, { actor: 'FRE' })).map((c) => [c.change, c.reported])).toEqual([['withdrawn', '2022-03-01'], ['new', '2019-06-01']])
      await storeAnalysis(db, story('back', '2023-09-09', 'Freedonia restores its goal', ['Freedonia restored its goal to cut emissions 40 percent by 2030 in a new law.'],
        [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 40, status: 'law', in: 'restored its goal' }]), TODAY)
      expect((await queryTargets(db, { actor: 'FRE' })).map((c) => c.state)).toEqual(['current'])
    }))

    it('a previous value enters the history before its report, reads "26 → 46" with the report date, and never comes back', using(async (db) => {
      await storeAnalysis(db, story('up', '2021-04-22', 'Ruritania raises its goal', ['Ruritania will cut emissions 46% by 2030, up from 26%.'],
        [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 46, previous: 26, in: 'up from 26%' }]), TODAY)
      // A later report naming the old value as replaced, read by the extractor as that value; then a stale repeat of it.
      await storeAnalysis(db, story('named', '2021-06-01', 'A look back', ["Ruritania's new goal replaces a previous goal of 26% by 2030."],
        [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 26, in: 'a previous goal of 26%' }]), TODAY)
      await storeAnalysis(db, story('stale', '2022-01-01', 'An old brochure', ['Ruritania aims to cut emissions 26% by 2030, a leaflet says.'],
        [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 26, in: 'cut emissions 26%' }]), TODAY)
      const [c] = await queryTargets(db, { actor: 'RUR' })
      expect(c.value).toBe(46)
      expect(c.history.map((h) => [h.value, h.first_reported, h.replaced])).toEqual([[26, '2021-06-01', '2021-04-22'], [46, '2021-04-22', null]])
      expect((await queryChanges(db, { actor: 'RUR' })).map((l) => [l.change, l.old_value, l.new_value, l.reported])).toEqual([['changed', 26, 46, '2021-04-22']])
    }))

    it('keeps a renewables share and a capacity, and a methane target and the all-gas one, apart', using(async (db) => {
      await storeAnalysis(db, story('mix', '2021-11-02', 'Elbonia sets energy goals', [
        'Elbonia will reach 500 GW of clean power capacity by 2030.', 'Half of its electricity will come from renewables by 2030.',
        'Elbonia will cut methane emissions 30% by 2030.', 'Elbonia will cut all greenhouse gases 40% by 2030.',
      ], [
        { actor: 'ELB', kind: 'renewables', year: 2030, value: 500, unit: 'GW', in: '500 GW' },
        { actor: 'ELB', kind: 'renewables', year: 2030, value: 50, unit: 'percent', in: 'Half of its' },
        { actor: 'ELB', kind: 'reduction', year: 2030, value: 30, gas: 'CH4', in: 'methane' },
        { actor: 'ELB', kind: 'reduction', year: 2030, value: 40, in: 'all greenhouse' },
      ]), TODAY)
      const got = await queryTargets(db, { actor: 'ELB' })
      expect(got.map((c) => [c.kind, c.value, c.unit, c.gas])).toEqual([
        ['reduction', 40, 'percent', null], ['reduction', 30, 'percent', 'CH4'], ['renewables', 50, 'percent', null], ['renewables', 500, 'GW', null],
      ])
      expect((await queryChanges(db, { actor: 'ELB' })).filter((c) => c.change !== 'new')).toEqual([])
    }))

    it('keeps a cut in tonnes apart from the cut in percent of the same year, with its own history', using(async (db) => {
      await storeAnalysis(db, story('t1', '2023-03-01', 'Freedonia sets a 2030 goal', ['Freedonia will cut emissions 35% by 2030, its cabinet agreed.'],
        [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 35, unit: 'percent', in: '35%' }]), TODAY)
      await storeAnalysis(db, story('t2', '2023-06-01', 'Freedonia puts a number on it', ['Freedonia will keep emissions between 350 and 420 million tonnes in 2030.'],
        [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 350, value_max: 420, unit: 'MtCO2e', in: 'between 350' }]), TODAY)
      await storeAnalysis(db, story('t3', '2024-02-01', 'Freedonia tightens its range', ['Freedonia now aims to keep emissions between 280 and 330 Mt in 2030.'],
        [{ actor: 'FRE', kind: 'reduction', year: 2030, value: 280, value_max: 330, unit: 'MtCO2e', in: 'between 280' }]), TODAY)
      const got = await queryTargets(db, { actor: 'FRE' })
      expect(got.map((c) => [c.kind, c.year, c.value, c.value_max, c.unit, c.sources])).toEqual([
        ['reduction', 2030, 35, null, 'percent', 1], ['reduction', 2030, 280, 330, 'MtCO2e', 2],
      ])
      expect(got[1].history.map((h) => [h.value, h.value_max])).toEqual([[350, 420], [280, 330]])
      const lines = await queryChanges(db, { actor: 'FRE' })
      expect(lines.map((c) => [c.change, c.old_value, c.old_value_max, c.new_value, c.new_value_max, c.unit, c.reported])).toEqual([
        ['changed', 350, 420, 280, 330, 'MtCO2e', '2024-02-01'], ['new', null, null, 350, 420, 'MtCO2e', '2023-06-01'], ['new', null, null, 35, null, 'percent', '2023-03-01'],
      ])
      expect(await queryConflicts(db)).toEqual([])
    }))

    it('gives each change line the unit and gas of its claim', using(async (db) => {
      await storeAnalysis(db, story('u1', '2021-11-02', 'Elbonia sets energy goals', ['Elbonia will reach 500 GW of clean power capacity by 2030.', 'Elbonia will cut methane emissions 30% by 2030.'], [
        { actor: 'ELB', kind: 'renewables', year: 2030, value: 500, unit: 'GW', in: '500 GW' }, { actor: 'ELB', kind: 'reduction', year: 2030, value: 30, gas: 'CH4', in: 'methane' },
      ]), TODAY)
      await storeAnalysis(db, story('u2', '2022-01-10', 'Elbonia raises its goals', ['Elbonia will reach 600 GW by 2030, up from 500 GW.', 'Elbonia will cut methane 40% by 2030, up from 30%.'], [
        { actor: 'ELB', kind: 'renewables', year: 2030, value: 600, unit: 'GW', previous: 500, in: '600 GW' }, { actor: 'ELB', kind: 'reduction', year: 2030, value: 40, gas: 'CH4', previous: 30, in: 'methane 40%' },
      ]), TODAY)
      await storeAnalysis(db, story('u3', '2022-02-01', 'Paris', ['Elbonia backs the 1.5C goal.'], [{ actor: 'ELB', kind: 'temperature', year: null, value: 1.5, in: '1.5C' }]), TODAY)
      const lines = await queryChanges(db, { actor: 'ELB' })
      expect(lines.map((c) => [c.kind, c.change, c.old_value, c.new_value, c.unit, c.gas])).toEqual([
        ['temperature', 'new', null, 1.5, 'degC', null], ['reduction', 'changed', 30, 40, 'percent', 'CH4'], ['renewables', 'changed', 500, 600, 'GW', null],
        ['reduction', 'new', null, 30, 'percent', 'CH4'], ['renewables', 'new', null, 500, 'GW', null],
      ])
    }))

    it('shows the strongest status its reports give: law over a later "pledged"; a later law raises a proposal', using(async (db) => {
      await storeAnalysis(db, story('s1', '2020-01-01', 'A law', ['Ruritania enshrined net zero by 2050 in law.'], [{ actor: 'RUR', kind: 'net_zero', year: 2050, status: 'law', in: 'enshrined' }]), TODAY)
      await storeAnalysis(db, story('s2', '2021-01-01', 'A speech', ['Ruritania has pledged net zero by 2050, its leader repeated.'], [{ actor: 'RUR', kind: 'net_zero', year: 2050, status: 'pledged', in: 'has pledged' }]), TODAY)
      await storeAnalysis(db, story('s3', '2020-05-01', 'A bill', ['Elbonia proposed a bill for net zero by 2050.'], [{ actor: 'ELB', kind: 'net_zero', year: 2050, status: 'proposed', in: 'proposed a bill' }]), TODAY)
      expect((await queryTargets(db, { kind: 'net_zero' })).map((c) => [c.actor, c.status])).toEqual([['ELB', 'proposed'], ['RUR', 'law']])
      await storeAnalysis(db, story('s4', '2021-06-01', 'The bill passes', ['Elbonia passed its net zero by 2050 law.'], [{ actor: 'ELB', kind: 'net_zero', year: 2050, status: 'law', in: 'passed its' }]), TODAY)
      expect((await queryTargets(db, { actor: 'ELB' })).map((c) => c.status)).toEqual(['law'])
    }))
  })
}
