import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AssessmentSchema } from '../src/model/assessment.js'
import { createApp } from '../src/server/app.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { queryTargets } from '../src/store/queries/targets.js'
import { storeReference } from '../src/assess/reference/store.js'
import { REFERENCE_TARGETS } from '../src/assess/reference/targets.js'

const BIN = resolve(__dirname, '../bin/pledgewatch')
const { PLEDGEWATCH_DATA: _, ...env } = process.env
const run = (...args: string[]) => spawnSync(BIN, args, { encoding: 'utf8', env })

describe('pledgewatch assess and ingest --reference (issue #6)', () => {
  it('assesses a fresh data folder from the reference register alone, then the same after loading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-assess-'))
    const table = run('assess', '--data', dir)
    expect(table.status).toBe(0)
    for (const s of ['current_trend', 'targets_2030', 'all_targets', 'optimistic', 'Assumptions:', 'targets from: reference']) expect(table.stdout).toContain(s)
    const before = AssessmentSchema.parse(JSON.parse(run('assess', '--data', dir, '--format', 'json').stdout))

    const load = run('ingest', '--reference', '--data', dir)
    expect(load.status).toBe(0)
    expect(load.stderr).toMatch(/reference register: \d+ source\(s\) stored, 0 already known; \d+ targets added/)
    expect(run('ingest', '--reference', '--data', dir).stderr).toMatch(/0 source\(s\) stored, \d+ already known; 0 targets added/)
    const jpn = JSON.parse(run('targets', '--data', dir, '--actor', 'JPN', '--format', 'json').stdout) as Array<{ kind: string; year: number; value: number | null; evidence: Array<{ text: string; doc: string }> }>
    expect(jpn.map((c) => `${c.kind} ${c.year} ${c.value ?? ''}`)).toEqual(['net_zero 2050 ', 'reduction 2030 46', 'reduction 2035 60', 'reduction 2040 73'])
    expect(jpn[1].evidence[0].text).toMatch(/^Japan: greenhouse gas emissions 46% below 2013 by 2030 \(policy\)\. Source: .*2021-10-22\.$/)

    const after = AssessmentSchema.parse(JSON.parse(run('assess', '--data', dir, '--format', 'json').stdout))
    expect(after.data.targets_from).toEqual(['reference'])
    expect(after.scenarios.map((s) => s.warming_2100)).toEqual(before.scenarios.map((s) => s.warming_2100))

    const one = run('assess', '--data', dir, '--scenario', 'all_targets')
    expect(one.stdout).toMatch(/Actors in all_targets/)
    expect(one.stdout).toMatch(/\nCHN +\d+/)
    expect(run('assess', '--data', dir, '--scenario', 'nope').stderr).toMatch(/Allowed choices are current_trend, targets_2030, all_targets, optimistic/)
    // (Nine runs of the CLI, each opening the embedded database: on a loaded two-core machine this took 81 s.)
  }, 180_000)
})

describe('GET /api/assessment', () => {
  let db: Db
  beforeAll(async () => {
    process.env.PLEDGEWATCH_DATA = mkdtempSync(join(tmpdir(), 'pw-assess-api-')) // no downloaded dataset: the built-in one
    db = await openDb({ data: ':memory:' })
    await storeReference(db)
  })
  afterAll(async () => {
    await db.close()
    process.env.PLEDGEWATCH_DATA = env.PLEDGEWATCH_DATA
    if (env.PLEDGEWATCH_DATA === undefined) delete process.env.PLEDGEWATCH_DATA
  })

  it('answers the assessment contract, one scenario on request, 400 for an unknown one', async () => {
    const app = createApp({ db, web: false })
    const res = await app.request('/api/assessment')
    expect(res.status).toBe(200)
    const a = AssessmentSchema.parse(await res.json())
    expect(a.scenarios).toHaveLength(4)
    expect(a.published.length).toBeGreaterThanOrEqual(6)
    const one = AssessmentSchema.parse(await (await app.request('/api/assessment?scenario=optimistic')).json())
    expect(one.scenarios.map((s) => s.name)).toEqual(['optimistic'])
    const bad = await app.request('/api/assessment?scenario=hot')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.code).toBeTruthy()
    const doc = await (await app.request('/openapi.json')).json()
    expect(Object.keys(doc.paths)).toContain('/api/assessment')
  })

  it('stores one fact per unconditional reference target, each with its own statement as evidence', async () => {
    const claims = await queryTargets(db, { evidence: 1, all: true })
    const reference = claims.filter((c) => c.evidence[0]?.doc.startsWith('reference:'))
    expect(reference).toHaveLength(REFERENCE_TARGETS.filter((t) => !t.conditional).length)
    for (const c of reference) expect(c.evidence[0].text).toMatch(/\. Source: .+, \d{4}-\d{2}-\d{2}\.$/)
    // Those the list records as ended are withdrawn (the US targets, with its exit from the Paris Agreement); the rest current.
    const key = (x: { actor: string; kind: string; year: number | null }) => `${x.actor} ${x.kind} ${x.year}`
    expect(reference.filter((c) => c.state !== 'current').map((c) => `${key(c)} ${c.state}`).sort())
      .toEqual(REFERENCE_TARGETS.filter((t) => !t.conditional && t.withdrawn).map((t) => `${key(t)} withdrawn`).sort())
  })
})
