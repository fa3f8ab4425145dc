import type { Context } from 'hono'
import iconv from 'iconv-lite'
import { gunzip } from '../ingest/decode.js'
import { PledgewatchError } from '../errors.js'
import { ApiError } from './api-error.js'
import { textProblem } from './text-checks.js'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The request body as bytes, decompressed when it came with
 * `Content-Encoding: gzip` (capped at `maxBytes` once inflated, so a small
 * zip bomb is still a 413). Other encodings are a 415 naming the one accepted.
 */
export async function readBodyBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  const encoding = (c.req.header('content-encoding') ?? 'identity').trim().toLowerCase()
  const bytes = new Uint8Array(await c.req.arrayBuffer())
  if (encoding === 'identity' || encoding === '') return bytes
  if (encoding !== 'gzip' && encoding !== 'x-gzip') throw new ApiError(415, 'E_MEDIA_TYPE', `Content-Encoding "${encoding}" is not accepted: send the body as it is, or gzip-compressed`)
  try {
    return gunzip(bytes, maxBytes)
  } catch (err) {
    if (err instanceof PledgewatchError && err.code === 'E_TOO_LARGE') throw new ApiError(413, 'E_TOO_LARGE', `request body over the limit of ${maxBytes} bytes once decompressed`)
    throw new ApiError(400, 'E_BAD_BODY', `the body says Content-Encoding: gzip but is not gzip data (${(err as Error).message})`)
  }
}

/**
 * Decodes a text body: the Content-Type's `charset` when it names another
 * encoding, else UTF-8, strictly. Binary data (NUL bytes, or bytes that are
 * not UTF-8) is a 400 with the reason, not a 500 from the database.
 */
export function decodeBodyText(bytes: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase()
  if (bytes.includes(0)) throw new ApiError(400, 'E_BAD_BODY', 'the body holds NUL bytes: binary data, not text (send HTML or plain text, or JSON)')
  let text: string
  if (charset && !/^utf-?8$/.test(charset)) {
    if (!iconv.encodingExists(charset)) throw new ApiError(415, 'E_MEDIA_TYPE', `unknown charset "${charset}" in Content-Type`)
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset)
  } else {
    try {
      text = utf8.decode(bytes)
    } catch {
      throw new ApiError(400, 'E_BAD_BODY', 'the body is not valid UTF-8: binary data, or text in another encoding (name it with "; charset=…" in Content-Type)')
    }
  }
  const problem = textProblem(text, false)
  if (problem) throw new ApiError(400, 'E_BAD_BODY', `body: ${problem}`)
  return text.replace(/^\uFEFF/, '')
}
