import type { ClaimAgg, GroupAggs, MoveAgg, PreviousAgg, ValueAgg } from './claim-aggregates.js'
import { deriveChanges, type ChangeLine, type EvidenceRef } from './claim-changes.js'
import { deriveGroup, type DerivedClaim } from './claim-derive.js'
import { groupKeyString, overlaps, type ClaimKey } from './claim-key.js'
import type { Db } from './db.js'
import { Params } from './sql-params.js'

/** Two independent dated reports of one target this many days apart or less disagree "at the same time" (README: conflicts). */
export const CONFLICT_WINDOW_DAYS = 7

type GroupRef = Omit<ClaimKey, 'year'>
type Row = ClaimAgg & GroupRef & { year: number | null }

/**
 * Takes the transaction-long advisory lock of each group, in one order: two
 * writers touching one group take turns, so each derives from the other's
 * committed summaries.
 */
export async function lockGroups(tx: Db, keys: readonly GroupRef[]): Promise<void> {
  // The embedded store has one connection: its transactions already run one at a time.
  if (tx.dialect === 'pglite' || !keys.length) return
  const groups = [...new Set(keys.map(groupKeyString))].sort()
  await tx.query('select pg_advisory_xact_lock(h) from (select distinct hashtextextended(g, 14) as h from unnest($1::text[]) g) x order by h', [groups])
}

const D = (col: string) => `pw_iso_date(${col}) as ${col.replace(/^\w+\./, '')}`

/** Reads the summaries of every claim in the given groups, in one round trip. */
async function readGroups(tx: Db, groups: readonly GroupRef[]): Promise<{ claims: Row[]; values: ValueAgg[]; previous: PreviousAgg[]; moves: MoveAgg[] }> {
  const ps = new Params()
  const g = ps.unnest('g', {
    actor: [groups.map((x) => x.actor), 'text'], kind: [groups.map((x) => x.kind), 'text'], goal: [groups.map((x) => x.goal), 'float8'],
    metric: [groups.map((x) => x.metric), 'text'], gas: [groups.map((x) => x.gas), 'text'],
  })
  const [row] = await tx.query<{ claims: Row[] | null; values: ValueAgg[] | null; previous: PreviousAgg[] | null; moves: MoveAgg[] | null }>(
    `with c as (
       select c.id, c.actor, c.kind, c.year, c.goal, c.metric, c.gas, c.asserted, ${D('c.asserted_first')}, ${D('c.asserted_last')}, c.asserted_undated,
              c.about_asserted, ${D('c.about_last')}, ${D('c.oldyear_last')}, c.old, ${D('c.old_last')}, ${D('c.withdrawn_last')}, c.withdrawn_undated
         from ${g}
         join claims c on c.actor = g.actor and c.kind = g.kind and coalesce(c.goal, -1) = coalesce(g.goal, -1) and c.metric = g.metric and c.gas = g.gas)
     select (select json_agg(c) from c) as claims,
            (select json_agg(json_build_object('claim_id', v.claim_id, 'key', v.value_key, 'value', v.value, 'value_max', v.value_max, 'base_year', v.base_year,
                      'asserted', v.asserted, 'asserted_first', pw_iso_date(v.asserted_first), 'asserted_last', pw_iso_date(v.asserted_last),
                      'asserted_undated', v.asserted_undated, 'old', v.old, 'status_rank', v.status_rank))
               from claim_values v where v.claim_id in (select id from c)) as values,
            (select json_agg(json_build_object('claim_id', r.claim_id, 'old_key', r.old_key, 'old_value', r.old_value, 'new_key', r.new_key, 'new_value', r.new_value,
                      'new_value_max', r.new_value_max, 'first_reported', pw_iso_date(r.first_reported), 'undated', r.undated, 'pledge_id', r.pledge_id))
               from claim_previous r where r.claim_id in (select id from c)) as previous,
            (select json_agg(json_build_object('from_id', m.from_id, 'to_id', m.to_id, 'first_reported', pw_iso_date(m.first_reported), 'undated', m.undated, 'pledge_id', m.pledge_id))
               from claim_moves m where m.from_id in (select id from c) or m.to_id in (select id from c)) as moves`,
    ps.values,
  )
  return { claims: row.claims ?? [], values: row.values ?? [], previous: row.previous ?? [], moves: row.moves ?? [] }
}

