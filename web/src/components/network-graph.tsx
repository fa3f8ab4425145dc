import { useMemo, useRef, useState } from 'preact/hooks'
import { INTERACTION_VERBS, TYPE_COLOURS } from '../format.js'
import { circularLayout } from '../layout.js'
import { bounds, nodeRadius, placeLabels } from '../network-labels.js'
import { href } from '../router.js'
import { INTERACTION_TYPES, type NetworkEdge } from '../types.js'
import { useWidth } from '../use-width.js'

/** Nodes drawn at most; the busiest are kept, and the side list and table hold every actor. */
export const MAX_NODES = 40

/**
 * The diplomacy network: actors on a circle (busiest at the top), labels
 * outside it where they never cover a node or another label, edges curved by
 * type, the full name on hover. Hovering or focusing an actor here or in the
 * side list (`active`) dims the links that do not touch it.
 */
export function NetworkGraph({ edges, names, active, onActive }: { edges: NetworkEdge[]; names: Record<string, string>; active: string | null; onActive: (id: string | null) => void }) {
  const box = useRef<HTMLDivElement>(null)
  const width = Math.min(760, useWidth(box))
  const size = Math.max(300, width)
  const { nodes, shown, labels, view } = useMemo(() => {
    const all = circularLayout(edges, 1, 0, 0)
    const keep = new Set(all.slice(0, MAX_NODES).map((n) => n.id))
    const shown = edges.filter((e) => keep.has(e.actor) && keep.has(e.target))
    const radius = size / 2 - 70
    const nodes = circularLayout(shown, radius, size / 2, size / 2)
    const labels = placeLabels(nodes, size / 2, size / 2)
    const view = bounds([...labels.map((l) => l.box), ...nodes.map((n) => ({ x1: n.x - 16, y1: n.y - 16, x2: n.x + 16, y2: n.y + 16 }))])
    return { nodes, shown, labels, view }
  }, [edges, size])
  const at = new Map(nodes.map((n) => [n.id, n]))
  const labelOf = new Map(labels.map((l) => [l.id, l]))
  const maxCount = Math.max(1, ...shown.map((e) => e.count))
  const [hover, setHover] = useState<string | null>(null)
  const focus = active ?? hover
  const name = (id: string) => names[id] ?? id
  return (
    <div class="network-box" ref={box}>
      <svg
        class="network"
        width={view.x2 - view.x1}
        viewBox={`${view.x1} ${view.y1} ${view.x2 - view.x1} ${view.y2 - view.y1}`}
        role="group"
        aria-label={`Network of ${nodes.length} actors and ${shown.length} links; the list beside it and the table below give every link`}
      >
        <defs>
          {INTERACTION_TYPES.map((t) => (
            <marker id={`arrow-${t}`} viewBox="0 0 10 10" refX="20" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill={TYPE_COLOURS[t]} />
            </marker>
          ))}
        </defs>
        <g class="edges">
          {shown.map((e) => {
            const [a, b] = [at.get(e.actor)!, at.get(e.target)!]
            // A gentle curve, so the two directions between a pair (and several types) do not overlap.
            const off = (INTERACTION_TYPES.indexOf(e.type as never) + 1) * 18
            const [dx, dy] = [b.x - a.x, b.y - a.y]
            const len = Math.hypot(dx, dy) || 1
            const [qx, qy] = [(a.x + b.x) / 2 - (dy / len) * off, (a.y + b.y) / 2 + (dx / len) * off]
            const dim = focus && e.actor !== focus && e.target !== focus
            return (
              <path
                class="edge"
                data-type={e.type}
                d={`M ${a.x} ${a.y} Q ${qx} ${qy} ${b.x} ${b.y}`}
                fill="none"
                stroke={TYPE_COLOURS[e.type] ?? '#666'}
                stroke-opacity={dim ? 0.12 : 0.75}
                stroke-width={1 + (4 * e.count) / maxCount}
                marker-end={`url(#arrow-${e.type})`}
              >
                <title>{`${name(e.actor)} ${INTERACTION_VERBS[e.type] ?? e.type} ${name(e.target)}: ${e.count} time${e.count === 1 ? '' : 's'}`}</title>
              </path>
            )
          })}
        </g>
        <g class="nodes">
          {nodes.map((n) => {
            const l = labelOf.get(n.id)!
            return (
              <a
                href={href('actor', n.id)}
                class={`node${focus === n.id ? ' active' : ''}`}
                data-actor={n.id}
                aria-label={`${n.id}, ${name(n.id)}: ${n.degree} interactions`}
                onMouseEnter={() => setHover(n.id)}
                onMouseLeave={() => setHover(null)}
                onFocus={() => onActive(n.id)}
                onBlur={() => onActive(null)}
              >
                <title>{`${n.id}, ${name(n.id)}: ${n.degree} interactions`}</title>
                <circle cx={n.x} cy={n.y} r={nodeRadius(n.degree)} />
                <text class="node-label" x={l.x} y={l.y} text-anchor={l.anchor}>
                  {n.id}
                </text>
              </a>
            )
          })}
        </g>
      </svg>
    </div>
  )
}
