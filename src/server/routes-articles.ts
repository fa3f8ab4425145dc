import { z } from 'zod'
import { ApiError } from './api-error.js'
import { ArticleBodySchema, ingestArticle, RawBodyQuerySchema, readPostedArticle } from './ingest-article.js'
import { dbId, limit, offset } from './params.js'
import { getArticle, listArticles } from './queries-articles.js'
import { checkArticle } from './queries-check.js'
import { defineRoute, type RouteSpec } from './route.js'

/** Posted articles analysed or waiting at once; more are refused with 503 so memory stays bounded. */
export const MAX_WAITING_ARTICLES = 16

/** The article routes: read the stored articles with their facts, and post new ones. */
export const ARTICLE_ROUTES: readonly RouteSpec[] = [
  defineRoute({
    method: 'get', path: '/api/articles', tag: 'articles',
    summary: 'Stored articles, most recently ingested first (metadata only)',
    query: z.strictObject({ limit: limit(50, 500), offset }),
    responses: { 200: 'article summaries' },
    handle: async ({ c, db, query }) => c.json(await listArticles(db, query)),
  }),
  defineRoute({
    method: 'get', path: '/api/articles/:id', tag: 'articles',
    summary: 'One article: its cleaned text and every fact read from it, with evidence offsets into the text',
    params: z.strictObject({ id: dbId.describe('article id') }),
    responses: { 200: 'the article with its facts, the register changes it caused and its wire copies' },
    handle: async ({ c, db, params }) => {
      const article = await getArticle(db, params.id)
      if (!article) throw new ApiError(404, 'E_NOT_FOUND', `no article with id ${params.id}`)
      return c.json(article)
    },
  }),
  defineRoute({
    method: 'get', path: '/api/articles/:id/check', tag: 'articles',
    summary: "One article's pledges and interactions against the register today: agrees, differs (with the register's value) or new",
    params: z.strictObject({ id: dbId.describe('article id') }),
    responses: { 200: 'one line per fact, in text order, with the fact id' },
    handle: async ({ c, db, params }) => {
      const lines = await checkArticle(db, params.id)
      if (!lines) throw new ApiError(404, 'E_NOT_FOUND', `no article with id ${params.id}`)
      return c.json(lines)
    },
  }),
  defineRoute({
    method: 'post', path: '/api/articles', tag: 'articles',
    summary: 'Analyse an article and store it with its facts (JSON, or an HTML or plain-text body with metadata in the query)',
    query: RawBodyQuerySchema,
    body: { json: ArticleBodySchema, raw: true },
    auth: true,
    responses: { 201: 'stored: the new article and the facts read from it', 200: 'already stored (same URL or same text); nothing written' },
    handle: async ({ c, db, query, analyser, maxBodyBytes, writes }) => {
      const raw = await readPostedArticle(c, query, maxBodyBytes)
      const pool = analyser()
      // Articles wait for the analysis thread in a short queue; past it, the client is told to come back.
      if (pool.pending >= MAX_WAITING_ARTICLES) throw new ApiError(503, 'E_BUSY', `${pool.pending} articles are being analysed; try again shortly`, { 'Retry-After': '5' })
      const result = await ingestArticle(db, raw, pool, writes)
      if (result.status === 'known') return c.json(result, 200)
      c.header('Location', `/api/articles/${result.article_id}`)
      return c.json(result, 201)
    },
  }),
]
