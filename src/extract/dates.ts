import * as chrono from 'chrono-node'

const FUTURE = /\b(?:will|shall|next|upcoming|to be held|scheduled|plans? to)\b/i

/**
 * Resolves the date an event in `sentence` happened, against the article's date (`YYYY-MM-DD`).
 *
 * 1. chrono-node finds date expressions ("on Tuesday", "last month", "on 9 November").
 * 2. A bare weekday is the latest such day on or before the article date, as news reports
 *    past events, unless the sentence speaks of the future ("will meet on Friday").
 * 3. A month without a day gives `YYYY-MM`; years alone ("in 2013", "by 2030") are not event dates.
 * Returns null when the sentence states no date or the article has none.
 * @example resolveEventDate('They met on Tuesday.', '2021-09-02') // '2021-08-31'
 */
export function resolveEventDate(sentence: string, articleDate: string | null): string | null {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return null
  const ref = new Date(`${articleDate}T12:00:00Z`)
  for (const r of chrono.parse(sentence, { instant: ref, timezone: 0 })) {
    const c = r.start
    // Only a future marker close before the date turns a weekday forward ("will meet on Friday").
    const future = FUTURE.test(sentence.slice(Math.max(0, r.index - 40), r.index))
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      const wd = c.get('weekday')
      if (wd === null) continue
      return isoDay(nearestWeekday(ref, wd, future))
    }
    if (c.isCertain('day')) return isoDay(c.date())
    if (c.isCertain('month')) return isoDay(c.date()).slice(0, 7)
  }
  return null
}

function nearestWeekday(ref: Date, weekday: number, future: boolean): Date {
  const diff = (weekday - ref.getUTCDay() + 7) % 7
  const days = future ? (diff === 0 ? 7 : diff) : diff === 0 ? 0 : diff - 7
  return new Date(ref.getTime() + days * 86_400_000)
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

