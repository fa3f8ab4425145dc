import type { Db } from '../db.js'
import { CHANGE_SELECT, type ChangeRow } from './register.js'

/** The change-log lines one stored article stands behind, for `watch` to print as they happen. */
export async function changesOfArticle(db: Db, articleId: number): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `${CHANGE_SELECT} where p.article_id = $1 order by ch.reported nulls last, c.actor, c.kind, c.year nulls last, ch.id`,
    [articleId],
  )
}

/** True when an article with this URL is stored. */
export async function hasArticleUrl(db: Db, url: string): Promise<boolean> {
  return (await db.query('select 1 from articles where url = $1 limit 1', [url])).length > 0
}
