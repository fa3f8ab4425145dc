import { useMemo, useState } from 'preact/hooks'
import { useApi } from '../api.js'
import { Await } from '../components/status.js'
import { dateText, INTERACTION_VERBS, TYPE_COLOURS } from '../format.js'
import { circularLayout } from '../layout.js'
import { href } from '../router.js'
import { INTERACTION_TYPES, type NetworkEdge } from '../types.js'

const DEFAULT_TYPES = ['meet', 'urge', 'demand', 'protest', 'sanction']
const SIZE = 640

/** Who met, urged, demanded of, protested to or sanctioned whom: a network, filtered by type and dates. */
export function DiplomacyPage() {
  const [types, setTypes] = useState<string[]>(DEFAULT_TYPES)
  const [since, setSince] = useState('')
  const [until, setUntil] = useState('')
  const params = new URLSearchParams()
  if (types.length) params.set('types', types.join(','))
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since)) params.set('since', since)
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(until)) params.set('until', until)
  const result = useApi<NetworkEdge[]>(types.length ? `/api/network?${params}` : null)
  const toggle = (t: string, on: boolean) => setTypes((ts) => (on ? [...ts, t] : ts.filter((x) => x !== t)))
  return (
    <section aria-labelledby="diplomacy-title">
      <h1 id="diplomacy-title">Diplomacy</h1>
      <form class="filters" aria-label="Filter interactions" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Types</legend>
          {INTERACTION_TYPES.map((t) => (
            <label class="check">
              <input type="checkbox" name="type" value={t} checked={types.includes(t)} onChange={(e) => toggle(t, e.currentTarget.checked)} />{' '}
              <span class="swatch" style={{ background: TYPE_COLOURS[t] }} aria-hidden="true" /> {t}
            </label>
          ))}
        </fieldset>
        <label>
          From <input type="date" name="since" value={since} onInput={(e) => setSince(e.currentTarget.value)} />
        </label>
        <label>
          To <input type="date" name="until" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
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
  const nodes = useMemo(() => circularLayout(edges, SIZE / 2 - 70, SIZE / 2, SIZE / 2), [edges])
  const at = new Map(nodes.map((n) => [n.id, n]))
  const maxCount = Math.max(1, ...edges.map((e) => e.count))
  if (!edges.length) return <p class="muted">No interactions of these types in this period.</p>
  return (
    <>
      <p class="muted" role="status">
        {nodes.length} actors, {edges.length} links
      </p>
      <svg class="network" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={`Network of ${nodes.length} actors and ${edges.length} links; the table below lists every link`}>
        <defs>
          {INTERACTION_TYPES.map((t) => (
            <marker id={`arrow-${t}`} viewBox="0 0 10 10" refX="20" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={TYPE_COLOURS[t]} />
            </marker>
          ))}
        </defs>
        <g class="edges">
          {edges.map((e) => {
            const [a, b] = [at.get(e.actor)!, at.get(e.target)!]
            // A gentle curve, so the two directions between a pair (and several types) do not overlap.
            const off = (INTERACTION_TYPES.indexOf(e.type as never) + 1) * 6
            const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2]
            const [dx, dy] = [b.x - a.x, b.y - a.y]
            const len = Math.hypot(dx, dy) || 1
            const [qx, qy] = [mx - (dy / len) * off * 3, my + (dx / len) * off * 3]
            return (
              <path
                class="edge"
                data-type={e.type}
                d={`M ${a.x} ${a.y} Q ${qx} ${qy} ${b.x} ${b.y}`}
                fill="none"
                stroke={TYPE_COLOURS[e.type] ?? '#666'}
                stroke-opacity="0.7"
                stroke-width={1 + (4 * e.count) / maxCount}
                marker-end={`url(#arrow-${e.type})`}
              >
                <title>{`${e.actor} ${INTERACTION_VERBS[e.type] ?? e.type} ${e.target}: ${e.count} time${e.count === 1 ? '' : 's'}`}</title>
              </path>
            )
          })}
        </g>
        <g class="nodes">
          {nodes.map((n) => (
            <a href={href('actor', n.id)} class="node" data-actor={n.id} aria-label={`${n.id}: ${n.degree} interactions`}>
              <circle cx={n.x} cy={n.y} r={6 + Math.min(10, Math.sqrt(n.degree))} />
              <text x={n.x} y={n.y} dy={n.y < SIZE / 2 ? -14 : 22} text-anchor="middle">
                {n.id}
              </text>
            </a>
          ))}
        </g>
      </svg>
      <details>
        <summary>All links as a table</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Type</th>
                <th scope="col">To</th>
                <th scope="col">Times</th>
                <th scope="col">First</th>
                <th scope="col">Last</th>
              </tr>
            </thead>
            <tbody>
              {edges.map((e) => (
                <tr>
                  <td><a href={href('actor', e.actor)}>{e.actor}</a></td>
                  <td>{e.type}</td>
                  <td><a href={href('actor', e.target)}>{e.target}</a></td>
                  <td class="num">{e.count}</td>
                  <td>{dateText(e.first)}</td>
                  <td>{dateText(e.last)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  )
}
