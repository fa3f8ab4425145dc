import { PledgewatchError } from '../errors.js'
import { DEFAULT_MAX_BYTES } from '../ingest/read.js'
import { decodeBody } from './decode-body.js'
import { HostScheduler, backoffDelay, parseRetryAfter, systemClock, type Clock } from './fetch-policy.js'
import { readBodyLimited, requestOnce } from './http-request.js'

export const DEFAULT_USER_AGENT = 'Pledgewatch/0.1 (climate pledge register; feed watcher)'

/** ETag and Last-Modified per URL: plain JSON, so the caller can persist it between runs. */
export type ValidatorCache = Record<string, Validators>
export interface Validators {
  readonly etag?: string
  readonly lastModified?: string
}

export interface FetcherOptions {
  readonly userAgent?: string
  /** Per attempt, covering the headers and the whole body. Real time, not `clock`. */
  readonly timeoutMs?: number
  /** Further attempts after a network error, a timeout, a 5xx, 408 or 429. */
  readonly retries?: number
  readonly backoffMs?: number
  readonly maxBackoffMs?: number
  /** A Retry-After longer than this fails the request at once rather than stalling the round. */
  readonly maxRetryAfterMs?: number
  /** Minimum time between the starts of two requests to one host. */
  readonly hostDelayMs?: number
  /** Largest body accepted, after decompression. */
  readonly maxBytes?: number
  readonly cache?: ValidatorCache
  readonly clock?: Clock
  readonly random?: () => number
  /** Called before each retry, for logging. */
  readonly onRetry?: (url: string, attempt: number, delayMs: number, err: PledgewatchError) => void
}

export interface GetOptions {
  /** Send the cached validators and accept 304 as "not modified". */
  readonly conditional?: boolean
  /** Store the response's validators in the cache at once (default true); false to `remember` them later. */
  readonly remember?: boolean
  readonly accept?: string
  readonly signal?: AbortSignal
}

export type FetchOutcome =
  | {
      readonly status: 'fetched'
      readonly url: string
      /** After redirects: the base for relative links. */
      readonly finalUrl: string
      readonly contentType: string | null
      readonly body: Uint8Array
      readonly validators: Validators
      /** The body decoded to text (see `decodeBody`); throws `E_BINARY`. */
      text(): string
    }
  | { readonly status: 'not-modified'; readonly url: string }

export interface Fetcher {
  get(url: string, opts?: GetOptions): Promise<FetchOutcome>
  /** Records validators for `url` (after the caller has fully handled its content). */
  remember(url: string, validators: Validators): void
  readonly cache: ValidatorCache
}

/**
 * Creates a polite HTTP fetcher. Each `get`:
 * 1. waits for its turn on the host (`hostDelayMs` between request starts);
 * 2. sends a User-Agent naming Pledgewatch and, when conditional, If-None-Match / If-Modified-Since;
 * 3. aborts an attempt after `timeoutMs` and reads at most `maxBytes`;
 * 4. retries network errors, timeouts, 5xx, 408 and 429 with exponential backoff and jitter,
 *    waiting at least as long as Retry-After asks;
 * 5. returns `not-modified` for 304, throws a coded `PledgewatchError` otherwise
 *    (`E_FETCH`, `E_TIMEOUT`, `E_HTTP_STATUS`, `E_TOO_LARGE`). Aborting `signal` rejects with its reason.
 * @example
 * const fetcher = createFetcher({ cache: JSON.parse(saved) })
 * const res = await fetcher.get('https://news.example/feed.xml', { conditional: true })
 * if (res.status === 'fetched') parseFeed(res.text(), res.finalUrl)
 */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const timeoutMs = options.timeoutMs ?? 20_000
  const retries = options.retries ?? 2
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 300_000
  const scheduler = new HostScheduler(options.hostDelayMs ?? 1000, clock)
  const cache: ValidatorCache = options.cache ?? {}

  function remember(url: string, v: Validators): void {
    if (v.etag || v.lastModified) cache[url] = v
    else delete cache[url]
  }

  async function attempt(url: string, opts: GetOptions): Promise<FetchOutcome> {
    const headers: Record<string, string> = {
      'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
      accept: opts.accept ?? '*/*',
    }
    const known = opts.conditional ? cache[url] : undefined
    if (known?.etag) headers['if-none-match'] = known.etag
    if (known?.lastModified) headers['if-modified-since'] = known.lastModified
    return requestOnce(url, headers, timeoutMs, opts.signal, async (res: Response) => {
      if (res.status === 304) {
        await res.body?.cancel()
        return { status: 'not-modified', url }
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel()
        throw httpError(res, clock.now(), maxRetryAfterMs)
      }
      const body = await readBodyLimited(res, maxBytes)
      const contentType = res.headers.get('content-type')
      const validators: Validators = {
        ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
        ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
      }
      if (opts.conditional && opts.remember !== false) remember(url, validators)
      return { status: 'fetched', url, finalUrl: res.url || url, contentType, body, validators, text: () => decodeBody(body, contentType) }
    })
  }

  async function get(url: string, opts: GetOptions = {}): Promise<FetchOutcome> {
    for (let n = 0; ; n++) {
      await scheduler.waitTurn(url, opts.signal)
      try {
        return await attempt(url, opts)
      } catch (err) {
        if (!(err instanceof PledgewatchError) || !isRetryable(err) || n >= retries) throw err
        const wait = Math.max(backoffDelay(n, options.backoffMs ?? 1000, options.maxBackoffMs ?? 60_000, random), retryAfterOf(err))
        options.onRetry?.(url, n + 1, wait, err)
        await clock.sleep(wait, opts.signal)
      }
    }
  }

  return { get, remember, cache }
}

/** Builds the E_HTTP_STATUS error, carrying Retry-After (ms) for the retry loop. */
function httpError(res: Response, now: number, maxRetryAfterMs: number): PledgewatchError {
  const retryAfter = res.status === 429 || res.status >= 500 ? parseRetryAfter(res.headers.get('retry-after'), now) : null
  const tooLong = retryAfter !== null && retryAfter > maxRetryAfterMs
  const detail = `${res.statusText ? ` ${res.statusText}` : ''}${tooLong ? ` (Retry-After ${Math.round(retryAfter / 1000)} s is over the ${Math.round(maxRetryAfterMs / 1000)} s limit)` : ''}`
  return new PledgewatchError('E_HTTP_STATUS', {
    status: res.status,
    detail,
    retryAfterMs: tooLong ? -1 : (retryAfter ?? 0),
  })
}

function isRetryable(err: PledgewatchError): boolean {
  if (err.code === 'E_FETCH' || err.code === 'E_TIMEOUT') return true
  if (err.code !== 'E_HTTP_STATUS' || err.fields.retryAfterMs === -1) return false
  const status = Number(err.fields.status)
  return status >= 500 || status === 408 || status === 429
}

function retryAfterOf(err: PledgewatchError): number {
  return Number(err.fields.retryAfterMs ?? 0) || 0
}
