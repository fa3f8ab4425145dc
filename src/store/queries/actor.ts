import type { Db } from '../db.js'
import { INTERACTION_COLUMNS, INTERACTION_FROM, INTERACTION_WHEN, queryQuotes, type InteractionRow, type QuoteRow } from './facts.js'
import { queryTargets, type Claim } from './targets.js'

export interface ActorProfile {
  readonly actor: string
  readonly targets: Claim[]
  readonly interactions_out: InteractionRow[]
  readonly interactions_in: InteractionRow[]
  readonly quotes: QuoteRow[]
  /** Outlets that reported facts about the actor, with article counts. */
  readonly sources: Array<{ outlet: string | null; articles: number }>
}

/** Everything the register holds on one actor: targets in every state with history, interactions both ways, quotes, sources. */
export async function queryActor(db: Db, actor: string, limit = 200): Promise<ActorProfile> {
  const id = actor.toUpperCase()
  // Each list is the newest `limit` rows of one index (migration 004), so the
  // profile costs the same at 1k articles as at 100k.
  const [targets, interactions_out, interactions_in, quotes, sources] = await Promise.all([
    // Every state: the profile shows a superseded or withdrawn target beside the current ones, with its reason.
    queryTargets(db, { actor: id, all: true }),
    db.query<InteractionRow>(
      `select ${INTERACTION_COLUMNS} ${INTERACTION_FROM} where f.actor = $1 order by ${INTERACTION_WHEN} desc, f.id desc limit $2`,
      [id, limit],
    ),
    db.query<InteractionRow>(
      `select ${INTERACTION_COLUMNS} ${INTERACTION_FROM} where f.target = $1 order by ${INTERACTION_WHEN} desc, f.id desc limit $2`,
      [id, limit],
    ),
    queryQuotes(db, { actor: id, limit }),
    db.query<{ outlet: string | null; articles: number }>(
      `select nullif(outlet, '') as outlet, articles from actor_outlets where actor = $1 order by articles desc, outlet limit 50`,
      [id],
    ),
  ])
  return { actor: id, targets, interactions_out, interactions_in, quotes, sources }
}
