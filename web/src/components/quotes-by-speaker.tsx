import { dateText } from '../format.js'
import { href } from '../router.js'
import type { QuoteRow } from '../types.js'

/** An actor's quotes grouped by speaker (issue 16, item 2), the most quoted first, each quote with its source. */
export function QuotesBySpeaker({ quotes }: { quotes: QuoteRow[] }) {
  if (!quotes.length) return <p class="muted">No quotes.</p>
  const groups = new Map<string, QuoteRow[]>()
  for (const q of quotes) groups.set(q.speaker, [...(groups.get(q.speaker) ?? []), q])
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  return (
    <div class="speakers">
      {ordered.map(([speaker, list]) => (
        <section class="speaker" aria-label={`Quotes by ${speaker}`}>
          <h3>
            {speaker} <span class="muted">({list.length} quote{list.length === 1 ? '' : 's'})</span>
          </h3>
          <ul class="plain">
            {list.map((q) => (
              <li class="quote">
                <blockquote>{q.text}</blockquote>
                <span class="source">
                  {q.outlet ?? 'unknown outlet'}, {dateText(q.published)}
                </span>{' '}
                <a href={`${href('article', q.article_id)}?fact=${encodeURIComponent(`quote:${q.id}`)}`}>article</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
