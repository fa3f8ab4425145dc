import type { ValidatorCache } from '../feeds/fetcher.js'
import type { Db } from './db.js'

/** Loads the saved ETag / Last-Modified of every feed. */
export async function loadFeedCache(db: Db): Promise<ValidatorCache> {
  const rows = await db.query<{ url: string; etag: string | null; last_modified: string | null }>('select url, etag, last_modified from feed_validators')
  const cache: ValidatorCache = {}
  for (const r of rows) cache[r.url] = { ...(r.etag ? { etag: r.etag } : {}), ...(r.last_modified ? { lastModified: r.last_modified } : {}) }
  return cache
}

/** Saves the validators of the given URLs (feeds only: item pages are never refetched). */
export async function saveFeedCache(db: Db, cache: ValidatorCache, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const v = cache[url]
    if (!v) continue
    await db.query(
      `insert into feed_validators (url, etag, last_modified) values ($1, $2, $3)
       on conflict (url) do update set etag = excluded.etag, last_modified = excluded.last_modified, updated_at = now()`,
      [url, v.etag ?? null, v.lastModified ?? null],
    )
  }
}
