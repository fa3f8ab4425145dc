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
 * 3. anything else is read line by line: UTF-8 where a line is valid UTF-8, else
 *    Windows-1252, the usual encoding of legacy Western pages.
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
    return decodeMixed(bytes)
  }
}

/**
 * Bytes that are not UTF-8 as a whole, decoded line by line: each line that is
 * valid UTF-8 as UTF-8, any other as Windows-1252. A file pasted together from
 * a UTF-8 and a legacy source (issue 15: "Fran\xe7ois" beside "Espa\xc3\xb1a")
 * no longer has its UTF-8 half turned to mojibake, names of actors included.
 * @example decodeMixed(Buffer.from('caf\xc3\xa9\nna\xefve', 'latin1')) // 'café\nnaïve'
 */
export function decodeMixed(bytes: Uint8Array): string {
  const parts: string[] = []
  let start = 0
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start)
    const end = nl < 0 ? bytes.length : nl + 1
    const line = bytes.subarray(start, end)
    try {
      parts.push(utf8.decode(line))
    } catch {
      // Node's TextDecoder treats windows-1252 as ISO-8859-1 (0x80-0x9F become C1
      // controls, losing curly quotes and dashes), so iconv-lite decodes it.
      parts.push(iconv.decode(Buffer.from(line.buffer, line.byteOffset, line.byteLength), 'win1252'))
    }
    start = end
  }
  return parts.join('')
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
