import type { Db } from '../db.js'

/** The oldest pending delivery of one URL, with its event (migration 020). */
export interface PendingDelivery {
  readonly id: number
  readonly url: string
  readonly attempts: number
  /** Milliseconds until it may be attempted (its backoff, or another process's lease); ≤ 0: now. */
  readonly wait_ms: number
  readonly event_id: string
  readonly kind: string
  readonly body: string
}

/**
 * The head of one URL's queue: deliveries go out in event order, so a receiver
 * that is down gets its backlog in order once it is back.
 */
export async function headDelivery(db: Db, url: string): Promise<PendingDelivery | null> {
  const [row] = await db.query<PendingDelivery>(
    `select d.id::float8 as id, d.url, d.attempts,
            (extract(epoch from (greatest(d.next_at, coalesce(d.lease_until, d.next_at)) - now())) * 1000)::float8 as wait_ms,
            e.event_id, e.kind, e.body
       from webhook_deliveries d join change_events e on e.seq = d.event_seq
      where d.url = $1 and d.status = 'pending'
      order by d.id limit 1`,
    [url],
  )
  return row ?? null
}

/**
 * Takes a delivery for one attempt: counts the attempt and leases it for
 * `leaseMs`, so another process waits, and a process killed mid-attempt leaves
 * it to be attempted again once the lease runs out. Null when it is not due or
 * another process holds it.
 */
export async function claimDelivery(db: Db, id: number, leaseMs: number): Promise<number | null> {
  const [row] = await db.query<{ attempts: number }>(
    `update webhook_deliveries set attempts = attempts + 1, lease_until = now() + $2 * interval '1 millisecond'
      where id = $1 and status = 'pending' and next_at <= now() and (lease_until is null or lease_until <= now())
      returning attempts`,
    [id, leaseMs],
  )
  return row ? row.attempts : null
}

/** The receiver took it (2xx): never sent again. */
export async function markDelivered(db: Db, id: number, status: number): Promise<void> {
  await db.query(`update webhook_deliveries set status = 'delivered', delivered_at = now(), last_status = $2, last_error = null, lease_until = null where id = $1`, [id, status])
}

/** A failed attempt to be repeated after `delayMs`. */
export async function markRetry(db: Db, id: number, status: number | null, error: string, delayMs: number): Promise<void> {
  await db.query(
    `update webhook_deliveries set next_at = now() + $4 * interval '1 millisecond', last_status = $2, last_error = $3, lease_until = null where id = $1`,
    [id, status, error, delayMs],
  )
}

/** Given up: a refusal that repeating will not change (a 4xx), or the attempts ran out. */
export async function markFailed(db: Db, id: number, status: number | null, error: string): Promise<void> {
  await db.query(`update webhook_deliveries set status = 'failed', last_status = $2, last_error = $3, lease_until = null where id = $1`, [id, status, error])
}

/** Gives back one delivery this process leased but did not attempt to the end (it is stopping). */
export async function releaseDelivery(db: Db, id: number): Promise<void> {
  await db.query('update webhook_deliveries set lease_until = null where id = $1', [id])
}

/**
 * Gives back every lease on these URLs. Only for the embedded store: its folder
 * lock makes this process the only one, so a lease is a dead process's.
 */
export async function releaseLeases(db: Db, urls: readonly string[]): Promise<void> {
  await db.query(`update webhook_deliveries set lease_until = null where url = any($1::text[]) and status = 'pending' and lease_until is not null`, [urls])
}

export interface DeliveryCounts {
  readonly pending: number
  readonly delivered: number
  readonly failed: number
}

/** How the deliveries of these URLs stand. */
export async function deliveryCounts(db: Db, urls: readonly string[]): Promise<DeliveryCounts> {
  const [row] = await db.query<DeliveryCounts>(
    `select count(*) filter (where status = 'pending')::int as pending, count(*) filter (where status = 'delivered')::int as delivered,
            count(*) filter (where status = 'failed')::int as failed
       from webhook_deliveries where url = any($1::text[])`,
    [urls],
  )
  return row
}
