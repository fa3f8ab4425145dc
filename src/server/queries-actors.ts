import { COUNTRIES } from '../actors/gazetteer.js'
import { GROUP_NAMES } from '../actors/data/groups.js'
import type { Db } from '../store/db.js'

/** One actor of the register with how much it holds on it. */
export interface ActorSummary {
  readonly id: string
  /** Common English name where the id is a known country or group, else the id. */
  readonly name: string
  readonly targets: number
  readonly interactions_out: number
  readonly interactions_in: number
  readonly quotes: number
  /** Latest report date of any of its targets. */
  readonly last_reported: string | null
}

/** The English name of an actor id: "JPN" → "Japan", "EU" → "European Union". */
export function actorName(id: string): string {
  return COUNTRIES.get(id)?.name.common ?? GROUP_NAMES[id]?.[0] ?? id
}

/** Every actor with targets, interactions (either side) or quotes, ordered by id. */
export async function listActors(db: Db, q: { limit: number; offset: number }): Promise<ActorSummary[]> {
  const rows = await db.query<Omit<ActorSummary, 'name'>>(
    `with x as (
       select actor, count(*) as t, 0 as o, 0 as i, 0 as q, max(last_reported) as last from claims group by actor
       union all select actor, 0, count(*), 0, 0, null from interactions group by actor
       union all select target, 0, 0, count(*), 0, null from interactions group by target
       union all select actor, 0, 0, 0, count(*), null from quotes where actor is not null group by actor)
     select actor as id, sum(t)::int as targets, sum(o)::int as interactions_out, sum(i)::int as interactions_in,
            sum(q)::int as quotes, max(last)::text as last_reported
       from x group by actor order by actor limit $1 offset $2`,
    [q.limit, q.offset],
  )
  return rows.map(({ id, ...counts }) => ({ id, name: actorName(id), ...counts }))
}

/** True when the register holds anything on the actor. */
export async function hasActor(db: Db, id: string): Promise<boolean> {
  const rows = await db.query(
    `select 1 from claims where actor = $1
     union all select 1 from interactions where actor = $1 or target = $1
     union all select 1 from quotes where actor = $1 limit 1`,
    [id],
  )
  return rows.length > 0
}
