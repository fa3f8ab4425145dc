import type { Db } from '../db.js'
import { personKey } from '../people.js'
import { escapeLike } from './facts.js'

/** One person of the register: one record however their name was spelled (issue 14, item 7). */
export interface PersonRow {
  readonly name: string
  /** The actor they act for: a country over a body they speak in, then the one most quoted for. */
  readonly actor: string | null
  readonly quotes: number
  /** The spellings they were quoted under ("John F. Kerry", "John Kerry", "Kerry"), at most ten. */
  readonly names: string[]
}

/**
 * People quoted in the register, most quoted first, each once: spellings that
 * fold to one key are one record, and a lone surname joins the one fuller name
 * of that surname acting for the same actor.
 * @example await queryPeople(db, { name: 'Kerry' }) // [{ name: 'John F. Kerry', actor: 'USA', quotes: 12, names: [...] }]
 */
export async function queryPeople(db: Db, q: { name?: string; actor?: string; limit?: number } = {}): Promise<PersonRow[]> {
  const key = q.name == null ? null : personKey(q.name)
  return db.query<PersonRow>(
    `with r as (
       select pp.key, pp.quotes,
              coalesce((select case when count(*) = 1 then min(c.key) end from people c
                         where pp.words = 1 and c.surname = pp.surname and c.words > 1
                           and (pp.actor is null or c.actor is null or c.actor = pp.actor)), pp.key) as canon
         from people pp),
     g as (select canon, sum(quotes)::int as quotes, array_agg(key) as keys from r group by canon)
     select per.name, per.actor, g.quotes,
            array(select distinct q.speaker from quotes q where q.person_key = any(g.keys) order by q.speaker limit 10) as names
       from g join people per on per.key = g.canon
      where ($1::text is null or per.key like '%' || $1 || '%' escape '\\' or exists (select 1 from unnest(g.keys) k where k like '%' || $1 || '%' escape '\\'))
        and ($2::text is null or per.actor = upper($2))
      order by g.quotes desc, per.name
      limit $3`,
    [key === null ? null : escapeLike(key), q.actor ?? null, q.limit ?? 200],
  )
}
