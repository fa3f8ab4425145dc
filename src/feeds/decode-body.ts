import iconv from 'iconv-lite'
import { decodeText } from '../ingest/decode.js'

// WHATWG Encoding: these labels all mean windows-1252 on the web.
const WIN1252 = new Set(['iso-8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252'])

/**
 * Decodes a response body to text, choosing the encoding in this order:
 * 1. a byte-order mark;
 * 2. the `charset` of the Content-Type header;
 * 3. an XML declaration or HTML `<meta>` charset in the first 1024 bytes;
 * 4. UTF-8 if the bytes are valid UTF-8, else windows-1252 (`decodeText`).
 * Binary bodies throw `E_BINARY`.
 */
export function decodeBody(body: Uint8Array, contentType: string | null): string {
  const hasBom =
    (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) ||
    (body[0] === 0xff && body[1] === 0xfe) ||
    (body[0] === 0xfe && body[1] === 0xff)
  const label = hasBom ? null : (charsetOf(contentType) ?? sniffCharset(body))
  if (!label || /^utf-?8$/.test(label) || !iconv.encodingExists(label)) return decodeText(body)
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), WIN1252.has(label) ? 'win1252' : label)
}

function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null
  return m ? m[1].toLowerCase() : null
}

function sniffCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, 1024)).toString('latin1')
  const m =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  return m ? m[1].toLowerCase() : null
}
