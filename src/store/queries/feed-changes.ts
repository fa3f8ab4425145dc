import type { Db } from '../db.js'
import { CHANGE_SELECT, type ChangeRow } from './register.js'

/**
 * A change-log line with what a feed entry or a webhook needs beyond
 * `changes --format json` (issue 17): the article's database id (for its
 * dashboard page), the claim's state and key columns, and where the report's
 * date came from (issue 14).
 */
export interface FeedChangeRow extends ChangeRow {
  readonly article_id: number | null
  /** The evidence pledge and its span in the article's text (UTF-16 offsets), to open the article at that fact. */
  readonly pledge_id: number | null
  readonly ev_start: number | null
  readonly ev_end: number | null
  readonly state: string | null
  readonly date_source: string | null
  readonly goal: number | null
  readonly metric: string | null
}

export interface FeedFilter {
  readonly actor?: string
  readonly kind?: string
  /** Reported on or after this date (YYYY-MM-DD). */
  readonly since?: string
  readonly limit: number
}

// CHANGE_SELECT stays the one definition of a line's fields (whatever issue 14
// adds there comes along); the extras join on the line's id.
const withExtras = (inner: string) => `
  with lines as (${inner})
  select l.*, a.id::int as article_id, p.id::int as pledge_id, p.ev_start, p.ev_end, c.state, a.date_source, c.goal, c.metric
    from lines l
    join changes ch on ch.id = l.id
    join claims c on c.id = ch.claim_id
    left join pledges p on p.id = ch.pledge_id
    left join articles a on a.id = p.article_id`

const ORDER = 'reported desc, actor, kind, year nulls last, change, old_year nulls first, new_value nulls first, id'

/**
 * Dated change-log lines, newest report first (the order of `changes`). Lines
 * from undated reports are left out: an entry must carry a date, and the only
 * other date a line has is the day it was read, which a feed must never show.
 */
export async function queryFeedChanges(db: Db, q: FeedFilter): Promise<FeedChangeRow[]> {
  return db.query<FeedChangeRow>(
    `${withExtras(`${CHANGE_SELECT}
        where ch.reported is not null and ($1::date is null or ch.reported >= $1::date)
          and ($2::text is null or c.actor = upper($2)) and ($3::text is null or c.kind = $3)
        order by ch.reported desc, c.actor, c.kind, c.year nulls last, ch.change, ch.old_year nulls first, ch.new_value nulls first, ch.id
        limit $4`)}
      order by ${ORDER.split(', ').map((x) => `l.${x}`).join(', ')}`,
    [q.since ?? null, q.actor ?? null, q.kind ?? null, q.limit],
  )
}

/** Change-log lines with a row id above `afterId`, in id order: what the webhook scanner reads. */
export async function changeLinesAfter(db: Db, afterId: number, limit: number): Promise<FeedChangeRow[]> {
  return db.query<FeedChangeRow>(`${withExtras(`${CHANGE_SELECT} where ch.id > $1 order by ch.id limit $2`)} order by l.id`, [afterId, limit])
}

/**
 * When the change log last changed, for Last-Modified: the time the newest line
 * was derived. Lines are replaced, never edited, so a change anywhere moves it;
 * null for an empty log.
 */
export async function changeLogModified(db: Db): Promise<Date | null> {
  const [row] = await db.query<{ at: string | Date }>('select recorded_at as at from changes order by id desc limit 1')
  return row ? new Date(row.at) : null
}
