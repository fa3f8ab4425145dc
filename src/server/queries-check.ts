import type { Analysis } from '../model/facts.js'
import type { Db } from '../store/db.js'
import { checkAnalysis, type CheckLine } from '../store/queries/check.js'

/** A check line tied to the stored fact it judges, so the page can point at its highlight. */
export interface ArticleCheckLine extends CheckLine {
  readonly id: number
  /**
   * Other stories in the register that report the same claim (a pledge) or the
   * same (actor, type, target) (an interaction). 0: this article is its only
   * source, so "agrees" would only mean it agrees with itself (issue 16, item 6).
   */
  readonly sources_elsewhere: number
}

type Stored<T> = T & { id: number }
interface StoredFacts {
  pledges: Array<Stored<Analysis['pledges'][number]>>
  interactions: Array<Stored<Analysis['interactions'][number]>>
}

/**
 * A stored article's pledges and interactions against the register today
 * (the `check` command's verdicts): `differs` when a later report moved the
 * claim to another value. Lines come in the order of the facts they judge;
 * null when no article has this id. Reads only the fields a verdict needs
 * (one JSON row: the embedded store converts results field by field).
 */
export async function checkArticle(db: Db, articleId: number): Promise<ArticleCheckLine[] | null> {
  const [row] = await db.query<{ facts: StoredFacts | null }>(
    `select (select json_build_object(
               'pledges', coalesce((select json_agg(json_build_object('id', p.id, 'actor', p.actor, 'kind', p.kind, 'year', p.year, 'value', p.value,
                                      'value_max', p.value_max, 'evidence', json_build_object('text', p.ev_text)) order by p.ev_start, p.id)
                                      from pledges p where p.article_id = a.id), '[]'),
               'interactions', coalesce((select json_agg(json_build_object('id', x.id, 'actor', x.actor, 'type', x.type, 'target', x.target,
                                      'evidence', json_build_object('text', x.ev_text)) order by x.ev_start, x.id)
                                      from interactions x where x.article_id = a.id), '[]')
             )) as facts
       from articles a where a.id = $1`,
    [articleId],
  )
  if (!row?.facts) return null
  const { pledges, interactions } = row.facts
  const [lines, elsewhere] = await Promise.all([checkAnalysis(db, { pledges, interactions } as unknown as Analysis), sourcesElsewhere(db, articleId)])
  // checkAnalysis answers one line per pledge, then one per interaction, in input order.
  const ids = [...pledges, ...interactions].map((f) => Number(f.id))
  const kinds = [...pledges.map(() => 'pledge'), ...interactions.map(() => 'interaction')]
  return lines.map((line, i) => ({ id: ids[i], ...line, sources_elsewhere: elsewhere.get(`${kinds[i]}:${ids[i]}`) ?? 0 }))
}

/**
 * For each fact of the article, how many other stories report it: a pledge's
 * claim sources other than this story (claim_sources holds one row per story),
 * an interaction's reports in the month counts less those of this story.
 * Keyed `pledge:ID` / `interaction:ID`.
 */
async function sourcesElsewhere(db: Db, articleId: number): Promise<Map<string, number>> {
  const rows = await db.query<{ key: string; n: number }>(
    `select 'pledge:' || p.id as key,
            (select count(*)::int from claim_sources s where s.claim_id = p.claim_id and s.story_id <> a.story_id) as n
       from articles a join pledges p on p.article_id = a.id where a.id = $1
     union all
     select 'interaction:' || x.id,
            greatest(0, (select coalesce(sum(m.n), 0)::int from interaction_months m where m.actor = x.actor and m.target = x.target and m.type = x.type)
                      - (select count(*)::int from articles b join interactions y on y.article_id = b.id
                          where b.story_id = a.story_id and y.actor = x.actor and y.target = x.target and y.type = x.type))
       from articles a join interactions x on x.article_id = a.id where a.id = $1`,
    [articleId],
  )
  return new Map(rows.map((r) => [r.key, r.n]))
}
