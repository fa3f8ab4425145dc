import * as Plot from '@observablehq/plot'
import { useState } from 'preact/hooks'
import { useApi } from '../api.js'
import { EvidenceItem } from '../components/evidence.js'
import { PlotFigure } from '../components/plot-figure.js'
import { Await } from '../components/status.js'
import { claimLabel, dateText, INTERACTION_VERBS, kindLabel, TYPE_COLOURS, unitOf, valueRange } from '../format.js'
import { href } from '../router.js'
import type { ActorProfile, Claim, InteractionRow } from '../types.js'

/** An actor: each target with its value history, every source sentence, interactions both ways, quotes. */
export function ActorPage({ id }: { id: string }) {
  const result = useApi<ActorProfile>(`/api/actors/${encodeURIComponent(id)}`)
  return (
    <Await result={result} what={`actor ${id}`}>
      {(p) => (
        <section aria-labelledby="actor-title">
          <h1 id="actor-title">
            {p.name} <span class="muted">{p.actor}</span>
          </h1>
          <p class="muted">
            {p.targets.length} targets · {p.interactions_out.length} interactions out · {p.interactions_in.length} in · {p.quotes.length} quotes
          </p>
          <h2>Targets</h2>
          {p.targets.length ? p.targets.map((c) => <TargetCard claim={c} />) : <p class="muted">No targets in the register.</p>}
          <Interactions actor={p.actor} out={p.interactions_out} into={p.interactions_in} />
          <h2>Quotes</h2>
          {p.quotes.length ? (
            <ul class="plain">
              {p.quotes.map((q) => (
                <li class="quote">
                  <blockquote>{q.text}</blockquote>
                  <span>— {q.speaker}</span>, <span class="source">{q.outlet ?? 'unknown outlet'}, {dateText(q.published)}</span>{' '}
                  <a href={`${href('article', q.article_id)}?fact=${encodeURIComponent(`quote:${q.id}`)}`}>article</a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No quotes.</p>
          )}
          <h2>Sources</h2>
          <ul class="inline">
            {p.sources.map((s) => (
              <li>
                {s.outlet ?? 'unknown outlet'} ({s.articles})
              </li>
            ))}
          </ul>
        </section>
      )}
    </Await>
  )
}

function TargetCard({ claim: c }: { claim: Claim }) {
  const points = c.history.filter((h) => h.value != null && h.first_reported).map((h) => ({ date: new Date(h.first_reported!), value: h.value!, max: h.value_max }))
  const unit = unitOf(c.kind)
  return (
    <article class="card target" aria-label={claimLabel(c)} data-claim={c.id}>
      <h3>{claimLabel(c)}</h3>
      <p>
        {c.status ?? 'status unknown'} · {c.sources} independent source{c.sources === 1 ? '' : 's'} · {c.reports} report{c.reports === 1 ? '' : 's'} · first {dateText(c.first_reported)}, last {dateText(c.last_reported)}
      </p>
      {points.length ? (
        <PlotFigure
          label={`${kindLabel(c.kind)} ${c.year ?? ''} value by report date: ${points.map((p) => `${valueRange(p.value, p.max)}${unit} from ${p.date.toISOString().slice(0, 10)}`).join(', ')}`}
          deps={[c]}
          render={() =>
            Plot.plot({
              height: 160,
              marginLeft: 48,
              x: { type: 'utc', label: 'reported' },
              y: { label: `value${unit ? ` (${unit.trim()})` : ''}`, grid: true, zero: true, nice: true },
              marks: [
                // The value holds from one report to the next: a step, extended to the last report.
                Plot.line([...points, ...(c.last_reported ? [{ ...points[points.length - 1], date: new Date(c.last_reported) }] : [])], { x: 'date', y: 'value', curve: 'step-after', stroke: '#0072B2' }),
                Plot.dot(points, { x: 'date', y: 'value', fill: '#0072B2', tip: true, title: (p) => `${valueRange(p.value, p.max)}${unit} from ${p.date.toISOString().slice(0, 10)}` }),
              ],
            })
          }
        />
      ) : null}
      {c.history.length > 1 ? (
        <details>
          <summary>History ({c.history.length} values)</summary>
          <ol>
            {c.history.map((h) => (
              <li>
                {valueRange(h.value, h.value_max) || 'no value'}
                {unit} {h.base_year ? `vs ${h.base_year}` : ''} — reported {dateText(h.first_reported)} to {dateText(h.last_reported)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <h4>Evidence</h4>
      <AllEvidence claim={c} />
    </article>
  )
}

/** The latest evidence the profile carries, and on request the rest (up to 50, the API's cap). */
function AllEvidence({ claim: c }: { claim: Claim }) {
  const [more, setMore] = useState(false)
  const all = useApi<Claim[]>(more ? `/api/targets?${new URLSearchParams({ actor: c.actor, kind: c.kind, evidence: '50' })}` : null)
  const rows = more && all.state === 'done' ? (all.data.find((x) => x.id === c.id)?.evidence ?? c.evidence) : c.evidence
  return (
    <>
      <ul class="plain">
        {rows.map((e) => <EvidenceItem articleId={e.article_id} outlet={e.outlet} date={e.date} sentence={e.text} span={e} />)}
      </ul>
      {c.reports > c.evidence.length && !more ? (
        <button type="button" class="link" onClick={() => setMore(true)}>
          Show the evidence of all {Math.min(c.reports, 50)} reports
        </button>
      ) : null}
      {more && all.state === 'loading' ? <p class="muted" role="status">Loading…</p> : null}
    </>
  )
}

function Interactions({ actor, out, into }: { actor: string; out: InteractionRow[]; into: InteractionRow[] }) {
  const rows = [...out.map((x) => ({ ...x, dir: 'out' as const })), ...into.filter((x) => x.actor !== x.target).map((x) => ({ ...x, dir: 'in' as const }))]
  const dated = rows.map((x) => ({ ...x, when: x.date ?? x.published })).filter((x) => x.when && !Number.isNaN(Date.parse(x.when)))
  const sorted = [...rows].sort((a, b) => (b.date ?? b.published ?? '').localeCompare(a.date ?? a.published ?? ''))
  return (
    <>
      <h2>Interactions</h2>
      {dated.length ? (
        <PlotFigure
          label={`Timeline of ${dated.length} interactions of ${actor}, by type and direction; listed below`}
          deps={[out, into]}
          render={() =>
            Plot.plot({
              height: 60 + 26 * new Set(dated.map((d) => d.type)).size,
              marginLeft: 80,
              x: { type: 'utc', label: 'date' },
              y: { label: null },
              color: { domain: ['out', 'in'], range: ['#D55E00', '#0072B2'], legend: true, tickFormat: (d: string) => (d === 'out' ? `${actor} → other` : `other → ${actor}`) },
              marks: [
                Plot.dot(dated, {
                  x: (d) => new Date(d.when!),
                  y: 'type',
                  stroke: 'dir',
                  r: 5,
                  tip: true,
                  title: (d) => `${d.actor} ${INTERACTION_VERBS[d.type] ?? d.type} ${d.target}, ${d.when}`,
                }),
              ],
            })
          }
        />
      ) : null}
      {sorted.length ? (
        <ul class="plain">
          {sorted.map((x) => (
            <li class="interaction">
              <span class="badge" style={{ borderColor: TYPE_COLOURS[x.type] ?? '#666' }}>{x.type}</span>{' '}
              <span class="nowrap">{dateText(x.date ?? x.published)}</span>{' '}
              <a href={href('actor', x.actor)}>{x.actor}</a> {INTERACTION_VERBS[x.type] ?? x.type} <a href={href('actor', x.target)}>{x.target}</a>
              {x.place ? ` in ${x.place}` : ''}: <q>{x.evidence.text}</q>{' '}
              <a href={`${href('article', x.article_id)}?fact=${encodeURIComponent(`interaction:${x.id}`)}`}>article</a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No interactions.</p>
      )}
    </>
  )
}
