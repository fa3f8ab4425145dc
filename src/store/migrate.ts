import type { Db } from './db.js'
import { MIGRATIONS } from './migrations/index.js'
import { ensureDerived } from './rebuild.js'

// Any fixed number: the advisory lock that keeps two processes from migrating at once.
const MIGRATION_LOCK = 74_211_903

/**
 * Applies the migrations the database has not had yet, each in its own
 * transaction, and records them in `schema_migrations`; then derives the
 * claims again if their rules changed (rebuild.ts). Returns the versions applied.
 */
export async function migrate(db: Db): Promise<number[]> {
  // Under the lock too: two processes racing on CREATE TABLE IF NOT EXISTS can both try to create it.
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.exec('create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())')
  })
  const applied: number[] = []
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      const have = await tx.query('select 1 from schema_migrations where version = $1', [m.version])
      if (have.length) return false
      await tx.exec(m.sql)
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name])
      return true
    })
    if (done) applied.push(m.version)
  }
  // The derived claims follow the current rules (rebuild.ts): a no-op once stamped.
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await ensureDerived(tx)
  })
  return applied
}
