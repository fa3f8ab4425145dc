import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { openDb } from './open.js'
import { analyzeGrownTables } from './pglite-analyze.js'
import { openPgliteDb } from './pglite-db.js'

const fill = (from: number, to: number) => `insert into t select i, repeat('x', 200) from generate_series(${from}, ${to}) i`
const hasStats = async (db: Awaited<ReturnType<typeof openPgliteDb>>) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from pg_stats where tablename = 't'`))[0].n > 0

test('analyses a table never analysed, then again only once it has grown by a fifth', async () => {
  const db = await openPgliteDb(null)
  try {
    await db.exec('create table t (id int, s text)')
    await db.exec(fill(1, 10))
    expect(await analyzeGrownTables(db)).toEqual([]) // one page: nothing to plan
    await db.exec(fill(11, 3000))
    expect(await hasStats(db)).toBe(false)
    expect(await analyzeGrownTables(db)).toEqual(['t'])
    expect(await hasStats(db)).toBe(true)
    expect(await analyzeGrownTables(db)).toEqual([])
    await db.exec(fill(3001, 3300)) // +10%
    expect(await analyzeGrownTables(db)).toEqual([])
    await db.exec(fill(3301, 4000)) // +33% in all
    expect(await analyzeGrownTables(db)).toEqual(['t'])
  } finally {
    await db.close()
  }
})

test('a register filled before is analysed when it is opened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-analyze-'))
  try {
    const first = await openPgliteDb(dir)
    await first.exec('create table t (id int, s text)')
    await first.exec(fill(1, 3000))
    expect(await hasStats(first)).toBe(false)
    await first.close()
    const again = await openDb({ data: dir }, {})
    expect(await hasStats(again)).toBe(true)
    await again.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
