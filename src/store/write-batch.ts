import type { Analysis } from '../model/facts.js'
import { groupKeyString, type ClaimKey } from './claim-key.js'
import type { Db } from './db.js'
import { deriveGroups } from './derive-groups.js'
import { storeAnalysis, type StoreResult } from './write-article.js'

type GroupRef = Omit<ClaimKey, 'year'>

/** Groups derived per statement at the end of a batch (as the rebuild does). */
const DERIVE_CHUNK = 500

/**
 * Stores many analysed articles in one transaction, as storeAnalysis would one
 * by one, and derives each claim group they touch once at the end instead of
 * after every article. The register derives claims from summaries that do not
 * depend on the order reports arrive in (issue 14), so the result is the one the
 * same articles stored singly give (test/store/write-batch.test.ts compares them).
 * Steps:
 * 1. each article through storeAnalysis (duplicates, wire copies, facts, summaries),
 *    collecting the groups whose summaries or sources changed;
 * 2. those groups derived once, in chunks, under their locks.
 * Per-article results carry `changes: 0`; the batch's change-line count is `changes`.
 * Meant for one writer at a time (the embedded store, a bulk load): the articles
 * lock their groups one after another, not in one order for the whole batch, so
 * two batches on a server could deadlock (PostgreSQL then fails one of them).
 * @example await storeBatch(db, analyses) // { results: [{ status: 'new', … }, …], changes: 12 }
 */
export async function storeBatch(
  db: Db, analyses: readonly Analysis[], today = new Date().toISOString().slice(0, 10),
): Promise<{ results: StoreResult[]; changes: number }> {
  return db.transaction(async (tx) => {
    // 1.
    const touched: GroupRef[] = []
    const results: StoreResult[] = []
    for (const a of analyses) results.push(await storeAnalysis(tx, a, today, touched))
    // 2. Each article's write took its groups' locks (write-claims.ts), held until the commit.
    const groups = [...new Map(touched.map((g) => [groupKeyString(g), g])).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g)
    const mine = (await tx.query<{ id: string }>('select id::text from pledges where article_id = any($1::bigint[])', [results.filter((r) => r.status === 'new').map((r) => r.articleId)])).map((r) => r.id)
    let changes = 0
    for (let i = 0; i < groups.length; i += DERIVE_CHUNK) {
      changes += await deriveGroups(tx, groups.slice(i, i + DERIVE_CHUNK), 'all', mine)
    }
    return { results, changes }
  })
}
