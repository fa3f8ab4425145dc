import type { Db } from '../store/db.js'
import { knownEvents, lockScanner, queueDeliveries, readScanState, recordEvents, registerHeads, subscriptionsBehind, writeScanState, type NewEvent } from '../store/queries/change-events.js'
import { changeLinesAfter } from '../store/queries/feed-changes.js'
import { conflictsAfter } from '../store/queries/feed-conflicts.js'
import { changeEvent, conflictEvent, eventBody, type ChangeEvent } from './change-event.js'

const BATCH = 1000

export interface ScanOptions {
  /** URLs to queue the new events for (each becomes a subscription on first sight). */
  readonly urls: readonly string[]
  /**
   * How long a write transaction may run: a line is read again by every scan
   * until this long after a scan saw a higher row id (see `scanEvents`).
   * 0 for the embedded store, whose transactions run one at a time.
   */
  readonly settleMs: number
}

export interface ScanResult {
  /** Events recorded by this scan (quiet ones included). */
  readonly recorded: number
  readonly queued: number
  /** True when this scan caught up without posting (a new register or new derivation rules). */
  readonly quiet: boolean
}

/**
 * Turns what the change log and the conflicts gained since the last scan into
 * events, and queues them for `urls`. One transaction under the scanners' lock:
 * 1. skip at once when no row is past the settled mark, the rules are the same
 *    and every URL is queued up to the newest event (another process may record events);
 * 2. read the lines and conflicts past the settled mark (`from_*`), record the
 *    events not seen before: quiet when the scanner has never run on this
 *    register or the derivation rules changed since (a rebuild is not news);
 * 3. move the settled mark: row ids are drawn when a row is inserted but seen
 *    at commit, so a slow transaction can commit a lower id after a higher one
 *    was read. The mark moves only to the highest id seen by a scan at least
 *    `settleMs` ago, and everything above it is read again (events dedupe by id);
 * 4. subscribe and queue (`queueDeliveries`).
 */
export async function scanEvents(db: Db, opts: ScanOptions): Promise<ScanResult> {
  // 1.
  const [state, heads] = [await readScanState(db), await registerHeads(db)]
  if (state && state.derivation === heads.derivation && heads.change <= state.from_change && heads.conflict <= state.from_conflict && !(await subscriptionsBehind(db, opts.urls))) {
    return { recorded: 0, queued: 0, quiet: false }
  }
  return db.transaction(async (tx) => {
    await lockScanner(tx)
    const s = await readScanState(tx)
    const now = await registerHeads(tx)
    const quiet = !s || s.derivation !== now.derivation
    // 2.
    const from = { change: quiet ? 0 : s.from_change, conflict: quiet ? 0 : s.from_conflict }
    let recorded = 0
    const record = async (events: ChangeEvent[]) => {
      const known = await knownEvents(tx, events.map((e) => e.id))
      const fresh: NewEvent[] = events.filter((e) => !known.has(e.id)).map((e) => ({ id: e.id, kind: e.kind, title: e.title, body: eventBody(e), quiet }))
      recorded += await recordEvents(tx, fresh)
    }
    let seen = { change: from.change, conflict: from.conflict }
    for (let after = from.change; ; ) {
      const rows = await changeLinesAfter(tx, after, BATCH)
      if (!rows.length) break
      await record(rows.map(changeEvent))
      after = seen.change = rows[rows.length - 1].id
    }
    for (let after = from.conflict; ; ) {
      const rows = await conflictsAfter(tx, after, BATCH)
      if (!rows.length) break
      await record(rows.map(conflictEvent))
      after = seen.conflict = rows[rows.length - 1].id
    }
    seen = { change: Math.max(seen.change, now.change), conflict: Math.max(seen.conflict, now.conflict) }
    // 3.
    const settled = !quiet && s.next_age_ms >= opts.settleMs
    if (quiet || settled) {
      const mark = quiet ? from : { change: s.next_change, conflict: s.next_conflict }
      await writeScanState(tx, { from_change: mark.change, from_conflict: mark.conflict, next_change: seen.change, next_conflict: seen.conflict, derivation: now.derivation, renewNext: true })
    }
    // 4.
    const queued = await queueDeliveries(tx, opts.urls)
    return { recorded, queued, quiet }
  })
}
