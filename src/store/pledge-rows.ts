import type { Analysis, Pledge } from '../model/facts.js'
import { asserts, readCues, type Cues } from './claim-cues.js'
import { claimKeyOf, claimKeyString, groupKeyString, overlaps, SINGLE_YEAR_KINDS, STATUS_RANK, valueKey, type ClaimKey } from './claim-key.js'
import { actorsInFocus } from './report-focus.js'

/** One pledge as the register stores it: its claim key and what its sentence says about the target. */
export interface PledgeRow {
  readonly pledge: Pledge
  readonly key: ClaimKey
  readonly cues: Cues
  /** Still asserts the target (not former, not moved away, not withdrawn). */
  readonly asserting: boolean
  /** 'withdrawn' | 'movedto' | 'oldyear' | 'oldvalue' | null: the strongest cue, kept for evidence. */
  readonly cue: string | null
  /** A report about the actor (else a passing mention). */
  readonly about: boolean
  readonly valueKey: string
  /** valueKey of `previous`, when the pledge names a different previous value. */
  readonly prevKey: string | null
  readonly statusRank: number
}

/** A year move an article states: the target left `from` for `to`; `by` is the pledge whose sentence says so. */
export interface MoveRow {
  readonly from: ClaimKey
  readonly to: ClaimKey
  readonly by: number
}

/** What one article adds to the register's claims. */
export interface ArticleClaims {
  readonly rows: readonly PledgeRow[]
  readonly moves: readonly MoveRow[]
  /** Pairs of pledges (indexes into rows) giving one target two values that cannot both hold. */
  readonly conflicts: ReadonlyArray<readonly [number, number]>
}

const sameSentence = (a: Pledge, b: Pledge) => a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end

/**
 * Reads one article's pledges for the register. Steps:
 * 1. each pledge's claim key, cues (claim-cues.ts) and focus (report-focus.ts);
 * 2. year moves: a year named as moved ("from 2050 to 2045"), as former ("instead of 2050",
 *    with the article's other year of that target as its successor), or a target moved to a
 *    year ("shifts the target to 2050", the article's other years of it as its predecessors).
 *    For kinds an actor holds several of (cuts by 2030 and 2040), only pledges of one
 *    sentence are linked; for net zero and peaks, the whole article;
 * 3. two asserted values of one target that cannot both hold.
 */
export function readArticleClaims(a: Pick<Analysis, 'text' | 'pledges' | 'interactions' | 'quotes'>): ArticleClaims {
  // 1.
  const focus = actorsInFocus(a)
  const rows: PledgeRow[] = a.pledges.map((p) => {
    const cues = readCues(p, p.evidence.text)
    const previous = p.previous ?? null
    const prevKey = previous !== null && p.value != null && !overlaps(previous, null, p.value, p.value_max ?? null) ? valueKey(previous, null) : null
    return {
      pledge: p, key: claimKeyOf(p), cues, asserting: asserts(cues), cue: strongestCue(cues), about: focus.has(p.actor),
      valueKey: valueKey(p.value, p.value_max), prevKey, statusRank: p.status ? (STATUS_RANK[p.status] ?? 0) : 0,
    }
  })
  // 2.
  const moves = new Map<string, MoveRow>()
  const add = (from: ClaimKey, to: ClaimKey, by: number) => {
    if (from.year === to.year) return
    const id = `${claimKeyString(from)}\u0001${claimKeyString(to)}`
    if (!moves.has(id)) moves.set(id, { from, to, by })
  }
  const linked = (r: PledgeRow, o: PledgeRow) =>
    o !== r && groupKeyString(o.key) === groupKeyString(r.key) && o.key.year !== null && o.key.year !== r.key.year &&
    (SINGLE_YEAR_KINDS.has(r.key.kind) || sameSentence(r.pledge, o.pledge))
  rows.forEach((r, i) => {
    const { movedFrom, movedTo, oldYear, movedHere } = r.cues
    if (r.key.year === null) return
    if (movedFrom !== null) add({ ...r.key, year: movedFrom }, r.key, i)
    if (movedTo !== null) add(r.key, { ...r.key, year: movedTo }, i)
    if (oldYear && movedTo === null) {
      const next = rows
        .filter((o) => linked(r, o) && o.asserting)
        .sort((x, y) => Math.abs(x.pledge.evidence.start - r.pledge.evidence.start) - Math.abs(y.pledge.evidence.start - r.pledge.evidence.start) || x.key.year! - y.key.year!)[0]
      if (next) add(r.key, next.key, i)
    }
    if (movedHere) for (const o of rows) if (linked(r, o) && !o.cues.movedHere) add(o.key, r.key, i)
  })
  // 3.
  const conflicts: Array<[number, number]> = []
  rows.forEach((r, i) => {
    if (!r.asserting || r.pledge.value == null) return
    const j = rows.findIndex((o, k) => k > i && o.asserting && o.pledge.value != null && claimKeyString(o.key) === claimKeyString(r.key) &&
      !overlaps(o.pledge.value, o.pledge.value_max ?? null, r.pledge.value ?? null, r.pledge.value_max ?? null))
    if (j >= 0) conflicts.push([i, j])
  })
  return { rows, moves: [...moves.values()], conflicts }
}

function strongestCue(c: Cues): string | null {
  if (c.withdrawn) return 'withdrawn'
  if (c.movedTo !== null) return 'movedto'
  if (c.oldYear) return 'oldyear'
  if (c.oldValue) return 'oldvalue'
  return null
}
