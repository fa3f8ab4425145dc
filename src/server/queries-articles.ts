import type { Db } from '../store/db.js'
import { changesOfArticle } from '../store/queries/article-changes.js'
import type { ChangeRow } from '../store/queries/register.js'

/** An article as listed: its metadata, without the text. */
export interface ArticleSummary {
  readonly id: number
  readonly story_id: number
  readonly doc: string
  readonly url: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly facts: number
  readonly ingested_at: string
}

interface EvidenceSpan {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** An article with its cleaned text and every fact read from it, each with evidence offsets into `text`. */
export interface ArticleDetail extends ArticleSummary {
  readonly text: string
  readonly pledges: Array<Record<string, unknown> & { id: number; evidence: EvidenceSpan }>
  readonly interactions: Array<Record<string, unknown> & { id: number; evidence: EvidenceSpan }>
  readonly quotes: Array<Record<string, unknown> & { id: number; evidence: EvidenceSpan }>
  /** Register changes this article caused (a new claim, a changed value). */
  readonly changes: ChangeRow[]
  /** Other articles of the same story (wire copies). */
  readonly copies: Array<{ id: number; doc: string; outlet: string | null; url: string | null }>
}

const SUMMARY = `a.id::int, a.story_id::int, a.doc, a.url, a.title, a.outlet, a.published::text, a.facts,
  to_char(a.ingested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as ingested_at`
const EVIDENCE = `json_build_object('start', f.ev_start, 'end', f.ev_end, 'text', f.ev_text) as evidence`

/** Articles, most recently ingested first (database id order, so pages are stable while new ones arrive at the top). */
export async function listArticles(db: Db, q: { limit: number; offset: number }): Promise<ArticleSummary[]> {
  return db.query<ArticleSummary>(`select ${SUMMARY} from articles a order by a.id desc limit $1 offset $2`, [q.limit, q.offset])
}

/** One article with its text, facts (in text order), the changes it caused and its wire copies; null when unknown. */
export async function getArticle(db: Db, id: number): Promise<ArticleDetail | null> {
  const [article] = await db.query<ArticleSummary & { text: string }>(`select ${SUMMARY}, a.text from articles a where a.id = $1`, [id])
  if (!article) return null
  const [pledges, interactions, quotes, changes, copies] = await Promise.all([
    db.query<ArticleDetail['pledges'][number]>(
      `select f.id::int, f.claim_id::int, f.actor, f.kind, f.year, f.value, f.value_max, f.unit, f.base_year, f.status,
              f.change, f.previous_value, f.reported::text, f.rule, ${EVIDENCE}
         from pledges f where f.article_id = $1 order by f.ev_start, f.id`,
      [id],
    ),
    db.query<ArticleDetail['interactions'][number]>(
      `select f.id::int, f.actor, f.type, f.target, f.date, f.place, f.reported::text, f.rule, ${EVIDENCE}
         from interactions f where f.article_id = $1 order by f.ev_start, f.id`,
      [id],
    ),
    db.query<ArticleDetail['quotes'][number]>(
      `select f.id::int, f.speaker, f.actor, f.text, f.reported::text, f.rule, ${EVIDENCE}
         from quotes f where f.article_id = $1 order by f.ev_start, f.id`,
      [id],
    ),
    changesOfArticle(db, id),
    db.query<ArticleDetail['copies'][number]>(
      `select id::int, doc, outlet, url from articles where story_id = $1 and id <> $2 order by id limit 100`,
      [article.story_id, id],
    ),
  ])
  return { ...article, pledges, interactions, quotes, changes, copies }
}
