/** Attempts per delivery before it is given up (the first and eleven retries). */
export const MAX_ATTEMPTS = 12

/** No wait between two attempts is longer than this. */
export const MAX_DELAY_MS = 60 * 60 * 1000

/**
 * How long to wait after the `attempt`-th failed attempt: `baseMs` doubled for
 * each attempt before it, capped at an hour, spread ±20% so that many
 * deliveries failing together do not come back together; a Retry-After the
 * receiver sent is a floor.
 * @example retryDelay(3, 5000) // about 20 s
 */
export function retryDelay(attempt: number, baseMs: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1))
  const spread = exp * (0.8 + 0.4 * random())
  return Math.round(Math.min(MAX_DELAY_MS, Math.max(spread, retryAfterMs ?? 0)))
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
