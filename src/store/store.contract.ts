import { describe, expect, it } from 'vitest'
import type { Analysis, Pledge } from '../model/facts.js'
import type { Db } from './db.js'
import { migrate } from './migrate.js'
import { queryActor } from './queries/actor.js'
import { checkAnalysis } from './queries/check.js'
import { queryInteractions } from './queries/facts.js'
import { queryTargets } from './queries/targets.js'
import { storeAnalysis } from './write-article.js'

/**
 * The shared suite every store must pass (Kysely's DIALECTS, Hono's runTest):
 * run by pglite-db.test.ts and postgres-db.test.ts with their own `open`.
 */
export function runStoreContract(name: string, open: () => Promise<Db>): void {
  const filler = 'The ministry published the figures alongside a long annex on forestry, transport, buildings and industry, which analysts said would take weeks to read in full.'
  function article(doc: string, date: string, body: string, pledges: Array<Partial<Pledge> & Pick<Pledge, 'actor' | 'kind' | 'year'>>, url: string | null = null): Analysis {
    const text = `${body}\n\n${filler}`
    return {
      doc,
      title: doc,
      date,
      url,
      text,
      pledges: pledges.map((p) => ({ ...p, evidence: { start: 0, end: body.length, text: body } })),
      interactions: [{ actor: 'USA', type: 'meet', target: 'JPN', date, evidence: { start: 0, end: body.length, text: body } }],
      quotes: [],
    }
  }

  describe(`store contract: ${name}`, () => {
    it('applies migrations once', async () => {
      const db = await open()
      try {
        expect(await migrate(db)).toEqual([])
        const [row] = await db.query<{ n: number }>('select count(*)::int as n from schema_migrations')
        expect(row.n).toBeGreaterThan(0)
      } finally {
        await db.close()
      }
    })

    it('stores an article once, by text or by URL', async () => {
      const db = await open()
      try {
        const a = article('a.txt', '2021-04-22', 'Ruritania pledged to cut emissions 46 percent by 2030 from 2013 levels, its prime minister said on Thursday.', [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 46 }], 'https://news.test/a')
        const first = await storeAnalysis(db, a)
        expect(first).toMatchObject({ status: 'new', copy: false, factsAdded: 2, changes: 1 })
        expect(await storeAnalysis(db, { ...a, doc: 'again.txt' })).toMatchObject({ status: 'known', articleId: first.articleId })
        expect(await storeAnalysis(db, { ...a, text: a.text + ' Updated.' })).toMatchObject({ status: 'known' })
        const [n] = await db.query<{ n: number }>('select count(*)::int as n from articles')
        expect(n.n).toBe(1)
      } finally {
        await db.close()
      }
    })

    it('keeps two temperature goals of one article as two claims, and checks each against its own', async () => {
      const db = await open()
      try {
        const body = 'The parties reaffirmed the goal of holding warming well below 2 degrees and pursuing efforts to limit it to 1.5 degrees.'
        const a = article('paris.txt', '2023-12-13', body, [
          { actor: 'PARIS', kind: 'temperature', year: null, value: 2, unit: 'degC' },
          { actor: 'PARIS', kind: 'temperature', year: null, value: 1.5, unit: 'degC' },
        ])
        // Before issue 15 both shared the claim key (PARIS, temperature, no year): one was silently dropped.
        expect(await storeAnalysis(db, a)).toMatchObject({ status: 'new', factsAdded: 3, changes: 2 })
        expect((await queryTargets(db, { actor: 'PARIS' })).map((c) => c.value).sort()).toEqual([1.5, 2])
        const lines = await checkAnalysis(db, { ...a, doc: 'again.txt' })
        expect(lines.filter((l) => l.fact === 'pledge').map((l) => l.verdict)).toEqual(['agrees', 'agrees'])
      } finally {
        await db.close()
      }
    })

    it('links wire copies to one story, which counts as one source', async () => {
      const db = await open()
      try {
        const body = 'Ruritania said on Monday it would reach net zero emissions by 2050, bringing forward a goal it had set for 2060, in a speech to parliament in the capital that ministers had trailed for weeks.'
        const a = article('wire.txt', '2022-05-02', body, [{ actor: 'RUR', kind: 'net_zero', year: 2050 }])
        const copy = { ...article('copy.txt', '2022-05-02', body, [{ actor: 'RUR', kind: 'net_zero', year: 2050 }]), text: `Reporting by our desk.\n\n${a.text}` }
        const other = article('other.txt', '2022-05-03', 'Officials in Ruritania confirmed that the country intends to be climate neutral by 2050 under a bill now before lawmakers.', [{ actor: 'RUR', kind: 'net_zero', year: 2050 }])
        const r1 = await storeAnalysis(db, a)
        const r2 = await storeAnalysis(db, copy)
        expect(r2).toMatchObject({ status: 'new', copy: true, storyId: r1.storyId })
        const r3 = await storeAnalysis(db, other)
        expect(r3.copy).toBe(false)
        const [claim] = await queryTargets(db, { actor: 'RUR' })
        expect(claim).toMatchObject({ actor: 'RUR', kind: 'net_zero', year: 2050, sources: 2, reports: 3 })
      } finally {
        await db.close()
      }
    })

    it('finds the story a copy belongs to among many stored articles that share a paragraph with it', async () => {
      const db = await open()
      try {
        const shared = 'Negotiators worked through the night on the wording of the final text, which covers finance, adaptation and the phasing down of fossil fuels across every sector. ' +
          'Delegates from small island states said the draft still fell short of what science demands, while oil producers pushed back against any firm date for ending their use. ' +
          'The presidency said it expected to publish a revised version before noon and urged every party to show the flexibility needed to close the gap.'
        const words = 'harbour orchard glacier meadow canyon prairie lagoon tundra savanna estuary delta reef marsh steppe fjord atoll plateau basin ridge valley moor heath dune'.split(' ') // 23: a prime
        // Twenty articles share most of their text with the copy (LSH candidates, often in several bands)
        // yet keep enough of their own to stay under 80%, each own text a walk through the word list
        // with a step of its own so that no two decoys are copies of each other either.
        for (let i = 0; i < 20; i++) {
          const own = Array.from({ length: 40 }, (_, k) => words[(k * (i + 1)) % words.length]).join(' ')
          const decoy = await storeAnalysis(db, article(`decoy-${i}.txt`, '2023-12-01', `Report ${i}: ${own}.\n\n${shared}`, []))
          expect(decoy.copy).toBe(false)
        }
        const body = `Elbonia said it would stop building coal plants and close the last one by 2035, its energy minister told reporters after a cabinet meeting.\n\n${shared}`
        const original = await storeAnalysis(db, article('original.txt', '2023-12-02', body, [{ actor: 'ELB', kind: 'phase_out', year: 2035 }]))
        const copy = await storeAnalysis(db, { ...article('copy.txt', '2023-12-02', body, [{ actor: 'ELB', kind: 'phase_out', year: 2035 }]), text: `By our wire desk.\n\n${body}\n\n${filler}` })
        expect(copy).toMatchObject({ status: 'new', copy: true, storyId: original.storyId })
      } finally {
        await db.close()
      }
    })

    it('keeps the latest value as current and earlier ones as history', async () => {
      const db = await open()
      try {
        await storeAnalysis(db, article('new.txt', '2021-04-22', 'Japan will aim for a 46 percent cut in emissions by 2030 from 2013 levels, the prime minister said.', [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 46, base_year: 2013 }]))
        // An older report arrives later: it joins the history, the current value stays.
        await storeAnalysis(db, article('old.txt', '2015-07-17', 'Japan submitted a plan to cut its greenhouse gas emissions 26 percent by 2030 compared with 2013.', [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 26, base_year: 2013 }]))
        const [claim] = await queryTargets(db, { actor: 'jpn', kind: 'reduction' })
        expect(claim).toMatchObject({ value: 46, base_year: 2013, first_reported: '2015-07-17', last_reported: '2021-04-22', sources: 2 })
        expect(claim.history.map((h) => [h.value, h.first_reported])).toEqual([
          [26, '2015-07-17'],
          [46, '2021-04-22'],
        ])
        expect(claim.evidence[0]).toMatchObject({ doc: 'new.txt', date: '2021-04-22' })
        expect(claim.evidence[0].text).toContain('46 percent')
      } finally {
        await db.close()
      }
    })

    it('records a conflict when two sources disagree in the same week', async () => {
      const db = await open()
      try {
        await storeAnalysis(db, article('x.txt', '2023-03-01', 'Freedonia set a goal of a 40 percent emissions cut by 2035, the environment minister announced.', [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 40 }]))
        await storeAnalysis(db, article('y.txt', '2023-03-03', 'The government of Freedonia is targeting a 45 percent reduction in emissions by 2035, according to officials.', [{ actor: 'FRE', kind: 'reduction', year: 2035, value: 45 }]))
        const rows = await db.query<{ n: number }>('select count(*)::int as n from conflicts')
        expect(rows[0].n).toBe(1)
      } finally {
        await db.close()
      }
    })

    it("judges an article's facts against the register: agrees, differs or new, one line per fact in order", async () => {
      const db = await open()
      try {
        await storeAnalysis(db, article('base.txt', '2022-05-02', 'Ruritania raised its goal to a 50 percent cut by 2030 and repeated its net zero by 2050 aim.', [
          { actor: 'RUR', kind: 'reduction', year: 2030, value: 50 },
          { actor: 'RUR', kind: 'net_zero', year: 2050 },
        ]))
        await storeAnalysis(db, article('again.txt', '2022-06-02', 'Officials in Ruritania confirmed the 50 percent cut by 2030 at a meeting in the capital.', [{ actor: 'RUR', kind: 'reduction', year: 2030, value: 48, value_max: 52 }]))
        const draft = article('draft.txt', '2023-01-09', 'Ruritania now aims at 40 percent by 2030, net zero by 2050 and a peak in 2025.', [
          { actor: 'RUR', kind: 'reduction', year: 2030, value: 40 },
          { actor: 'RUR', kind: 'net_zero', year: 2050 },
          { actor: 'RUR', kind: 'peak', year: 2025 },
          { actor: 'RUR', kind: 'reduction', year: 2030, value: 49, value_max: 51 },
        ])
        const ev = draft.interactions[0].evidence
        const lines = await checkAnalysis(db, { ...draft, interactions: [...draft.interactions, { actor: 'RUR', type: 'urge', target: 'JPN', evidence: ev }, { actor: 'USA', type: 'meet', target: 'JPN', evidence: ev }] })
        expect(lines.map((l) => [l.fact, l.claim, l.verdict])).toEqual([
          ['pledge', 'RUR reduction 2030 = 40', 'differs'],
          ['pledge', 'RUR net_zero 2050', 'agrees'],
          ['pledge', 'RUR peak 2025', 'new'],
          ['pledge', 'RUR reduction 2030 = 49–51', 'agrees'],
          ['interaction', 'USA meet JPN', 'agrees'],
          ['interaction', 'RUR urge JPN', 'new'],
          ['interaction', 'USA meet JPN', 'agrees'],
        ])
        expect(lines[0].register).toBe('register = 48–52 (last reported 2022-06-02)')
        expect(lines[2].register).toBeNull()
        expect(lines[4].register).toBe('2 report(s)')
        expect(await checkAnalysis(db, { ...draft, pledges: [], interactions: [] })).toEqual([])
      } finally {
        await db.close()
      }
    })

    it('rolls back a whole article when one of its facts cannot be stored', async () => {
      const db = await open()
      try {
        const bad = article('bad.txt', '2020-01-01', 'Elbonia says it will phase out coal by 2030 under a plan unveiled by its energy ministry.', [{ actor: 'ELB', kind: 'phase_out', year: 2030 }])
        const broken = { ...bad, quotes: [{ speaker: 'X', text: 'y', evidence: { start: 0, end: 1, text: null as unknown as string } }] }
        await expect(storeAnalysis(db, broken)).rejects.toThrow()
        const [n] = await db.query<{ n: number }>('select (select count(*) from articles)::int + (select count(*) from pledges)::int + (select count(*) from claims)::int as n')
        expect(n.n).toBe(0)
        expect(await storeAnalysis(db, bad)).toMatchObject({ status: 'new' })
      } finally {
        await db.close()
      }
    })

    it("reads an actor's profile newest first from each side, with outlets counted as articles arrive", async () => {
      const db = await open()
      try {
        const says = (doc: string, date: string, outlet: string | undefined, actor: string, target: string): Analysis => {
          const body = `Officials from ${actor} met their counterparts from ${target} on ${date} to talk about coal, ${doc}.`
          const ev = { start: 0, end: body.length, text: body }
          return {
            doc, title: doc, date, url: null, outlet, text: `${body}\n\n${filler}`,
            pledges: [],
            interactions: [{ actor, type: 'meet', target, evidence: ev }],
            quotes: [{ speaker: `Speaker ${doc}`, actor, text: 'We will keep meeting until the job is done.', evidence: ev }],
          }
        }
        const days = ['2021-01-04', '2021-03-08', '2021-02-01', '2021-05-10', '2021-04-05']
        for (const [i, d] of days.entries()) {
          await storeAnalysis(db, says(`out${i}`, d, i % 2 ? 'Wire' : undefined, 'AAA', 'BBB'))
          await storeAnalysis(db, says(`in${i}`, d, 'Daily', 'CCC', 'AAA'))
        }
        const p = await queryActor(db, 'aaa', 3)
        expect(p.interactions_out.map((x) => x.published)).toEqual(['2021-05-10', '2021-04-05', '2021-03-08'])
        expect(p.interactions_in.map((x) => [x.actor, x.published])).toEqual([['CCC', '2021-05-10'], ['CCC', '2021-04-05'], ['CCC', '2021-03-08']])
        expect(p.quotes).toHaveLength(3)
        expect(p.sources).toEqual([{ outlet: 'Daily', articles: 5 }, { outlet: null, articles: 3 }, { outlet: 'Wire', articles: 2 }])
        // Paging over both sides gives the whole list in order, each row once.
        const all = await queryInteractions(db, { actor: 'AAA' })
        expect(all).toHaveLength(10)
        const pages = [...(await queryInteractions(db, { actor: 'AAA', limit: 4 })), ...(await queryInteractions(db, { actor: 'AAA', limit: 4, offset: 4 })), ...(await queryInteractions(db, { actor: 'AAA', limit: 4, offset: 8 }))]
        expect(pages.map((x) => x.id)).toEqual(all.map((x) => x.id))
        expect(all.map((x) => x.published)).toEqual([...all.map((x) => x.published)].sort().reverse())
        expect(await queryInteractions(db, { actor: 'AAA', since: '2021-03-01', until: '2021-04-30', type: 'meet' })).toHaveLength(4)
      } finally {
        await db.close()
      }
    })
  })
}
