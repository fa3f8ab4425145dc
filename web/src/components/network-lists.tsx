import { dateText, INTERACTION_VERBS, TYPE_COLOURS } from '../format.js'
import { href } from '../router.js'
import type { NetworkEdge } from '../types.js'

/** Interactions per actor, by it and towards it, the busiest first. */
function tally(edges: readonly NetworkEdge[]) {
  const t = new Map<string, { out: number; in: number }>()
  for (const e of edges) {
    const a = t.get(e.actor) ?? { out: 0, in: 0 }
    a.out += e.count
    t.set(e.actor, a)
    const b = t.get(e.target) ?? { out: 0, in: 0 }
    b.in += e.count
    t.set(e.target, b)
  }
  return [...t].sort((x, y) => y[1].out + y[1].in - (x[1].out + x[1].in) || x[0].localeCompare(y[0]))
}

/** The network's actors by name beside the drawing (issue 16, item 3); focusing one highlights its links. */
export function ActorSideList({ edges, names, onActive }: { edges: NetworkEdge[]; names: Record<string, string>; onActive: (id: string | null) => void }) {
  return (
    <nav class="side-list" aria-label="Actors in the network">
      <h2>Actors</h2>
      <ol class="plain">
        {tally(edges).map(([id, n]) => (
          <li data-actor={id} onMouseEnter={() => onActive(id)} onMouseLeave={() => onActive(null)}>
            <a href={href('actor', id)} onFocus={() => onActive(id)} onBlur={() => onActive(null)}>
              {names[id] ?? id}
            </a>{' '}
            <span class="muted">
              {id} · {n.out} by, {n.in} towards
            </span>
          </li>
        ))}
      </ol>
    </nav>
  )
}

/**
 * The network as a list by pair of actors, for narrow screens where a drawing
 * would shrink its labels to nothing (issue 16, item 3): each pair once, its
 * links both ways with counts and dates, the busiest pair first.
 */
export function PairList({ edges, names }: { edges: NetworkEdge[]; names: Record<string, string> }) {
  const pairs = new Map<string, NetworkEdge[]>()
  for (const e of edges) {
    const key = [e.actor, e.target].sort().join('|')
    pairs.set(key, [...(pairs.get(key) ?? []), e])
  }
  const ordered = [...pairs].sort((a, b) => b[1].reduce((s, e) => s + e.count, 0) - a[1].reduce((s, e) => s + e.count, 0) || a[0].localeCompare(b[0]))
  const name = (id: string) => names[id] ?? id
  return (
    <ol class="plain pairs">
      {ordered.map(([key, list]) => {
        const [a, b] = key.split('|')
        return (
          <li class="card pair" data-pair={key}>
            <h3>
              <a href={href('actor', a)}>{name(a)}</a> – <a href={href('actor', b)}>{name(b)}</a>
            </h3>
            <ul class="plain">
              {list.map((e) => (
                <li>
                  <span class="swatch" style={{ background: TYPE_COLOURS[e.type] ?? '#666' }} aria-hidden="true" /> {e.actor} {INTERACTION_VERBS[e.type] ?? e.type} {e.target}{' '}
                  <strong>{e.count}×</strong> <span class="muted nowrap">{dateText(e.first)}{e.last !== e.first ? ` to ${dateText(e.last)}` : ''}</span>
                </li>
              ))}
            </ul>
          </li>
        )
      })}
    </ol>
  )
}
