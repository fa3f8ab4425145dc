import type { Analysis } from '../../model/facts.js'
import type { Db } from '../db.js'

export interface CheckLine {
  readonly fact: 'pledge' | 'interaction'
  readonly verdict: 'agrees' | 'differs' | 'new'
  /** "JPN reduction 2030 = 46" */
  readonly claim: string
  /** What the register holds, for `differs`. */
  readonly register: string | null
  readonly evidence: string
}

function overlaps(a: number, aMax: number | null, b: number, bMax: number | null): boolean {
  return a - 0.5 <= (bMax ?? b) && b - 0.5 <= (aMax ?? a)
}

const show = (v: number | null, max: number | null | undefined) => (v == null ? '' : max != null && max !== v ? ` = ${v}–${max}` : ` = ${v}`)

/**
 * An article's facts against the register: a pledge agrees when the claim
 * holds the same value (ranges overlapping count), differs when its current
 * value is another, and is new when the register has no such claim.
 */
export async function checkAnalysis(db: Db, a: Analysis): Promise<CheckLine[]> {
  const out: CheckLine[] = []
  for (const p of a.pledges) {
    const [c] = await db.query<{ value: number | null; value_max: number | null; last_reported: string | null; outlet: string | null }>(
      `select c.value, c.value_max, c.last_reported::text, a.outlet from claims c
         left join pledges p on p.id = c.current_pledge_id left join articles a on a.id = p.article_id
        where c.actor = $1 and c.kind = $2 and coalesce(c.year, -1) = coalesce($3::int, -1)`,
      [p.actor, p.kind, p.year],
    )
    const claim = `${p.actor} ${p.kind} ${p.year ?? '(no year)'}${show(p.value ?? null, p.value_max)}`
    const verdict = !c ? 'new' : p.value == null || c.value == null || overlaps(p.value, p.value_max ?? null, c.value, c.value_max) ? 'agrees' : 'differs'
    const register = c ? `register${show(c.value, c.value_max)}${c.last_reported ? ` (last reported ${c.last_reported}${c.outlet ? `, ${c.outlet}` : ''})` : ''}` : null
    out.push({ fact: 'pledge', verdict, claim, register, evidence: p.evidence.text })
  }
  for (const x of a.interactions) {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from interactions where actor = $1 and type = $2 and target = $3', [x.actor, x.type, x.target])
    out.push({ fact: 'interaction', verdict: row.n > 0 ? 'agrees' : 'new', claim: `${x.actor} ${x.type} ${x.target}`, register: row.n > 0 ? `${row.n} report(s)` : null, evidence: x.evidence.text })
  }
  return out
}
