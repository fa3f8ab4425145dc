import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readInput } from '../src/ingest/read.js'
import type { Analysis } from '../src/model/facts.js'
import { analyseRaw } from '../src/pipeline.js'
import { overlaps } from '../src/store/claim-key.js'
import { withoutIds } from '../src/store/contract-articles.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { queryChanges, queryConflicts } from '../src/store/queries/register.js'
import { queryTargets } from '../src/store/queries/targets.js'
import { storeAnalysis } from '../src/store/write-article.js'
import { checkExpectations, describeExpectations } from './helpers/register-expectations.js'
import { need } from './helpers/requirements.mjs'

// The register built from the real dev articles (issue 14, "Done when"). They are read from
// ../shared, never copied; a clone without them skips this in one line (npm test says so),
// except under CI=true, where it runs and fails.
const RAW = resolve(__dirname, '../../shared/eval/dev/raw')
const files = existsSync(RAW) ? readdirSync(RAW).sort() : []
const shared = await need('shared')
const LONG = 600_000
/**
 * Share of our expectations (test/fixtures/register-expectations.json) the dev register
 * must keep holding: today's measure (44 of 45), so a regression fails; the issue asks for
 * 0.95. Five base years no dev article states (USA 2030, IND intensity 2030, AUS 2030, JPN 2040,
 * and the EU's 1990, which the extractor misses) come from the reference list of official targets
 * (src/store/reference-base.ts). The three US targets are expected withdrawn: the reference
 * list records the US exit from the Paris Agreement (January 2025), and no dev article
 * asserts them after it. The miss: AUS 2035 (62–70% below 2005, September 2025), which the
 * reference list does not hold. Statuses, reported apart: 12 of 12 (Germany's three laws and
 * New Zealand's net zero from the reference list; the dev reports give a bill).
 * `npx vitest run test/register-dev.test.ts` prints them.
 */
const EXPECTATIONS_FLOOR = 0.97

describe.skipIf(shared.skip)('the register built from the dev articles', () => {
  const analyses: Analysis[] = []
  const dbs: Db[] = []
  const build = async (order: readonly Analysis[]) => {
    const db = await openDb({ data: ':memory:' })
    dbs.push(db)
    for (const a of order) await storeAnalysis(db, a)
    return db
  }
  let forward: Db
  let backward: Db

  const analyse = async (names: readonly string[]) => {
    const out: Analysis[] = []
    for (const name of names) {
      const [read] = await readInput(join(RAW, name))
      const r = read.ok ? analyseRaw(read.article) : read
      if (r.ok) out.push(r.analysis)
    }
    return out
  }

  beforeAll(async () => {
    analyses.push(...(await analyse(files)))
    forward = await build(analyses)
    // Read and analysed again, last file first, as `ingest` given the files in that order would:
    // an analysis that depended on the articles read before it would show here.
    backward = await build(await analyse([...files].reverse()))
  }, LONG)
  afterAll(async () => {
    for (const db of dbs) await db.close()
  })

  it('analyses every dev article', () => expect(analyses.length).toBe(files.length))

  it('is the same register whichever order the articles arrive in (targets --format json; every state, change and conflict)', async () => {
    // `targets --format json` prints queryTargets as is; database ids follow arrival order and are left out.
    expect(withoutIds(await queryTargets(backward))).toEqual(withoutIds(await queryTargets(forward)))
    expect(withoutIds(await queryTargets(backward, { all: true, evidence: 50 }))).toEqual(withoutIds(await queryTargets(forward, { all: true, evidence: 50 })))
    expect(withoutIds(await queryChanges(backward))).toEqual(withoutIds(await queryChanges(forward)))
    expect(withoutIds(await queryConflicts(backward))).toEqual(withoutIds(await queryConflicts(forward)))
  }, LONG)

  it('shows the "26 → 46" line for every previous value an article states, dated by its report, and never the ingest day', async () => {
    const changes = await queryChanges(forward)
    const dates = new Set(analyses.map((a) => a.date))
    for (const c of changes) expect(c.reported === null || dates.has(c.reported), `${c.actor} ${c.kind} ${c.year} dated ${c.reported}`).toBe(true)
    const stated = analyses.flatMap((a) => a.pledges.filter((p) => p.previous != null && p.value != null && !overlaps(p.previous, null, p.value, p.value_max ?? null)).map((p) => ({ p, date: a.date })))
    expect(stated.length).toBeGreaterThan(0)
    for (const { p, date } of stated) {
      const line = changes.find((c) => c.actor === p.actor && c.kind === p.kind && c.year === p.year && c.change === 'changed' &&
        overlaps(c.old_value, null, p.previous!, null) && overlaps(c.new_value, c.new_value_max, p.value!, p.value_max ?? null))
      expect(line, `${p.actor} ${p.kind} ${p.year}: ${p.previous} → ${p.value}`).toBeDefined()
      const earliest = stated.filter((s) => s.p.actor === p.actor && s.p.kind === p.kind && s.p.year === p.year && s.p.previous === p.previous && s.date).map((s) => s.date!).sort()[0] ?? null
      // Stated only by undated reports ("replaces its existing goal of 40%"), the move is dated by the
      // first dated report of the new value, if any: never by the ingest day (checked above).
      if (earliest ?? date) expect(line!.reported).toBe(earliest ?? date)
    }
  })

  it(`holds our expectations of current and former targets (at least ${EXPECTATIONS_FLOOR})`, async () => {
    const result = checkExpectations(await queryTargets(forward, { all: true }))
    process.stdout.write(`${describeExpectations(result)}\n`)
    expect(result.share).toBeGreaterThanOrEqual(EXPECTATIONS_FLOOR)
  })
})
