import { useState } from 'preact/hooks'
import { dateText } from '../format.js'
import { href } from '../router.js'
import type { QuoteRow } from '../types.js'

// At scale an actor has its 200 newest quotes from a hundred speakers: drawn
// whole they were a third of the actor page's elements (issue 16: each page in
// under 1.5 s on a 100k-article register). The most quoted speakers and each
// one's first quotes are drawn; the rest on request.
const SPEAKERS_SHOWN = 12
const QUOTES_SHOWN = 2

/** An actor's quotes grouped by speaker (issue 16, item 2), the most quoted first, each quote with its source. */
export function QuotesBySpeaker({ quotes }: { quotes: QuoteRow[] }) {
  const [allSpeakers, setAllSpeakers] = useState(false)
  if (!quotes.length) return <p class="muted">No quotes.</p>
  const groups = new Map<string, QuoteRow[]>()
  for (const q of quotes) {
    const list = groups.get(q.speaker)
    if (list) list.push(q)
    else groups.set(q.speaker, [q])
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  return (
    <div class="speakers">
      {(allSpeakers ? ordered : ordered.slice(0, SPEAKERS_SHOWN)).map(([speaker, list]) => (
        <SpeakerQuotes speaker={speaker} list={list} />
      ))}
      {ordered.length > SPEAKERS_SHOWN ? (
        <button type="button" class="link" aria-expanded={allSpeakers} onClick={() => setAllSpeakers(!allSpeakers)}>
          {allSpeakers ? `Show the ${SPEAKERS_SHOWN} most quoted only` : `Show all ${ordered.length} speakers`}
        </button>
      ) : null}
    </div>
  )
}

/** One speaker's quotes: the first few, the rest on request. */
function SpeakerQuotes({ speaker, list }: { speaker: string; list: QuoteRow[] }) {
  const [all, setAll] = useState(false)
  return (
    <section class="speaker" aria-label={`Quotes by ${speaker}`}>
      <h3>
        {speaker} <span class="muted">({list.length} quote{list.length === 1 ? '' : 's'})</span>
      </h3>
      <ul class="plain">
        {(all ? list : list.slice(0, QUOTES_SHOWN)).map((q) => (
          <li class="quote">
            <blockquote>{q.text}</blockquote>
            <span class="source">
              {q.outlet ?? 'unknown outlet'}, {dateText(q.published)}
            </span>{' '}
            <a href={`${href('article', q.article_id)}?fact=${encodeURIComponent(`quote:${q.id}`)}`}>article</a>
          </li>
        ))}
      </ul>
      {list.length > QUOTES_SHOWN ? (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${list.length} quotes by ${speaker}`}
        </button>
      ) : null}
    </section>
  )
}