/**
 * Derives the given groups again from their summaries and writes what the
 * register shows: each claim's value, status and state, the groups' change
 * log and their conflicts between reports. Steps:
 * 1. read the summaries; 2. derive each group (claim-derive.ts, claim-changes.ts);
 * 3. find the pledge each line cites; 4. write claims, change lines and conflicts.
 * Returns the pledge each change line cites.
 */
export async function deriveGroups(tx: Db, groups: readonly GroupRef[]): Promise<Array<number | null>> {
  if (!groups.length) return []
  // 1.
  const all = await readGroups(tx, groups)
  // 2.
  const byGroup = new Map<string, Row[]>()
  for (const c of all.claims) byGroup.set(groupKeyString(c), [...(byGroup.get(groupKeyString(c)) ?? []), c])
  const derived: DerivedClaim[] = []
  const lines: ChangeLine[] = []
  for (const claims of byGroup.values()) {
    const ids = new Set(claims.map((c) => c.id))
    const g: GroupAggs = {
      claims, values: all.values.filter((v) => ids.has(v.claim_id)), previous: all.previous.filter((r) => ids.has(r.claim_id)),
      moves: all.moves.filter((m) => ids.has(m.from_id) && ids.has(m.to_id)),
    }
    const d = deriveGroup(g)
    derived.push(...d)
    lines.push(...deriveChanges(g, d))
  }
  // 3.
  const year = new Map(all.claims.map((c) => [c.id, c.year]))
  const stateRef = (d: DerivedClaim): EvidenceRef | null => {
    const c = d.cause
    if (!c) return null
    if (c.why === 'withdrawn') return { by: 'cue', claim_id: d.id, cue: 'withdrawn', date: c.date }
    if (c.move) return { by: 'pledge', pledge_id: c.move.pledge_id }
    if (c.why === 'former') return { by: 'cue', claim_id: d.id, cue: 'old', date: c.date }
    return { by: 'value', claim_id: c.successor!, key: null, date: c.date }
  }
  const claimAgg = new Map(all.claims.map((c) => [c.id, c]))
  const currentRef = (d: DerivedClaim): EvidenceRef => ({ by: 'value', claim_id: d.id, key: d.shown?.key ?? null, date: d.shown ? d.shown.asserted_last : claimAgg.get(d.id)!.asserted_last })
  const refs = [...derived.map(currentRef), ...derived.map((d) => stateRef(d)), ...lines.map((l) => l.evidence)]
  const pledges = await resolveEvidence(tx, refs)
  // 4.
  const ids = derived.map((d) => d.id)
  const reason = (d: DerivedClaim) => {
    const c = d.cause
    if (!c) return null
    const when = c.date ?? 'undated'
    if (c.why === 'withdrawn') return `withdrawn (${when})`
    if (c.why === 'moved') return `moved to ${year.get(c.successor!) ?? '(no year)'} (${when})`
    if (c.why === 'former') return `named as a former target (${when})`
    return `a later report (${when}) gives ${year.get(c.successor!) ?? '(no year)'}`
  }
  const at = 2 * derived.length
  const ps = new Params()
  const u = ps.unnest('u', {
    id: [ids, 'bigint'], value: [derived.map((d) => d.value), 'float8'], value_max: [derived.map((d) => d.value_max), 'float8'], base_year: [derived.map((d) => d.base_year), 'int'],
    status: [derived.map((d) => d.status), 'text'], state: [derived.map((d) => d.state), 'text'], reason: [derived.map(reason), 'text'],
    state_date: [derived.map((d) => d.cause?.date ?? null), 'date'], state_pledge: [derived.map((_, i) => pledges[derived.length + i]), 'bigint'],
    successor: [derived.map((d) => d.cause?.successor ?? null), 'bigint'], current_pledge: [derived.map((_, i) => pledges[i]), 'bigint'],
  })
  const l = ps.unnest('l', {
    claim_id: [lines.map((x) => x.claim_id), 'bigint'], change: [lines.map((x) => x.change), 'text'], old_value: [lines.map((x) => x.old_value), 'float8'],
    old_value_max: [lines.map((x) => x.old_value_max), 'float8'], new_value: [lines.map((x) => x.new_value), 'float8'], new_value_max: [lines.map((x) => x.new_value_max), 'float8'],
    old_year: [lines.map((x) => x.old_year), 'int'], reported: [lines.map((x) => x.reported), 'date'], pledge_id: [lines.map((_, i) => pledges[at + i]), 'bigint'],
  })
  const idList = ps.add(ids, 'bigint[]')
  // One statement: the claims, the groups' change log replaced, their conflicts between reports cleared (written again below).
  await tx.query(
    `with upd as (
       update claims c set value = u.value, value_max = u.value_max, base_year = u.base_year, status = u.status, state = u.state, state_reason = u.reason,
              state_date = u.state_date, state_pledge_id = u.state_pledge, successor_id = u.successor, current_pledge_id = u.current_pledge
         from ${u} where c.id = u.id),
     del as (delete from changes where claim_id = any(${idList})),
     ins as (insert into changes (claim_id, change, old_value, old_value_max, new_value, new_value_max, old_year, reported, pledge_id)
             select l.claim_id, l.change, l.old_value, l.old_value_max, l.new_value, l.new_value_max, l.old_year, l.reported, l.pledge_id from ${l}),
     clr as (delete from conflicts where origin = 'reports' and claim_id = any(${idList}))
     select 1`,
    ps.values,
  )
  await writeConflicts(tx, derived)
  return pledges.slice(at)
}

