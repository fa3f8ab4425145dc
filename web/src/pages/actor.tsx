import { useState } from 'preact/hooks'
import { useApi } from '../api.js'
import { EvidenceItem } from '../components/evidence.js'
import { FeedLink } from '../components/feed-link.js'
import { InteractionStrip } from '../components/interaction-strip.js'
import { QuotesBySpeaker } from '../components/quotes-by-speaker.js'
import { ReferenceMark } from '../components/reference-mark.js'
import { Await } from '../components/status.js'
import { TargetTimeline } from '../components/target-timeline.js'
import { rankEvidence } from '../evidence-rank.js'
import { baseText, claimLabel, dateText, stateNote, unitOf, valueRange } from '../format.js'
import type { ActorProfile, Claim } from '../types.js'

type FullClaim = Claim
/** Evidence loaded per claim for ranking: the newest reports, of which the most direct are shown first. */
const RANKED = 20
const SHOWN = 3

/** An actor: every target on one timeline, each with its history and its most direct sources, interactions both ways, quotes by speaker. */
export function ActorPage({ id }: { id: string }) {
  const result = useApi<ActorProfile>(`/api/actors/${encodeURIComponent(id)}`)
  // Every target, superseded and withdrawn ones too (shown with their state), with more evidence to rank.
  const more = useApi<FullClaim[]>(`/api/targets?${new URLSearchParams({ actor: id, evidence: String(RANKED), all: '1' })}`)
  return (
    <Await result={result} what={`actor ${id}`}>
      {(p) => {
        const targets = p.targets as FullClaim[]
        const evidence = new Map(more.state === 'done' ? more.data.map((c) => [c.id, c.evidence]) : [])
        return (
          <section aria-labelledby="actor-title">
            <h1 id="actor-title">
              {p.name} <span class="muted">{p.actor}</span>
            </h1>
            <p class="muted">
              {p.targets.length} targets · {p.interactions_out.length} interactions by {p.actor} · {p.interactions_in.length} towards it · {p.quotes.length} quotes
            </p>
            <FeedLink href={`/feeds/actors/${encodeURIComponent(p.actor)}.atom`} title={`Follow ${p.name}'s target changes`} />
            <h2>Targets</h2>
            {targets.length ? (
              <>
                <TargetTimeline claims={targets} actor={p.name} />
                {[...targets].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.kind.localeCompare(b.kind)).map((c) => (
                  <TargetCard claim={c} actor={{ id: p.actor, name: p.name }} evidence={evidence.get(c.id) ?? c.evidence} />
                ))}
              </>
            ) : (
              <p class="muted">No targets in the register.</p>
            )}
            <h2>Interactions</h2>
            <InteractionStrip actor={p.actor} out={p.interactions_out} into={p.interactions_in} />
            <h2>Quotes</h2>
            <QuotesBySpeaker quotes={p.quotes} />
            <h2>Sources</h2>
            <ul class="inline">
              {p.sources.map((s) => (
                <li>
                  {s.outlet ?? 'unknown outlet'} ({s.articles})
                </li>
              ))}
            </ul>
          </section>
        )
      }}
    </Await>
  )
}

/** One target: what it is, how sure, its history as text, and its sources, most direct first. */
function TargetCard({ claim: c, actor, evidence }: { claim: FullClaim; actor: { id: string; name: string }; evidence: Claim['evidence'] }) {
  const [all, setAll] = useState(false)
  const ranked = rankEvidence(evidence, actor, c)
  const unit = unitOf(c.kind, c.unit)
  const state = stateNote(c.state)
  return (
    <article class="card target" aria-label={claimLabel(c)} data-claim={c.id}>
      <h3>
        {claimLabel(c)}
        {c.base_year != null && c.base_year_from === 'reference' ? <ReferenceMark what="Base year" source={c.base_year_source} /> : null}
        {state ? <span class={`state state-${state}`}> {state}</span> : null}
      </h3>
      {state && c.state_reason ? <p class="state-reason">{c.state_reason}</p> : null}
      <p>
        {c.status ?? 'status unknown'}
        {c.status && c.status_from === 'reference' ? <ReferenceMark what="Status" source={c.status_source} /> : null} · {c.sources} independent source{c.sources === 1 ? '' : 's'} · {c.reports} report{c.reports === 1 ? '' : 's'} · first {dateText(c.first_reported)}, last {dateText(c.last_reported)}
      </p>
      {c.history.length > 1 ? (
        <details>
          <summary>History ({c.history.length} values)</summary>
          <ol>
            {c.history.map((h) => (
              <li>
                {valueRange(h.value, h.value_max) ? `${valueRange(h.value, h.value_max)}${unit}` : 'no value'} {baseText(c.kind, h.base_year)} — reported {dateText(h.first_reported)} to {dateText(h.last_reported)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <h4>Evidence, most direct first</h4>
      <ul class="plain">
        {(all ? ranked : ranked.slice(0, SHOWN)).map((e) => (
          <EvidenceItem articleId={e.article_id} outlet={e.outlet} date={e.date} sentence={e.text} span={e} />
        ))}
      </ul>
      {ranked.length > SHOWN ? (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show the most direct only' : `Show all ${ranked.length} loaded sources`}
        </button>
      ) : null}
      {c.reports > ranked.length && (all || ranked.length <= SHOWN) ? (
        <p class="muted">Ranked from the {ranked.length} newest of {c.reports} reports.</p>
      ) : null}
    </article>
  )
}
