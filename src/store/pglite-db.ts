import { mkdirSync } from 'node:fs'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Db } from './db.js'
import { lockDataFolder } from './folder-lock.js'
import { analyzeGrownTables } from './pglite-analyze.js'

/**
 * Opens the embedded store: PostgreSQL compiled to WASM, in this process,
 * kept in `dataDir` (created if missing), or in memory when `dataDir` is null.
 */
export async function openPgliteDb(dataDir: string | null, checkpointEvery = CHECKPOINT_EVERY): Promise<Db> {
  if (!dataDir) {
    const pg = new PGlite()
    await pg.waitReady
    return wrap(pg, async () => pg.close(), () => {})
  }
  mkdirSync(dataDir, { recursive: true })
  // One process per folder (issue 15): taken before PGlite reads a byte, released after it closes.
  const lock = lockDataFolder(dataDir)
  let pg: PGlite | undefined
  try {
    pg = new PGlite(dataDir)
    await pg.waitReady
    // PGlite runs PostgreSQL as one backend with no checkpointer, so nothing ever checkpoints and
    // the write-ahead log grows without end (measured: 2.7 GB of pg_wal after 65k articles). We
    // checkpoint every CHECKPOINT_EVERY transactions and on close; the WAL limits (read at the next
    // open) let each checkpoint recycle the old segments, so the folder holds the data plus ~100 MB.
    // One statement per call: a script runs as one transaction, which ALTER SYSTEM refuses.
    await pg.exec(`alter system set min_wal_size = '32MB'`)
    await pg.exec(`alter system set max_wal_size = '128MB'`)
  } catch (err) {
    await pg?.close().catch(() => {})
    lock.release()
    throw err
  }
  const open = pg
  let commits = 0
  let db: Db
  const afterCommit = () => {
    ++commits
    // Vacuumed before the checkpoint that may follow, so the checkpoint writes the cleaned pages;
    // then the tables that grew by a fifth analysed (pglite-analyze.ts: no autoanalyze either).
    if (commits % VACUUM_EVERY === 0) void open.exec(`vacuum ${CHURNED_TABLES}`).then(() => analyzeGrownTables(db)).catch(() => {})
    if (commits % checkpointEvery === 0) void open.exec('checkpoint').catch(() => {})
  }
  db = wrap(
    open,
    async () => {
      try {
        await open.exec('checkpoint')
        await open.close()
      } finally {
        lock.release()
      }
    },
    afterCommit,
  )
  return db
}

/**
 * PGlite runs no autovacuum either: the rows each article replaces (the touched claims, their
 * change lines and conflicts, the counters it bumps) stayed as dead rows in the heap and in
 * every index, so each article's reads and deletes walked more of them than the last (measured
 * at 2k articles: 91k index entries for 380 live change lines of one article's claims; storing
 * 41 -> 169 ms per article from 1k to 3k). These tables are vacuumed every VACUUM_EVERY
 * transactions (about 0.1 s each time); the insert-only ones (articles, pledges, quotes, ...)
 * are left alone, as vacuuming them would only read their large indexes.
 */
const VACUUM_EVERY = 100
export const CHURNED_TABLES = 'changes, conflicts, claims, claim_values, claim_previous, claim_moves, claim_sources, interaction_months, actor_outlets, people, person_actors, stories'

/** Transactions between two checkpoints of the embedded store (a checkpoint costs ~0.2 s per 64 MB of WAL). */
const CHECKPOINT_EVERY = 1000

function wrap(conn: PGlite | Transaction, close: () => Promise<void>, afterCommit: () => void): Db {
  const db: Db = {
    dialect: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await conn.query<T>(sql, params as unknown[])).rows
    },
    async exec(sql: string) {
      await conn.exec(sql)
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (!('transaction' in conn)) return fn(db) // already inside one: PGlite has no nested transactions
      const out = await (conn as PGlite).transaction((tx) => fn(wrap(tx, async () => {}, () => {})))
      afterCommit()
      return out
    },
    close,
  }
  return db
}
