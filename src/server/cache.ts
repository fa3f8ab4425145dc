import type { MiddlewareHandler } from 'hono'
import type { Db } from '../store/db.js'
import { asBody, encodeBody, MIN_COMPRESS_BYTES, pickEncoding, type Encoding } from './compress.js'
import type { WriteTracker } from './write-tracker.js'

/** Answers kept: the API's JSON and the Atom feeds (issue 17). */
const CACHEABLE = /^application\/(json|atom\+xml)/

/** Headers kept with an answer and sent again with it: the feeds' validators, for 304s (conditional.ts). */
const KEPT_HEADERS = ['etag', 'last-modified', 'cache-control'] as const

interface Entry {
  readonly version: string
  readonly body: string
  readonly type: string
  readonly headers: Record<string, string>
  /** The body compressed, made on the first hit that asks for each encoding (issue 16, item 7). */
  readonly encoded: Partial<Record<Encoding, Buffer>>
}

/**
 * The register's version: the newest article id. Every write that changes an
 * answer (a new article, a wire copy, their facts, claims and changes) stores
 * an article row, and nothing is deleted, so an unchanged id means unchanged
 * answers. One index probe, however large the register.
 */
export async function registerVersion(db: Db): Promise<string> {
  const [row] = await db.query<{ v: string | null }>('select max(id)::text as v from articles')
  return row?.v ?? '0'
}

export interface CacheOptions {
  /** Answers kept at most (least recently used go first). */
  readonly maxEntries?: number
  /** Total UTF-16 length of the kept bodies, at most. */
  readonly maxChars?: number
  /**
   * Given when every write to the register goes through this app (an embedded
   * data folder, which its lock keeps to this one process): the version is then
   * counted here, and a hit costs no query at all, so readers are answered
   * while a write transaction holds the store (issue 15).
   */
  readonly writes?: WriteTracker
  /**
   * What else an answer at this path depends on, as a string that changes when it
   * does (the assessment reads the dataset `data update` replaces); null: the register only.
   */
  readonly alsoDependsOn?: (path: string) => Promise<string | null>
}

/**
 * Keeps successful GET answers under /api/ and serves them again while the
 * register's version is unchanged. The embedded store serialises queries in one
 * thread, so without this 50 dashboard users asking for the same overview run
 * the same queries 50 times in a row. Writes from any process (a PostgreSQL
 * server with several workers) change the version, so an answer is never stale.
 * A request with `Cache-Control: no-cache` is computed afresh (the HTTP bench
 * uses it to time the store). Answers say `X-Cache: hit`, `miss` or `bypass`.
 */
export function cacheResponses(db: Db, opts: CacheOptions = {}): MiddlewareHandler {
  const maxEntries = opts.maxEntries ?? 500
  const maxChars = opts.maxChars ?? 32 * 1024 * 1024
  const entries = new Map<string, Entry>()
  let chars = 0
  const drop = (key: string) => {
    const e = entries.get(key)
    if (e) chars -= e.body.length
    entries.delete(key)
  }
  const writes = opts.writes
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    if (/no-cache|no-store/i.test(c.req.header('cache-control') ?? '')) {
      await next()
      c.header('X-Cache', 'bypass')
      return
    }
    const key = c.req.url
    const startedAt = writes?.generation
    const quiet = !writes?.writing
    // Read before answering: a write that lands while the answer is computed makes it stale at once.
    const extra = opts.alsoDependsOn ? await opts.alsoDependsOn(c.req.path) : null
    const version = `${writes ? `w${writes.finished}` : await registerVersion(db)}${extra === null ? '' : `|${extra}`}`
    const hit = entries.get(key)
    if (hit && hit.version === version) {
      entries.delete(key)
      entries.set(key, hit) // most recently used last
      const enc = hit.body.length >= MIN_COMPRESS_BYTES ? pickEncoding(c.req.header('accept-encoding')) : null
      if (!enc) return c.body(hit.body, 200, { ...hit.headers, 'Content-Type': hit.type, 'X-Cache': 'hit', ...(hit.body.length >= MIN_COMPRESS_BYTES ? { Vary: 'Accept-Encoding' } : {}) })
      // Compressed once per answer and encoding, so many readers cost no compression each.
      const bytes = (hit.encoded[enc] ??= await encodeBody(hit.body, enc))
      return c.body(asBody(bytes), 200, { ...hit.headers, 'Content-Type': hit.type, 'Content-Encoding': enc, Vary: 'Accept-Encoding', 'X-Cache': 'hit' })
    }
    await next()
    c.header('X-Cache', 'miss')
    const type = c.res.headers.get('content-type') ?? ''
    if (c.res.status !== 200 || !CACHEABLE.test(type)) return
    if (writes && !(quiet && writes.generation === startedAt)) return
    const body = await c.res.clone().text()
    if (body.length > maxChars / 4) return
    drop(key)
    const headers: Record<string, string> = {}
    for (const h of KEPT_HEADERS) {
      const v = c.res.headers.get(h)
      if (v !== null) headers[h] = v
    }
    entries.set(key, { version, body, type, headers, encoded: {} })
    chars += body.length
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && chars <= maxChars) break
      drop(oldest)
    }
  }
}
