import { createHash } from 'node:crypto'

/**
 * Stable ids for change-log lines and conflicts (issue 17), shared by the Atom
 * feeds (entry ids) and the webhooks (event ids, delivery log).
 *
 * Row ids cannot serve: a group's change lines and conflicts are derived again,
 * deleted and inserted with new ids, whenever one of its reports arrives
 * (derive-groups.ts), and all of them when the derivation rules change
 * (rebuild.ts). So an event is named by what changed: the claim's key (actor,
 * kind, year, goal, metric, gas), the kind of change, the values and the report
 * date. The same change derived again keeps its id; a change re-dated by an
 * earlier report of it becomes a new one.
 */

/** The claim a line belongs to, as its key columns (claim-key.ts). */
export interface ClaimKeyParts {
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly goal: number | null
  readonly metric: string | null
  readonly gas: string | null
}

export interface ChangeKeyParts extends ClaimKeyParts {
  readonly change: string
  readonly old_value: number | null
  readonly old_value_max: number | null
  readonly new_value: number | null
  readonly new_value_max: number | null
  readonly old_year: number | null
  readonly reported: string | null
}

export interface ConflictSideKey {
  readonly value: number | null
  readonly value_max: number | null
  readonly reported: string | null
  readonly doc: string
}

export interface ConflictKeyParts extends ClaimKeyParts {
  readonly origin: string
  readonly a: ConflictSideKey
  readonly b: ConflictSideKey
}

const claimParts = (k: ClaimKeyParts) => [k.actor, k.kind, k.year, k.goal, k.metric ?? '', k.gas ?? '']

/** The event id of one change-log line: `urn:uuid:…`, the same however often the line is derived. */
export function changeEventId(k: ChangeKeyParts): string {
  return uuidOf(['change', ...claimParts(k), k.change, k.old_value, k.old_value_max, k.new_value, k.new_value_max, k.old_year, k.reported])
}

/** The event id of one conflict; its two sides in either order give the same id. */
export function conflictEventId(k: ConflictKeyParts): string {
  const side = (s: ConflictSideKey) => [s.value, s.value_max, s.reported, s.doc]
  const sides = [side(k.a), side(k.b)].map((s) => JSON.stringify(s)).sort()
  return uuidOf(['conflict', ...claimParts(k), k.origin, ...sides])
}

/**
 * A name-based UUID (RFC 9562 version 8: SHA-256 of the parts, version and
 * variant bits set), as a URN: an IRI Atom accepts as a permanent id (RFC 4287 §4.2.6).
 */
export function uuidOf(parts: readonly unknown[]): string {
  const h = createHash('sha256').update(JSON.stringify(parts)).digest()
  h[6] = (h[6] & 0x0f) | 0x80
  h[8] = (h[8] & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`
}
