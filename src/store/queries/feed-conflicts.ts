import type { Db } from '../db.js'
import type { ConflictRow, ConflictSide } from './register.js'
import type { FeedFilter } from './feed-changes.js'

/** Where a side was read: its article, pledge and evidence span (to open the article at that fact). */
export interface ConflictSideExtras {
  readonly article_id: number
  readonly pledge_id: number
  readonly ev_start: number
  readonly ev_end: number
}

/** A conflict as `conflicts --format json` gives it, with each side's article id and the claim's key columns (issue 17). */
export interface FeedConflictRow extends Omit<ConflictRow, 'a' | 'b'> {
  readonly a: ConflictSide & ConflictSideExtras
  readonly b: ConflictSide & ConflictSideExtras
  /** The later report's date: when the disagreement arose. Null when a side is undated. */
  readonly reported: string | null
  readonly goal: number | null
  readonly metric: string | null
  readonly gas: string | null
}

const side = (p: string, a: string) =>
  `json_build_object('value', ${p}.value, 'value_max', ${p}.value_max, 'reported', pw_iso_date(${p}.reported), 'doc', ${a}.doc, 'outlet', ${a}.outlet, 'url', ${a}.url, 'sentence', ${p}.ev_text, 'article_id', ${a}.id::int, 'pledge_id', ${p}.id::int, 'ev_start', ${p}.ev_start, 'ev_end', ${p}.ev_end)`

const SELECT = `select k.id::int, c.actor, c.kind, c.year, k.origin,
       case when c.metric <> '' then c.metric when c.kind = 'temperature' then 'degC' else 'percent' end as unit, ${side('pa', 'aa')} as a, ${side('pb', 'ab')} as b,
       case when pa.reported is null or pb.reported is null then null else pw_iso_date(greatest(pa.reported, pb.reported)) end as reported,
       c.goal, c.metric, c.gas
  from conflicts k
  join claims c on c.id = k.claim_id
  join pledges pa on pa.id = k.pledge_a join articles aa on aa.id = pa.article_id
  join pledges pb on pb.id = k.pledge_b join articles ab on ab.id = pb.article_id`

/** Conflicts whose two reports are both dated, newest first, filtered as the feeds are. */
export async function queryFeedConflicts(db: Db, q: FeedFilter): Promise<FeedConflictRow[]> {
  return db.query<FeedConflictRow>(
    `${SELECT}
      where pa.reported is not null and pb.reported is not null
        and ($1::date is null or greatest(pa.reported, pb.reported) >= $1::date)
        and ($2::text is null or c.actor = upper($2)) and ($3::text is null or c.kind = $3)
      order by greatest(pa.reported, pb.reported) desc, c.actor, c.kind, c.year nulls last, k.id
      limit $4`,
    [q.since ?? null, q.actor ?? null, q.kind ?? null, q.limit],
  )
}

/** Conflicts with a row id above `afterId`, in id order: what the webhook scanner reads. */
export async function conflictsAfter(db: Db, afterId: number, limit: number): Promise<FeedConflictRow[]> {
  return db.query<FeedConflictRow>(`${SELECT} where k.id > $1 order by k.id limit $2`, [afterId, limit])
}
