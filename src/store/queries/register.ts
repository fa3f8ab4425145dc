import type { Db } from '../db.js'

export interface ChangeRow {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  /**
   * new: the claim appeared; changed: its value became another that does not overlap
   * ("26 → 46"); moved: the target changed year (`old_year` → `year`); withdrawn;
   * superseded: a report named it as a former target.
   */
  readonly change: 'new' | 'changed' | 'moved' | 'withdrawn' | 'superseded'
  readonly old_value: number | null
  readonly old_value_max: number | null
  readonly new_value: number | null
  readonly new_value_max: number | null
  readonly old_year: number | null
  /** What the values measure: 'percent', 'GW', 'degC' or 'MtCO2e' (the claim's unit, issue 14, item 6); null for a line without values. */
  readonly unit: string | null
  /** 'CH4' for a methane-only target; null for all gases. */
  readonly gas: string | null
  /** The date of the report behind the line; null when that report is undated (never the day it was read). */
  readonly reported: string | null
  readonly doc: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly evidence: string | null
}

/** The columns and joins of a change-log line (shared with article-changes.ts). */
export const CHANGE_SELECT = `select ch.id::int, c.actor, c.kind, c.year, ch.change, ch.old_value, ch.old_value_max, ch.new_value, ch.new_value_max, ch.old_year,
            case when c.metric <> '' then c.metric when c.kind = 'temperature' then 'degC' when coalesce(ch.old_value, ch.new_value) is not null then 'percent' end as unit,
            nullif(c.gas, '') as gas, pw_iso_date(ch.reported) as reported, a.doc, a.url, a.outlet, p.ev_text as evidence
       from changes ch
       join claims c on c.id = ch.claim_id
       left join pledges p on p.id = ch.pledge_id
       left join articles a on a.id = p.article_id`

/**
 * The change log by report date, newest first (never by the order articles
 * arrived); lines from undated reports come last. `since` keeps dated lines only.
 */
export async function queryChanges(db: Db, q: { since?: string; actor?: string; limit?: number } = {}): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `${CHANGE_SELECT}
      where ($1::date is null or ch.reported >= $1::date) and ($2::text is null or c.actor = upper($2))
      order by ch.reported desc nulls last, c.actor, c.kind, c.year nulls last, ch.change, ch.old_year nulls first, ch.new_value nulls first, ch.id
      limit $3`,
    [q.since ?? null, q.actor ?? null, q.limit ?? 1000],
  )
}

export interface ConflictSide {
  readonly value: number | null
  readonly value_max: number | null
  readonly reported: string | null
  readonly doc: string
  readonly outlet: string | null
  readonly url: string | null
  readonly sentence: string
}

export interface ConflictRow {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  /** 'reports': two independent dated reports within the window; 'article': two values in one article. */
  readonly origin: 'reports' | 'article'
  /** What both values measure: 'percent', 'GW', 'degC' or 'MtCO2e'; and 'CH4' for a methane-only target (null: all gases). */
  readonly unit: string
  readonly gas: string | null
  readonly a: ConflictSide
  readonly b: ConflictSide
}

/**
 * Conflicts (issue 14, item 5): a current value and another from an independent
 * dated report within CONFLICT_WINDOW_DAYS that cannot both hold, and two such
 * values in one article. Newest first.
 */
export async function queryConflicts(db: Db, q: { actor?: string } = {}): Promise<ConflictRow[]> {
  const side = (p: string, a: string) =>
    `json_build_object('value', ${p}.value, 'value_max', ${p}.value_max, 'reported', pw_iso_date(${p}.reported), 'doc', ${a}.doc, 'outlet', ${a}.outlet, 'url', ${a}.url, 'sentence', ${p}.ev_text)`
  return db.query<ConflictRow>(
    `select k.id::int, c.actor, c.kind, c.year, k.origin,
            case when c.metric <> '' then c.metric when c.kind = 'temperature' then 'degC' else 'percent' end as unit, nullif(c.gas, '') as gas,
            ${side('pa', 'aa')} as a, ${side('pb', 'ab')} as b
       from conflicts k
       join claims c on c.id = k.claim_id
       join pledges pa on pa.id = k.pledge_a join articles aa on aa.id = pa.article_id
       join pledges pb on pb.id = k.pledge_b join articles ab on ab.id = pb.article_id
      where ($1::text is null or c.actor = upper($1))
      order by greatest(pa.reported, pb.reported) desc nulls last, c.actor, c.kind, c.year nulls last, pa.tiebreak, pb.tiebreak`,
    [q.actor ?? null],
  )
}

export interface SearchHit {
  readonly article_id: number
  readonly doc: string
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly rank: number
  readonly snippet: string
}

/**
 * Full-text search over article titles and text (PostgreSQL `websearch_to_tsquery`:
 * words, "quoted phrases", -exclusions, or), ranked, with highlighted snippets.
 * Of very common words, the newest SEARCH_CANDIDATES matches are ranked.
 */
export async function searchArticles(db: Db, words: string, q: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
  // Ranking reads every match's tsvector, so on a large register only the newest
  // SEARCH_CANDIDATES matches are ranked: the answer stays fast however common the words.
  return db.query<SearchHit>(
    `with query as (select websearch_to_tsquery('english', $1) as q),
     recent as (
       select a.id from articles a, query where a.tsv @@ query.q
        order by a.id desc limit ${SEARCH_CANDIDATES}),
     hits as (
       select a.id, a.doc, a.title, a.url, a.outlet, a.published, a.text, ts_rank_cd(a.tsv, query.q) as rank, query.q
         from articles a join recent r on r.id = a.id, query
        order by rank desc, a.id desc
        limit $2 offset $3)
     select id::int as article_id, doc, title, url, outlet, published::text, rank::float8,
            ts_headline('english', text, q, 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2') as snippet
       from hits order by rank desc, id desc`,
    [words, q.limit ?? 20, q.offset ?? 0],
  )
}

/** How many of the newest matches `searchArticles` ranks. */
export const SEARCH_CANDIDATES = 2000
