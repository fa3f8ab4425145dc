import type { DerivedClaim } from './claim-derive.js'
import { overlaps } from './claim-key.js'
import type { Db } from './db.js'
import { Params } from './sql-params.js'

/** Two independent dated reports of one target this many days apart or less disagree "at the same time" (README: conflicts). */
export const CONFLICT_WINDOW_DAYS = 7
const DAY = 86_400_000
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`)

/**
 * Conflicts between reports (issue 14, item 5): for each current claim, a value
 * that may be current (asserted, not named as replaced) and overlaps neither the
 * current value nor the range shown for it, asserted by another story within
 * CONFLICT_WINDOW_DAYS of a dated report of an agreeing value. Undated reports
 * never take part; conflicts within one article are written as it is stored.
 * Values whose dated reports lie further apart than the window are passed over
 * from their summaries alone; the rest are looked up in one query, the latest
 * pair of reports for each.
 */
export async function writeConflicts(tx: Db, derived: readonly DerivedClaim[]): Promise<void> {
  const cands: Array<{ claim: number; agree: string; against: string; n: number }> = []
  for (const d of derived) {
    const top = d.top
    if (d.state !== 'current' || !top || top.asserted_last === null) continue
    const agree = d.eligible.filter((v) => overlaps(v.value, v.value_max, top.value, top.value_max) || (d.shown && overlaps(v.value, v.value_max, d.shown.value, d.shown.value_max)))
    for (const w of d.eligible) {
      if (agree.includes(w) || w.asserted_first === null || w.asserted_last === null) continue
      const near = agree.filter((a) => a.asserted_first !== null && a.asserted_last !== null &&
        ms(a.asserted_first) - CONFLICT_WINDOW_DAYS * DAY <= ms(w.asserted_last!) && ms(w.asserted_first!) <= ms(a.asserted_last) + CONFLICT_WINDOW_DAYS * DAY)
      const n = cands.length ? cands[cands.length - 1].n + 1 : 0
      for (const a of near) cands.push({ claim: d.id, agree: a.key, against: w.key, n })
    }
  }
  if (!cands.length) return
  const ps = new Params()
  const c = ps.unnest('c', { n: [cands.map((x) => x.n), 'int'], claim_id: [cands.map((x) => x.claim), 'bigint'], agree: [cands.map((x) => x.agree), 'text'], against: [cands.map((x) => x.against), 'text'] })
  await tx.query(
    `insert into conflicts (claim_id, pledge_a, pledge_b, origin)
     select distinct on (c.n) c.claim_id, p.a, p.b, 'reports' from ${c}
      cross join lateral (
        select a.id as a, b.id as b, a.reported as ar, a.tiebreak as at, b.reported as br, b.tiebreak as bt
          from pledges a join pledges b on b.claim_id = a.claim_id
         where a.claim_id = c.claim_id and a.value_key = c.agree and a.asserting and a.reported is not null
           and b.value_key = c.against and b.asserting and b.reported between a.reported - ${CONFLICT_WINDOW_DAYS} and a.reported + ${CONFLICT_WINDOW_DAYS}
           and b.story_id <> a.story_id
         order by a.reported desc, a.tiebreak, b.reported desc, b.tiebreak limit 1) p
      order by c.n, p.ar desc, p.at, p.br desc, p.bt
     on conflict do nothing`,
    ps.values,
  )
}
