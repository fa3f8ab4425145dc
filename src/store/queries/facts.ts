import type { Db } from '../db.js'
import { personKey } from '../people.js'

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
  /** The person's one name in the register (the fullest seen; a lone surname resolved), and the actor they act for. */
  readonly person: string | null
  readonly person_actor: string | null
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

/** An interaction's date for sorting and filtering: its own, else its article's (indexed in migration 004). */
export const INTERACTION_WHEN = 'coalesce(f.date, pw_iso_date(f.reported))'
export const INTERACTION_COLUMNS = `f.id::int, f.actor, f.type, f.target, f.date, f.place, ${SOURCE_COLUMNS}`
export const INTERACTION_FROM = 'from interactions f join articles a on a.id = f.article_id'

/**
 * Interactions, newest first, filtered by actor (either side), type and date range.
 * With an actor, each side is read newest first from its own index and the two
 * merged, so a page costs the same however many interactions the actor has.
 */
export async function queryInteractions(db: Db, q: InteractionsQuery = {}): Promise<InteractionRow[]> {
  const filters = `($2::text is null or f.type = $2)
        and ($3::text is null or ${INTERACTION_WHEN} >= $3)
        and ($4::text is null or ${INTERACTION_WHEN} <= $4 || '~')`
  const order = `order by ${INTERACTION_WHEN} desc, f.id desc`
  const params = [q.actor?.toUpperCase() ?? null, q.type ?? null, q.since ?? null, q.until ?? null, q.limit ?? 1000, q.offset ?? 0]
  if (q.actor === undefined) {
    // `$1 is null` keeps the parameter list one shape for both queries.
    return db.query<InteractionRow>(`select ${INTERACTION_COLUMNS} ${INTERACTION_FROM} where $1::text is null and ${filters} ${order} limit $5 offset $6`, params)
  }
  const side = (where: string) => `(select ${INTERACTION_COLUMNS}, ${INTERACTION_WHEN} as at ${INTERACTION_FROM} where ${where} and ${filters} ${order} limit $5::int + $6::int)`
  return db.query<InteractionRow>(
    `select id, actor, type, target, date, place, article_id, doc, url, outlet, published, evidence
       from (${side('f.actor = $1')} union all ${side('f.target = $1 and f.actor <> $1')}) u
      order by at desc, id desc limit $5::int offset $6::int`,
    params,
  )
}

export interface QuotesQuery {
  /** Any part of the speaker's name, case-insensitive. */
  readonly speaker?: string
  readonly actor?: string
  readonly limit?: number
  readonly offset?: number
}

/**
 * Quotes, newest first, by speaker name or the actor the speaker acts for.
 * The name matches as written or as the person's folded key, so "Xi Jinping"
 * finds "Xi Jin Ping" (people.ts); each quote names its person.
 */
export async function queryQuotes(db: Db, q: QuotesQuery = {}): Promise<QuoteRow[]> {
  const key = q.speaker == null ? null : personKey(q.speaker)
  return db.query<QuoteRow>(
    `select f.id::int, f.speaker, f.actor, f.text, ${SOURCE_COLUMNS}, per.name as person, coalesce(per.actor, pp.actor) as person_actor
       from quotes f join articles a on a.id = f.article_id
       ${PERSON_JOIN}
      where ($1::text is null or lower(f.speaker) like '%' || lower($1) || '%' escape '\\' or ($5::text <> '' and f.person_key like '%' || $5 || '%' escape '\\'))
        and ($2::text is null or f.actor = upper($2))
      order by f.reported desc, f.id desc
      limit $3 offset $4`,
    [q.speaker == null ? null : escapeLike(q.speaker), q.actor ?? null, q.limit ?? 1000, q.offset ?? 0, key === null ? null : escapeLike(key)],
  )
}

/**
 * A quote's person (`per`): its own record (`pp`), or for a lone surname the one
 * person of that surname with a fuller name who acts for the same actor, when
 * there is exactly one ("Biden" is "Joe Biden").
 */
export const PERSON_JOIN = `left join people pp on pp.key = f.person_key
       left join lateral (
         select coalesce((select case when count(*) = 1 then min(c.key) end from people c
                           where pp.words = 1 and c.surname = pp.surname and c.words > 1
                             and (pp.actor is null or c.actor is null or c.actor = pp.actor)), pp.key) as key) pk on true
       left join people per on per.key = pk.key`

/** A name searched as written: `%` and `_` are letters to match, not LIKE wildcards (issue 15). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`)
}
