import type { Analysis } from '../model/facts.js'
import type { ClaimKey } from './claim-key.js'
import type { Db } from './db.js'
import { personKey } from './people.js'
import { marksOf, shingleSet, textHash } from './shingles.js'
import { storedDate } from './stored-date.js'
import { findCopyStories, mergeStories } from './wire-copies.js'
import { recordPledges } from './write-claims.js'
import { recordPeople } from './write-people.js'

export { WIRE_COPY_CONTAINMENT } from './wire-copies.js'

export interface StoreResult {
  readonly status: 'new' | 'known'
  readonly articleId: number
  readonly storyId: number
  /** True when the article is a wire copy of a story already stored. */
  readonly copy: boolean
  readonly factsAdded: number
  /** Register changes this article caused (new claims, changed values). */
  readonly changes: number
}

/**
 * Stores one analysed article and its facts in one transaction, so a crash
 * leaves either all of it or none. Steps:
 * 1. the same URL or the same cleaned text already stored → `known`, nothing written;
 * 2. a wire copy (most of the shorter text's shingles in the other, wire-copies.ts) joins its
 *    story; a copy of several stories joins them into one;
 * 3. the article with its date and the date's source (stored-date.ts: undated stays undated),
 *    its marks, its facts; its pledges update their claims.
 * `today` only rejects a date in the future (a wrong date is no date). With
 * `deferTo`, the claims are not derived here: the groups to derive are pushed
 * there and `changes` is 0 (storeBatch derives them once for many articles).
 */
export async function storeAnalysis(db: Db, a: Analysis, today = new Date().toISOString().slice(0, 10), deferTo?: Array<Omit<ClaimKey, 'year'>>): Promise<StoreResult> {
  const hash = textHash(a.text)
  const shingles = shingleSet(a.text)
  const marks = marksOf(shingles)
  const dated = storedDate(a, today)
  return db.transaction(async (tx) => {
    // 1. The unique indexes make this final even against a concurrent writer.
    const [known] = await tx.query<{ id: string; story_id: string }>(
      'select id, story_id from articles where text_hash = $1 or (url is not null and url = $2) limit 1',
      [hash, a.url ?? null],
    )
    if (known) return { status: 'known', articleId: Number(known.id), storyId: Number(known.story_id), copy: false, factsAdded: 0, changes: 0 }
    // 2.
    const stories = await findCopyStories(tx, shingles, marks)
    const resourced = await mergeStories(tx, stories)

    // 3. The article (in a new story unless it is a copy), its marks, then its facts.
    const reported = dated.date
    const facts = a.pledges.length + a.interactions.length + a.quotes.length
    const [row] = await tx.query<{ id: string; story_id: string }>(
      `with s as (insert into stories select where $1::bigint is null returning id),
            a as (insert into articles (story_id, doc, url, title, outlet, published, text, text_hash, facts, date_source)
                  values (coalesce($1::bigint, (select id from s)), $2, $3, $4, $5, $6, $7, $8, $9, $12) returning id, story_id),
            b as (insert into article_marks (mark, article_id) select unnest($10::bigint[]), (select id from a) on conflict do nothing),
            o as (insert into actor_outlets (actor, outlet, articles) select unnest($11::text[]), coalesce($5, ''), 1
                  on conflict (actor, outlet) do update set articles = actor_outlets.articles + 1)
       select id, story_id from a`,
      [stories[0] ?? null, a.doc, a.url ?? null, a.title, a.outlet ?? null, reported, a.text, hash, facts, marks, actorsOf(a), dated.source],
    )
    const articleId = Number(row.id)
    const storyId = Number(row.story_id)
    const copy = stories.length > 0
    const changes = await recordPledges(tx, a, { articleId, storyId, reported, rank: hash }, resourced, deferTo ?? true)
    const xs = a.interactions
    const qs = a.quotes
    if (xs.length || qs.length) {
      await tx.query(
        `with i as (
           insert into interactions (article_id, story_id, reported, actor, type, target, date, place, ev_start, ev_end, ev_text, rule)
           select $1, $2, $3, u.* from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::text[])
             as u(actor, type, target, date, place, ev_start, ev_end, ev_text, rule)),
         -- The network's month counts (migration 005), grouped first: one upsert may touch a row
         -- only once; in key order, so concurrent writers lock rows in the same order.
         m as (
           insert into interaction_months as m (actor, target, type, month, n, first, last)
           select actor, target, type, left(w, 7), count(*), min(w), max(w)
             from (select u.actor, u.target, u.type, coalesce(u.date, pw_iso_date($3::date)) as w
                     from unnest($4::text[], $5::text[], $6::text[], $7::text[]) as u(actor, type, target, date)) x
            group by 1, 2, 3, 4 order by 1, 2, 3, 4
           on conflict (actor, target, type, month) do update
             set n = m.n + excluded.n, first = least(m.first, excluded.first), last = greatest(m.last, excluded.last))
         insert into quotes (article_id, reported, speaker, actor, text, ev_start, ev_end, ev_text, rule, person_key)
         select $1, $3, u.* from unnest($13::text[], $14::text[], $15::text[], $16::int[], $17::int[], $18::text[], $19::text[], $20::text[])
           as u(speaker, actor, text, ev_start, ev_end, ev_text, rule, person_key)`,
        [
          // Interactions and quotes are ordered by their article's date; an undated article's by the day it was read.
          articleId, storyId, reported ?? today,
          xs.map((x) => x.actor), xs.map((x) => x.type), xs.map((x) => x.target), xs.map((x) => x.date ?? null), xs.map((x) => x.place ?? null),
          xs.map((x) => x.evidence.start), xs.map((x) => x.evidence.end), xs.map((x) => x.evidence.text), xs.map((x) => x.rule ?? null),
          qs.map((q) => q.speaker), qs.map((q) => q.actor ?? null), qs.map((q) => q.text), qs.map((q) => q.evidence.start), qs.map((q) => q.evidence.end),
          qs.map((q) => q.evidence.text), qs.map((q) => q.rule ?? null), qs.map((q) => personKey(q.speaker)),
        ],
      )
      await recordPeople(tx, qs)
    }
    return { status: 'new', articleId, storyId, copy, factsAdded: facts, changes }
  })
}

/**
 * The actors an article reports facts about, sorted: the rows of
 * `actor_outlets` it bumps, locked in one order by every writer (no deadlock).
 */
function actorsOf(a: Analysis): string[] {
  const ids = new Set<string>()
  for (const p of a.pledges) ids.add(p.actor)
  for (const x of a.interactions) ids.add(x.actor).add(x.target)
  for (const q of a.quotes) if (q.actor) ids.add(q.actor)
  return [...ids].sort()
}
