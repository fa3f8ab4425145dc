import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { z } from 'zod'

/** The codes the API answers with, by HTTP status. */
export type ApiErrorCode =
  | 'E_BAD_REQUEST' // 400: a query or path parameter failed its schema
  | 'E_BAD_BODY' // 400: the request body failed its schema or is not JSON
  | 'E_UNAUTHORIZED' // 401: no bearer token, or the wrong one
  | 'E_READ_ONLY' // 403: the server has no token configured
  | 'E_NOT_FOUND' // 404: unknown route or id
  | 'E_BAD_HOST' // 421: a Host this server was not started for (DNS rebinding)
  | 'E_TOO_LARGE' // 413: body over the size limit
  | 'E_MEDIA_TYPE' // 415: a body that is neither JSON, HTML nor plain text
  | 'E_UNPROCESSABLE' // 422: a valid request whose article could not be analysed
  | 'E_INTERNAL' // 500: anything else; logged, never echoed
  | 'E_BUSY' // 503: too many posted articles waiting for analysis

/** The one error shape: `{ "error": { "code", "message" } }`; also listed in /openapi.json. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
})

/** An error the API reports as it is (Hono's HTTPException, with our code). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** Answers with the JSON error body. */
export function errorResponse(c: Context, err: ApiError): Response {
  for (const [k, v] of Object.entries(err.headers)) c.header(k, v)
  return c.json({ error: { code: err.code, message: err.message } }, err.status)
}

/** Maps every thrown error to JSON; unknown ones become a 500 whose stack goes to stderr only. */
export function createErrorHandler(log: (line: string) => void = (l) => process.stderr.write(l)): ErrorHandler {
  return (err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err)
    // Hono's own exceptions (a malformed request it refused) keep their status.
    if (err instanceof HTTPException && err.status < 500) {
      return errorResponse(c, new ApiError(err.status, err.status === 413 ? 'E_TOO_LARGE' : 'E_BAD_REQUEST', err.message || 'bad request'))
    }
    log(`pledgewatch serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`)
    return errorResponse(c, new ApiError(500, 'E_INTERNAL', 'internal error; the server log has the details'))
  }
}

/** Unknown routes answer 404 in the same JSON shape. */
export const notFound: NotFoundHandler = (c) =>
  errorResponse(c, new ApiError(404, 'E_NOT_FOUND', `no route for ${c.req.method} ${c.req.path}; /openapi.json lists them`))

/** One line per zod issue: `limit: Too big: expected number to be <=500`. */
export function describeIssues(err: z.ZodError, where: string): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join('.') : where}: ${i.message}`).join('; ')
}
