import type { Analysis } from '../model/facts.js'
import type { Db } from './db.js'
import { bandKeys, containment, shingleSet, textHash } from './shingles.js'
import { recordPledges } from './write-claims.js'

/** Wire copies share at least this share of word 5-shingles (issue #4). */
export const WIRE_COPY_CONTAINMENT = 0.8
const MAX_CANDIDATES = 20

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
 * 2. a wire copy (≥ 80% of shingles shared with a stored article) joins that story;
 * 3. the article, its LSH bands, its facts; each pledge updates its claim.
 */
export async function storeAnalysis(db: Db, a: Analysis, today = new Date().toISOString().slice(0, 10)): Promise<StoreResult> {
  const hash = textHash(a.text)
  const shingles = shingleSet(a.text)
  const bands = bandKeys(shingles)
  return db.transaction(async (tx) => {
    // 1. Known article: the unique indexes make this final even against a concurrent writer.
    const known = await tx.query<{ id: string; story_id: string }>(
      'select id, story_id from articles where text_hash = $1 or (url is not null and url = $2) limit 1',
      [hash, a.url ?? null],
    )
    if (known.length) return { status: 'known', articleId: Number(known[0].id), storyId: Number(known[0].story_id), copy: false, factsAdded: 0, changes: 0 }

    // 2. Wire copy: candidates share an LSH band; containment decides.
    let storyId: number | null = null
    const candidates = await tx.query<{ story_id: string; text: string }>(
      `select a.story_id, a.text from articles a
        where a.id in (select distinct article_id from article_bands where band = any($1::bigint[]) limit ${MAX_CANDIDATES})`,
      [bands],
    )
    for (const c of candidates) {
      if (containment(shingles, shingleSet(c.text)) >= WIRE_COPY_CONTAINMENT) {
        storyId = Number(c.story_id)
        break
      }
    }
    const copy = storyId !== null
    storyId ??= Number((await tx.query<{ id: string }>('insert into stories default values returning id'))[0].id)

    // 3. The article and its facts.
    const reported = a.date ?? today
    const facts = a.pledges.length + a.interactions.length + a.quotes.length
    const [{ id }] = await tx.query<{ id: string }>(
      `insert into articles (story_id, doc, url, title, outlet, published, text, text_hash, facts)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [storyId, a.doc, a.url ?? null, a.title, a.outlet ?? null, a.date, a.text, hash, facts],
    )
    const articleId = Number(id)
    await tx.query('insert into article_bands (band, article_id) select unnest($1::bigint[]), $2 on conflict do nothing', [bands, articleId])
    const changes = await recordPledges(tx, a.pledges, { articleId, storyId, reported })
    const xs = a.interactions
    if (xs.length) {
      await tx.query(
        `insert into interactions (article_id, story_id, reported, actor, type, target, date, place, ev_start, ev_end, ev_text, rule)
         select $1, $2, $3, u.* from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::text[])
           as u(actor, type, target, date, place, ev_start, ev_end, ev_text, rule)`,
        [articleId, storyId, reported, xs.map((x) => x.actor), xs.map((x) => x.type), xs.map((x) => x.target), xs.map((x) => x.date ?? null), xs.map((x) => x.place ?? null), xs.map((x) => x.evidence.start), xs.map((x) => x.evidence.end), xs.map((x) => x.evidence.text), xs.map((x) => x.rule ?? null)],
      )
    }
    const qs = a.quotes
    if (qs.length) {
      await tx.query(
        `insert into quotes (article_id, reported, speaker, actor, text, ev_start, ev_end, ev_text, rule)
         select $1, $2, u.* from unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[])
           as u(speaker, actor, text, ev_start, ev_end, ev_text, rule)`,
        [articleId, reported, qs.map((q) => q.speaker), qs.map((q) => q.actor ?? null), qs.map((q) => q.text), qs.map((q) => q.evidence.start), qs.map((q) => q.evidence.end), qs.map((q) => q.evidence.text), qs.map((q) => q.rule ?? null)],
      )
    }
    return { status: 'new', articleId, storyId, copy, factsAdded: facts, changes }
  })
}
