import { dateFromUrl } from '../clean/article-date.js'
import { normaliseDate } from '../ingest/date.js'
import { DATE_SOURCES, type DateSource } from '../model/article.js'
import type { Analysis } from '../model/facts.js'

/**
 * The date an analysed article is stored under, and its source (issue 14,
 * item 1). The pipeline's date wins, with the source it names (`date_source`,
 * 'article' when it names none); an undated article may still carry a day in
 * its URL; a date more than a day after `today` is a wrong date, so no date.
 * Never the day the article was read: an undated report stays undated.
 * @example storedDate({ date: null, url: 'https://x.example/2021/04/22/a' } as Analysis, '2026-01-01') // { date: '2021-04-22', source: 'url' }
 */
export function storedDate(a: Pick<Analysis, 'date' | 'url'> & { readonly date_source?: string | null }, today: string): { date: string | null; source: DateSource | null } {
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  const ok = (d: string | null) => (d !== null && d <= tomorrow ? d : null)
  const date = ok(normaliseDate(a.date))
  if (date) {
    const named = DATE_SOURCES.find((s) => s === a.date_source)
    return { date, source: named ?? 'article' }
  }
  const fromUrl = ok(dateFromUrl(a.url))
  return fromUrl ? { date: fromUrl, source: 'url' } : { date: null, source: null }
}
