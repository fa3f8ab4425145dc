import type { Db } from '../store/db.js'
import { INTERACTION_WHEN } from '../store/queries/facts.js'

/** One edge of the diplomacy network: how often `actor` did `type` to `target`, and when. */
export interface NetworkEdge {
  readonly actor: string
  readonly target: string
  readonly type: string
  readonly count: number
  /** Earliest and latest date (the interaction's own, else its article's). */
  readonly first: string | null
  readonly last: string | null
}

export interface NetworkQuery {
  readonly types?: readonly string[]
  readonly since?: string
  readonly until?: string
  readonly limit: number
}

/**
 * Interactions grouped into edges (actor, type, target), the most frequent
 * first, filtered by types and an inclusive date range as `interactions` is,
 * over the whole register. Read from the month counts (migration 005): a month
 * that lies wholly inside the range counts as stored; a month the range cuts
 * through is counted from its own interactions (the actor's date index finds
 * them), so the answer is exact and costs a few thousand rows at any size.
 */
export async function queryNetwork(db: Db, q: NetworkQuery): Promise<NetworkEdge[]> {
  return db.query<NetworkEdge>(
    `with m as (
       select * from interaction_months
        where ($1::text[] is null or type = any($1::text[]))
          and ($2::text is null or last >= $2) and ($3::text is null or first <= $3 || '~')),
     whole as (
       select actor, target, type, n, first, last from m
        where ($2::text is null or first >= $2) and ($3::text is null or last <= $3 || '~')),
     cut as (
       select m.actor, m.target, m.type, count(*)::int as n, min(x.w) as first, max(x.w) as last
         from m cross join lateral (
           select ${INTERACTION_WHEN} as w from interactions f
            where f.actor = m.actor and ${INTERACTION_WHEN} >= greatest(m.first, $2) and ${INTERACTION_WHEN} <= least(m.last, $3 || '~')
              and f.target = m.target and f.type = m.type) x
        where not (($2::text is null or m.first >= $2) and ($3::text is null or m.last <= $3 || '~'))
        group by 1, 2, 3)
     select actor, target, type, sum(n)::int as count, min(first) as first, max(last) as last
       from (select * from whole union all select * from cut) e
      group by actor, target, type
      order by count desc, actor, target, type
      limit $4`,
    [q.types?.length ? q.types : null, q.since ?? null, q.until ?? null, q.limit],
  )
}
