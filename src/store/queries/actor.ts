import type { Db } from '../db.js'
import { queryInteractions, queryQuotes, type InteractionRow, type QuoteRow } from './facts.js'
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

/** Everything the register holds on one actor: targets with history, interactions both ways, quotes, sources. */
export async function queryActor(db: Db, actor: string, limit = 200): Promise<ActorProfile> {
  const id = actor.toUpperCase()
  const [targets, interactions, quotes, sources] = await Promise.all([
    queryTargets(db, { actor: id }),
    queryInteractions(db, { actor: id, limit }),
    queryQuotes(db, { actor: id, limit }),
    db.query<{ outlet: string | null; articles: number }>(
      `select a.outlet, count(distinct a.id)::int as articles from articles a
        where a.id in (select article_id from pledges where actor = $1
                       union select article_id from interactions where actor = $1 or target = $1
                       union select article_id from quotes where actor = $1)
        group by a.outlet order by articles desc, a.outlet limit 50`,
      [id],
    ),
  ])
  return {
    actor: id,
    targets,
    interactions_out: interactions.filter((x) => x.actor === id),
    interactions_in: interactions.filter((x) => x.target === id),
    quotes,
    sources,
  }
}
