import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'

/**
 * A weak entity tag for a body: weak because the same answer may go out
 * compressed or not (compress.ts, cache.ts), and a weak tag stands for the
 * content whatever its encoding (RFC 9110 §8.8.1).
 */
export function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** True when an If-None-Match header names this tag (weak comparison, `*`, lists). */
export function etagMatches(header: string, etag: string): boolean {
  const bare = (t: string) => t.trim().replace(/^W\//, '')
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag))
}

/**
 * Answers a GET with 304 Not Modified when the client already holds the
 * answer: If-None-Match against the answer's ETag, else If-Modified-Since
 * against its Last-Modified (RFC 9110 §13.2.2: the tag wins when both are
 * sent). Registered outside the answer cache, so cached answers, whose
 * validators the cache keeps, are checked the same way.
 */
export function conditionalGet(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return
    const etag = c.res.headers.get('etag')
    const lastModified = c.res.headers.get('last-modified')
    const inm = c.req.header('if-none-match')
    const ims = c.req.header('if-modified-since')
    const fresh = inm !== undefined
      ? etag !== null && etagMatches(inm, etag)
      : ims !== undefined && lastModified !== null && !Number.isNaN(Date.parse(ims)) && Date.parse(lastModified) <= Date.parse(ims)
    if (!fresh) return
    // Hono carries the 200's headers over (validators, Vary, X-Cache); those of its body go.
    c.res = new Response(null, { status: 304 })
    for (const h of ['content-length', 'content-encoding', 'content-type']) c.res.headers.delete(h)
  }
}
