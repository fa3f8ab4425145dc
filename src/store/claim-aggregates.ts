/**
 * The per-claim summaries the register keeps as pledges arrive (migration
 * 007). Each is a commutative fold (count, least, greatest), so the same
 * articles give the same summaries in any order, and everything the register
 * shows about a claim (current value, state, change log, conflicts) is derived
 * from them by the pure functions in claim-derive.ts and claim-changes.ts.
 * Dates are article dates; an undated report is counted apart and never
 * compared with a dated one.
 */

/** One claim (actor, kind, year, goal, metric, gas) and what its reports say about it as a whole. */
export interface ClaimAgg {
  readonly id: number
  readonly kind: string
  readonly year: number | null
  /** Reports that assert the target (not naming it as former, not withdrawing it): count, dated range, undated count. */
  readonly asserted: number
  readonly asserted_first: string | null
  readonly asserted_last: string | null
  readonly asserted_undated: number
  /** Asserting reports in articles about the actor (not passing mentions): count and latest dated one. */
  readonly about_asserted: number
  readonly about_last: string | null
  /** Latest dated report naming this year as a former one ("Previously … had set 2056"). */
  readonly oldyear_last: string | null
  /** Reports that name the target only as former (its year or its value): count and latest dated one. */
  readonly old: number
  readonly old_last: string | null
  /** Reports that the target was scrapped, repealed, abandoned… */
  readonly withdrawn_last: string | null
  readonly withdrawn_undated: number
}

/** One distinct value of a claim (within half a point) and the reports that give it. */
export interface ValueAgg {
  readonly claim_id: number
  /** valueKey(value, value_max); '|' for reports without a value. */
  readonly key: string
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly asserted: number
  readonly asserted_first: string | null
  readonly asserted_last: string | null
  readonly asserted_undated: number
  /** Reports naming this value as a former one ("replaces a previous goal of 40%"). */
  readonly old: number
  /** Strongest status among the asserting reports (STATUS_RANK; 0: none stated). */
  readonly status_rank: number
}

/** A value an article names as replaced by another ("46%, up from 26%"): the pledge's `previous`. */
export interface PreviousAgg {
  readonly claim_id: number
  readonly old_key: string
  readonly old_value: number
  readonly new_key: string
  readonly new_value: number | null
  readonly new_value_max: number | null
  /** Earliest dated report stating it; null when only undated reports do. */
  readonly first_reported: string | null
  readonly undated: number
  readonly pledge_id: number
}

/** A target an article says moved from one year to another ("brought forward from 2050 to 2045"). */
export interface MoveAgg {
  readonly from_id: number
  readonly to_id: number
  readonly first_reported: string | null
  readonly undated: number
  readonly pledge_id: number
}

/** Everything one group's derivation reads: its claims and their values, previous values and moves. */
export interface GroupAggs {
  readonly claims: readonly ClaimAgg[]
  readonly values: readonly ValueAgg[]
  readonly previous: readonly PreviousAgg[]
  readonly moves: readonly MoveAgg[]
}
