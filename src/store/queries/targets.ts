import type { Db } from '../db.js'
import { claimHistory, type HistoryRow } from './claim-history.js'
import { jsonRows } from './json-rows.js'

export type { HistoryRow } from './claim-history.js'

export const CLAIM_STATES = ['current', 'superseded', 'withdrawn'] as const

export interface TargetsQuery {
  readonly actor?: string
  readonly kind?: string
  /** Evidence pieces per claim in the answer (all are stored). */
  readonly evidence?: number
  /** Also superseded and withdrawn claims (default: current ones only). */
  readonly all?: boolean
}

export interface EvidenceRow {
  readonly article_id: number
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  /** The article's date; null when it is undated. */
  readonly date: string | null
  readonly start: number
  readonly end: number
  readonly text: string
  /** A report about the actor (false: a passing mention in a story about others). */
  readonly about: boolean
}

/** One merged claim: the shape of `targets --format json` and `/api/targets`. */
export interface Claim {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  /** 'percent', 'GW', 'degC' or 'MtCO2e' (million tonnes CO2e); null without a value. Part of the claim key with `gas` (issue 14, item 6). */
  readonly unit: string | null
  /** 'CH4' for a methane-only target; null for all gases. */
  readonly gas: string | null
  readonly base_year: number | null
  /**
   * Who gives the base year: 'article' (a report states it) or 'reference' (no report does; the
   * reference list of official targets gives it for this value, src/store/reference-base.ts); null without one.
   */
  readonly base_year_from: 'article' | 'reference' | null
  /** For a base year from the reference list: its source and date ("Japan, NDC, UNFCCC NDC registry (2021-10-22)"). */
  readonly base_year_source: string | null
  readonly status: string | null
  /** Who gives the status: 'article' (the strongest its reports give) or 'reference' (the reference list's official standing, stronger); null without one. */
  readonly status_from: 'article' | 'reference' | null
  /** For a status from the reference list: its source and date. */
  readonly status_source: string | null
  /** current, superseded (a later report moved or replaced it) or withdrawn (issue 14, item 2). */
  readonly state: (typeof CLAIM_STATES)[number]
  /** Why it is not current ("moved to 2045 (2021-05-13)"), and the sentence that says so. */
  readonly state_reason: string | null
  readonly state_evidence: EvidenceRow | null
  /** The year of the claim that replaced it. */
  readonly successor_year: number | null
  /** Independent stories (wire copies count once). */
  readonly sources: number
  /** Reports in articles about the actor, and passing mentions in articles about others. */
  readonly reports: number
  readonly mentions: number
  /** Reports from undated articles (never counted as the newest). */
  readonly undated: number
  /** Dated reports only. */
  readonly first_reported: string | null
  readonly last_reported: string | null
  readonly history: HistoryRow[]
  readonly evidence: EvidenceRow[]
}

const EVIDENCE = (p: string, a: string) =>
  `'article_id', ${a}.id, 'doc', ${a}.doc, 'url', ${a}.url, 'outlet', ${a}.outlet, 'date', pw_iso_date(${p}.reported),
   'start', ${p}.ev_start, 'end', ${p}.ev_end, 'text', ${p}.ev_text, 'about', ${p}.about`

/**
 * The register's claims, filtered by actor, kind and state, each with its
 * value history (oldest first, with values named as replaced) and its
 * evidence: first the report behind the current value, then the latest
 * others. A few indexed reads, however large the corpus.
 */
export async function queryTargets(db: Db, q: TargetsQuery = {}): Promise<Claim[]> {
  const perClaim = q.evidence ?? 3
  // Each read answers one JSON array rather than a row per claim: the embedded store converts a
  // result field by field in JavaScript, which made a thousand claims of 12 columns cost more than
  // the query itself (measured at 100k articles: 138 ms as rows, 74 ms as one JSON value).
  const claims = await jsonRows<Omit<Claim, 'history' | 'evidence'>>(
    db,
    `select json_agg(json_build_object('id', c.id, 'actor', c.actor, 'kind', c.kind, 'year', c.year, 'value', c.value, 'value_max', c.value_max,
              'unit', case when c.metric <> '' then c.metric when c.kind = 'temperature' then 'degC' when c.value is not null then 'percent' end,
              'gas', nullif(c.gas, ''), 'base_year', c.base_year,
              'base_year_from', case when c.base_year is null then null when c.base_year_source is null then 'article' else 'reference' end,
              'base_year_source', c.base_year_source, 'status', c.status,
              'status_from', case when c.status is null then null when c.status_source is null then 'article' else 'reference' end, 'status_source', c.status_source, 'state', c.state, 'state_reason', c.state_reason,
              'state_evidence', case when sp.id is null then null else json_build_object(${EVIDENCE('sp', 'sa')}) end, 'successor_year', s.year,
              'sources', c.sources, 'reports', c.reports, 'mentions', c.mentions, 'undated', c.undated,
              'first_reported', pw_iso_date(c.first_reported), 'last_reported', pw_iso_date(c.last_reported))
              order by c.actor, c.kind, c.year nulls last, c.metric, c.gas, c.goal nulls first)
       from claims c
       left join claims s on s.id = c.successor_id
       left join pledges sp on sp.id = c.state_pledge_id left join articles sa on sa.id = sp.article_id
      where ($1::text is null or c.actor = upper($1)) and ($2::text is null or c.kind = $2) and ($3::bool or c.state = 'current')`,
    [q.actor ?? null, q.kind ?? null, q.all ?? false],
  )
  if (!claims.length) return []
  const ids = claims.map((c) => c.id)
  const [history, evidence] = await Promise.all([
    claimHistory(db, ids),
    jsonRows<EvidenceRow & { claim_id: number }>(
      db,
      `select json_agg(json_build_object('claim_id', c.id, ${EVIDENCE('e', 'a')}) order by c.n, e.first, e.reported desc nulls last, e.tiebreak)
         from unnest($1::bigint[]) with ordinality as c(id, n)
         cross join lateral (
           (select p.*, 0 as first from pledges p join claims k on k.id = c.id where p.id = k.current_pledge_id)
           union all
           (select p.*, 1 from pledges p join claims k on k.id = c.id where p.claim_id = c.id and p.id is distinct from k.current_pledge_id
             order by p.reported desc nulls last, p.tiebreak limit greatest($2::int - 1, 0))
         ) e
         join articles a on a.id = e.article_id
        where $2::int > 0`,
      [ids, perClaim],
    ),
  ])
  const e = new Map<number, EvidenceRow[]>()
  for (const { claim_id, ...rest } of evidence) e.set(claim_id, [...(e.get(claim_id) ?? []), rest])
  return claims.map((c) => ({ ...c, history: history.get(c.id) ?? [], evidence: e.get(c.id) ?? [] }))
}
