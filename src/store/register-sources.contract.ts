import { describe, expect, it } from 'vitest'
import type { Analysis } from '../model/facts.js'
import { registerView, shuffled, story, usingDb } from './contract-articles.js'
import type { Db } from './db.js'
import { exportNzt } from './queries/export-nzt.js'
import { queryPeople } from './queries/people.js'
import { queryChanges, queryConflicts } from './queries/register.js'
import { queryTargets } from './queries/targets.js'
import { ensureDerived } from './rebuild.js'
import { storeAnalysis } from './write-article.js'

const TODAY = '2026-01-15'
const P1 = 'Ruritania will reach net zero emissions by 2050 and cut emissions by seven to ten percent from their peak by 2035, the prime minister told parliament on Monday, in a speech that ministers had trailed for weeks.'
const P2 = 'The plan covers power, transport, buildings and farming, and sets a carbon price that rises every year until the end of the next decade, according to a summary seen by reporters.'
const P3 = 'Opposition parties said the plan lacked detail on how coal miners in the north would be helped, and business groups asked for clearer rules on the carbon price before the summer.'
const nz = { actor: 'RUR', kind: 'net_zero' as const, year: 2050, in: 'net zero emissions by 2050' }
const cut = { actor: 'RUR', kind: 'reduction' as const, year: 2035, value: 7, value_max: 10, in: 'net zero emissions by 2050' }

/** Articles that exercise every rule at once, for the order test: copies, moves, previous values, withdrawals, conflicts, people. */
export function mixedArticles(): Analysis[] {
  return [
    story('wire', '2025-03-03', 'Ruritania sets net zero date', [P1, P2, P3], [nz, cut], { url: 'https://wire.test/rur', outlet: 'Wire' }),
    story('excerpt', '2025-03-04', 'Ruritania goes for 2050', [P1, P2], [nz, cut], { outlet: 'Daily' }),
    story('other', '2025-03-05', 'Ruritania: a closer look', ['Ruritania aims for net zero by 2050 under a bill before parliament, officials confirmed.'], [{ ...nz, in: 'aims for net zero' }], { outlet: 'Herald' }),
    story('elb', '2025-04-01', 'Elbonia moves its target', [
      'Elbonia brought forward its climate neutrality target from 2050 to 2040 on Tuesday.', 'Elbonia also cut its 2030 goal to 40%, down from 45%.',
      'Elbonia will stop selling petrol cars by 2035.', 'The new date puts Elbonia a decade ahead of the 2050 plan of Ruritania.',
    ], [
      { actor: 'ELB', kind: 'net_zero', year: 2040, in: 'from 2050 to 2040' }, { actor: 'ELB', kind: 'reduction', year: 2030, value: 40, previous: 45, in: 'down from 45%' },
      { actor: 'ELB', kind: 'phase_out', year: 2035, in: 'petrol cars' }, { actor: 'RUR', kind: 'net_zero', year: 2050, in: 'plan of Ruritania' },
    ], { quotes: [{ speaker: 'John F. Kerry', actor: 'USA', in: 'Elbonia also cut' }] }),
    story('a', '2023-03-01', 'Freedonia sets 40', ['Freedonia set a goal of a 40 percent emissions cut by 2035.'], [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 40, in: 'a 40 percent' }], { quotes: [{ speaker: 'John Kerry', actor: 'USA', in: 'Freedonia set' }] }),
    story('b', '2023-03-03', 'Freedonia targets 45', ['Freedonia is targeting a 45 percent cut in emissions by 2035, officials said.'], [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 45, in: 'a 45 percent' }], { quotes: [{ speaker: 'Kerry', actor: 'USA', in: 'Freedonia is' }] }),
    story('c', null, 'Freedonia, undated', ['Freedonia could cut emissions 30 percent by 2035, a think tank said.'], [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 30, in: 'a think tank' }], { quotes: [{ speaker: 'Xi Jin Ping', actor: 'CHN', in: 'Freedonia could' }] }),
    story('d', '2023-03-02', 'Freedonia, a range', ['Freedonia will cut emissions 43 to 46 percent by 2035.'], [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 43, value_max: 46, in: '43 to 46' }], { quotes: [{ speaker: 'Xi Jinping', actor: 'CHN', in: 'Freedonia will' }] }),
    story('e', '2023-05-02', 'Elbonia repeals its coal exit', ['Elbonia repealed the law that set its 2030 coal phase-out date.'], [{ actor: 'ELB', kind: 'phase_out', year: 2030, in: 'repealed' }], {
      quotes: [{ speaker: 'Sultan Al Jaber', actor: 'ARE', in: 'Elbonia repealed' }, { speaker: 'Vassily Nebenzia', actor: 'UN', in: 'Elbonia repealed' }] }),
    // Old vs new: a story names 30 as replaced two days after another reported it; no conflict, a change.
    story('g1', '2024-05-01', 'Genovia sets 30', ['Genovia will cut emissions 30% by 2035, the government said.'], [{ actor: 'GEN', kind: 'reduction', year: 2035, value: 30, in: 'cut emissions 30%' }]),
    story('g2', '2024-05-03', 'Genovia raises its goal', ['Genovia raised its 2035 goal to 35%, up from 30%.'], [{ actor: 'GEN', kind: 'reduction', year: 2035, value: 35, previous: 30, in: 'up from 30%' }]),
    story('f', '2022-05-02', 'Elbonia plans coal exit', ['Elbonia will phase out coal by 2030, its energy minister said.', 'Egypt-like confusion: the share of renewables will be 58% by 2040 and the ministry said it will be 40% by 2040.'], [
      { actor: 'ELB', kind: 'phase_out', year: 2030, in: 'phase out coal' },
      { actor: 'ELB', kind: 'renewables', year: 2040, value: 58, in: 'share of renewables' }, { actor: 'ELB', kind: 'renewables', year: 2040, value: 40, in: 'share of renewables' },
    ], { quotes: [{ speaker: 'Sultan al-Jaber', actor: 'ARE', in: 'Elbonia will' }, { speaker: 'Vassily Nebenzia', actor: 'RUS', in: 'Elbonia will' }, { speaker: 'Vassily Nebenzia', actor: 'RUS', in: 'Egypt-like' }] }),
  ]
}

