import type { ClaimKey } from './claim-key.js'
import type { MoveRow, PledgeRow } from './pledge-rows.js'
import type { Params } from './sql-params.js'

/** What every fold knows about the article being stored. */
export interface FoldContext {
  readonly ps: Params
  readonly rows: readonly PledgeRow[]
  readonly pledgeIds: readonly string[]
  readonly idOf: (k: ClaimKey) => string
  readonly articleId: number
  readonly storyId: number
  /** The article's date; null: undated. */
  readonly reported: string | null
  /** A fixed order among the reports of one day (rank(i) for pledge i). */
  readonly rank: (i: number) => string
}

const minOf = (xs: Array<number | null | undefined>) => xs.reduce<number | null>((m, x) => (x == null ? m : m === null || x < m ? x : m), null)
const old = (r: PledgeRow) => !r.asserting && r.cue !== 'withdrawn'

/** The pledges themselves, with their evidence and what the register read from them. */
export function insertPledges(f: FoldContext): string {
  const { ps, rows } = f
  const p = <T>(g: (r: PledgeRow['pledge']) => T) => rows.map((r) => g(r.pledge) ?? null)
  const u = ps.unnest('u', {
    id: [f.pledgeIds, 'bigint'], claim_id: [rows.map((r) => f.idOf(r.key)), 'bigint'], actor: [p((x) => x.actor), 'text'], kind: [p((x) => x.kind), 'text'],
    year: [p((x) => x.year), 'int'], value: [p((x) => x.value), 'float8'], value_max: [p((x) => x.value_max), 'float8'], unit: [p((x) => x.unit), 'text'],
    base_year: [p((x) => x.base_year), 'int'], status: [p((x) => x.status), 'text'], change: [p((x) => x.change), 'text'], previous_value: [p((x) => x.previous), 'float8'],
    ev_start: [p((x) => x.evidence.start), 'int'], ev_end: [p((x) => x.evidence.end), 'int'], ev_text: [p((x) => x.evidence.text), 'text'], rule: [p((x) => x.rule), 'text'],
    gas: [p((x) => x.gas), 'text'], metric: [rows.map((r) => r.key.metric), 'text'], value_key: [rows.map((r) => r.valueKey), 'text'], prev_key: [rows.map((r) => r.prevKey), 'text'],
    cue: [rows.map((r) => r.cue), 'text'], asserting: [rows.map((r) => r.asserting), 'bool'], about: [rows.map((r) => r.about), 'bool'], tiebreak: [rows.map((_, i) => f.rank(i)), 'text'],
  })
  return `ins_pledges as (
    insert into pledges (id, article_id, story_id, reported, claim_id, actor, kind, year, value, value_max, unit, base_year, status, change, previous_value,
                         ev_start, ev_end, ev_text, rule, gas, metric, value_key, prev_key, cue, asserting, about, tiebreak)
    select u.id, ${ps.add(f.articleId, 'bigint')}, ${ps.add(f.storyId, 'bigint')}, ${ps.add(f.reported, 'date')}, u.claim_id, u.actor, u.kind, u.year, u.value, u.value_max,
           u.unit, u.base_year, u.status, u.change, u.previous_value, u.ev_start, u.ev_end, u.ev_text, u.rule, u.gas, u.metric, u.value_key, u.prev_key, u.cue,
           u.asserting, u.about, u.tiebreak from ${u})`
}

/**
 * The claims' summaries (counts and dated ranges of reports, assertions, former
 * mentions and withdrawals) and their sources: the story counts once per claim.
 */
