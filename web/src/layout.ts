/** A node placed on the diplomacy network's circle. */
export interface Placed {
  readonly id: string
  readonly x: number
  readonly y: number
  /** Edges touching the node, weighted by their counts. */
  readonly degree: number
}

/**
 * A circular layout: nodes ordered by weighted degree (the busiest at the top,
 * then clockwise), so the actors most pressed or pressing are easy to find.
 * Deterministic: the same edges give the same picture.
 */
export function circularLayout(edges: ReadonlyArray<{ actor: string; target: string; count: number }>, radius: number, cx: number, cy: number): Placed[] {
  const degree = new Map<string, number>()
  for (const e of edges) {
    degree.set(e.actor, (degree.get(e.actor) ?? 0) + e.count)
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.count)
  }
  const ids = [...degree.keys()].sort((a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b))
  return ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2
    return { id, x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), degree: degree.get(id)! }
  })
}
