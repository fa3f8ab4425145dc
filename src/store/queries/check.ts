import type { Analysis } from '../../model/facts.js'
import type { Db } from '../db.js'
import { unitSuffix } from '../../model/units.js'
import { goalOf, metricOf, overlaps } from '../claim-key.js'

export interface CheckLine {
  readonly fact: 'pledge' | 'interaction'
  readonly verdict: 'agrees' | 'differs' | 'new'
  /** "JPN reduction 2030 = 46" */
  readonly claim: string
  /** What the register holds, for `differs`. */
  readonly register: string | null
  readonly evidence: string
}

const show = (v: number | null, max: number | null | undefined, unit?: string | null) => (v == null ? '' : `${max != null && max !== v ? ` = ${v}–${max}` : ` = ${v}`}${unitSuffix(unit)}`)

interface ClaimNow { i: number; value: number | null; value_max: number | null; last_reported: string | null; outlet: string | null; state: string; state_reason: string | null }

/**
 * An article's facts against the register: a pledge agrees when the claim
 * holds the same value (ranges overlapping count), differs when its current
 * value is another, and is new when the register has no such claim; an
 * interaction agrees when the register holds reports of the same (actor,
 * type, target). Two queries whatever the article's size: every fact's key
 * goes in as arrays, so an article page at 100k articles costs two index
 * lookups per fact, not a round trip each.
 */
export async function checkAnalysis(db: Db, a: Analysis): Promise<CheckLine[]> {
  const [claims, counts] = await Promise.all([
    a.pledges.length === 0 ? [] : db.query<ClaimNow>(
      `select k.i::int, c.value, c.value_max, pw_iso_date(c.last_reported) as last_reported, ar.outlet, c.state, c.state_reason
         from unnest($1::text[], $2::text[], $3::int[], $4::float8[], $5::text[], $6::text[]) with ordinality as k(actor, kind, year, goal, metric, gas, i)
         join claims c on c.actor = k.actor and c.kind = k.kind and coalesce(c.year, -1) = coalesce(k.year, -1) and coalesce(c.goal, -1) = coalesce(k.goal, -1)
                      and c.metric = k.metric and c.gas = k.gas
         left join pledges p on p.id = c.current_pledge_id left join articles ar on ar.id = p.article_id`,
      [a.pledges.map((p) => p.actor), a.pledges.map((p) => p.kind), a.pledges.map((p) => p.year), a.pledges.map(goalOf), a.pledges.map(metricOf), a.pledges.map((p) => p.gas ?? '')],
    ),
    // interaction_months counts every stored interaction once (migration 005), under its primary key.
    a.interactions.length === 0 ? [] : db.query<{ i: number; n: number }>(
      `select k.i::int, (select coalesce(sum(m.n), 0)::int from interaction_months m
                          where m.actor = k.actor and m.target = k.target and m.type = k.type) as n
         from unnest($1::text[], $2::text[], $3::text[]) with ordinality as k(actor, type, target, i)`,
      [a.interactions.map((x) => x.actor), a.interactions.map((x) => x.type), a.interactions.map((x) => x.target)],
    ),
  ])
  const claimAt = new Map(claims.map((c) => [c.i - 1, c]))
  const countAt = new Map(counts.map((c) => [c.i - 1, c.n]))
  const out: CheckLine[] = a.pledges.map((p, i) => {
    const c = claimAt.get(i)
    const claim = `${p.actor} ${p.kind} ${p.year ?? '(no year)'}${show(p.value ?? null, p.value_max, p.unit)}`
    // A target the register holds as superseded or withdrawn differs, whatever its value (issue 14).
    const verdict = !c ? 'new' : c.state !== 'current' ? 'differs' : p.value == null || c.value == null || overlaps(p.value, p.value_max ?? null, c.value, c.value_max) ? 'agrees' : 'differs'
    const state = c && c.state !== 'current' ? `, ${c.state}: ${c.state_reason}` : ''
    const register = c ? `register${show(c.value, c.value_max, p.unit)}${c.last_reported ? ` (last reported ${c.last_reported}${c.outlet ? `, ${c.outlet}` : ''}${state})` : state ? ` (${state.slice(2)})` : ''}` : null
    return { fact: 'pledge', verdict, claim, register, evidence: p.evidence.text }
  })
  a.interactions.forEach((x, i) => {
    const n = countAt.get(i) ?? 0
    out.push({ fact: 'interaction', verdict: n > 0 ? 'agrees' : 'new', claim: `${x.actor} ${x.type} ${x.target}`, register: n > 0 ? `${n} report(s)` : null, evidence: x.evidence.text })
  })
  return out
}
