import { gunzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { PledgewatchError } from '../errors.js'

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le')
const utf16be = new TextDecoder('utf-16be')

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b
}

/** Gunzips, capping the output at `limit` bytes so a zip bomb cannot exhaust memory. */
export function gunzip(bytes: Uint8Array, limit: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit + 1 })
  } catch (err) {
    const e = err as NodeJS.ErrnoException
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|buffer/i.test(e.message)) {
      throw new PledgewatchError('E_TOO_LARGE', { size: `more than ${limit}`, limit })
    }
    throw new PledgewatchError('E_BAD_GZIP', { reason: e.message })
  }
}

/**
 * Decodes text bytes, detecting the encoding:
 * 1. a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
 * 2. bytes that are valid UTF-8 are UTF-8;
 * 3. anything else is Windows-1252, the usual encoding of legacy Western pages.
 * Content with NUL bytes or many control characters is rejected as binary.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checkText(decodeUtf8(bytes.subarray(3)))
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(utf16le.decode(bytes.subarray(2)))
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(utf16be.decode(bytes.subarray(2)))
  if (looksBinary(bytes)) throw new PledgewatchError('E_BINARY')
  return checkText(decodeUtf8(bytes))
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes)
  } catch {
    // Node's TextDecoder treats windows-1252 as ISO-8859-1 (0x80-0x9F become C1
    // controls, losing curly quotes and dashes), so iconv-lite decodes it.
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252')
  }
}

/** NUL bytes, or more than 10% control bytes in the first 8 KB, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

/** Rejects decoded text that is mostly control characters (binary read as UTF-16). */
function checkText(text: string): string {
  const n = Math.min(text.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0 || c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++
  }
  if (n > 0 && control / n > 0.1) throw new PledgewatchError('E_BINARY')
  return text
}