export function foldClaims(f: FoldContext): string {
  const { ps, rows } = f
  const by = new Map<string, PledgeRow[]>()
  for (const r of rows) by.set(f.idOf(r.key), [...(by.get(f.idOf(r.key)) ?? []), r])
  const ids = [...by.keys()]
  const dated = f.reported !== null
  const count = (g: (r: PledgeRow) => boolean) => ids.map((id) => by.get(id)!.filter(g).length)
  const when = (g: (r: PledgeRow) => boolean) => ids.map((id) => (dated && by.get(id)!.some(g) ? f.reported : null))
  const u = ps.unnest('u', {
    id: [ids, 'bigint'], about: [count((r) => r.about), 'int'], mention: [count((r) => !r.about), 'int'], undated: [count(() => !dated), 'int'], any_date: [when(() => true), 'date'],
    asserted: [count((r) => r.asserting), 'int'], asserted_date: [when((r) => r.asserting), 'date'], asserted_undated: [count((r) => r.asserting && !dated), 'int'],
    about_asserted: [count((r) => r.asserting && r.about), 'int'], about_date: [when((r) => r.asserting && r.about), 'date'],
    old: [count(old), 'int'], old_date: [when(old), 'date'], oldyear_date: [when((r) => r.cue === 'oldyear'), 'date'],
    withdrawn_date: [when((r) => r.cue === 'withdrawn'), 'date'], withdrawn_undated: [count((r) => r.cue === 'withdrawn' && !dated), 'int'],
  })
  return `ins_sources as (insert into claim_sources (claim_id, story_id) select unnest(${ps.add(ids, 'bigint[]')}), ${ps.add(f.storyId, 'bigint')} on conflict do nothing returning claim_id),
  upd_claims as (
    update claims c set
      sources = c.sources + (select count(*) from ins_sources s where s.claim_id = c.id),
      reports = c.reports + u.about, mentions = c.mentions + u.mention, undated = c.undated + u.undated,
      first_reported = least(c.first_reported, u.any_date), last_reported = greatest(c.last_reported, u.any_date),
      asserted = c.asserted + u.asserted, asserted_first = least(c.asserted_first, u.asserted_date), asserted_last = greatest(c.asserted_last, u.asserted_date),
      asserted_undated = c.asserted_undated + u.asserted_undated, about_asserted = c.about_asserted + u.about_asserted,
      about_last = greatest(c.about_last, u.about_date), old = c.old + u.old, old_last = greatest(c.old_last, u.old_date),
      oldyear_last = greatest(c.oldyear_last, u.oldyear_date), withdrawn_last = greatest(c.withdrawn_last, u.withdrawn_date),
      withdrawn_undated = c.withdrawn_undated + u.withdrawn_undated
    from ${u} where c.id = u.id)`
}

/** Per (claim, value): the same counts and ranges, the strongest asserted status and the smallest base year stated with it. */
export function foldValues(f: FoldContext): string {
  const { ps, rows } = f
  const by = new Map<string, PledgeRow[]>()
  for (const r of rows) by.set(`${f.idOf(r.key)} ${r.valueKey}`, [...(by.get(`${f.idOf(r.key)} ${r.valueKey}`) ?? []), r])
  const groups = [...by.values()]
  const dated = f.reported !== null
  const g = <V>(h: (rs: PledgeRow[]) => V) => groups.map(h)
  const asserting = (rs: PledgeRow[]) => rs.filter((r) => r.asserting)
  const u = ps.unnest('u', {
    claim_id: [g((rs) => f.idOf(rs[0].key)), 'bigint'], value_key: [g((rs) => rs[0].valueKey), 'text'], value: [g((rs) => minOf(rs.map((r) => r.pledge.value))), 'float8'],
    value_max: [g((rs) => minOf(rs.map((r) => r.pledge.value_max))), 'float8'], base_year: [g((rs) => minOf(asserting(rs).map((r) => r.pledge.base_year))), 'int'],
    reports: [g((rs) => rs.length), 'int'], undated: [g((rs) => (dated ? 0 : rs.length)), 'int'], asserted: [g((rs) => asserting(rs).length), 'int'],
    asserted_date: [g((rs) => (dated && asserting(rs).length ? f.reported : null)), 'date'], asserted_undated: [g((rs) => (dated ? 0 : asserting(rs).length)), 'int'],
    old: [g((rs) => rs.filter(old).length), 'int'], status_rank: [g((rs) => Math.max(0, ...asserting(rs).map((r) => r.statusRank))), 'int'],
  })
  const day = ps.add(f.reported, 'date')
  return `ins_values as (
    insert into claim_values as v (claim_id, value_key, value, value_max, base_year, reports, first_reported, last_reported, undated,
                                   asserted, asserted_first, asserted_last, asserted_undated, old, status_rank)
    select u.claim_id, u.value_key, u.value, u.value_max, u.base_year, u.reports, ${day}, ${day}, u.undated,
           u.asserted, u.asserted_date, u.asserted_date, u.asserted_undated, u.old, u.status_rank from ${u}
    on conflict (claim_id, value_key) do update set
      value = least(v.value, excluded.value), value_max = least(v.value_max, excluded.value_max), base_year = least(v.base_year, excluded.base_year),
      reports = v.reports + excluded.reports, first_reported = least(v.first_reported, excluded.first_reported), last_reported = greatest(v.last_reported, excluded.last_reported),
      undated = v.undated + excluded.undated, asserted = v.asserted + excluded.asserted, asserted_first = least(v.asserted_first, excluded.asserted_first),
      asserted_last = greatest(v.asserted_last, excluded.asserted_last), asserted_undated = v.asserted_undated + excluded.asserted_undated,
      old = v.old + excluded.old, status_rank = greatest(v.status_rank, excluded.status_rank))`
}

