import type { Db } from '../db.js'

/** Where the scanner stands (migration 020, `change_scan`). */
export interface ScanState {
  readonly from_change: number
  readonly from_conflict: number
  readonly next_change: number
  readonly next_conflict: number
  /** Milliseconds between `next_at` and now, by the database's clock. */
  readonly next_age_ms: number
  readonly derivation: string | null
}

export interface NewEvent {
  readonly id: string
  readonly kind: 'change' | 'conflict'
  readonly title: string
  readonly body: string
  readonly quiet: boolean
}

// Any fixed number: the advisory lock that serialises scanners (a server and a watch on one PostgreSQL).
const SCAN_LOCK = 74_211_917

/** Takes the scanners' transaction-long lock: events are then numbered and committed in one order. */
export async function lockScanner(tx: Db): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [SCAN_LOCK])
}

export async function readScanState(db: Db): Promise<ScanState | null> {
  const [row] = await db.query<ScanState>(
    `select from_change::float8 as from_change, from_conflict::float8 as from_conflict, next_change::float8 as next_change, next_conflict::float8 as next_conflict,
            (extract(epoch from (now() - next_at)) * 1000)::float8 as next_age_ms, derivation
       from change_scan where id = 1`,
  )
  return row ?? null
}

export async function writeScanState(tx: Db, s: Omit<ScanState, 'next_age_ms'> & { readonly renewNext: boolean }): Promise<void> {
  await tx.query(
    `insert into change_scan (id, from_change, from_conflict, next_change, next_conflict, next_at, derivation) values (1, $1, $2, $3, $4, now(), $5)
     on conflict (id) do update set from_change = $1, from_conflict = $2, next_change = $3, next_conflict = $4, derivation = $5,
       next_at = case when $6 then now() else change_scan.next_at end`,
    [s.from_change, s.from_conflict, s.next_change, s.next_conflict, s.derivation, s.renewNext],
  )
}

/** The highest row ids of the change log and the conflicts, and the rules they were derived under (rebuild.ts). */
export async function registerHeads(db: Db): Promise<{ change: number; conflict: number; derivation: string | null }> {
  const [row] = await db.query<{ change: number; conflict: number; derivation: string | null }>(
    `select coalesce((select max(id) from changes), 0)::float8 as change, coalesce((select max(id) from conflicts), 0)::float8 as conflict,
            (select value from register_meta where key = 'derivation') as derivation`,
  )
  return row
}

/** Of these event ids, the ones already recorded. */
export async function knownEvents(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const rows = await db.query<{ event_id: string }>('select event_id from change_events where event_id = any($1::text[])', [ids])
  return new Set(rows.map((r) => r.event_id))
}

/** Records events not seen before (the same id twice is one event); returns how many were new. */
export async function recordEvents(tx: Db, events: readonly NewEvent[]): Promise<number> {
  if (!events.length) return 0
  const rows = await tx.query(
    `insert into change_events (event_id, kind, title, body, quiet)
     select i, k, t, b, q from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[]) with ordinality as u(i, k, t, b, q, n) order by n
     on conflict (event_id) do nothing returning seq`,
    [events.map((e) => e.id), events.map((e) => e.kind), events.map((e) => e.title), events.map((e) => e.body), events.map((e) => e.quiet)],
  )
  return rows.length
}

/**
 * Makes each URL a subscription (a URL seen for the first time starts after the
 * newest event: the register's past is not news to it), then queues every
 * event after each one's mark for it. Returns how many deliveries were queued.
 */
export async function queueDeliveries(tx: Db, urls: readonly string[]): Promise<number> {
  if (!urls.length) return 0
  await tx.query(
    `insert into webhooks (url, after_seq) select u, (select coalesce(max(seq), 0) from change_events) from unnest($1::text[]) u
     on conflict (url) do nothing`,
    [urls],
  )
  const queued = await tx.query(
    `insert into webhook_deliveries (url, event_seq)
     select w.url, e.seq from webhooks w join change_events e on e.seq > w.after_seq and not e.quiet
      where w.url = any($1::text[]) order by e.seq
     on conflict (url, event_seq) do nothing returning id`,
    [urls],
  )
  await tx.query('update webhooks set after_seq = (select coalesce(max(seq), 0) from change_events) where url = any($1::text[])', [urls])
  return queued.length
}

/** True when one of these URLs is not yet a subscription, or has events it has not been queued. */
export async function subscriptionsBehind(db: Db, urls: readonly string[]): Promise<boolean> {
  if (!urls.length) return false
  const [row] = await db.query<{ behind: boolean }>(
    `select (select count(*) from webhooks where url = any($1::text[])) < cardinality($1::text[])
         or exists (select 1 from webhooks w where w.url = any($1::text[]) and w.after_seq < (select coalesce(max(seq), 0) from change_events)) as behind`,
    [[...new Set(urls)]],
  )
  return row.behind
}
