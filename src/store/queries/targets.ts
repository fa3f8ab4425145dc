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
  const claims = await db.query<Omit<Claim, 'history' | 'evidence'>>(
    `select id::int, actor, kind, year, value, value_max, base_year, status, sources, reports,
            first_reported::text, last_reported::text
       from claims
      where ($1::text is null or actor = upper($1)) and ($2::text is null or kind = $2)
      order by actor, kind, year nulls last`,
    [q.actor ?? null, q.kind ?? null],
  )
  if (!claims.length) return []
  const ids = claims.map((c) => c.id)
  const history = await db.query<HistoryRow & { claim_id: number }>(
    `select claim_id::int, value, value_max, base_year, first_reported::text, last_reported::text
       from claim_values where claim_id = any($1::bigint[]) order by claim_id, first_reported, value`,
    [ids],
  )
  const evidence = await db.query<EvidenceRow & { claim_id: number }>(
    `select e.claim_id::int, e.article_id::int, a.doc, a.url, a.outlet, e.reported::text as date, e.ev_start as start, e.ev_end as end, e.ev_text as text
       from unnest($1::bigint[]) as c(id)
       cross join lateral (
         select * from pledges p where p.claim_id = c.id order by p.reported desc, p.id desc limit $2
       ) e
       join articles a on a.id = e.article_id
      order by e.claim_id, e.reported desc, e.id desc`,
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
