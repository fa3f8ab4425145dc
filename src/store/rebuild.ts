import type { Pledge } from '../model/facts.js'
import type { Db } from './db.js'
import { deriveGroups, lockGroups } from './derive-groups.js'
import { personKey } from './people.js'
import { REFERENCE_FINGERPRINT } from './reference-base.js'
import { marksOf, shingleSet } from './shingles.js'
import { recordPledges } from './write-claims.js'
import { recordPeople } from './write-people.js'

/**
 * The version of the rules that turn stored pledges into claims, states,
 * change log and conflicts. Raise it when those rules change: the next open
 * derives every claim again from the stored pledges (nothing is lost: the
 * pledges and their evidence are the register's record, the rest follows).
 * The reference list's fingerprint is part of it: base years, statuses and withdrawals come from it (reference-base.ts).
 * 14.7: a target the reference list records as withdrawn is withdrawn (issue 14); 14.8: a
 * net-zero or peak claim with no year is the actor's one such target of the list; 14.9: a
 * value in tonnes (MtCO2e) is a claim of its own, and a sentence naming a former value in tonnes
 * ("down from 420 Mt") no longer asserts it (claim-cues.ts; issue 14, item 6).
 */
export const DERIVATION_VERSION = `14.9+ref.${REFERENCE_FINGERPRINT}`

const BATCH = 500

/**
 * Brings the derived data up to DERIVATION_VERSION: a new register is only
 * stamped; one whose claims were derived by older rules (or before migration
 * 007) is derived again, in the caller's transaction. Returns true when it rebuilt.
 */
export async function ensureDerived(tx: Db): Promise<boolean> {
  const [have] = await tx.query<{ value: string }>(`select value from register_meta where key = 'derivation'`)
  if (have?.value === DERIVATION_VERSION) return false
  const [{ n }] = await tx.query<{ n: number }>('select count(*)::int as n from articles')
  if (n > 0) await rebuild(tx)
  await tx.query(`insert into register_meta (key, value) values ('derivation', $1) on conflict (key) do update set value = excluded.value`, [DERIVATION_VERSION])
  return n > 0
}

/**
 * Derives the register again from its articles and pledges. Steps:
 * 1. marks for articles stored before they existed;
 * 2. every summary, change line and conflict cleared, every claim's counts zeroed;
 * 3. each article's pledges stored again in article order through the ordinary path
 *    (new claim keys, cues, focus, previous values, moves), without deriving yet;
 * 4. every group derived once; claims no pledge or move names any more removed;
 * 5. people counted again from the stored quotes (people.ts).
 */
async function rebuild(tx: Db): Promise<void> {
  // 1.
  for (let after = 0; ; ) {
    const rows = await tx.query<{ id: number; text: string }>(
      `select id::int, text from articles a where id > $1 and not exists (select 1 from article_marks m where m.article_id = a.id) order by id limit ${BATCH}`, [after])
    if (!rows.length) break
    const ids: number[] = []
    const marks: number[] = []
    for (const r of rows) for (const m of marksOf(shingleSet(r.text))) (ids.push(r.id), marks.push(m))
    await tx.query('insert into article_marks (mark, article_id) select * from unnest($1::bigint[], $2::bigint[]) on conflict do nothing', [marks, ids])
    after = rows[rows.length - 1].id
  }
  // 2.
  await tx.exec(`
    delete from changes; delete from conflicts; delete from claim_previous; delete from claim_moves; delete from claim_values; delete from claim_sources;
    update claims set sources = 0, reports = 0, mentions = 0, undated = 0, first_reported = null, last_reported = null, asserted = 0, asserted_first = null,
      asserted_last = null, asserted_undated = 0, about_asserted = 0, about_last = null, old = 0, old_last = null, oldyear_last = null, withdrawn_last = null, withdrawn_undated = 0,
      value = null, value_max = null, unit = null, base_year = null, base_year_source = null, status = null, status_source = null, current_pledge_id = null;`)
  // 3.
  for (let after = 0; ; ) {
    const arts = await tx.query<{ id: number; story_id: number; published: string | null; text: string; text_hash: string }>(
      `select id::int, story_id::int, pw_iso_date(published) as published, text, text_hash from articles
        where id > $1 and exists (select 1 from pledges p where p.article_id = articles.id) order by id limit ${BATCH}`, [after])
    if (!arts.length) break
    for (const a of arts) {
      const pledges = await tx.query<Pledge & { ev_start: number; ev_end: number; ev_text: string }>(
        `select actor, kind, year, value, value_max, unit, base_year, status, change, previous_value as previous, gas, rule, ev_start, ev_end, ev_text
           from pledges where article_id = $1 order by id`, [a.id])
      const facts = await tx.query<{ actor: string; target: string | null; start: number }>(
        `select actor, target, ev_start as start from interactions where article_id = $1
         union all select actor, null, ev_start from quotes where article_id = $1 and actor is not null`, [a.id])
      await tx.query('delete from pledges where article_id = $1', [a.id])
      const ev = (s: number) => ({ start: s, end: s, text: '' })
      await recordPledges(tx, {
        text: a.text,
        pledges: pledges.map(({ ev_start, ev_end, ev_text, ...p }) => stripNulls({ ...p, evidence: { start: ev_start, end: ev_end, text: ev_text } })),
        interactions: facts.filter((f) => f.target !== null).map((f) => ({ actor: f.actor, type: 'meet', target: f.target!, evidence: ev(f.start) })),
        quotes: facts.filter((f) => f.target === null).map((f) => ({ speaker: '', actor: f.actor, text: '', evidence: ev(f.start) })),
      }, { articleId: a.id, storyId: a.story_id, reported: a.published, rank: a.text_hash }, [], false)
    }
    after = arts[arts.length - 1].id
  }
  // 4.
  const groups = await tx.query<{ actor: string; kind: string; goal: number | null; metric: string; gas: string }>('select distinct actor, kind, goal, metric, gas from claims')
  for (let i = 0; i < groups.length; i += BATCH) {
    await lockGroups(tx, groups.slice(i, i + BATCH))
    await deriveGroups(tx, groups.slice(i, i + BATCH))
  }
  await tx.exec(`
    update claims c set sources = (select count(*) from claim_sources s where s.claim_id = c.id);
    delete from claims c where not exists (select 1 from pledges p where p.claim_id = c.id)
      and not exists (select 1 from claim_moves m where m.from_id = c.id or m.to_id = c.id)
      and not exists (select 1 from changes ch where ch.claim_id = c.id);`)
  // 5.
  await tx.exec('delete from person_actors; delete from people;')
  for (let after = 0; ; ) {
    const qs = await tx.query<{ id: number; speaker: string; actor: string | null }>(`select id::int, speaker, actor from quotes where id > $1 order by id limit ${BATCH}`, [after])
    if (!qs.length) break
    await tx.query('update quotes q set person_key = u.key from unnest($1::bigint[], $2::text[]) as u(id, key) where q.id = u.id', [qs.map((q) => q.id), qs.map((q) => personKey(q.speaker))])
    await recordPeople(tx, qs)
    after = qs[qs.length - 1].id
  }
}

/** A stored row's nulls as the schema's absent fields (optional fields are undefined, not null). */
function stripNulls<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => v !== null || k === 'year' || k === 'value')) as T
}
