import type { Db } from './db.js'

/**
 * A table is analysed again once it has this many times the pages it had when
 * last analysed (PostgreSQL's autoanalyze waits for 10% more rows; pages are
 * what we can see without its statistics collector).
 */
export const ANALYZE_GROWTH = 1.2
/** Smaller tables are read whole by any plan: statistics would change nothing. */
const MIN_PAGES = 8

/**
 * Analyses the embedded store's tables that were never analysed or have grown
 * since, and returns their names. PGlite runs no autovacuum, so no autoanalyze
 * either: the insert-only tables (articles, pledges, interactions, quotes)
 * had no statistics at all, and the planner, guessing 0.5% of rows for any
 * actor, joined an actor's interactions to every article by a sequential scan
 * instead of reading the newest 200 from their index (2000 articles: 274 ms
 * against 16 ms once analysed; the scan grows with the register).
 * `relpages` keeps the size at the last ANALYZE (or VACUUM), across processes.
 * @example await analyzeGrownTables(db) // ['articles', 'interactions', …] on a register filled before
 */
export async function analyzeGrownTables(db: Db): Promise<string[]> {
  const rows = await db.query<{ name: string; pages: number; last: number; stats: boolean }>(
    `select c.relname as name, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages, c.relpages as last,
            exists (select 1 from pg_stats s where s.schemaname = n.nspname and s.tablename = c.relname) as stats
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname = current_schema()`,
  )
  const grown = rows.filter((r) => r.pages >= MIN_PAGES && (!r.stats || r.pages > r.last * ANALYZE_GROWTH)).map((r) => r.name).sort()
  if (grown.length) await db.exec(`analyze ${grown.map((t) => `"${t.replace(/"/g, '""')}"`).join(', ')}`)
  return grown
}
