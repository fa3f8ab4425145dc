import type { Db } from '../db.js'

/** Where a fact was read: the article and the sentence. */
export interface Source {
  readonly article_id: number
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string }
}

export interface InteractionRow extends Source {
  readonly id: number
  readonly actor: string
  readonly type: string
  readonly target: string
  readonly date: string | null
  readonly place: string | null
}

export interface QuoteRow extends Source {
  readonly id: number
  readonly speaker: string
  readonly actor: string | null
  readonly text: string
}

export interface InteractionsQuery {
  /** Either side of the interaction. */
  readonly actor?: string
  readonly type?: string
  /** ISO dates, inclusive; an interaction's own date, else its article's. */
  readonly since?: string
  readonly until?: string
  readonly limit?: number
  readonly offset?: number
}

const SOURCE_COLUMNS = `a.id::int as article_id, a.doc, a.url, a.outlet, a.published::text as published,
  json_build_object('start', f.ev_start, 'end', f.ev_end, 'text', f.ev_text) as evidence`

/** Interactions, newest first, filtered by actor (either side), type and date range. */
export async function queryInteractions(db: Db, q: InteractionsQuery = {}): Promise<InteractionRow[]> {
  return db.query<InteractionRow>(
    `select f.id::int, f.actor, f.type, f.target, f.date, f.place, ${SOURCE_COLUMNS}
       from interactions f join articles a on a.id = f.article_id
      where ($1::text is null or f.actor = upper($1) or f.target = upper($1))
        and ($2::text is null or f.type = $2)
        and ($3::text is null or coalesce(f.date, f.reported::text) >= $3)
        and ($4::text is null or coalesce(f.date, f.reported::text) <= $4 || '~')
      order by coalesce(f.date, f.reported::text) desc, f.id desc
      limit $5 offset $6`,
    [q.actor ?? null, q.type ?? null, q.since ?? null, q.until ?? null, q.limit ?? 1000, q.offset ?? 0],
  )
}

export interface QuotesQuery {
  /** Any part of the speaker's name, case-insensitive. */
  readonly speaker?: string
  readonly actor?: string
  readonly limit?: number
  readonly offset?: number
}

/** Quotes, newest first, by speaker name or the actor the speaker acts for. */
export async function queryQuotes(db: Db, q: QuotesQuery = {}): Promise<QuoteRow[]> {
  return db.query<QuoteRow>(
    `select f.id::int, f.speaker, f.actor, f.text, ${SOURCE_COLUMNS}
       from quotes f join articles a on a.id = f.article_id
      where ($1::text is null or lower(f.speaker) like '%' || lower($1) || '%')
        and ($2::text is null or f.actor = upper($2))
      order by f.reported desc, f.id desc
      limit $3 offset $4`,
    [q.speaker ?? null, q.actor ?? null, q.limit ?? 1000, q.offset ?? 0],
  )
}
