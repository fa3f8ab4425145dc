import * as Plot from '@observablehq/plot'
import { useState } from 'preact/hooks'
import { dateText, INTERACTION_VERBS, TYPE_COLOURS } from '../format.js'
import { href } from '../router.js'
import type { InteractionRow } from '../types.js'
import { PlotFigure } from './plot-figure.js'

const SHOWN = 8

/**
 * An actor's interactions both ways (issue 16, item 2): a compact strip, one
 * row per type with years on the axis, then the newest few as one line each,
 * the rest on request.
 */
export function InteractionStrip({ actor, out, into }: { actor: string; out: InteractionRow[]; into: InteractionRow[] }) {
  const [all, setAll] = useState(false)
  const rows = [...out.map((x) => ({ ...x, dir: 'out' as const })), ...into.filter((x) => x.actor !== x.target).map((x) => ({ ...x, dir: 'in' as const }))]
  const when = (x: InteractionRow) => x.date ?? x.published
  const sorted = [...rows].sort((a, b) => (when(b) ?? '').localeCompare(when(a) ?? ''))
  const dated = sorted.filter((x) => when(x) && !Number.isNaN(Date.parse(when(x)!)))
  const types = [...new Set(dated.map((d) => d.type))]
  if (!rows.length) return <p class="muted">No interactions.</p>
  return (
    <>
      {dated.length ? (
        <PlotFigure
          label={`Timeline of ${dated.length} interactions of ${actor} by type: ${out.length} by ${actor}, ${into.length} towards it; listed below`}
          deps={[out, into]}
          render={(width) =>
            Plot.plot({
              width: Math.min(width, 1000),
              height: 44 + 22 * types.length,
              marginLeft: 78,
              marginTop: 8,
              x: { type: 'utc', label: null, tickFormat: '%Y', ticks: 6 },
              y: { label: null, domain: types },
              color: { domain: ['out', 'in'], range: ['#D55E00', '#0072B2'], legend: true, tickFormat: (d: string) => (d === 'out' ? `${actor} → other` : `other → ${actor}`) },
              marks: [
                // One tip drawn on hover instead of a <title> in every dot: at scale the 400 dots' titles were 400 more elements (issue 16, page load).
                Plot.dot(dated, { x: (d) => new Date(when(d)!), y: 'type', stroke: 'dir', r: 4, tip: true, title: (d) => `${d.actor} ${INTERACTION_VERBS[d.type] ?? d.type} ${d.target}, ${when(d)}` }),
              ],
            })
          }
        />
      ) : null}
      <ul class="plain compact interactions">
        {(all ? sorted : sorted.slice(0, SHOWN)).map((x) => (
          <li class="interaction">
            <span class="nowrap date">{dateText(when(x))}</span>{' '}
            <span class="badge" style={{ borderColor: TYPE_COLOURS[x.type] ?? '#666' }}>{x.type}</span>{' '}
            <a href={href('actor', x.actor)}>{x.actor}</a> {INTERACTION_VERBS[x.type] ?? x.type} <a href={href('actor', x.target)}>{x.target}</a>
            {x.place ? ` in ${x.place}` : ''}: <q>{x.evidence.text}</q>{' '}
            <a href={`${href('article', x.article_id)}?fact=${encodeURIComponent(`interaction:${x.id}`)}`}>article</a>
          </li>
        ))}
      </ul>
      {sorted.length > SHOWN ? (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show the newest only' : `Show all ${sorted.length} interactions`}
        </button>
      ) : null}
    </>
  )
}
