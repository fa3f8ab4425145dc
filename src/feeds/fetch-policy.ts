import { setTimeout as delay } from 'node:timers/promises'

/** Time as the fetcher sees it; tests inject a fake so nothing waits for real. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, { signal }),
}

/**
 * Delay before retry number `attempt` (0 for the first retry): exponential
 * from `baseMs`, capped at `maxMs`, with "equal jitter" (half fixed, half
 * random) so that many clients that failed together do not retry together.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt)
  return Math.round(ceiling / 2 + (ceiling / 2) * random())
}

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP date.
 * Returns milliseconds to wait from `now`, or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/**
 * Spaces requests to one host at least `delayMs` apart (start to start).
 * Each caller reserves its slot before waiting, so concurrent callers queue
 * up instead of all waking at the same moment.
 */
export class HostScheduler {
  private readonly nextSlot = new Map<string, number>()

  constructor(
    private readonly delayMs: number,
    private readonly clock: Clock,
  ) {}

  /** Waits until a request to `url`'s host may start, and books that slot. */
  async waitTurn(url: string, signal?: AbortSignal): Promise<void> {
    const host = new URL(url).host
    const now = this.clock.now()
    const slot = Math.max(now, this.nextSlot.get(host) ?? now)
    this.nextSlot.set(host, slot + this.delayMs)
    if (slot > now) await this.clock.sleep(slot - now, signal)
  }
}
