import { scanEvents } from '../events/scan.js'
import type { Db } from '../store/db.js'
import { claimDelivery, deliveryCounts, headDelivery, markDelivered, markFailed, markRetry, releaseLeases, type PendingDelivery } from '../store/queries/deliveries.js'
import { MAX_ATTEMPTS, retryDelay } from './backoff.js'
import { postEvent, type SendOutcome } from './send.js'
import { SIGNATURE_HEADER, signBody } from './signature.js'
import { Waker } from './waker.js'

export interface WebhookOptions {
  readonly db: Db
  /** Receivers, http(s) (see parseWebhookUrl). */
  readonly urls: readonly string[]
  /** Signs each body (PLEDGEWATCH_WEBHOOK_SECRET); unsigned without. */
  readonly secret?: string
  /** Per attempt. */
  readonly timeoutMs: number
  /** Wait after the first failed attempt; doubled after each next one (backoff.ts). */
  readonly backoffMs: number
  readonly maxAttempts?: number
  /** How often the change log is looked at for what other writers added (default 2 s). */
  readonly pollMs?: number
  /** One line per attempt that failed, per delivery given up and per delivery made. */
  readonly log: (line: string) => void
}

/** What this process did, and what is left. */
export interface DeliverySummary {
  /** Deliveries this process made. */
  readonly delivered: number
  /** Deliveries this process gave up. */
  readonly failed: number
  /** Deliveries waiting (for a retry, or for the next run). */
  readonly pending: number
}

export interface Webhooks {
  /** This process wrote to the register: look at the change log now. */
  nudge(): void
  /**
   * Waits while a delivery is pending that is due within `withinMs`; resolves
   * with the counts (pending ones stay in the register for the next run).
   */
  drain(withinMs: number): Promise<DeliverySummary>
  /** Stops; an attempt in flight is let finish (it is bounded by the timeout). */
  close(): Promise<void>
}

/** PostgreSQL: time given to a writer's transaction to commit (events/scan.ts); the embedded store writes one transaction at a time. */
const SETTLE_MS = { pglite: 0, postgres: 30_000 }

/**
 * Posts every change to the register to each URL, once, in order, from the
 * delivery log (migration 020):
 * 1. on the embedded store, leases left by a killed process are given back
 *    (the folder lock says no other process runs);
 * 2. the change log is scanned (the URLs become subscriptions; what arrived
 *    since they last ran is queued) and again on `nudge()` and every `pollMs`;
 * 3. one loop per URL sends its oldest pending delivery: a 2xx marks it
 *    delivered; a timeout, network failure, 408/425/429 or 5xx is tried again
 *    after `retryDelay`; any other answer, or the last attempt, gives it up.
 * @example
 * const hooks = await startWebhooks({ db, urls: ['https://hooks.example/pw'], secret, timeoutMs: 10_000, backoffMs: 5_000, log: console.error })
 */
export async function startWebhooks(opts: WebhookOptions): Promise<Webhooks> {
  const { db, urls } = opts
  const pollMs = opts.pollMs ?? 2000
  const maxAttempts = opts.maxAttempts ?? MAX_ATTEMPTS
  const leaseMs = opts.timeoutMs + 30_000
  const settleMs = SETTLE_MS[db.dialect]
  let closed = false
  const done = { delivered: 0, failed: 0 }
  // Attempts under way here: their lease says "not due" to `drain`, which must wait for them all the same.
  let inFlight = 0
  const scanWaker = new Waker()
  const sendWaker = new Waker()
  // 1.
  if (db.dialect === 'pglite') await releaseLeases(db, urls)
  // 2.
  const scan = async () => {
    const r = await scanEvents(db, { urls, settleMs })
    if (r.queued) sendWaker.wake()
  }
  await scan()
  const scanning = (async () => {
    while (!closed) {
      await scanWaker.wait(pollMs)
      if (closed) break
      await scan().catch((err) => opts.log(`webhooks: reading the change log failed: ${(err as Error).message}`))
    }
  })()
  // 3.
  const attempt = async (d: PendingDelivery): Promise<void> => {
    inFlight++
    try {
      const attempts = await claimDelivery(db, d.id, leaseMs)
      if (attempts === null) return
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'pledgewatch-webhook',
        'pledgewatch-event': d.kind,
        'pledgewatch-delivery': d.event_id,
        'pledgewatch-attempt': String(attempts),
        ...(opts.secret ? { [SIGNATURE_HEADER.toLowerCase()]: signBody(opts.secret, d.body) } : {}),
      }
      await record(d, attempts, await postEvent(d.url, d.body, headers, opts.timeoutMs))
    } finally {
      inFlight--
    }
  }
  const record = async (d: PendingDelivery, attempts: number, out: SendOutcome): Promise<void> => {
    const what = `${d.url}: ${titleOf(d.body)}`
    if (out.ok) {
      await markDelivered(db, d.id, out.status)
      done.delivered++
      opts.log(`webhook ${what}: delivered (HTTP ${out.status}, attempt ${attempts})`)
    } else if (out.retry && attempts < maxAttempts) {
      const delay = retryDelay(attempts, opts.backoffMs, out.retryAfterMs)
      await markRetry(db, d.id, out.status, out.reason, delay)
      opts.log(`webhook ${what}: ${out.reason}; attempt ${attempts} of ${maxAttempts}, next in ${Math.round(delay / 100) / 10} s`)
    } else {
      await markFailed(db, d.id, out.status, out.reason)
      done.failed++
      opts.log(`webhook ${what}: ${out.reason}; given up after ${attempts} attempt(s)`)
    }
  }
  const sending = urls.map(async (url) => {
    while (!closed) {
      try {
        const head = await headDelivery(db, url)
        if (!head) await sendWaker.wait(pollMs)
        else if (head.wait_ms > 0) await sendWaker.wait(Math.min(head.wait_ms, pollMs * 30))
        else await attempt(head)
      } catch (err) {
        if (closed) break
        opts.log(`webhooks: ${url}: ${(err as Error).message}`)
        await sendWaker.wait(pollMs)
      }
    }
  })
  return {
    nudge: () => scanWaker.wake(),
    drain: async (withinMs) => {
      const deadline = Date.now() + withinMs
      await scan()
      for (;;) {
        const heads = (await Promise.all(urls.map((u) => headDelivery(db, u)))).filter((h) => h !== null)
        if (!inFlight && !heads.some((h) => h.wait_ms <= deadline - Date.now())) return { ...done, pending: (await deliveryCounts(db, urls)).pending }
        await new Promise((r) => setTimeout(r, 50))
      }
    },
    close: async () => {
      closed = true
      scanWaker.wake()
      sendWaker.wake()
      await Promise.all([scanning, ...sending])
    },
  }
}

function titleOf(body: string): string {
  try {
    return String((JSON.parse(body) as { title?: unknown }).title ?? '(untitled)')
  } catch {
    return '(untitled)'
  }
}
