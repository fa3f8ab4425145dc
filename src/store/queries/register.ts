import type { Db } from '../db.js'

export interface ChangeRow {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly change: 'new' | 'changed'
  readonly old_value: number | null
  readonly old_value_max: number | null
  readonly new_value: number | null
  readonly new_value_max: number | null
  readonly reported: string | null
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  readonly evidence: string
}

/** The change log, newest report first: claims that appeared and values that changed since `since`. */
export async function queryChanges(db: Db, q: { since?: string; actor?: string; limit?: number } = {}): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `select ch.id::int, c.actor, c.kind, c.year, ch.change, ch.old_value, ch.old_value_max, ch.new_value, ch.new_value_max,
            ch.reported::text, a.doc, a.url, a.outlet, p.ev_text as evidence
       from changes ch
       join claims c on c.id = ch.claim_id
       join pledges p on p.id = ch.pledge_id
       join articles a on a.id = p.article_id
      where ($1::date is null or ch.reported >= $1::date) and ($2::text is null or c.actor = upper($2))
      order by ch.reported desc, ch.id desc
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
  readonly a: ConflictSide
  readonly b: ConflictSide
}

/** Pairs of independent sources that report different values for one claim in the same week. */
export async function queryConflicts(db: Db, q: { actor?: string } = {}): Promise<ConflictRow[]> {
  const side = (p: string, a: string) =>
    `json_build_object('value', ${p}.value, 'value_max', ${p}.value_max, 'reported', ${p}.reported::text, 'doc', ${a}.doc, 'outlet', ${a}.outlet, 'url', ${a}.url, 'sentence', ${p}.ev_text)`
  return db.query<ConflictRow>(
    `select k.id::int, c.actor, c.kind, c.year, ${side('pa', 'aa')} as a, ${side('pb', 'ab')} as b
       from conflicts k
       join claims c on c.id = k.claim_id
       join pledges pa on pa.id = k.pledge_a join articles aa on aa.id = pa.article_id
       join pledges pb on pb.id = k.pledge_b join articles ab on ab.id = pb.article_id
      where ($1::text is null or c.actor = upper($1))
      order by greatest(pa.reported, pb.reported) desc, k.id desc`,
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
