import type { Db } from '../store/db.js'

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

/** How many of the newest matching interactions `queryNetwork` groups. */
export const NETWORK_CANDIDATES = 20_000

/**
 * Interactions grouped into edges (actor, type, target), the most frequent
 * first, filtered by types and an inclusive date range as `interactions` is.
 * Grouping reads every match, so on a large register only the newest
 * NETWORK_CANDIDATES matches (by id, the primary key read backwards) are
 * grouped: the picture of recent diplomacy, fast however many articles there are.
 */
export async function queryNetwork(db: Db, q: NetworkQuery): Promise<NetworkEdge[]> {
  return db.query<NetworkEdge>(
    `with recent as (
       select actor, target, type, coalesce(date, pw_iso_date(reported)) as d from interactions
        where ($1::text[] is null or type = any($1::text[]))
          and ($2::text is null or coalesce(date, pw_iso_date(reported)) >= $2)
          and ($3::text is null or coalesce(date, pw_iso_date(reported)) <= $3 || '~')
        order by id desc limit ${NETWORK_CANDIDATES})
     select actor, target, type, count(*)::int as count, min(d) as first, max(d) as last
       from recent group by actor, target, type
      order by count desc, actor, target, type
      limit $4`,
    [q.types?.length ? q.types : null, q.since ?? null, q.until ?? null, q.limit],
  )
}
