import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import { z } from 'zod'
import type { RawArticle } from '../model/article.js'
import { withoutBidiControls } from '../clean/bidi.js'
import type { AnalysePool } from '../parallel/analyse-pool.js'
import type { Db } from '../store/db.js'
import { storeAnalysis } from '../store/write-article.js'
import { ApiError, describeIssues } from './api-error.js'
import { decodeBodyText, readBodyBytes } from './request-body.js'
import { checkJsonText } from './text-checks.js'
import type { WriteTracker } from './write-tracker.js'

const meta = {
  // http(s) only: a `javascript:` or `data:` address would be a link the dashboard shows (issue 15).
  url: z.url({ protocol: /^https?$/, error: 'an http(s) address' }).max(2048).describe("the article's http(s) address; an article already stored under it is not stored again"),
  title: z.string().max(1000).describe('headline, when the body does not carry it'),
  date: z.string().max(64).describe('publication date (ISO preferred; news formats are understood)'),
  outlet: z.string().max(200).describe('publisher name'),
}

/** A JSON article: metadata plus its `text` or its `html`. */
export const ArticleBodySchema = z
  .strictObject({
    id: z.string().min(1).max(500).optional().describe('your id for the article (default: the url, else a hash of the body)'),
    url: meta.url.optional(),
    title: meta.title.optional(),
    date: meta.date.optional(),
    outlet: meta.outlet.optional(),
    text: z.string().optional().describe('the article as plain text'),
    html: z.string().optional().describe('the article page as HTML (cleaned like an HTML file)'),
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'give the article as "text" or as "html" (one of them)' })

/** Metadata of an HTML or plain-text body, given in the query string. */
export const RawBodyQuerySchema = z.strictObject({
  url: meta.url.optional(),
  title: meta.title.optional(),
  date: meta.date.optional(),
  outlet: meta.outlet.optional(),
})

/**
 * Reads the posted article from the request: a JSON body (validated against
 * ArticleBodySchema), or an HTML or plain-text body with its metadata in the
 * query string.
 */
export async function readPostedArticle(c: Context, query: z.output<typeof RawBodyQuerySchema>, maxBytes: number): Promise<RawArticle> {
  const contentType = c.req.header('content-type') ?? ''
  const type = contentType.split(';')[0].trim().toLowerCase()
  if (type !== 'application/json' && type !== 'text/html' && type !== 'text/plain') {
    throw new ApiError(415, 'E_MEDIA_TYPE', `send application/json, text/html or text/plain, not "${type || 'no content type'}"`)
  }
  // Bytes first: a gzip body is inflated, and binary data is refused with its reason (issue 15, item 4).
  const text = decodeBodyText(await readBodyBytes(c, maxBytes), contentType)
  if (type === 'application/json') {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw new ApiError(400, 'E_BAD_BODY', 'the body is not valid JSON')
    }
    checkJsonText(json, ARTICLE_FIELDS)
    const parsed = ArticleBodySchema.safeParse(json)
    if (!parsed.success) throw new ApiError(400, 'E_BAD_BODY', describeIssues(parsed.error, 'body'))
    const b = parsed.data
    const html = b.html !== undefined
    const body = html ? b.html! : b.text!
    // The query string's metadata fills what the JSON leaves out.
    const m = { url: b.url ?? query.url, title: b.title ?? query.title, date: b.date ?? query.date, outlet: b.outlet ?? query.outlet }
    return withoutBidiControls<RawArticle>({ doc: b.id ?? m.url ?? docIdOf(body), source: 'POST /api/articles', format: html ? 'html' : 'text', body, ...m })
  }
  return withoutBidiControls<RawArticle>({ doc: query.url ?? docIdOf(text), source: 'POST /api/articles', format: type === 'text/html' ? 'html' : 'text', body: text, ...query })
}

/** The JSON fields that hold the article itself, which may carry control characters other than NUL. */
const ARTICLE_FIELDS: ReadonlySet<string> = new Set(['body.text', 'body.html'])

/** A stable id for an article posted without one: the same body gets the same id. */
function docIdOf(body: string): string {
  return `api-${createHash('sha256').update(body).digest('hex').slice(0, 16)}`
}

/**
 * Analyses the article on the analysis pool's thread (never the request
 * thread, so readers are answered meanwhile) and stores it with its facts;
 * `status` says whether it was new. An article over the time limit is a 422
 * with the reason.
 */
export async function ingestArticle(db: Db, raw: RawArticle, analyser: AnalysePool, writes?: WriteTracker) {
  const outcome = await analyser.analyse(raw)
  if (!outcome.ok) throw new ApiError(422, 'E_UNPROCESSABLE', `${outcome.code}: ${outcome.reason}`)
  const a = outcome.analysis
  const r = writes ? await writes.during(() => storeAnalysis(db, a)) : await storeAnalysis(db, a)
  return {
    status: r.status,
    article_id: r.articleId,
    story_id: r.storyId,
    copy: r.copy,
    facts_added: r.factsAdded,
    changes: r.changes,
    doc: a.doc,
    title: a.title,
    date: a.date,
    pledges: a.pledges,
    interactions: a.interactions,
    quotes: a.quotes,
  }
}
