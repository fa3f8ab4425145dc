import { describe, expect, it } from 'vitest'
import { story, usingDb } from './contract-articles.js'
import type { Db } from './db.js'
import { exportNzt } from './queries/export-nzt.js'
import { queryChanges } from './queries/register.js'
import { queryTargets } from './queries/targets.js'
import { ensureDerived } from './rebuild.js'
import { storeAnalysis } from './write-article.js'

/**
 * Base years from the reference list of official targets (issue 14;
 * reference-base.ts), with articles we wrote about real actors (their figures are the
 * official ones: Japan 46% below 2013 by 2030, the United States 50–52% below 2005
 * by 2030, Indonesia 31.89% below business as usual by 2030); run against each store
 * by pglite-db.test.ts and postgres-db.test.ts.
 */
export function runRegisterReferenceContract(name: string, open: () => Promise<Db>): void {
  const using = usingDb(open)
  const TODAY = '2026-01-15'
  const cut = (doc: string, date: string, sentence: string, p: { actor: string; value: number; value_max?: number; base_year?: number; gas?: 'CH4'; status?: 'law'; in: string }) =>
    story(doc, date, `${p.actor} and its climate goal`, [sentence], [{ kind: 'reduction', year: 2030, ...p }])

  describe(`register base years and statuses from the reference list: ${name}`, () => {
    it('a current claim whose reports state no base year shows the reference\'s, marked as such with its source', using(async (db) => {
      await storeAnalysis(db, cut('jp', '2021-04-23', 'Japan will cut its emissions 46 percent by 2030, the prime minister said.', { actor: 'JPN', value: 46, in: '46 percent' }), TODAY)
      // (Reported after the US left the Paris Agreement, so still current: see the withdrawal test below.)
      await storeAnalysis(db, cut('us', '2025-03-10', 'The United States will halve its emissions by 2030, the president said.', { actor: 'USA', value: 50, in: 'halve' }), TODAY)
      const [jpn] = await queryTargets(db, { actor: 'JPN' })
      expect(jpn).toMatchObject({ value: 46, base_year: 2013, base_year_from: 'reference' })
      expect(jpn.base_year_source).toMatch(/Japan.*\(2021-10-22\)$/)
      // "halve" (50) lies in the official 50–52.
      expect((await queryTargets(db, { actor: 'USA' }))[0]).toMatchObject({ value: 50, base_year: 2005, base_year_from: 'reference' })
      // The evidence is still only the article's sentence: nothing pretends it stated 2013.
      expect(jpn.evidence.map((e) => e.text)).toEqual(['Japan will cut its emissions 46 percent by 2030, the prime minister said.'])
    }))

    it('never replaces a base year a report states, even one the reference does not give', using(async (db) => {
      await storeAnalysis(db, cut('a', '2021-04-23', 'Japan will cut its emissions 46 percent by 2030 from 2013 levels.', { actor: 'JPN', value: 46, base_year: 2013, in: '46 percent' }), TODAY)
      await storeAnalysis(db, cut('b', '2021-04-23', 'Ukraine will cut its emissions 65 percent by 2030 against 2010, a minister said.', { actor: 'UKR', value: 65, base_year: 2010, in: '65 percent' }), TODAY)
      // A later report without a base year leaves the one an earlier report stated.
      await storeAnalysis(db, cut('c', '2022-01-10', 'Japan keeps its goal of a 46 percent cut by 2030.', { actor: 'JPN', value: 46, in: '46 percent' }), TODAY)
      const got = await queryTargets(db)
      expect(got.map((c) => [c.actor, c.base_year, c.base_year_from, c.base_year_source])).toEqual([['JPN', 2013, 'article', null], ['UKR', 2010, 'article', null]])
    }))

    it('gives none when the value is not the reference\'s (beyond half a point), the target is against business as usual, or is not a share of all gases', using(async (db) => {
      await storeAnalysis(db, cut('a', '2021-04-23', 'Japan will cut its emissions 30 percent by 2030, a draft said.', { actor: 'JPN', value: 30, in: '30 percent' }), TODAY)
      await storeAnalysis(db, cut('b', '2021-04-23', 'The United States will cut its emissions 49 percent by 2030, a study said.', { actor: 'USA', value: 49, in: '49 percent' }), TODAY)
      await storeAnalysis(db, cut('c', '2022-09-24', 'Indonesia will cut its emissions 31.89 percent by 2030.', { actor: 'IDN', value: 31.89, in: '31.89 percent' }), TODAY)
      await storeAnalysis(db, cut('d', '2021-11-02', 'Canada will cut its methane emissions 40 percent by 2030.', { actor: 'CAN', value: 40, gas: 'CH4', in: 'methane' }), TODAY)
      const got = await queryTargets(db)
      expect(got.map((c) => [c.actor, c.value, c.base_year, c.base_year_from])).toEqual([['CAN', 40, null, null], ['IDN', 31.89, null, null], ['JPN', 30, null, null], ['USA', 49, null, null]])
    }))

    it('raises a status the reports give to the reference\'s stronger official standing, marked as such', using(async (db) => {
      await storeAnalysis(db, story('nz', '2021-06-01', 'Japan and its goal', ['Japan has pledged to reach carbon neutrality by 2050, the minister said.'], [
        { actor: 'JPN', kind: 'net_zero', year: 2050, status: 'pledged', in: 'carbon neutrality by 2050' },
      ]), TODAY)
      await storeAnalysis(db, cut('us', '2025-03-10', 'The United States passed a law to halve its emissions by 2030.', { actor: 'USA', value: 50, status: 'law', in: 'halve' }), TODAY)
      const [jpn] = await queryTargets(db, { actor: 'JPN' })
      expect(jpn).toMatchObject({ status: 'law', status_from: 'reference', status_source: expect.stringContaining('(2021-05-26)') })
      // A stronger status a report gives stays the report's (the reference says policy).
      expect((await queryTargets(db, { actor: 'USA' }))[0]).toMatchObject({ status: 'law', status_from: 'article', status_source: null })
    }))

    it('withdraws a target the reference list records as ended, naming the act, unless a report asserts it after that', using(async (db) => {
      await storeAnalysis(db, story('us35', '2024-12-19', 'The United States and its goal', ['The United States will cut its emissions 61-66 percent below 2005 levels by 2035.', 'It will also reach net zero by 2050.'], [
        { actor: 'USA', kind: 'reduction', year: 2035, value: 61, value_max: 66, base_year: 2005, in: '61-66 percent' },
        { actor: 'USA', kind: 'net_zero', year: 2050, in: 'net zero by 2050' },
      ]), TODAY)
      await storeAnalysis(db, cut('jp', '2021-04-23', 'Japan will cut its emissions 46 percent by 2030, the prime minister said.', { actor: 'JPN', value: 46, in: '46 percent' }), TODAY)
      expect((await queryTargets(db)).map((c) => c.actor)).toEqual(['JPN'])
      const us = await queryTargets(db, { actor: 'USA', all: true })
      expect(us.map((c) => [c.kind, c.year, c.state, c.state_evidence])).toEqual([['net_zero', 2050, 'withdrawn', null], ['reduction', 2035, 'withdrawn', null]])
      expect(us[1].state_reason).toMatch(/^withdrawn \(2025-01-20; reference: United States, Executive Order 14162 .*Paris Agreement.*; target: United States of America, 2035 NDC/)
      // Its figures stay as reported; the change log holds what articles said, and none said it ended.
      expect(us[1]).toMatchObject({ value: 61, value_max: 66, base_year: 2005, base_year_from: 'article', status_source: null })
      expect((await queryChanges(db)).filter((c) => c.actor === 'USA').map((c) => c.change)).toEqual(['new', 'new'])
      // A report after the exit that asserts the target again makes it current.
      await storeAnalysis(db, story('us50', '2025-06-02', 'The United States and its goal', ['The United States still aims to reach net zero by 2050, the official said.'], [
        { actor: 'USA', kind: 'net_zero', year: 2050, in: 'net zero by 2050' },
      ]), TODAY)
      expect((await queryTargets(db, { actor: 'USA', all: true })).map((c) => [c.kind, c.state])).toEqual([['net_zero', 'current'], ['reduction', 'withdrawn']])
    }))

    it('exports where a status or base year came from, and the reference documents used (export --nzt)', using(async (db) => {
      await storeAnalysis(db, story('jp', '2021-06-01', 'Japan and its goals', ['Japan has pledged to reach carbon neutrality by 2050.', 'Japan will cut its emissions 46 percent by 2030, the minister said.'], [
        { actor: 'JPN', kind: 'net_zero', year: 2050, status: 'pledged', in: 'carbon neutrality by 2050' },
        { actor: 'JPN', kind: 'reduction', year: 2030, value: 46, status: 'pledged', in: '46 percent' },
      ]), TODAY)
      await storeAnalysis(db, story('ru', '2021-06-01', 'Ruritania and its goals', ['Ruritania passed a law for net zero by 2050.', 'Ruritania will cut its emissions 40 percent from 1990 levels by 2035.'], [
        { actor: 'RUR', kind: 'net_zero', year: 2050, status: 'law', in: 'net zero by 2050' },
        { actor: 'RUR', kind: 'reduction', year: 2035, value: 40, base_year: 1990, status: 'pledged', in: '40 percent' },
      ]), TODAY)
      const rows = await exportNzt(db, '2026-01-01')
      expect(rows.find((r) => r.actor_id === 'JPN')).toMatchObject({
        end_target_status: 'In law', end_target_status_from: 'reference', end_target_baseline_year_from: null,
        interim_target_year: 2030, interim_target_baseline_year: 2013, interim_target_baseline_year_from: 'reference',
      })
      expect(rows.find((r) => r.actor_id === 'JPN')!.reference_sources).toMatch(/^Japan, Act on Promotion of Global Warming Countermeasures.*\(2021-05-26\); Japan, NDC, UNFCCC NDC registry \(2021-10-22\)$/)
      expect(rows.find((r) => r.actor_id === 'RUR')).toMatchObject({
        end_target_status: 'In law', end_target_status_from: 'article', interim_target_baseline_year: 1990, interim_target_baseline_year_from: 'article', reference_sources: null,
      })
    }))

    it('fills the base years of a register derived by older rules when it is opened again', using(async (db) => {
      await storeAnalysis(db, cut('jp', '2021-04-23', 'Japan will cut its emissions 46 percent by 2030, the prime minister said.', { actor: 'JPN', value: 46, in: '46 percent' }), TODAY)
      await db.exec(`update claims set base_year = null, base_year_source = null; update register_meta set value = '14.3' where key = 'derivation'`)
      expect((await queryTargets(db))[0].base_year).toBeNull()
      await db.transaction((tx) => ensureDerived(tx))
      expect((await queryTargets(db))[0]).toMatchObject({ base_year: 2013, base_year_from: 'reference' })
    }))
  })
}
