import { useState } from 'preact/hooks'
import { useApi } from '../api.js'
import { LinksTable } from '../components/links-table.js'
import { NetworkGraph } from '../components/network-graph.js'
import { ActorSideList, PairList } from '../components/network-lists.js'
import { Await } from '../components/status.js'
import { TYPE_COLOURS } from '../format.js'
import { INTERACTION_TYPES, type NetworkEdge } from '../types.js'
import { useUrlState } from '../url-state.js'
import { useMedia } from '../use-width.js'

const DEFAULT_TYPES = 'meet,urge,demand,protest,sanction'
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

/** Who met, urged, demanded of, protested to or sanctioned whom: a network with a side list (a list by pair on a phone), filtered by type and dates kept in the address. */
export function DiplomacyPage({ query }: { query: URLSearchParams }) {
  const [f, set] = useUrlState('diplomacy', query, { types: DEFAULT_TYPES, since: '', until: '' })
  const types = f.types.split(',').filter((t) => (INTERACTION_TYPES as readonly string[]).includes(t))
  const params = new URLSearchParams()
  if (types.length) params.set('types', types.join(','))
  if (DATE.test(f.since)) params.set('since', f.since)
  if (DATE.test(f.until)) params.set('until', f.until)
  const result = useApi<NetworkEdge[]>(types.length ? `/api/network?${params}` : null)
  const toggle = (t: string, on: boolean) => set({ types: INTERACTION_TYPES.filter((x) => (x === t ? on : types.includes(x))).join(',') })
  return (
    <section aria-labelledby="diplomacy-title">
      <h1 id="diplomacy-title">Diplomacy</h1>
      <form class="filters one-line" aria-label="Filter interactions" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="types">
          <legend class="sr-only">Types</legend>
          {INTERACTION_TYPES.map((t) => (
            <label class="check">
              <input type="checkbox" name="type" value={t} checked={types.includes(t)} onChange={(e) => toggle(t, e.currentTarget.checked)} />
              <span class="swatch" style={{ background: TYPE_COLOURS[t] }} aria-hidden="true" /> {t}
            </label>
          ))}
        </fieldset>
        <label>
          From <input type="date" name="since" value={f.since} onInput={(e) => set({ since: e.currentTarget.value })} />
        </label>
        <label>
          to <input type="date" name="until" value={f.until} onInput={(e) => set({ until: e.currentTarget.value })} />
        </label>
      </form>
      {types.length ? (
        <Await result={result} what="the network">
          {(edges) => <Network edges={edges} />}
        </Await>
      ) : (
        <p class="muted">Pick at least one type.</p>
      )}
    </section>
  )
}

function Network({ edges }: { edges: NetworkEdge[] }) {
  const narrow = useMedia('(max-width: 700px)')
  const ids = [...new Set(edges.flatMap((e) => [e.actor, e.target]))].sort()
  const names = useApi<Record<string, string>>(ids.length ? `/api/names?ids=${ids.slice(0, 500).join(',')}` : null)
  const known = names.state === 'done' ? names.data : {}
  const [active, setActive] = useState<string | null>(null)
  if (!edges.length) return <p class="muted">No interactions of these types in this period.</p>
  return (
    <>
      <p class="muted" role="status">
        {ids.length} actors, {edges.length} links
      </p>
      {narrow ? (
        <PairList edges={edges} names={known} />
      ) : (
        <div class="network-layout">
          <NetworkGraph edges={edges} names={known} active={active} onActive={setActive} />
          <ActorSideList edges={edges} names={known} onActive={setActive} />
        </div>
      )}
      <LinksTable edges={edges} names={known} />
    </>
  )
}
