import type { ClaimAgg, GroupAggs, PreviousAgg, ValueAgg } from './claim-aggregates.js'
import { rankValues, replacedOn, type DerivedClaim } from './claim-derive.js'
import { overlaps } from './claim-key.js'

/** Which report a change line cites: one pledge of a claim, found by what it says and its date. */
export type EvidenceRef =
  | { readonly by: 'value'; readonly claim_id: number; readonly key: string | null; readonly date: string | null }
  /** The report behind a claim's current value: the latest dated one about the actor giving it, else as 'value'. */
  | { readonly by: 'current'; readonly claim_id: number; readonly key: string | null; readonly date: string | null }
  | { readonly by: 'cue'; readonly claim_id: number; readonly cue: 'withdrawn' | 'old'; readonly date: string | null }
  | { readonly by: 'pledge'; readonly pledge_id: number }

/** One line of the change log, as derived (the store resolves its evidence to a pledge). */
export interface ChangeLine {
  readonly claim_id: number
  readonly change: 'new' | 'changed' | 'moved' | 'withdrawn' | 'superseded'
  readonly old_value: number | null
  readonly old_value_max: number | null
  readonly new_value: number | null
  readonly new_value_max: number | null
  /** For 'moved': the year the target left. */
  readonly old_year: number | null
  /** The report's date; null for an undated report (never the ingest date). */
  readonly reported: string | null
  readonly evidence: EvidenceRef
}

const v = (x: Pick<ValueAgg, 'value' | 'value_max'> | null) => ({ value: x?.value ?? null, value_max: x?.value_max ?? null })
const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b)

/**
 * The value lines of one claim: its values walked in report-date order (each
 * value at its first and its last dated assertion, so the walk ends on the
 * current value), a line wherever the value changes to one that does not
 * overlap; then a line for every previous value an article states ("26 → 46"),
 * merged with the walk's line for the same change. A value named as replaced
 * takes part only until it was.
 */
function valueLines(c: ClaimAgg, values: readonly ValueAgg[], previous: readonly PreviousAgg[]): ChangeLine[] {
  const rank = rankValues(values, [])
  const points: Array<{ date: string; v: ValueAgg; order: number }> = []
  for (const x of rank) {
    const until = replacedOn(x, previous)
    for (const date of new Set([x.asserted_first, x.asserted_last])) {
      if (date !== null && (until === undefined || (until !== '' && date < until))) points.push({ date, v: x, order: rank.indexOf(x) })
    }
  }
  // Same day: the preferred value last, so the walk ends where rankValues begins.
  points.sort((a, b) => a.date.localeCompare(b.date) || b.order - a.order)
  const lines: ChangeLine[] = []
  let cur: ValueAgg | null = null
  for (const p of points) {
    if (cur && overlaps(cur.value, cur.value_max, p.v.value, p.v.value_max)) {
      cur = p.v
      continue
    }
    lines.push({ claim_id: c.id, change: cur ? 'changed' : 'new', ...olds(cur), ...news(p.v), old_year: null, reported: p.date, evidence: { by: 'value', claim_id: c.id, key: p.v.key, date: p.date } })
    cur = p.v
  }
  if (!lines.length && c.asserted > 0) {
    // No dated value: the claim appeared at its first dated assertion, or undated.
    const only = rankValues(values, previous)[0] ?? null
    const date = c.asserted_first
    lines.push({ claim_id: c.id, change: 'new', ...olds(null), ...news(only), old_year: null, reported: date, evidence: { by: 'value', claim_id: c.id, key: only?.key ?? null, date } })
  }
  for (const r of previous) {
    const same = lines.findIndex((l) => (l.change === 'changed' && overlaps(l.old_value, l.old_value_max, r.old_value, null) && overlaps(l.new_value, l.new_value_max, r.new_value, r.new_value_max)) ||
      (l.change === 'new' && l.new_value !== null && overlaps(l.new_value, l.new_value_max, r.new_value, r.new_value_max)))
    const line: ChangeLine = { claim_id: c.id, change: 'changed', old_value: r.old_value, old_value_max: null, new_value: r.new_value, new_value_max: r.new_value_max, old_year: null, reported: r.first_reported, evidence: { by: 'pledge', pledge_id: r.pledge_id } }
    if (same < 0) lines.push(line)
    else {
      const date = minDate(lines[same].reported, r.first_reported)
      lines[same] = { ...line, reported: date, evidence: date === r.first_reported ? line.evidence : lines[same].evidence }
    }
  }
  return lines
}

const olds = (x: ValueAgg | null) => ({ old_value: v(x).value, old_value_max: v(x).value_max })
const news = (x: ValueAgg | null) => ({ new_value: v(x).value, new_value_max: v(x).value_max })

/**
 * The change log of one group, from its summaries and its derivation: each
 * claim's value lines, one 'moved' line where a target changed year (in place
 * of the new year's 'new' line), and a line for each withdrawal or each target
 * named as former without a successor.
 */
export function deriveChanges(g: GroupAggs, derived: readonly DerivedClaim[]): ChangeLine[] {
  const claims = new Map(g.claims.map((c) => [c.id, c]))
  const lines = new Map(g.claims.map((c) => [c.id, valueLines(c, g.values.filter((x) => x.claim_id === c.id), g.previous.filter((r) => r.claim_id === c.id))]))
  const out: ChangeLine[] = []
  for (const d of derived) {
    const c = claims.get(d.id)!
    const cause = d.cause
    if (!cause) continue
    if (cause.why === 'withdrawn') {
      out.push({ claim_id: d.id, change: 'withdrawn', ...olds(d.shown), new_value: null, new_value_max: null, old_year: null, reported: cause.date, evidence: { by: 'cue', claim_id: d.id, cue: 'withdrawn', date: cause.date } })
    } else if (cause.successor !== null) {
      const to = claims.get(cause.successor)!
      const toLines = lines.get(to.id) ?? []
      const first = toLines[0]
      // The move is when the new year appeared; after a rule-4 switch, when it last won.
      const date = cause.move ? minDate(cause.move.first_reported, first?.change === 'new' ? first.reported : null)
        : later(to.asserted_first, c.asserted_last) ? to.asserted_first : to.asserted_last
      const evidence: EvidenceRef = cause.move ? { by: 'pledge', pledge_id: cause.move.pledge_id } : { by: 'value', claim_id: to.id, key: null, date }
      if (first?.change === 'new') toLines.shift()
      const now = derived.find((x) => x.id === to.id)
      out.push({ claim_id: to.id, change: 'moved', ...olds(d.shown), new_value: first?.new_value ?? now?.value ?? null, new_value_max: first?.new_value_max ?? now?.value_max ?? null, old_year: c.year, reported: date, evidence })
    } else {
      out.push({ claim_id: d.id, change: 'superseded', ...olds(d.shown), new_value: null, new_value_max: null, old_year: null, reported: cause.date, evidence: { by: 'cue', claim_id: d.id, cue: 'old', date: cause.date } })
    }
  }
  for (const l of lines.values()) out.push(...l)
  return out
}

const later = (a: string | null, b: string | null) => (a ?? '') > (b ?? '')
