import type { ClaimAgg, GroupAggs, MoveAgg, PreviousAgg, ValueAgg } from './claim-aggregates.js'
import { deriveChanges, type ChangeLine, type EvidenceRef } from './claim-changes.js'
import { deriveGroup, type DerivedClaim } from './claim-derive.js'
import { groupKeyString, type ClaimKey } from './claim-key.js'
import type { Db } from './db.js'
import { writeConflicts } from './derive-conflicts.js'
import { withReferenceBase } from './reference-base.js'
import { Params } from './sql-params.js'

type GroupRef = Omit<ClaimKey, 'year'>
type Row = ClaimAgg & GroupRef & { year: number | null; state: string }

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

/**
 * Reads the summaries of every claim in the given groups, in one round trip, each list in key
 * order: the derivation reads them in turn (previous values merge into the first matching
 * line), so their order must not be the rows' physical one, which depends on the order articles
 * arrived in and on vacuum (seen: 7 of 2177 change lines differed once the embedded store vacuumed).
 */
async function readGroups(tx: Db, groups: readonly GroupRef[]): Promise<{ claims: Row[]; values: ValueAgg[]; previous: PreviousAgg[]; moves: MoveAgg[] }> {
  const ps = new Params()
  const g = ps.unnest('g', {
    actor: [groups.map((x) => x.actor), 'text'], kind: [groups.map((x) => x.kind), 'text'], goal: [groups.map((x) => x.goal), 'float8'],
    metric: [groups.map((x) => x.metric), 'text'], gas: [groups.map((x) => x.gas), 'text'],
  })
  const [row] = await tx.query<{ claims: Row[] | null; values: ValueAgg[] | null; previous: PreviousAgg[] | null; moves: MoveAgg[] | null }>(
    `with c as (
       select c.id, c.actor, c.kind, c.year, c.goal, c.metric, c.gas, c.state, c.asserted, ${D('c.asserted_first')}, ${D('c.asserted_last')}, c.asserted_undated,
              c.about_asserted, ${D('c.about_last')}, ${D('c.oldyear_last')}, c.old, ${D('c.old_last')}, ${D('c.withdrawn_last')}, c.withdrawn_undated
         from ${g}
         join claims c on c.actor = g.actor and c.kind = g.kind and coalesce(c.goal, -1) = coalesce(g.goal, -1) and c.metric = g.metric and c.gas = g.gas)
     select (select json_agg(c order by c.id) from c) as claims,
            (select json_agg(json_build_object('claim_id', v.claim_id, 'key', v.value_key, 'value', v.value, 'value_max', v.value_max, 'base_year', v.base_year,
                      'asserted', v.asserted, 'asserted_first', pw_iso_date(v.asserted_first), 'asserted_last', pw_iso_date(v.asserted_last),
                      'asserted_undated', v.asserted_undated, 'old', v.old, 'status_rank', v.status_rank) order by v.claim_id, v.value_key)
               from claim_values v where v.claim_id in (select id from c)) as values,
            (select json_agg(json_build_object('claim_id', r.claim_id, 'old_key', r.old_key, 'old_value', r.old_value, 'new_key', r.new_key, 'new_value', r.new_value,
                      'new_value_max', r.new_value_max, 'first_reported', pw_iso_date(r.first_reported), 'undated', r.undated, 'pledge_id', r.pledge_id) order by r.claim_id, r.old_key, r.new_key)
               from claim_previous r where r.claim_id in (select id from c)) as previous,
            (select json_agg(json_build_object('from_id', m.from_id, 'to_id', m.to_id, 'first_reported', pw_iso_date(m.first_reported), 'undated', m.undated, 'pledge_id', m.pledge_id) order by m.from_id, m.to_id)
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
 * 3. what each claim and line cites; 4. in one statement, find those pledges and write
 *    claims and change lines; then conflicts.
 * Conflicts between reports are looked for again only for `touched` claims (whose
 * reports changed) and claims whose state changed: no other claim's can have.
 * Returns how many change lines cite one of the pledges `mine`.
 */
export async function deriveGroups(tx: Db, groups: readonly GroupRef[], touched: ReadonlySet<number> | 'all' = 'all', mine: readonly string[] = []): Promise<number> {
  if (!groups.length) return 0
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
    // Current claims whose reports state no base year, or a weaker status, take the reference list's, and
    // one whose target the reference records as ended is withdrawn (reference-base.ts). The change log
    // stays what the reports say: it is derived before.
    const reported = deriveGroup(g)
    derived.push(...reported.map((x) => withReferenceBase(x, claims.find((c) => c.id === x.id)!)))
    lines.push(...deriveChanges(g, reported))
  }
  // 3.
  const year = new Map(all.claims.map((c) => [c.id, c.year]))
  const claimAgg = new Map(all.claims.map((c) => [c.id, c]))
  const refs: EvidenceRef[] = []
  const ref = (e: EvidenceRef | null) => (e === null ? null : refs.push(e))
  const currentN = derived.map((d) => ref({ by: 'current', claim_id: d.id, key: d.shown?.key ?? null, date: d.shown ? d.shown.asserted_last : claimAgg.get(d.id)!.asserted_last }))
  const stateN = derived.map((d) => ref(stateRef(d)))
  const firstLine = refs.length + 1
  const lineN = lines.map((x) => ref(x.evidence))
  // 4.
  const ids = derived.map((d) => d.id)
  const before = new Map(all.claims.map((c) => [c.id, c.state]))
  const recheck = derived.filter((d) => touched === 'all' || touched.has(d.id) || before.get(d.id) !== d.state)
  const reason = (d: DerivedClaim) => {
    const c = d.cause
    if (!c) return null
    const when = c.date ?? 'undated'
    if (c.why === 'withdrawn') return c.reference ? `withdrawn (${when}; reference: ${c.reference})` : `withdrawn (${when})`
    if (c.why === 'moved') return `moved to ${year.get(c.successor!) ?? '(no year)'} (${when})`
    if (c.why === 'former') return `named as a former target (${when})`
    return `a later report (${when}) gives ${year.get(c.successor!) ?? '(no year)'}`
  }
  const ps = new Params()
  const f = <T>(get: (r: EvidenceRef) => T) => refs.map(get)
  const r = ps.unnest('r', {
    n: [refs.map((_, i) => i + 1), 'int'], by: [f((x) => x.by), 'text'], pledge_id: [f((x) => (x.by === 'pledge' ? x.pledge_id : null)), 'bigint'],
    claim_id: [f((x) => (x.by === 'pledge' ? null : x.claim_id)), 'bigint'], key: [f((x) => (x.by === 'value' || x.by === 'current' ? x.key : null)), 'text'],
    cue: [f((x) => (x.by === 'cue' ? x.cue : null)), 'text'], date: [f((x) => (x.by === 'pledge' ? null : x.date)), 'date'],
  })
  const u = ps.unnest('u', {
    id: [ids, 'bigint'], value: [derived.map((d) => d.value), 'float8'], value_max: [derived.map((d) => d.value_max), 'float8'], base_year: [derived.map((d) => d.base_year), 'int'],
    base_source: [derived.map((d) => d.base_source), 'text'], status_source: [derived.map((d) => d.status_source), 'text'],
    status: [derived.map((d) => d.status), 'text'], state: [derived.map((d) => d.state), 'text'], reason: [derived.map(reason), 'text'],
    state_date: [derived.map((d) => d.cause?.date ?? null), 'date'], state_n: [stateN, 'int'], successor: [derived.map((d) => d.cause?.successor ?? null), 'bigint'],
    current_n: [currentN, 'int'],
  })
  const l = ps.unnest('l', {
    o: [lines.map((_, i) => i), 'int'], claim_id: [lines.map((x) => x.claim_id), 'bigint'], change: [lines.map((x) => x.change), 'text'], old_value: [lines.map((x) => x.old_value), 'float8'],
    old_value_max: [lines.map((x) => x.old_value_max), 'float8'], new_value: [lines.map((x) => x.new_value), 'float8'], new_value_max: [lines.map((x) => x.new_value_max), 'float8'],
    old_year: [lines.map((x) => x.old_year), 'int'], reported: [lines.map((x) => x.reported), 'date'], ref_n: [lineN, 'int'],
  })
  // One statement: each reference resolved to the pledge it names (the first of that day in a fixed
  // order; else the claim's latest), the claims that differ, the change lines of each claim whose
  // lines differ replaced, their conflicts between reports cleared (written again below); it counts
  // the lines citing `mine`. Unchanged rows stay put: the embedded store has no autovacuum, and
  // rewriting every touched group's log per article left hundreds of dead rows each time, which
  // the next article's delete walked again (measured: 41 -> 169 ms per article from 1k to 3k).
  const row_ = 'claim_id, change, old_value, old_value_max, new_value, new_value_max, old_year, reported, pledge_id'
  const [row] = await tx.query<{ mine: number }>(
    `with ev as materialized (
       select r.n, coalesce(r.pledge_id, (
                -- The current value's report: a report about the actor over a passing mention in a story about others (issue 14, item 4).
                select p.id from pledges p
                 where r.by = 'current' and p.claim_id = r.claim_id and p.asserting and p.about and p.reported is not null and (r.key is null or p.value_key = r.key)
                 order by p.reported desc, p.tiebreak limit 1), (
                select p.id from pledges p
                 where p.claim_id = r.claim_id and (r.date is null and p.reported is null or p.reported = r.date)
                   and (r.by not in ('value', 'current') or (p.asserting and (r.key is null or p.value_key = r.key)))
                   and (r.by <> 'cue' or (r.cue = 'withdrawn' and p.cue = 'withdrawn') or (r.cue = 'old' and p.cue in ('oldyear', 'oldvalue', 'movedto')))
                 order by p.tiebreak limit 1),
              (select p.id from pledges p where p.claim_id = r.claim_id order by p.reported desc nulls last, p.tiebreak limit 1)) as id
         from ${r}),
     u as materialized (select * from ${u}),
     upd as (
       update claims c set value = u.value, value_max = u.value_max, base_year = u.base_year, base_year_source = u.base_source, status = u.status, status_source = u.status_source, state = u.state, state_reason = u.reason,
              state_date = u.state_date, state_pledge_id = es.id, successor_id = u.successor, current_pledge_id = ec.id
         from u left join ev ec on ec.n = u.current_n left join ev es on es.n = u.state_n
        where c.id = u.id
          and (c.value, c.value_max, c.base_year, c.base_year_source, c.status, c.status_source, c.state, c.state_reason, c.state_date, c.state_pledge_id, c.successor_id, c.current_pledge_id)
              is distinct from (u.value, u.value_max, u.base_year, u.base_source, u.status, u.status_source, u.state, u.reason, u.state_date, es.id, u.successor, ec.id)),
     nl as materialized (
       select l.o, l.claim_id, l.change, l.old_value, l.old_value_max, l.new_value, l.new_value_max, l.old_year, l.reported, e.id as pledge_id
         from ${l} left join ev e on e.n = l.ref_n),
     -- A claim's stored lines (in id order) against its derived ones (in derivation order), as text
     -- (float8 prints exactly); a claim whose lines differ in content or order gets them written again.
     stale as materialized (
       select u.id from u
        where (select coalesce(array_agg(row(${row_})::text order by ch.id), '{}') from changes ch where ch.claim_id = u.id)
              is distinct from (select coalesce(array_agg(row(${row_})::text order by nl.o), '{}') from nl where nl.claim_id = u.id)),
     del as (delete from changes where claim_id in (select id from stale)),
     ins as (insert into changes (${row_}) select ${row_} from nl where nl.claim_id in (select id from stale) order by nl.o),
     clr as (delete from conflicts where origin = 'reports' and claim_id = any(${ps.add(recheck.map((d) => d.id), 'bigint[]')}))
     select count(*)::int as mine from ev where ev.n >= ${ps.add(firstLine, 'int')} and ev.id = any(${ps.add(mine, 'bigint[]')})`,
    ps.values,
  )
  await writeConflicts(tx, recheck)
  return row.mine
}

/** The report that says why a claim is not current: its withdrawal, its move, its naming as former, or its successor's. */
function stateRef(d: DerivedClaim): EvidenceRef | null {
  const c = d.cause
  if (!c || c.reference) return null
  if (c.why === 'withdrawn') return { by: 'cue', claim_id: d.id, cue: 'withdrawn', date: c.date }
  if (c.move) return { by: 'pledge', pledge_id: c.move.pledge_id }
  if (c.why === 'former') return { by: 'cue', claim_id: d.id, cue: 'old', date: c.date }
  return { by: 'value', claim_id: c.successor!, key: null, date: c.date }
}
