import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { PledgewatchError, failure, type Failure } from '../errors.js'
import { JsonlArticleInput, type RawArticle } from '../model/article.js'
import { decodeText, gunzip, isGzip } from './decode.js'
import { detectFormat } from './detect.js'
import { withoutBidiControls } from '../clean/bidi.js'
import { parseFrontMatter } from './front-matter.js'
import { describeFsError, type InputEntry } from './walk.js'

export { expandPaths, type InputEntry } from './walk.js'

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** Front-matter keys that give the publication date, first found wins (keys are read lower-cased). */
const DATE_FIELDS = ['date', 'published', 'published_at', 'pubdate', 'date_published', 'datepublished']

export interface ReadOptions {
  /** Largest input accepted, in bytes, after decompression. */
  readonly maxBytes?: number
  /** Where `-` reads from (tests pass their own stream). */
  readonly stdin?: NodeJS.ReadableStream
}

/** One article read, or one input (or JSON Lines record) that failed. */
export type ReadResult = { readonly ok: true; readonly article: RawArticle } | Failure

/** Reads one input (a path, `-`, or an entry the folder walk could not read) into raw articles; never throws. */
export async function readInput(path: InputEntry, opts: ReadOptions = {}): Promise<ReadResult[]> {
  if (typeof path !== 'string') return [path]
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  const source = path === '-' ? '<stdin>' : path
  try {
    const bytes = path === '-' ? await readStream(opts.stdin ?? process.stdin, maxBytes) : await readFileLimited(path, maxBytes)
    return parseInput(path === '-' ? 'stdin' : basename(path), source, bytes, maxBytes)
  } catch (err) {
    return [failure(source, err)]
  }
}

/**
 * Turns the bytes of one input into raw articles: gunzip, decode, detect the
 * format, then split JSON Lines into records or read front matter.
 */
export function parseInput(name: string, source: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult[] {
  // Bidi controls leave the text and its metadata here, where they enter (issue 15, item 5).
  return parseBytes(name, source, bytes, maxBytes).map((r) => (r.ok ? { ok: true, article: withoutBidiControls(r.article) } : r))
}

function parseBytes(name: string, source: string, bytes: Uint8Array, maxBytes: number): ReadResult[] {
  try {
    if (bytes.length === 0) throw new PledgewatchError('E_EMPTY')
    const plain = isGzip(bytes) ? gunzip(bytes, maxBytes) : bytes
    if (plain.length > maxBytes) throw new PledgewatchError('E_TOO_LARGE', { size: plain.length, limit: maxBytes })
    const text = decodeText(plain)
    if (text.trim() === '') throw new PledgewatchError('E_EMPTY')
    const doc = name.replace(/\.gz$/i, '')
    const format = detectFormat(name, text)
    if (format === 'jsonl') return parseJsonl(doc, source, text)
    if (format === 'html') return [{ ok: true, article: { doc, source, format: 'html', body: text } }]
    const fm = parseFrontMatter(text)
    if (!fm) return [{ ok: true, article: { doc, source, format: format === 'markdown' ? 'markdown' : 'text', body: text } }]
    const f = fm.fields
    return [
      {
        ok: true,
        article: { doc, source, format: 'markdown', body: fm.body, title: f.title ?? null, date: DATE_FIELDS.map((k) => f[k]).find((d) => d) ?? null, url: f.url ?? null, outlet: f.outlet ?? null },
      },
    ]
  } catch (err) {
    return [failure(source, err)]
  }
}

function parseJsonl(doc: string, source: string, text: string): ReadResult[] {
  const out: ReadResult[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const where = `${source}:${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (err) {
      out.push(failure(where, new PledgewatchError('E_BAD_JSONL', { line: i + 1, reason: `not JSON (${(err as Error).message})` })))
      return
    }
    const parsed = JsonlArticleInput.safeParse(value)
    if (!parsed.success) {
      const reason = parsed.error.issues.map((x) => (x.path.length ? `${x.path.join('.')}: ` : '') + x.message).join('; ')
      out.push(failure(where, new PledgewatchError('E_BAD_JSONL', { line: i + 1, reason })))
      return
    }
    const r = parsed.data
    const id = r.id !== undefined ? String(r.id) : (r.url ?? `${doc}:${i + 1}`)
    const isHtml = typeof r.html === 'string' && typeof r.text !== 'string'
    out.push({
      ok: true,
      article: {
        doc: id, source: where, format: isHtml ? 'html' : 'text', body: (isHtml ? r.html : r.text) as string, title: r.title ?? null,
        date: r.date ?? r.published ?? r.published_at ?? r.datePublished ?? null, url: r.url ?? null, outlet: r.outlet ?? null,
      },
    })
  })
  if (out.length === 0) out.push(failure(source, new PledgewatchError('E_EMPTY')))
  return out
}

async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let info
  try {
    info = await stat(path)
  } catch (err) {
    throw new PledgewatchError('E_UNREADABLE', { reason: describeFsError(err) })
  }
  if (!info.isFile()) throw new PledgewatchError('E_UNREADABLE', { reason: 'not a regular file' })
  // A gzip file may expand; its compressed size is still bounded by the limit.
  if (info.size > maxBytes) throw new PledgewatchError('E_TOO_LARGE', { size: info.size, limit: maxBytes })
  try {
    return await readFile(path)
  } catch (err) {
    throw new PledgewatchError('E_UNREADABLE', { reason: describeFsError(err) })
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += b.length
    if (size > maxBytes) throw new PledgewatchError('E_TOO_LARGE', { size: `more than ${maxBytes}`, limit: maxBytes })
    chunks.push(b)
  }
  return Buffer.concat(chunks)
}
