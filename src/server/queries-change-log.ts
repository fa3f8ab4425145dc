import type { Db } from '../store/db.js'
import type { ChangeRow } from '../store/queries/register.js'
import { CLAIM_UNIT_SQL } from './claim-unit.js'

export interface ChangeLogQuery {
  readonly actor?: string
  readonly kind?: string
  /** Reported on or after / on or before these dates (YYYY-MM-DD), inclusive. */
  readonly since?: string
  readonly until?: string
  readonly limit: number
  readonly offset: number
}

/** A change as the dashboard lists it: the change log's row, with what it needs to link and label it. */
export interface ChangeLogRow extends ChangeRow {
  /** The article of the report behind the line, and the sentence's offsets in it; null when the line has no report. */
  readonly article_id: number | null
  readonly ev_start: number | null
  readonly ev_end: number | null
  readonly unit: string | null
  readonly base_year: number | null
  /** The claim's state today: current, superseded or withdrawn. */
  readonly state: string
}

/** One page of the change log, with what the filters can offer. */
export interface ChangeLogPage {
  /** Changes matching the filters, over all pages. */
  readonly total: number
  readonly offset: number
  readonly limit: number
  readonly rows: ChangeLogRow[]
  /** Every actor and kind the change log holds, for the filters' choices. */
  readonly actors: string[]
  readonly kinds: string[]
  /** Pairs of sources in conflict, for the Conflicts tab's label. */
  readonly conflicts: number
}

/**
 * The change log, newest report first, filtered by actor, kind and an
 * inclusive date range, one page at a time with the total count (issue 16,
 * item 4). The changes table grows with claims and values, not articles (about
 * two thousand rows at 100k articles), so the count and the facets are cheap.
 * A line may have no report behind it (a state the register derived), hence the outer joins.
 */
export async function queryChangeLog(db: Db, q: ChangeLogQuery): Promise<ChangeLogPage> {
  const params = [q.actor?.toUpperCase() ?? null, q.kind ?? null, q.since ?? null, q.until ?? null]
  const [rows, [facets]] = await Promise.all([
    // The page is chosen from the change log and its claims alone, then only its rows look up their
    // report's sentence and article: joined before the limit, every line of the log read its pledge and
    // article (10.5k articles, 3674 lines: 2.3 s, a scan of every pledge and every article).
    db.query<ChangeLogRow & { total: number }>(
      `with page as (
         select ch.id, ch.change, ch.old_value, ch.old_value_max, ch.new_value, ch.new_value_max, ch.old_year, ch.reported, ch.pledge_id,
                c.actor, c.kind, c.year, ${CLAIM_UNIT_SQL} as unit, c.base_year, c.state, (count(*) over ())::int as total
           from changes ch
           join claims c on c.id = ch.claim_id
          where ($1::text is null or c.actor = $1) and ($2::text is null or c.kind = $2)
            and ($3::date is null or ch.reported >= $3::date) and ($4::date is null or ch.reported <= $4::date)
          order by ch.reported desc nulls last, ch.id desc
          limit $5 offset $6)
       select page.id::int, page.actor, page.kind, page.year, page.change, page.old_value, page.old_value_max, page.new_value, page.new_value_max, page.old_year,
              page.reported::text, a.doc, a.url, a.outlet, p.ev_text as evidence, a.id::int as article_id, p.ev_start, p.ev_end,
              page.unit, page.base_year, page.state, page.total
         from page
         left join pledges p on p.id = page.pledge_id
         left join articles a on a.id = p.article_id
        order by page.reported desc nulls last, page.id desc`,
      [...params, q.limit, q.offset],
    ),
    db.query<{ actors: string[] | null; kinds: string[] | null; conflicts: number }>(
      `select (select array_agg(distinct c.actor order by c.actor) from changes ch join claims c on c.id = ch.claim_id) as actors,
              (select array_agg(distinct c.kind order by c.kind) from changes ch join claims c on c.id = ch.claim_id) as kinds,
              (select count(*)::int from conflicts) as conflicts`,
    ),
  ])
  // Past the last page the window has no row to carry the total: count it alone.
  const total = rows[0]?.total ?? (q.offset > 0 ? await countChanges(db, params) : 0)
  return {
    total,
    offset: q.offset,
    limit: q.limit,
    rows: rows.map(({ total: _t, ...r }) => r),
    actors: facets?.actors ?? [],
    kinds: facets?.kinds ?? [],
    conflicts: facets?.conflicts ?? 0,
  }
}

async function countChanges(db: Db, params: unknown[]): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from changes ch join claims c on c.id = ch.claim_id
      where ($1::text is null or c.actor = $1) and ($2::text is null or c.kind = $2)
        and ($3::date is null or ch.reported >= $3::date) and ($4::date is null or ch.reported <= $4::date)`,
    params,
  )
  return row?.n ?? 0
}
