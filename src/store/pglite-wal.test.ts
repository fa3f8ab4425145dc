import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { openPgliteDb } from './pglite-db.js'

// PGlite has no checkpointer process: without our checkpoints the WAL of a data folder only grows.
test('the embedded store checkpoints as transactions commit, and its WAL limits are set', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-wal-'))
  try {
    const db = await openPgliteDb(dir, 5)
    const redo = async () => (await db.query<{ l: string }>('select redo_lsn::text as l from pg_control_checkpoint()'))[0].l
    await db.exec('create table t (s text)')
    const before = await redo()
    for (let i = 0; i < 12; i++) await db.transaction((tx) => tx.query('insert into t values ($1)', [`row ${i}`]))
    // The checkpoint runs after the commit that triggers it; a query after it waits its turn.
    await db.query('select 1')
    expect(await redo()).not.toBe(before)
    await db.close()
    const again = await openPgliteDb(dir)
    expect((await again.query<{ max_wal_size: string }>('show max_wal_size'))[0].max_wal_size).toBe('128MB')
    await again.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
