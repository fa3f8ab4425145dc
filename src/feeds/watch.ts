import { PledgewatchError } from '../errors.js'
import { systemClock, type Clock } from './fetch-policy.js'
import type { FetchOutcome, Fetcher } from './fetcher.js'
import { parseFeed, type FeedItem } from './parse-feed.js'

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5'
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5'

/** Item URLs already handled. A `Set<string>` fits; so does an adapter over the store. */
export interface SeenItems {
  has(url: string): boolean | Promise<boolean>
  add(url: string): unknown
}

export interface ItemPage {
  /** The page's URL after redirects (`item.url` is the feed's link). */
  readonly url: string
  readonly feedUrl: string
  readonly contentType: string | null
}

export interface PollOptions {
  readonly fetcher: Fetcher
  readonly seen: SeenItems
  /** Receives each new item with its page's HTML. A throw is reported and the item retried in a later round. */
  readonly onItem: (item: FeedItem, html: string, page: ItemPage) => Promise<void> | void
  /** One call per failed feed or item: `url` is the feed's or the item's. */
  readonly onError: (url: string, err: Error, context: { readonly feedUrl: string; readonly item?: FeedItem }) => void
  /** Aborting stops the round quietly between (or inside) requests. */
  readonly signal?: AbortSignal
  /**
   * Each feed's items from its last parse. With it, a feed answering 304 still
   * offers its unseen items again (say, a page that timed out last round).
   */
  readonly lastItems?: Map<string, readonly FeedItem[]>
}

export interface RoundSummary {
  readonly feeds: number
  readonly notModified: number
  readonly failedFeeds: number
  readonly newItems: number
  readonly failedItems: number
}

/**
 * One polling round over `feedUrls`, one feed after another:
 * 1. fetch the feed conditionally (304 → its last known items, no parse);
 * 2. parse it against its final URL;
 * 3. for each item not in `seen`, oldest first: fetch its page, hand it to `onItem`, add it to `seen`;
 * 4. only then remember the feed's ETag/Last-Modified, so a crash mid-feed refetches it next time.
 * Every failure goes to `onError` and the round goes on. An item failing for good
 * (4xx other than 408/429, too large, not HTML) is added to `seen` so it is not refetched.
 * @example
 * await pollFeeds(['https://news.example/rss'], { fetcher: createFetcher(), seen: new Set(), onItem, onError })
 */
export async function pollFeeds(feedUrls: readonly string[], opts: PollOptions): Promise<RoundSummary> {
  const sum = { feeds: feedUrls.length, notModified: 0, failedFeeds: 0, newItems: 0, failedItems: 0 }
  for (const feedUrl of feedUrls) {
    if (opts.signal?.aborted) break
    let items: readonly FeedItem[]
    let fetched: FetchOutcome
    try {
      fetched = await opts.fetcher.get(feedUrl, { conditional: true, remember: false, accept: FEED_ACCEPT, signal: opts.signal })
      if (fetched.status === 'not-modified') {
        sum.notModified++
        items = opts.lastItems?.get(feedUrl) ?? []
      } else {
        items = parseFeed(fetched.text(), fetched.finalUrl)
        opts.lastItems?.set(feedUrl, items)
      }
    } catch (err) {
      if (opts.signal?.aborted) break
      sum.failedFeeds++
      opts.onError(feedUrl, asError(err), { feedUrl })
      continue
    }
    for (const item of inReadingOrder(items)) {
      if (opts.signal?.aborted) break
      if (await opts.seen.has(item.url)) continue
      try {
        await handleItem(item, feedUrl, opts)
        sum.newItems++
      } catch (err) {
        if (opts.signal?.aborted) break
        sum.failedItems++
        if (isPermanent(err)) await opts.seen.add(item.url)
        opts.onError(item.url, asError(err), { feedUrl, item })
      }
    }
    if (fetched.status === 'fetched' && !opts.signal?.aborted) opts.fetcher.remember(feedUrl, fetched.validators)
  }
  return sum
}

async function handleItem(item: FeedItem, feedUrl: string, opts: PollOptions): Promise<void> {
  const res = await opts.fetcher.get(item.url, { accept: PAGE_ACCEPT, signal: opts.signal })
  if (res.status !== 'fetched') throw new Error('unexpected 304 for an unconditional request')
  const type = res.contentType?.split(';')[0].trim().toLowerCase() ?? null
  if (type && !/^text\/|[/+]xml$|xhtml/.test(type)) throw new PledgewatchError('E_NOT_HTML', { type })
  const html = res.text()
  await opts.onItem(item, html, { url: res.finalUrl, feedUrl, contentType: res.contentType })
  await opts.seen.add(item.url)
}

/** Oldest first when every item is dated, else reversed feed order (feeds list newest first). */
function inReadingOrder(items: readonly FeedItem[]): FeedItem[] {
  const times = items.map((i) => (i.date ? Date.parse(i.date) : NaN))
  if (times.some(Number.isNaN)) return [...items].reverse()
  return items.map((item, k) => ({ item, t: times[k] })).sort((a, b) => a.t - b.t).map((x) => x.item)
}

function isPermanent(err: unknown): boolean {
  // Analysis past its time limit (issue 15) takes as long the next time.
  if ((err as { code?: unknown })?.code === 'E_ANALYSIS_TIMEOUT') return true
  if (!(err instanceof PledgewatchError)) return false
  if (err.code === 'E_HTTP_STATUS') {
    const status = Number(err.fields.status)
    return status >= 400 && status < 500 && status !== 408 && status !== 429
  }
  return err.code === 'E_TOO_LARGE' || err.code === 'E_NOT_HTML' || err.code === 'E_BINARY'
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}

export interface WatchOptions extends Omit<PollOptions, 'lastItems'> {
  /** Time from the start of one round to the start of the next. */
  readonly everyMs: number
  readonly signal: AbortSignal
  readonly clock?: Clock
  readonly onRound?: (summary: RoundSummary, round: number) => void
}

/**
 * Runs `pollFeeds` every `everyMs` until `signal` aborts, then resolves.
 * A round that overruns the interval is followed by the next one at once.
 * @example
 * const stop = new AbortController(); process.once('SIGINT', () => stop.abort())
 * await watchFeeds(urls, { fetcher, seen, onItem, onError, everyMs: parseInterval('30m'), signal: stop.signal })
 */
export async function watchFeeds(feedUrls: readonly string[], opts: WatchOptions): Promise<void> {
  const clock = opts.clock ?? systemClock
  const lastItems = new Map<string, readonly FeedItem[]>()
  for (let round = 1; !opts.signal.aborted; round++) {
    const started = clock.now()
    const summary = await pollFeeds(feedUrls, { ...opts, lastItems })
    if (opts.signal.aborted) break
    opts.onRound?.(summary, round)
    try {
      await clock.sleep(Math.max(0, started + opts.everyMs - clock.now()), opts.signal)
    } catch (err) {
      if (opts.signal.aborted) break
      throw err
    }
  }
}
