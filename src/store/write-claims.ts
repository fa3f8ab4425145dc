import type { Pledge } from '../model/facts.js'
import type { Db } from './db.js'

/** Reports of one claim from two stories this many days apart or less are "at the same time". */
export const CONFLICT_WINDOW_DAYS = 7

interface Where {
  readonly articleId: number
  readonly storyId: number
  /** The article's date (ISO), which orders a claim's history. */
  readonly reported: string
}

interface ClaimRow {
  id: string
  value: number | null
  value_max: number | null
  last_reported: string | null
  reports: number
}

/** Values within half a point are the same value (the scorer's tolerance). */
function valueKey(value: number | null | undefined, max: number | null | undefined): string {
  const r = (v: number | null | undefined) => (v == null ? '' : String(Math.round(v * 2) / 2))
  return `${r(value)}|${r(max)}`
}

/**
 * Adds one pledge to the register and keeps its claim up to date; returns the
 * number of change-log rows written (0 or 1).
 * 1. find or create the claim (actor, kind, year), locked for this transaction;
 * 2. insert the pledge with its evidence;
 * 3. sources, the value history and the dates;
 * 4. the current value follows the latest report that states a value; a new
 *    claim or a changed current value goes into the change log;
 * 5. a different value from another story within a week is a conflict.
 */
export async function recordPledge(tx: Db, p: Pledge, at: Where): Promise<number> {
  // 1.
  await tx.query('insert into claims (actor, kind, year) values ($1, $2, $3) on conflict do nothing', [p.actor, p.kind, p.year])
  const [claim] = await tx.query<ClaimRow>(
    'select id, value, value_max, last_reported::text, reports from claims where actor = $1 and kind = $2 and coalesce(year, -1) = coalesce($3::int, -1) for update',
    [p.actor, p.kind, p.year],
  )
  const claimId = claim.id
  const isNew = claim.reports === 0
  // 2.
  const [{ id: pledgeId }] = await tx.query<{ id: string }>(
    `insert into pledges (article_id, story_id, claim_id, actor, kind, year, value, value_max, unit, base_year, status, change, previous_value, reported, ev_start, ev_end, ev_text, rule)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) returning id`,
    [at.articleId, at.storyId, claimId, p.actor, p.kind, p.year, p.value ?? null, p.value_max ?? null, p.unit ?? null, p.base_year ?? null, p.status ?? null, p.change ?? null, p.previous_value ?? null, at.reported, p.evidence.start, p.evidence.end, p.evidence.text, p.rule ?? null],
  )
  // 3.
  await tx.query('insert into claim_sources (claim_id, story_id) values ($1, $2) on conflict do nothing', [claimId, at.storyId])
  const hasValue = p.value != null
  if (hasValue || isNew) {
    await tx.query(
      `insert into claim_values (claim_id, value_key, value, value_max, base_year, first_reported, last_reported, first_pledge_id)
       values ($1, $2, $3, $4, $5, $6, $6, $7)
       on conflict (claim_id, value_key) do update set
         first_reported = least(claim_values.first_reported, excluded.first_reported),
         last_reported = greatest(claim_values.last_reported, excluded.last_reported),
         first_pledge_id = case when excluded.first_reported < claim_values.first_reported then excluded.first_pledge_id else claim_values.first_pledge_id end`,
      [claimId, valueKey(p.value, p.value_max), p.value ?? null, p.value_max ?? null, p.base_year ?? null, at.reported, pledgeId],
    )
  }
  // 4.
  const latest = isNew || (claim.last_reported !== null && at.reported >= claim.last_reported)
  const takesValue = latest && (hasValue || claim.value === null)
  const changed = takesValue && !isNew && valueKey(p.value, p.value_max) !== valueKey(claim.value, claim.value_max)
  await tx.query(
    `update claims set
       reports = reports + 1,
       sources = (select count(*) from claim_sources where claim_id = $1),
       first_reported = least(first_reported, $2::date),
       last_reported = greatest(last_reported, $2::date),
       value = case when $3 then $4::float8 else value end,
       value_max = case when $3 then $5::float8 else value_max end,
       unit = case when $3 then $6 else unit end,
       base_year = case when $3 then coalesce($7::int, base_year) else base_year end,
       status = case when $8 then coalesce($9, status) else status end,
       current_pledge_id = case when $3 then $10::bigint else current_pledge_id end
     where id = $1`,
    [claimId, at.reported, takesValue, p.value ?? null, p.value_max ?? null, p.unit ?? null, p.base_year ?? null, latest, p.status ?? null, pledgeId],
  )
  let logged = 0
  if (isNew || changed) {
    await tx.query(
      `insert into changes (claim_id, change, old_value, old_value_max, new_value, new_value_max, reported, pledge_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [claimId, isNew ? 'new' : 'changed', isNew ? null : claim.value, isNew ? null : claim.value_max, p.value ?? null, p.value_max ?? null, at.reported, pledgeId],
    )
    logged = 1
  }
  // 5.
  if (hasValue) {
    await tx.query(
      `insert into conflicts (claim_id, pledge_a, pledge_b)
       select $1, o.id, $2 from pledges o
        where o.claim_id = $1 and o.story_id <> $3 and o.value is not null and o.id <> $2
          and abs(o.reported - $4::date) <= ${CONFLICT_WINDOW_DAYS}
          and (abs(o.value - $5) > 0.5 or abs(coalesce(o.value_max, o.value) - coalesce($6::float8, $5)) > 0.5)
        limit 20
       on conflict do nothing`,
      [claimId, pledgeId, at.storyId, at.reported, p.value, p.value_max ?? null],
    )
  }
  return logged
}
