import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError, errorResponse } from './api-error.js'

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * Lets a request through only with `Authorization: Bearer <token>`. Without a
 * configured token the server is read-only and every write is refused (403),
 * so a forgotten PLEDGEWATCH_TOKEN never leaves the register open to writes.
 */
export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null
  return async (c, next) => {
    if (!expected) throw new ApiError(403, 'E_READ_ONLY', 'this server is read-only: start it with PLEDGEWATCH_TOKEN set to accept articles')
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
    const challenge = { 'WWW-Authenticate': 'Bearer realm="pledgewatch"' }
    if (!m) throw new ApiError(401, 'E_UNAUTHORIZED', 'send "Authorization: Bearer <PLEDGEWATCH_TOKEN>" to write', challenge)
    // Compare digests in constant time, so the answer's timing says nothing about the token.
    if (!timingSafeEqual(digest(m[1]), expected)) throw new ApiError(401, 'E_UNAUTHORIZED', 'wrong bearer token', challenge)
    await next()
  }
}

/** Refuses bodies over `maxBytes` with 413, by Content-Length or, without one, while reading. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => errorResponse(c, new ApiError(413, 'E_TOO_LARGE', `request body over the limit of ${maxBytes} bytes`)),
  })
}
