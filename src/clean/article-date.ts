import { normaliseDate } from '../ingest/date.js'
import type { DateSource } from '../model/article.js'
import { findDate } from './dateline.js'

/** What each step of the cascade reads. */
export interface DateInputs {
  /** A date the container gave: front matter, a JSON Lines field, a feed item. */
  readonly metadata?: string | null
  /** A date the HTML page's own metadata gave (<meta>, JSON-LD, <time>). */
  readonly page?: string | null
  /** The article's URL. */
  readonly url?: string | null
  /** The article's text (scraped text or the cleaned body), for the dateline and "Published …" lines. */
  readonly text?: string | null
}

export interface ArticleDate {
  /** ISO `YYYY-MM-DD`, or null: undated. */
  readonly date: string | null
  readonly source: DateSource | null
}

// "/2021/04/17/", "/2021-04-17/", "/20210417/": a full day in one path segment or three. Only a
// full day counts: "/2020/12/" alone says the month, and a month is not a report date.
const URL_DAY = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/
const URL_COMPACT = /[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/

/**
 * The day in an article's URL, or null.
 * @example dateFromUrl('https://news.example/2021/04/22/national/suga-climate') // '2021-04-22'
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  const m = URL_DAY.exec(path) ?? URL_COMPACT.exec(path)
  return m ? normaliseDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : null
}

/**
 * An article's date and where it came from (issue 14, item 1), first found of:
 * 1. the container's metadata (front matter, JSON Lines, feed), then the page's own (<meta>, JSON-LD);
 * 2. a "Published …" line or a wire dateline with its year ("LONDON, April 21, 2021 (Reuters) -") in the text;
 * 3. a full day in the URL ("/2021/04/17/");
 * 4. otherwise undated: never the day it was read.
 * @example articleDate({ url: 'https://x.example/2021/04/17/a' }) // { date: '2021-04-17', source: 'url' }
 */
export function articleDate(d: DateInputs): ArticleDate {
  const meta = normaliseDate(d.metadata)
  if (meta) return { date: meta, source: 'metadata' }
  const page = normaliseDate(d.page)
  if (page) return { date: page, source: 'page' }
  const text = d.text ? findDate(d.text) : null
  if (text) return { date: text, source: 'text' }
  const url = dateFromUrl(d.url)
  if (url) return { date: url, source: 'url' }
  return { date: null, source: null }
}
