import { describeChange } from '../cli/changes.js'
import { formatValue } from '../cli/render.js'
import type { FeedChangeRow } from '../store/queries/feed-changes.js'
import type { FeedConflictRow } from '../store/queries/feed-conflicts.js'
import { changeEventId, conflictEventId } from './event-id.js'

/**
 * One thing that happened to the register, as the feeds and the webhooks tell
 * it (issue 17): a change-log line or a new conflict, with a stable id.
 */
export type ChangeEvent =
  | { readonly kind: 'change'; readonly id: string; readonly title: string; readonly reported: string | null; readonly row: FeedChangeRow }
  | { readonly kind: 'conflict'; readonly id: string; readonly title: string; readonly reported: string | null; readonly row: FeedConflictRow }

/** A change-log line as an event, titled exactly as `changes` prints it. */
export function changeEvent(row: FeedChangeRow): ChangeEvent {
  return { kind: 'change', id: changeEventId(row), title: describeChange(row), reported: row.reported, row }
}

/** A conflict as an event. */
export function conflictEvent(row: FeedConflictRow): ChangeEvent {
  return { kind: 'conflict', id: conflictEventId(row), title: describeConflict(row), reported: row.reported, row }
}

/**
 * A conflict in one line, its sides as `conflicts` shows them.
 * @example describeConflict(row) // "CAN reduction 2030: conflict, 40–45 (North Wire, 2021-04-22) vs 36 (South Post, 2021-04-25)"
 */
export function describeConflict(c: FeedConflictRow): string {
  const side = (s: FeedConflictRow['a']) => `${formatValue(s.value, s.value_max) || '?'} (${s.outlet ?? s.doc}, ${s.reported ?? 'undated'})`
  return `${c.actor} ${c.kind} ${c.year ?? '(no year)'}: conflict, ${side(c.a)} vs ${side(c.b)}`
}

/**
 * The JSON body a webhook posts: the fields of `changes --format json` (or of
 * `conflicts --format json`), plus `event` ("change" or "conflict"), `event_id`
 * (the Atom entry id too) and `title`. Serialised once and stored, so every
 * attempt sends (and signs) the same bytes.
 */
export function eventBody(e: ChangeEvent): string {
  return JSON.stringify({ event: e.kind, event_id: e.id, title: e.title, ...e.row })
}