/** Keeps, of two reports, the earliest dated one (undated last), then the lower rank: the same choice in any arrival order. */
const EARLIEST = (t: string) => `pledge_id = case when excluded.pledge_rank < ${t}.pledge_rank then excluded.pledge_id else ${t}.pledge_id end, pledge_rank = least(${t}.pledge_rank, excluded.pledge_rank)`
const rankOf = (f: FoldContext, i: number) => `${f.reported ?? '9999-12-31'}:${f.rank(i)}`

/** Previous values ("46%, up from 26%"), per (claim, old value, new value). */
export function foldPrevious(f: FoldContext): string | null {
  const { ps, rows } = f
  const prev = rows.map((_, i) => i).filter((i) => rows[i].prevKey !== null)
  if (!prev.length) return null
  const u = ps.unnest('u', {
    claim_id: [prev.map((i) => f.idOf(rows[i].key)), 'bigint'], old_key: [prev.map((i) => rows[i].prevKey), 'text'], new_key: [prev.map((i) => rows[i].valueKey), 'text'],
    old_value: [prev.map((i) => rows[i].pledge.previous), 'float8'], new_value: [prev.map((i) => rows[i].pledge.value ?? null), 'float8'],
    new_value_max: [prev.map((i) => rows[i].pledge.value_max ?? null), 'float8'], pledge_id: [prev.map((i) => f.pledgeIds[i]), 'bigint'], pledge_rank: [prev.map((i) => rankOf(f, i)), 'text'],
  })
  const day = ps.add(f.reported, 'date')
  return `ins_previous as (
    insert into claim_previous as c (claim_id, old_key, new_key, old_value, new_value, new_value_max, first_reported, undated, pledge_id, pledge_rank)
    select u.claim_id, u.old_key, u.new_key, u.old_value, u.new_value, u.new_value_max, ${day}, case when ${day} is null then 1 else 0 end, u.pledge_id, u.pledge_rank from ${u}
    on conflict (claim_id, old_key, new_key) do update set
      old_value = least(c.old_value, excluded.old_value), new_value = least(c.new_value, excluded.new_value), new_value_max = least(c.new_value_max, excluded.new_value_max),
      first_reported = least(c.first_reported, excluded.first_reported), undated = c.undated + excluded.undated, ${EARLIEST('c')})`
}

/** Year moves ("from 2050 to 2045"), per (claim left, claim joined). */
export function foldMoves(f: FoldContext, moves: readonly MoveRow[]): string | null {
  if (!moves.length) return null
  const { ps } = f
  const u = ps.unnest('u', {
    from_id: [moves.map((m) => f.idOf(m.from)), 'bigint'], to_id: [moves.map((m) => f.idOf(m.to)), 'bigint'],
    pledge_id: [moves.map((m) => f.pledgeIds[m.by]), 'bigint'], pledge_rank: [moves.map((m) => rankOf(f, m.by)), 'text'],
  })
  const day = ps.add(f.reported, 'date')
  return `ins_moves as (
    insert into claim_moves as c (from_id, to_id, first_reported, undated, pledge_id, pledge_rank)
    select u.from_id, u.to_id, ${day}, case when ${day} is null then 1 else 0 end, u.pledge_id, u.pledge_rank from ${u}
    on conflict (from_id, to_id) do update set first_reported = least(c.first_reported, excluded.first_reported), undated = c.undated + excluded.undated, ${EARLIEST('c')})`
}

/** Two values for one target within this article that cannot both hold. */
export function foldConflicts(f: FoldContext, pairs: ReadonlyArray<readonly [number, number]>): string | null {
  if (!pairs.length) return null
  const u = f.ps.unnest('u', {
    claim_id: [pairs.map(([i]) => f.idOf(f.rows[i].key)), 'bigint'], a: [pairs.map(([i]) => f.pledgeIds[i]), 'bigint'], b: [pairs.map(([, j]) => f.pledgeIds[j]), 'bigint'],
  })
  return `ins_conflicts as (insert into conflicts (claim_id, pledge_a, pledge_b, origin) select u.claim_id, u.a, u.b, 'article' from ${u} on conflict do nothing)`
}
