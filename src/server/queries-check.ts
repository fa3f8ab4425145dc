import type { Analysis } from '../model/facts.js'
import type { Db } from '../store/db.js'
import { checkAnalysis, type CheckLine } from '../store/queries/check.js'
import type { ArticleDetail } from './queries-articles.js'

/** A check line tied to the stored fact it judges, so the page can point at its highlight. */
export interface ArticleCheckLine extends CheckLine {
  readonly id: number
}

/**
 * A stored article's pledges and interactions against the register today
 * (the `check` command's verdicts): `differs` when a later report moved the
 * claim to another value. Lines come in the order of the facts they judge.
 */
export async function checkArticle(db: Db, article: ArticleDetail): Promise<ArticleCheckLine[]> {
  const analysis = {
    doc: article.doc, title: article.title, date: article.published, text: article.text,
    pledges: article.pledges, interactions: article.interactions, quotes: [],
  } as unknown as Analysis
  const lines = await checkAnalysis(db, analysis)
  // checkAnalysis answers one line per pledge, then one per interaction, in input order.
  const ids = [...article.pledges.map((p) => p.id), ...article.interactions.map((x) => x.id)]
  return lines.map((line, i) => ({ id: ids[i], ...line }))
}
