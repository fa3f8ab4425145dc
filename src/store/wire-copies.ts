import type { ClaimKey } from './claim-key.js'
import type { Db } from './db.js'
import { containment, sharedShingles, shingleSet } from './shingles.js'

/**
 * A wire copy (issue 14, item 4): most of the shorter text's word 5-shingles
 * are in the longer one, whatever the longer one adds: an excerpt, a trimmed
 * or re-headlined repost keeps 85-100% of its shingles in the original. Two
 * stories that share a long paragraph stay apart below this (the store
 * contract's decoys share 78% and are separate stories).
 */
export const WIRE_COPY_CONTAINMENT = 0.8
/** And at least this many shingles: two short notes that share one sentence are not one story. */
export const WIRE_COPY_MIN_SHARED = 12
// Stored articles sharing the most marks with a new one are checked exactly; each mark is looked up
// among its newest MARK_POSTINGS holders, so a sentence every article repeats costs a bounded read.
const MAX_CANDIDATES = 8
const MARK_POSTINGS = 64

/** The stories a new article is a wire copy of (several when it joins stories that were apart). */
export async function findCopyStories(tx: Db, shingles: Set<number>, marks: readonly number[]): Promise<number[]> {
  if (!marks.length) return []
  const [row] = await tx.query<{ candidates: Array<{ story_id: number; text: string }> | null }>(
    `select json_agg(json_build_object('story_id', a.story_id, 'text', a.text)) as candidates from articles a
      where a.id in (select x.article_id from unnest($1::bigint[]) m(mark)
                       cross join lateral (select article_id from article_marks am where am.mark = m.mark order by article_id desc limit ${MARK_POSTINGS}) x
                      group by x.article_id order by count(*) desc, x.article_id desc limit ${MAX_CANDIDATES})`,
    [marks],
  )
  const stories = new Set<number>()
  for (const c of row?.candidates ?? []) {
    const other = shingleSet(c.text)
    if (containment(shingles, other) >= WIRE_COPY_CONTAINMENT && sharedShingles(shingles, other) >= WIRE_COPY_MIN_SHARED) stories.add(Number(c.story_id))
  }
  return [...stories].sort((a, b) => a - b)
}

/**
 * Joins several stories into the first (a new article linked two of them):
 * their articles and facts move, each claim counts the joined story once, and
 * the groups of the claims whose sources changed are returned to be derived
 * again (a conflict between two reports needs two stories). Story ids are
 * locked in order, so two writers joining the same stories take turns.
 */
export async function mergeStories(tx: Db, stories: readonly number[]): Promise<Array<Omit<ClaimKey, 'year'>>> {
  const [into, ...rest] = stories
  if (!rest.length) return []
  await tx.query('select id from stories where id = any($1::bigint[]) order by id for update', [stories])
  await tx.query('update articles set story_id = $1 where story_id = any($2::bigint[])', [into, rest])
  await tx.query('update pledges set story_id = $1 where story_id = any($2::bigint[])', [into, rest])
  await tx.query('update interactions set story_id = $1 where story_id = any($2::bigint[])', [into, rest])
  const touched = await tx.query<{ claim_id: string }>('select distinct claim_id::text from claim_sources where story_id = any($1::bigint[])', [rest])
  const ids = touched.map((t) => t.claim_id)
  await tx.query('insert into claim_sources (claim_id, story_id) select claim_id, $1 from claim_sources where story_id = any($2::bigint[]) on conflict do nothing', [into, rest])
  await tx.query('delete from claim_sources where story_id = any($1::bigint[])', [rest])
  await tx.query('update claims c set sources = (select count(*) from claim_sources s where s.claim_id = c.id) where c.id = any($1::bigint[])', [ids])
  await tx.query('delete from stories where id = any($1::bigint[])', [rest])
  return tx.query<Omit<ClaimKey, 'year'>>('select distinct actor, kind, goal, metric, gas from claims where id = any($1::bigint[])', [ids])
}