/** The pledge each reference names (null when none matches): one query for all. */
async function resolveEvidence(tx: Db, refs: ReadonlyArray<EvidenceRef | null>): Promise<Array<number | null>> {
  if (!refs.length) return []
  const f = <T>(get: (r: EvidenceRef) => T) => refs.map((r) => (r ? get(r) : null))
  const rows = await tx.query<{ n: number; id: number | null }>(
    `select r.n::int, coalesce(r.pledge_id, (
              select p.id from pledges p
               where p.claim_id = r.claim_id and (r.date is null and p.reported is null or p.reported = r.date)
                 and (r.by <> 'value' or (p.asserting and (r.key is null or p.value_key = r.key)))
                 and (r.by <> 'cue' or (r.cue = 'withdrawn' and p.cue = 'withdrawn') or (r.cue = 'old' and p.cue in ('oldyear', 'oldvalue', 'movedto')))
               order by p.tiebreak limit 1),
            (select p.id from pledges p where p.claim_id = r.claim_id order by p.reported desc nulls last, p.tiebreak limit 1))::int as id
       from unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::date[]) with ordinality as r(by, pledge_id, claim_id, key, cue, date, n)`,
    [f((r) => r.by), f((r) => (r.by === 'pledge' ? r.pledge_id : null)), f((r) => (r.by === 'pledge' ? null : r.claim_id)),
      f((r) => (r.by === 'value' ? r.key : null)), f((r) => (r.by === 'cue' ? r.cue : null)), f((r) => (r.by === 'pledge' ? null : r.date))],
  )
  const out: Array<number | null> = refs.map(() => null)
  for (const r of rows) if (refs[r.n - 1]) out[r.n - 1] = r.id
  return out
}

/**
 * Conflicts between reports (issue 14, item 5): for each current claim, a value
 * that may be current (asserted, not named as replaced) and overlaps neither the
 * current value nor its range, asserted by another story within
 * CONFLICT_WINDOW_DAYS of a dated report of the current value. Undated reports
 * never take part; conflicts within one article are written as it is stored.
 */
async function writeConflicts(tx: Db, derived: readonly DerivedClaim[]): Promise<void> {
  for (const d of derived) {
    const top = d.top
    if (d.state !== 'current' || !top || top.asserted_last === null) continue
    const agree = d.eligible.filter((v) => overlaps(v.value, v.value_max, top.value, top.value_max) || (d.shown && overlaps(v.value, v.value_max, d.shown.value, d.shown.value_max)))
    for (const w of d.eligible) {
      if (agree.includes(w) || w.asserted_last === null) continue
      await tx.query(
        `insert into conflicts (claim_id, pledge_a, pledge_b, origin)
         select $1, a.id, b.id, 'reports' from pledges a join pledges b on b.claim_id = a.claim_id
          where a.claim_id = $1 and a.value_key = any($2::text[]) and a.asserting and a.reported is not null
            and b.value_key = $3 and b.asserting and b.reported between a.reported - ${CONFLICT_WINDOW_DAYS} and a.reported + ${CONFLICT_WINDOW_DAYS}
            and b.story_id <> a.story_id
          order by a.reported desc, a.tiebreak, b.reported desc, b.tiebreak limit 1
         on conflict do nothing`,
        [d.id, agree.map((v) => v.key), w.key],
      )
    }
  }
}
