import { Hono, type MiddlewareHandler } from 'hono'
import { z } from 'zod'
import { createWorkerPool, type AnalysePool } from '../parallel/analyse-pool.js'
import type { Db } from '../store/db.js'
import { checkHost, LOCAL_HOSTS } from './allowed-hosts.js'
import { ApiError, createErrorHandler, describeIssues, notFound } from './api-error.js'
import { limitBody, requireToken } from './auth.js'
import { cacheResponses } from './cache.js'
import { compressAnswers } from './compress.js'
import { conditionalGet } from './conditional.js'
import { DATASET_PATHS, datasetStamp } from './dataset-cache.js'
import { buildOpenApi } from './openapi.js'
import type { RouteSpec } from './route.js'
import { ARTICLE_ROUTES } from './routes-articles.js'
import { REGISTER_ROUTES } from './routes-register.js'
import { ASSESSMENT_ROUTES } from './routes-assessment.js'
import { DASHBOARD_ROUTES } from './routes-dashboard.js'
import { FEED_ROUTES } from './routes-feeds.js'
import { mountDashboard } from './static.js'
import { checkParamText, checkQueryText } from './text-checks.js'
import { WriteTracker } from './write-tracker.js'

/** Every API route; the router and /openapi.json are both built from this list. */
export const ROUTES: readonly RouteSpec[] = [...REGISTER_ROUTES, ...ARTICLE_ROUTES, ...ASSESSMENT_ROUTES, ...DASHBOARD_ROUTES, ...FEED_ROUTES]

/** Request bodies past this size are refused with 413. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024

export interface AppOptions {
  readonly db: Db
  /** Bearer token for writes; without one the server is read-only. */
  readonly token?: string
  readonly maxBodyBytes?: number
  /** Where 500s log their stack (default stderr). */
  readonly log?: (line: string) => void
  /** Folder of the built dashboard served at `/` (default dist/web); false serves the API only. */
  readonly web?: string | false
  /** The data folder whose downloaded dataset the assessment reads (default $PLEDGEWATCH_DATA or ./.pledgewatch). */
  readonly dataDir?: string
  /**
   * Where posted articles are analysed. Default: one worker thread, made on
   * the first post, with a time limit of `timeLimitMs`; the caller closes a pool it passes.
   */
  readonly analyser?: AnalysePool
  /** Longest one posted article may take to analyse (default 60 s; 0: no limit). */
  readonly timeLimitMs?: number
  /**
   * This app is the register's only writer (`serve` on an embedded data folder, whose lock
   * keeps other processes out): the answer cache then counts writes itself (cache.ts).
   */
  readonly singleWriter?: boolean
  /** Host names the server answers to (see allowedHostsFor); null answers any. Default: the local names. */
  readonly allowedHosts?: readonly string[] | null
}

const NO_PARAMS = z.strictObject({})

/** Parses path or query parameters with the route's schema; a failure is a 400 naming each bad parameter. */
function validate(schema: z.ZodObject | undefined, input: Record<string, string>, where: string): Record<string, unknown> {
  checkParamText(input, where)
  const parsed = (schema ?? NO_PARAMS).safeParse(input)
  if (!parsed.success) throw new ApiError(400, 'E_BAD_REQUEST', describeIssues(parsed.error, where))
  return parsed.data
}

/**
 * The JSON HTTP API over the register, as a Hono app: call `app.request()`
 * in tests, or hand `app.fetch` to a server (see listen.ts).
 * @example
 * const app = createApp({ db, token: process.env.PLEDGEWATCH_TOKEN })
 * const res = await app.request('/api/targets?actor=JPN')
 */
export function createApp(opts: AppOptions): Hono {
  const app = new Hono()
  app.onError(createErrorHandler(opts.log))
  app.notFound(notFound)
  app.use('*', async (c, next) => {
    await next()
    // JSON must never be sniffed into HTML by a browser (issue 5, item 3).
    c.header('X-Content-Type-Options', 'nosniff')
  })
  app.use('*', checkHost(opts.allowedHosts === undefined ? LOCAL_HOSTS : opts.allowedHosts))
  // JSON and files without a precompressed copy go brotli or gzip when the client takes it (issue 16, item 7).
  app.use('*', compressAnswers())
  // Undecodable bytes and NULs in the query are a 400 naming the parameter, before any route (issue 15).
  const checkQuery: MiddlewareHandler = async (c, next) => {
    checkQueryText(c.req.url)
    await next()
  }
  app.use('/api/*', checkQuery)
  app.use('/feeds/*', checkQuery)
  let pool = opts.analyser ?? null
  // unref: a pool nobody closes (an app in a test) must not keep the process alive.
  const analyser = () => (pool ??= createWorkerPool(1, { timeLimitMs: opts.timeLimitMs ?? 60_000, unref: true }))
  const maxBodyBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  const writes = new WriteTracker()
  const cache = cacheResponses(opts.db, {
    writes: opts.singleWriter ? writes : undefined,
    // The assessment and the headline figures also read the dataset `data update` may switch.
    alsoDependsOn: async (path) => (DATASET_PATHS.has(path) ? datasetStamp(opts.dataDir) : null),
  })
  app.use('/api/*', cache)
  // The feeds share the API's answer cache; outside it, a client's ETag or date gets a 304 (issue 17).
  app.use('/feeds/*', conditionalGet(), cache)
  const openapi = buildOpenApi(ROUTES)
  app.get('/openapi.json', (c) => c.json(openapi))
  for (const r of ROUTES) {
    const guards: MiddlewareHandler[] = [...(r.auth ? [requireToken(opts.token)] : []), ...(r.body ? [limitBody(maxBodyBytes)] : [])]
    // Hono runs every handler registered for a route in order: the guards, then the route.
    for (const guard of guards) app.on(r.method.toUpperCase(), r.path, guard)
    app.on(r.method.toUpperCase(), r.path, async (c) => {
      const params = validate(r.params, c.req.param() as Record<string, string>, 'path')
      const query = validate(r.query, c.req.query(), 'query')
      return r.handle({ c, db: opts.db, dataDir: opts.dataDir, query, params, analyser, maxBodyBytes, writes })
    })
  }
  if (opts.web !== false) mountDashboard(app, opts.web)
  return app
}
