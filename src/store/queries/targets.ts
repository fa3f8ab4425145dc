import type { Db } from '../db.js'

export interface TargetsQuery {
  readonly actor?: string
  readonly kind?: string
  /** Evidence pieces per claim in the answer (all are stored). */
  readonly evidence?: number
}

export interface EvidenceRow {
  readonly article_id: number
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  readonly date: string | null
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface HistoryRow {
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly first_reported: string | null
  readonly last_reported: string | null
}

/** One merged claim: the shape of `targets --format json` and `/api/targets`. */
export interface Claim {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly status: string | null
  readonly sources: number
  readonly reports: number
  readonly first_reported: string | null
  readonly last_reported: string | null
  readonly history: HistoryRow[]
  readonly evidence: EvidenceRow[]
}

/**
 * The register's claims, filtered by actor and kind, each with its value
 * history (oldest first) and its latest evidence. Three indexed reads, however
 * large the corpus.
 */
export async function queryTargets(db: Db, q: TargetsQuery = {}): Promise<Claim[]> {
  const perClaim = q.evidence ?? 3
  // Each read answers one JSON array rather than a row per claim: the embedded store converts a
  // result field by field in JavaScript, which made a thousand claims of 12 columns cost more than
  // the query itself (measured at 100k articles: 138 ms as rows, 74 ms as one JSON value).
  const claims = await jsonRows<Omit<Claim, 'history' | 'evidence'>>(
    db,
    `select json_agg(json_build_object('id', id, 'actor', actor, 'kind', kind, 'year', year, 'value', value, 'value_max', value_max,
              'base_year', base_year, 'status', status, 'sources', sources, 'reports', reports,
              'first_reported', first_reported, 'last_reported', last_reported) order by actor, kind, year nulls last)
       from claims
      where ($1::text is null or actor = upper($1)) and ($2::text is null or kind = $2)`,
    [q.actor ?? null, q.kind ?? null],
  )
  if (!claims.length) return []
  const ids = claims.map((c) => c.id)
  const history = await jsonRows<HistoryRow & { claim_id: number }>(
    db,
    `select json_agg(json_build_object('claim_id', claim_id, 'value', value, 'value_max', value_max, 'base_year', base_year,
              'first_reported', first_reported, 'last_reported', last_reported) order by claim_id, first_reported, value)
       from claim_values where claim_id = any($1::bigint[])`,
    [ids],
  )
  const evidence = await jsonRows<EvidenceRow & { claim_id: number }>(
    db,
    `select json_agg(json_build_object('claim_id', e.claim_id, 'article_id', e.article_id, 'doc', a.doc, 'url', a.url, 'outlet', a.outlet,
              'date', e.reported, 'start', e.ev_start, 'end', e.ev_end, 'text', e.ev_text) order by e.claim_id, e.reported desc, e.id desc)
       from unnest($1::bigint[]) as c(id)
       cross join lateral (
         select * from pledges p where p.claim_id = c.id order by p.reported desc, p.id desc limit $2
       ) e
       join articles a on a.id = e.article_id`,
    [ids, perClaim],
  )
  const byClaim = <T extends { claim_id: number }>(rows: T[]) => {
    const m = new Map<number, Omit<T, 'claim_id'>[]>()
    for (const { claim_id, ...rest } of rows) {
      const list = m.get(claim_id) ?? []
      list.push(rest)
      m.set(claim_id, list)
    }
    return m
  }
  const h = byClaim(history)
  const e = byClaim(evidence)
  return claims.map((c) => ({ ...c, history: h.get(c.id) ?? [], evidence: e.get(c.id) ?? [] }))
}

/** Runs a query whose one row holds `json_agg(...)` and returns the array (none: empty). */
async function jsonRows<T>(db: Db, sql: string, params: readonly unknown[]): Promise<T[]> {
  const [row] = await db.query<{ json_agg: T[] | null }>(sql, params)
  return row?.json_agg ?? []
}
