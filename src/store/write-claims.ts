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
  actor: string
  kind: string
  year: number | null
  goal: number | null
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

/** A temperature goal's value tells one goal from another (migration 006); other kinds have none. */
export const goalOf = (p: Pick<Pledge, 'kind' | 'value'>): number | null => (p.kind === 'temperature' ? (p.value ?? null) : null)
const claimKey = (actor: string, kind: string, year: number | null, goal: number | null) => `${actor}\u0000${kind}\u0000${year ?? ''}\u0000${goal ?? ''}`
const keyOf = (p: Pledge) => claimKey(p.actor, p.kind, p.year, goalOf(p))
const col = <T, V>(rows: readonly T[], f: (r: T) => V) => rows.map(f)

/**
 * Adds one article's pledges to the register and keeps their claims up to
 * date, set-wise (a few statements per article, whatever its number of
 * pledges: an article has at most one pledge per claim). Returns the number
 * of change-log rows written.
 * 1. find or create the claims (actor, kind, year, and a temperature goal's value), locked for this transaction;
 * 2. insert the pledges with their evidence;
 * 3. sources and the value history with its dates;
 * 4. the current value follows the latest report that states a value; a new
 *    claim or a changed current value goes into the change log;
 * 5. a different value from another story within a week is a conflict.
 */
