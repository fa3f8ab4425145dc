import type { PreviousAgg } from '../claim-aggregates.js'
import { replacedOn } from '../claim-derive.js'
import { overlaps } from '../claim-key.js'
import type { Db } from '../db.js'
import { jsonRows } from './json-rows.js'

/** One value a claim has had. */
export interface HistoryRow {
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  /** Its first and last dated report (null: only undated reports, or only named as replaced). */
  readonly first_reported: string | null
  readonly last_reported: string | null
  /** The date a report named it as replaced ("up from 26%"): 'undated' when that report has no date. */
  readonly replaced: string | null
  /** No report asserts it: it is only named as a former value. */
  readonly former: boolean
}

interface ValueRow { claim_id: number; value: number | null; value_max: number | null; base_year: number | null; first_reported: string | null; last_reported: string | null; asserted: number }

/**
 * The value history of each claim, oldest first: every value reported, and
 * every value an article names as replaced (the pledge's `previous`), which
 * sits before the report that replaced it (issue 14, item 3).
 */
export async function claimHistory(db: Db, ids: readonly number[]): Promise<Map<number, HistoryRow[]>> {
  const [values, previous] = await Promise.all([
    jsonRows<ValueRow>(db,
      `select json_agg(json_build_object('claim_id', claim_id, 'value', value, 'value_max', value_max, 'base_year', base_year,
                'first_reported', pw_iso_date(first_reported), 'last_reported', pw_iso_date(last_reported), 'asserted', asserted))
         from claim_values where claim_id = any($1::bigint[]) and value is not null`, [ids]),
    jsonRows<PreviousAgg>(db,
      `select json_agg(json_build_object('claim_id', claim_id, 'old_key', old_key, 'old_value', old_value, 'new_key', new_key, 'new_value', new_value,
                'new_value_max', new_value_max, 'first_reported', pw_iso_date(first_reported), 'undated', undated, 'pledge_id', pledge_id))
         from claim_previous where claim_id = any($1::bigint[])`, [ids]),
  ])
  const out = new Map<number, HistoryRow[]>()
  for (const id of ids) {
    const prev = previous.filter((r) => r.claim_id === id)
    const rows: HistoryRow[] = values.filter((v) => v.claim_id === id).map((v) => {
      const on = replacedOn(v, prev)
      return { value: v.value, value_max: v.value_max, base_year: v.base_year, first_reported: v.first_reported, last_reported: v.last_reported, replaced: on === undefined ? null : on || 'undated', former: v.asserted === 0 }
    })
    for (const r of prev) {
      if (rows.some((h) => overlaps(h.value, h.value_max, r.old_value, null))) continue
      rows.push({ value: r.old_value, value_max: null, base_year: null, first_reported: null, last_reported: null, replaced: r.first_reported ?? 'undated', former: true })
    }
    // By the date it was first known: its first report, or the report that named it as replaced,
    // whichever is earlier; on one day the replaced value comes first.
    const when = (h: HistoryRow) => [h.first_reported, h.replaced === 'undated' ? null : h.replaced].filter((d): d is string => d !== null).sort()[0] ?? '9999'
    rows.sort((a, b) => when(a).localeCompare(when(b)) || Number(a.replaced === null) - Number(b.replaced === null) || (a.value ?? 0) - (b.value ?? 0))
    if (rows.length) out.set(id, rows)
  }
  return out
}
