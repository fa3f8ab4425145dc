/**
 * Issue 17: the webhooks' outbox and delivery log, so a restart neither loses
 * nor repeats a delivery.
 *
 * - `change_events`: every change-log line and conflict the scanner has seen,
 *   once each, by its stable id (src/events/event-id.ts), with the exact JSON
 *   body its webhooks post. The change log itself is derived again on every
 *   report and keeps no stable ids; this table does. `quiet` events were
 *   recorded while catching up (the first scan of a register, or after a
 *   rebuild under new rules) and are never posted: they are not news.
 * - `change_scan`: how far the scanner has read `changes` and `conflicts`
 *   (`from_*`: everything below is read; `next_*`, taken at `next_at`: where
 *   `from_*` moves once no transaction that began before `next_at` can still
 *   commit; see src/events/scan.ts), and the derivation version it read under.
 * - `webhooks`: each URL ever given to `--webhook`, and the last event queued for it.
 * - `webhook_deliveries`: one row per (URL, event): pending, delivered or failed,
 *   its attempts, the next attempt's time, a lease while one is in flight.
 */
export const sql = `
create table change_events (
  seq bigserial primary key,
  event_id text not null unique,
  kind text not null,
  title text not null,
  body text not null,
  quiet boolean not null default false,
  recorded_at timestamptz not null default now()
);

create table change_scan (
  id int primary key check (id = 1),
  from_change bigint not null,
  from_conflict bigint not null,
  next_change bigint not null,
  next_conflict bigint not null,
  next_at timestamptz not null,
  derivation text
);

create table webhooks (
  url text primary key,
  after_seq bigint not null,
  created_at timestamptz not null default now()
);

create table webhook_deliveries (
  id bigserial primary key,
  url text not null references webhooks(url),
  event_seq bigint not null references change_events(seq),
  status text not null default 'pending',
  attempts int not null default 0,
  next_at timestamptz not null default now(),
  lease_until timestamptz,
  last_status int,
  last_error text,
  delivered_at timestamptz,
  unique (url, event_seq)
);
create index webhook_deliveries_pending on webhook_deliveries (url, id) where status = 'pending';
`