export async function recordPledges(tx: Db, pledges: readonly Pledge[], at: Where): Promise<number> {
  if (!pledges.length) return 0
  // One pledge per claim, as the extractors promise; keep the first if not.
  const seen = new Set<string>()
  const ps = pledges.filter((p) => !seen.has(keyOf(p)) && seen.add(keyOf(p)))
  const actors = col(ps, (p) => p.actor)
  const kinds = col(ps, (p) => p.kind)
  const years = col(ps, (p) => p.year)
  const goals = col(ps, goalOf)
  // 1. Upsert and lock in one statement: DO UPDATE locks the row, and RETURNING gives its
  // values as they were (the update changes nothing). Pledge ids are drawn here too, so
  // each pledge's id is known without relying on the order of an INSERT's RETURNING.
  const locked = await tx.query<ClaimRow & { pledge_id: string }>(
    `insert into claims (actor, kind, year, goal) select * from unnest($1::text[], $2::text[], $3::int[], $4::float8[])
     on conflict (actor, kind, (coalesce(year, -1)), (coalesce(goal, -1))) do update set reports = claims.reports
     returning id, actor, kind, year, goal, value, value_max, last_reported::text, reports,
               nextval(pg_get_serial_sequence('pledges', 'id'))::text as pledge_id`,
    [actors, kinds, years, goals],
  )
  const byKey = new Map(locked.map((c) => [claimKey(c.actor, c.kind, c.year, c.goal), c]))
  const claims = ps.map((p) => byKey.get(keyOf(p))!)
  const pledgeIds = claims.map((c) => c.pledge_id)
  // 2.
  await tx.query(
    `insert into pledges (id, article_id, story_id, reported, claim_id, actor, kind, year, value, value_max, unit, base_year, status, change, previous_value, ev_start, ev_end, ev_text, rule)
     select u.id, $1, $2, $3, u.claim_id, u.actor, u.kind, u.year, u.value, u.value_max, u.unit, u.base_year, u.status, u.change, u.previous_value, u.ev_start, u.ev_end, u.ev_text, u.rule
       from unnest($4::bigint[], $5::text[], $6::text[], $7::int[], $8::float8[], $9::float8[], $10::text[], $11::int[], $12::text[], $13::text[], $14::float8[], $15::int[], $16::int[], $17::text[], $18::text[], $19::bigint[])
       as u(claim_id, actor, kind, year, value, value_max, unit, base_year, status, change, previous_value, ev_start, ev_end, ev_text, rule, id)`,
    [
      at.articleId, at.storyId, at.reported,
      col(claims, (c) => c.id), actors, kinds, years,
      col(ps, (p) => p.value ?? null), col(ps, (p) => p.value_max ?? null), col(ps, (p) => p.unit ?? null), col(ps, (p) => p.base_year ?? null),
      col(ps, (p) => p.status ?? null), col(ps, (p) => p.change ?? null), col(ps, (p) => p.previous ?? null),
      col(ps, (p) => p.evidence.start), col(ps, (p) => p.evidence.end), col(ps, (p) => p.evidence.text), col(ps, (p) => p.rule ?? null), pledgeIds,
    ],
  )
  // 3.
  const claimIds = col(claims, (c) => c.id)
  const isNew = claims.map((c) => c.reports === 0)
  const hasValue = ps.map((p) => p.value != null)
  const hist = ps.map((_, i) => i).filter((i) => hasValue[i] || isNew[i])
  if (hist.length) {
    await tx.query(
      `insert into claim_values (claim_id, value_key, value, value_max, base_year, first_reported, last_reported, first_pledge_id)
       select u.claim_id, u.value_key, u.value, u.value_max, u.base_year, $1, $1, u.pledge_id
         from unnest($2::bigint[], $3::text[], $4::float8[], $5::float8[], $6::int[], $7::bigint[]) as u(claim_id, value_key, value, value_max, base_year, pledge_id)
       on conflict (claim_id, value_key) do update set
         first_reported = least(claim_values.first_reported, excluded.first_reported),
         last_reported = greatest(claim_values.last_reported, excluded.last_reported),
         first_pledge_id = case when excluded.first_reported < claim_values.first_reported then excluded.first_pledge_id else claim_values.first_pledge_id end`,
      [at.reported, hist.map((i) => claimIds[i]), hist.map((i) => valueKey(ps[i].value, ps[i].value_max)), hist.map((i) => ps[i].value ?? null), hist.map((i) => ps[i].value_max ?? null), hist.map((i) => ps[i].base_year ?? null), hist.map((i) => pledgeIds[i])],
    )
  }
  // 4.
  const latest = claims.map((c, i) => isNew[i] || (c.last_reported !== null && at.reported >= c.last_reported))
  const takes = claims.map((c, i) => latest[i] && (hasValue[i] || c.value === null))
  const changed = claims.map((c, i) => takes[i] && !isNew[i] && valueKey(ps[i].value, ps[i].value_max) !== valueKey(c.value, c.value_max))
  // The new source rows and the claims' update in one statement: the update cannot see the
  // CTE's rows (one snapshot), so it adds what the CTE inserted.
  await tx.query(
    `with s as (insert into claim_sources (claim_id, story_id) select unnest($2::bigint[]), $11 on conflict do nothing returning claim_id)
     update claims c set
       reports = c.reports + 1,
       sources = c.sources + (select count(*) from s where s.claim_id = c.id),
       first_reported = least(c.first_reported, $1::date),
       last_reported = greatest(c.last_reported, $1::date),
       value = case when u.takes then u.value else c.value end,
       value_max = case when u.takes then u.value_max else c.value_max end,
       unit = case when u.takes then u.unit else c.unit end,
       base_year = case when u.takes then coalesce(u.base_year, c.base_year) else c.base_year end,
       status = case when u.latest then coalesce(u.status, c.status) else c.status end,
       current_pledge_id = case when u.takes then u.pledge_id else c.current_pledge_id end
     from unnest($2::bigint[], $3::bool[], $4::bool[], $5::float8[], $6::float8[], $7::text[], $8::int[], $9::text[], $10::bigint[])
       as u(id, takes, latest, value, value_max, unit, base_year, status, pledge_id)
     where c.id = u.id`,
    [at.reported, claimIds, takes, latest, col(ps, (p) => p.value ?? null), col(ps, (p) => p.value_max ?? null), col(ps, (p) => p.unit ?? null), col(ps, (p) => p.base_year ?? null), col(ps, (p) => p.status ?? null), pledgeIds, at.storyId],
  )
  const logged = ps.map((_, i) => i).filter((i) => isNew[i] || changed[i])
  if (logged.length) {
    await tx.query(
      `insert into changes (claim_id, change, old_value, old_value_max, new_value, new_value_max, reported, pledge_id)
       select u.*, $1::date, u2.pledge_id from unnest($2::bigint[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::float8[]) with ordinality as u(claim_id, change, old_value, old_value_max, new_value, new_value_max, n)
       join unnest($8::bigint[]) with ordinality as u2(pledge_id, n) on u2.n = u.n`.replace('select u.*,', 'select u.claim_id, u.change, u.old_value, u.old_value_max, u.new_value, u.new_value_max,'),
      [
        at.reported,
        logged.map((i) => claimIds[i]), logged.map((i) => (isNew[i] ? 'new' : 'changed')),
        logged.map((i) => (isNew[i] ? null : claims[i].value)), logged.map((i) => (isNew[i] ? null : claims[i].value_max)),
        logged.map((i) => ps[i].value ?? null), logged.map((i) => ps[i].value_max ?? null), logged.map((i) => pledgeIds[i]),
      ],
    )
  }
  // 5.
  const valued = ps.map((_, i) => i).filter((i) => hasValue[i])
  if (valued.length) {
    await tx.query(
      `insert into conflicts (claim_id, pledge_a, pledge_b)
       select u.claim_id, o.id, u.pledge_id
         from unnest($1::bigint[], $2::bigint[], $3::float8[], $4::float8[]) as u(claim_id, pledge_id, value, value_max)
         cross join lateral (
           select o.id from pledges o
            where o.claim_id = u.claim_id and o.story_id <> $5 and o.value is not null and o.id <> u.pledge_id
              -- a range on the (claim_id, reported) index, not abs(): a claim reported by thousands of articles stays fast
              and o.reported between $6::date - ${CONFLICT_WINDOW_DAYS} and $6::date + ${CONFLICT_WINDOW_DAYS}
              and (abs(o.value - u.value) > 0.5 or abs(coalesce(o.value_max, o.value) - coalesce(u.value_max, u.value)) > 0.5)
            limit 20) o
       on conflict do nothing`,
      [valued.map((i) => claimIds[i]), valued.map((i) => pledgeIds[i]), valued.map((i) => ps[i].value), valued.map((i) => ps[i].value_max ?? null), at.storyId, at.reported],
    )
  }
  return logged.length
}
