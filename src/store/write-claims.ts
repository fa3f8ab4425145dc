import type { Analysis } from '../model/facts.js'
import { foldClaims, foldConflicts, foldMoves, foldPrevious, foldValues, insertPledges, type FoldContext } from './claim-folds.js'
import { claimKeyString, groupKeyString, type ClaimKey } from './claim-key.js'
import type { Db } from './db.js'
import { deriveGroups, lockGroups } from './derive-groups.js'
import { readArticleClaims } from './pledge-rows.js'
import { Params } from './sql-params.js'

export { goalOf } from './claim-key.js'

export interface Where {
  readonly articleId: number
  readonly storyId: number
  /** The article's date (ISO), or null when it has none: its reports are then undated. */
  readonly reported: string | null
  /** A fixed order among reports of one day (the article's text hash), so evidence is picked alike whatever the arrival order. */
  readonly rank: string
}

type GroupRef = Omit<ClaimKey, 'year'>
const unique = <T>(xs: readonly T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()]

/**
 * Adds one article's pledges to the register and brings their claims up to
 * date. Returns the number of change-log lines this article's reports stand behind.
 * 1. read the pledges: claim keys, cues, focus, year moves, conflicting values (pledge-rows.ts);
 * 2. lock the groups they touch (advisory, in one order: concurrent writers queue, never deadlock);
 * 3. find or create the claims and draw the pledges' ids;
 * 4. in one statement: the pledges with their evidence, folded into the claims' summaries,
 *    value rows, previous values, moves and sources, and two values for one target
 *    within this article as a conflict (claim-folds.ts);
 * 5. derive the touched groups again (derive-groups.ts), with `alsoDerive` (groups whose
 *    sources changed when this article joined two stories); a rebuild passes `derive`
 *    false and derives every group once at the end, a batch passes an array that
 *    collects the touched groups and derives them once after its last article.
 */
export async function recordPledges(
  tx: Db, a: Pick<Analysis, 'text' | 'pledges' | 'interactions' | 'quotes'>, at: Where, alsoDerive: readonly GroupRef[] = [], derive: boolean | GroupRef[] = true,
): Promise<number> {
  // 1.
  const { rows, moves, conflicts } = readArticleClaims(a)
  const keys = unique([...rows.map((r) => r.key), ...moves.flatMap((m) => [m.from, m.to])], claimKeyString)
  const groups = unique([...keys, ...alsoDerive], groupKeyString)
  if (!groups.length) return 0
  // 2.
  await lockGroups(tx, groups)
  let pledgeIds: string[] = []
  let made: Awaited<ReturnType<typeof upsertClaims>> | undefined
  if (rows.length) {
    // 3.
    made = await upsertClaims(tx, keys, rows.length)
    pledgeIds = made.pledgeIds
    const ps = new Params()
    const f: FoldContext = {
      ps, rows, pledgeIds, idOf: (k) => made!.ids.get(claimKeyString(k))!, articleId: at.articleId, storyId: at.storyId, reported: at.reported,
      rank: (i) => `${at.rank}:${String(rows[i].pledge.evidence.start).padStart(9, '0')}:${i}`,
    }
    // 4.
    const parts = [insertPledges(f), foldClaims(f), foldValues(f), foldPrevious(f), foldMoves(f, moves), foldConflicts(f, conflicts)].filter((p) => p !== null)
    await tx.query(`with ${parts.join(',\n')} select 1`, ps.values)
  }
  // 5. A caller that derives later (a rebuild, a batch: write-batch.ts) may collect the groups instead.
  if (Array.isArray(derive)) derive.push(...groups)
  if (derive !== true) return 0
  // Claims whose reports changed: this article's, and every claim of a group whose sources changed.
  const touched = alsoDerive.length || !made ? 'all' : new Set(keys.map((k) => Number(made!.ids.get(claimKeyString(k)))))
  return deriveGroups(tx, groups, touched, pledgeIds)
}

/**
 * Finds or creates one claim per key, upserted in one order (no deadlock), and
 * draws `n` pledge ids, in one round trip. Returns the claim ids by claimKeyString.
 */
export async function upsertClaims(tx: Db, keys: readonly ClaimKey[], n: number): Promise<{ ids: Map<string, string>; pledgeIds: string[] }> {
  const sorted = [...keys].sort((a, b) => claimKeyString(a).localeCompare(claimKeyString(b)))
  const ps = new Params()
  const u = ps.unnest('u', {
    actor: [sorted.map((k) => k.actor), 'text'], kind: [sorted.map((k) => k.kind), 'text'], year: [sorted.map((k) => k.year), 'int'],
    goal: [sorted.map((k) => k.goal), 'float8'], metric: [sorted.map((k) => k.metric), 'text'], gas: [sorted.map((k) => k.gas), 'text'],
  })
  const [row] = await tx.query<{ claims: Array<ClaimKey & { id: string }>; ids: string[] }>(
    `with c as (
       insert into claims (actor, kind, year, goal, metric, gas) select u.actor, u.kind, u.year, u.goal, u.metric, u.gas from ${u}
       on conflict (actor, kind, (coalesce(year, -1)), (coalesce(goal, -1)), metric, gas) do update set metric = claims.metric
       returning id::text, actor, kind, year, goal, metric, gas),
     p as (select nextval(pg_get_serial_sequence('pledges', 'id'))::text as id from generate_series(1, ${ps.add(n, 'int')}))
     select (select json_agg(c) from c) as claims, (select json_agg(p.id) from p) as ids`,
    ps.values,
  )
  return { ids: new Map(row.claims.map((c) => [claimKeyString(c), c.id])), pledgeIds: row.ids ?? [] }
}
