import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'

export type Encoding = 'br' | 'gzip'

/** Bodies smaller than this go as they are: the headers would cost more than the bytes saved. */
export const MIN_COMPRESS_BYTES = 1024

/** Types worth compressing: JSON, text, scripts, styles, SVG. */
const COMPRESSIBLE = /^(application\/(json|javascript|xml)|text\/|image\/svg\+xml)/i

const br = promisify(brotliCompress)
const gz = promisify(gzip)

/**
 * The encoding to answer with: brotli when the client takes it (smaller, and
 * every current browser does), else gzip, else none. `q=0` refuses a coding,
 * and `*` stands for any coding not named.
 * @example pickEncoding('gzip, deflate, br') // 'br'
 */
export function pickEncoding(accept: string | null | undefined): Encoding | null {
  if (!accept) return null
  const q = new Map<string, number>()
  for (const part of accept.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qp ? Number(qp.slice(2)) : 1
    if (name) q.set(name, Number.isFinite(value) ? value : 0)
  }
  const weight = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br'
  return weight('gzip') > 0 ? 'gzip' : null
}

/**
 * Compresses a body off the event loop (zlib's thread pool). Brotli at
 * quality 5: answers are made on request, and 5 gives most of 11's size for a
 * tenth of the time; the built assets are compressed at 11 ahead of time.
 */
export async function encodeBody(body: string | Uint8Array, enc: Encoding): Promise<Buffer> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  if (enc === 'br') {
    return br(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
  }
  return gz(bytes, { level: 6 })
}

/** A zlib Buffer as a response body, without copying (zlib's buffers are never shared memory). */
export const asBody = (b: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.length)

/** Adds Accept-Encoding to a response's Vary header once. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('vary')
  if (!vary) headers.set('Vary', 'Accept-Encoding')
  else if (!/accept-encoding|\*/i.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`)
}

/**
 * Compresses answers the client can decode (brotli or gzip): the API's JSON
 * and any static file that has no precompressed copy (issue 16, item 7).
 * Answers already encoded (a cached compressed body, a `.br` asset) pass as
 * they are; so do small ones, errors of other types and `no-transform` ones.
 */
export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const res = c.res
    const type = res.headers.get('content-type') ?? ''
    if (c.req.method === 'HEAD' || !res.body || res.headers.has('content-encoding') || !COMPRESSIBLE.test(type)) return
    if (/no-transform/i.test(res.headers.get('cache-control') ?? '')) return
    const length = Number(res.headers.get('content-length') ?? NaN)
    if (length < MIN_COMPRESS_BYTES) return
    varyOnEncoding(res.headers)
    const enc = pickEncoding(c.req.header('accept-encoding'))
    if (!enc) return
    const body = new Uint8Array(await res.arrayBuffer())
    if (body.length < MIN_COMPRESS_BYTES) {
      c.res = new Response(body, res)
      return
    }
    const encoded = await encodeBody(body, enc)
    c.res = new Response(asBody(encoded), res)
    // Hono copies the old response's headers onto the new one, Content-Length included: set them after.
    c.res.headers.set('Content-Encoding', enc)
    c.res.headers.set('Content-Length', String(encoded.length))
  }
}
