import type { Db } from '../db.js'
import type { ChangeRow } from './register.js'

/** The register changes one stored article caused, for `watch` to print as they happen. */
export async function changesOfArticle(db: Db, articleId: number): Promise<ChangeRow[]> {
  return db.query<ChangeRow>(
    `select ch.id::int, c.actor, c.kind, c.year, ch.change, ch.old_value, ch.old_value_max, ch.new_value, ch.new_value_max,
            ch.reported::text, a.doc, a.url, a.outlet, p.ev_text as evidence
       from changes ch join claims c on c.id = ch.claim_id join pledges p on p.id = ch.pledge_id join articles a on a.id = p.article_id
      where p.article_id = $1 order by ch.id`,
    [articleId],
  )
}

/** True when an article with this URL is stored. */
export async function hasArticleUrl(db: Db, url: string): Promise<boolean> {
  return (await db.query('select 1 from articles where url = $1 limit 1', [url])).length > 0
}
