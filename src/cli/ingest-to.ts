import { expandPaths } from '../ingest/read.js'
import { isUrl } from '../ingest/read-url.js'
import { createFetcher } from '../feeds/fetcher.js'
import type { RawArticle } from '../model/article.js'
import { describeError } from './describe-error.js'
import { emptySummary, readEntry, type IngestOptions, type IngestSummary } from './ingest.js'
import { DEFAULT_TIME_LIMIT_MS } from './options.js'
import { failureLine } from './terminal-text.js'

/** What POST /api/articles answers (the fields used here). */
interface PostAnswer {
  readonly status?: 'new' | 'known'
  readonly copy?: boolean
  readonly facts_added?: number
  readonly changes?: number
  readonly error?: { readonly code: string; readonly message: string }
}

/**
 * `ingest --to URL`: reads the inputs here and posts each article to a running
 * `pledgewatch serve`, which analyses and stores it. This is the way to add
 * articles while the server holds the embedded data folder's lock (issue 15,
 * item 1). A refused article is one failure line with the server's reason; a
 * server that cannot be reached stops the run.
 * @example PLEDGEWATCH_TOKEN=s3cret pledgewatch ingest --to http://127.0.0.1:8080 news/
 */
export async function postInputs(paths: readonly string[], to: string, opts: IngestOptions): Promise<IngestSummary> {
  const err = opts.err ?? process.stderr
  const token = process.env.PLEDGEWATCH_TOKEN
  if (!token) throw new Error('--to needs the server\'s token: set PLEDGEWATCH_TOKEN as the server has it')
  let endpoint: URL
  try {
    endpoint = new URL('/api/articles', to)
    if (!/^https?:$/.test(endpoint.protocol)) throw new Error('not http(s)')
  } catch {
    throw new Error(`--to needs the server's http(s) address, e.g. http://127.0.0.1:8080, not "${to}"`)
  }
  // The server stops an article at its own limit; the request may take that long and a little more.
  const timeoutMs = (opts.timeLimitMs || DEFAULT_TIME_LIMIT_MS) + 60_000
  const s = emptySummary()
  const fetcher = paths.some(isUrl) ? createFetcher({ maxBytes: opts.maxBytes }) : null
  for (const p of paths) {
    for (const entry of isUrl(p) ? [p] : await expandPaths([p])) {
      for (const read of await readEntry(entry, fetcher, opts.maxBytes)) {
        if (!read.ok) {
          s.failed++
          err.write(failureLine(read))
          continue
        }
        const answer = await post(endpoint, token, read.article, timeoutMs)
        if (answer.error || !answer.status) {
          s.failed++
          err.write(failureLine({ source: read.article.source, reason: `the server refused it: ${answer.error?.message ?? 'no answer'}`, code: answer.error?.code }))
        } else if (answer.status === 'known') s.known++
        else {
          s.new++
          if (answer.copy) s.copies++
          s.facts += answer.facts_added ?? 0
          s.changes += answer.changes ?? 0
        }
        if (opts.verbose) err.write(`posted ${read.article.doc}: ${answer.status ?? 'refused'}\n`)
      }
    }
  }
  return s
}

async function post(endpoint: URL, token: string, a: RawArticle, timeoutMs: number): Promise<PostAnswer> {
  const body = {
    id: a.doc,
    ...(a.url ? { url: a.url } : {}),
    ...(a.title ? { title: a.title } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(a.outlet ? { outlet: a.outlet } : {}),
    [a.format === 'html' ? 'html' : 'text']: a.body,
  }
  let res: Response
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause
    throw new Error(`cannot reach the server at ${endpoint.origin}: ${describeError(cause ?? err)}`)
  }
  const text = await res.text()
  try {
    return JSON.parse(text) as PostAnswer
  } catch {
    return { error: { code: `HTTP ${res.status}`, message: text.slice(0, 200) || res.statusText } }
  }
}
