import { withoutBidiControls } from '../clean/bidi.js'
import { failure } from '../errors.js'
import type { Fetcher } from '../feeds/fetcher.js'
import type { ReadResult } from './read.js'

/** True for an input that names a web page rather than a file. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input)
}

/** Fetches one page (timeouts, retries and size limit from the fetcher) as a raw HTML article; never throws. */
export async function readUrl(url: string, fetcher: Fetcher): Promise<ReadResult[]> {
  try {
    const res = await fetcher.get(url, { accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5' })
    if (res.status !== 'fetched') return [] // only conditional requests answer 304
    return [{ ok: true, article: withoutBidiControls({ doc: res.finalUrl, source: url, format: 'html', body: res.text(), url: res.finalUrl }) }]
  } catch (err) {
    return [failure(url, err)]
  }
}