/** The register's rules on stories, sources, conflicts, people and order (issue 14), with articles we wrote. */
export function runRegisterSourcesContract(name: string, open: () => Promise<Db>): void {
  const using = usingDb(open)
  const storeAll = async (db: Db, as: readonly Analysis[]) => {
    for (const a of as) await storeAnalysis(db, a, TODAY)
  }

  describe(`register sources: ${name}`, () => {
    it('joins an excerpt and a re-headlined copy to their story, counts independent stories as sources, and tells reports from passing mentions', using(async (db) => {
      await storeAll(db, mixedArticles().slice(0, 4))
      const [wire, excerpt, other] = await db.query<{ story_id: string }>(`select story_id::text from articles where doc in ('wire', 'excerpt', 'other') order by doc <> 'wire', doc <> 'excerpt'`)
      expect(excerpt.story_id).toBe(wire.story_id)
      expect(other.story_id).not.toBe(wire.story_id)
      // Four articles: the wire story and its excerpt are one source; the passing mention in a story about Elbonia counts apart.
      const [claim] = await queryTargets(db, { actor: 'RUR', kind: 'net_zero' })
      expect(claim).toMatchObject({ year: 2050, sources: 3, reports: 3, mentions: 1 })
      // The current value's report is the latest about Ruritania, not the later passing mention; then the latest others.
      expect(claim.evidence.map((e) => [e.date, e.about])).toEqual([['2025-03-05', true], ['2025-04-01', false], ['2025-03-04', true]])
    }))

    it('flags conflicts only between independent dated reports that do not overlap, and two values in one article', using(async (db) => {
      await storeAll(db, mixedArticles())
      const rows = await queryConflicts(db)
      const shown = rows.map((r) => [r.actor, r.kind, r.year, r.origin, [r.a.value, r.b.value].sort((x, y) => (x ?? 0) - (y ?? 0))])
      // FRE: 45 (current) against 40 two days before, but not against the range 43-46 it falls in,
      // nor the undated 30. ELB: 58 against 40 in one article. RUR's 7-10 in two copies of one story,
      // and GEN's 30 named as replaced by the 35 two days later: nothing.
      expect(shown).toEqual([['FRE', 'reduction', 2035, 'reports', [40, 45]], ['ELB', 'renewables', 2040, 'article', [40, 58]]])
      expect(rows.map((r) => [r.unit, r.gas])).toEqual([['percent', null], ['percent', null]])
      expect((await queryTargets(db, { actor: 'GEN' })).map((c) => c.value)).toEqual([35])
      expect((await queryChanges(db, { actor: 'GEN' })).map((c) => [c.change, c.old_value, c.new_value, c.reported])).toEqual([['changed', 30, 35, '2024-05-03'], ['new', null, 30, '2024-05-01']])
    }))

    it('keeps one record per person, whatever the spelling, and the country each acts for', using(async (db) => {
      await storeAll(db, mixedArticles())
      const people = await queryPeople(db)
      expect(people.map((p) => [p.name, p.actor, p.quotes])).toEqual([
        ['John F. Kerry', 'USA', 3], ['Vassily Nebenzia', 'RUS', 3], ['Sultan Al Jaber', 'ARE', 2], ['Xi Jin Ping', 'CHN', 2],
      ])
      expect((await queryPeople(db, { name: 'Xi Jinping' })).map((p) => p.names)).toEqual([['Xi Jin Ping', 'Xi Jinping']])
    }))

    it('exports the current interim target still ahead, keeps its range, and cites a report about the actor', using(async (db) => {
      await storeAll(db, mixedArticles())
      const rows = await exportNzt(db, '2026-01-01')
      expect(rows.find((r) => r.actor_id === 'RUR')).toMatchObject({ end_target_year: 2050, interim_target_year: 2035, interim_target_percentage_reduction: '7–10' })
      // The latest report of RUR's net zero is a passing mention in a story about Elbonia: the export cites one about Ruritania.
      expect(rows.find((r) => r.actor_id === 'RUR')!.end_target_text).toBe('Ruritania aims for net zero by 2050 under a bill before parliament, officials confirmed.')
      expect(rows.find((r) => r.actor_id === 'ELB')).toMatchObject({ end_target_year: 2040, interim_target_year: 2030, interim_target_percentage_reduction: 40 })
      expect((await exportNzt(db, '2031-01-01')).find((r) => r.actor_id === 'ELB')!.interim_target_year).toBeNull()
    }))

    it('is the same register whatever order the articles arrive in, and the same again when derived anew from its pledges', async () => {
      const as = mixedArticles()
      const views: unknown[] = []
      for (const order of [as, [...as].reverse(), shuffled(as, 3)]) {
        const db = await open()
        try {
          await storeAll(db, order)
          views.push(await registerView(db))
          await db.query(`delete from register_meta where key = 'derivation'`)
          expect(await ensureDerived(db)).toBe(true)
          views.push(await registerView(db))
        } finally {
          await db.close()
        }
      }
      for (const v of views.slice(1)) expect(v).toEqual(views[0])
    })
  })
}
