import { dateText } from '../format.js'
import { href } from '../router.js'

/** One source sentence: outlet and date, the sentence as text, and a link to the article page with it highlighted. */
export function EvidenceItem({ articleId, outlet, date, sentence, span }: { articleId: number; outlet: string | null; date: string | null; sentence: string; span?: { start: number; end: number } }) {
  // The article page selects the fact whose evidence has these offsets.
  const link = href('article', articleId) + (span ? `?span=${span.start}-${span.end}` : '')
  return (
    <li class="evidence">
      <span class="source">
        {outlet ?? 'unknown outlet'}, {dateText(date)}
      </span>{' '}
      <q>{sentence}</q>{' '}
      <a href={link} aria-label={`Open the article from ${outlet ?? 'an unknown outlet'}, ${dateText(date)}`}>
        article
      </a>
    </li>
  )
}
