import type { Analysis } from '../model/facts.js'
import type { Db } from '../store/db.js'
import { checkAnalysis, type CheckLine } from '../store/queries/check.js'

/** A check line tied to the stored fact it judges, so the page can point at its highlight. */
export interface ArticleCheckLine extends CheckLine {
  readonly id: number
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
  const lines = await checkAnalysis(db, { pledges, interactions } as unknown as Analysis)
  // checkAnalysis answers one line per pledge, then one per interaction, in input order.
  const ids = [...pledges, ...interactions].map((f) => Number(f.id))
  return lines.map((line, i) => ({ id: ids[i], ...line }))
}
