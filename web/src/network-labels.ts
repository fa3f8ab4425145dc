import type { Placed } from './layout.js'

/** A node's label, placed outside the ring, with the box it takes (for overlap checks). */
export interface PlacedLabel {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly anchor: 'start' | 'middle' | 'end'
  readonly box: Box
}

export interface Box {
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

/** Text metrics of the labels (12 px system font; upper-case codes are the widest letters). */
export const LABEL_FONT_PX = 12
const CHAR_PX = 8.2
const HEIGHT = 15
const GAP = 2

export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP

/** A node's radius from its weighted degree. */
export const nodeRadius = (degree: number) => 6 + Math.min(10, Math.sqrt(degree))

function boxAt(x: number, y: number, anchor: PlacedLabel['anchor'], width: number): Box {
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2
  // y is the text's baseline; the box runs from the cap height to just below the baseline.
  return { x1, y1: y - HEIGHT + 3, x2: x1 + width, y2: y + 3 }
}

/**
 * Places each node's label outside the circle, on the ray from the centre
 * through the node (issue 16, item 3: labels never overlap nodes):
 * 1. left of centre the text ends at its point, right of it the text starts
 *    there, near the top and bottom it is centred;
 * 2. a label whose box meets a node or a label placed before it moves
 *    outward along its ray, step by step, until it is clear.
 * Nodes are placed busiest first, so the busiest keep the closest labels.
 */
export function placeLabels(nodes: readonly Placed[], cx: number, cy: number, text: (id: string) => string = (id) => id): PlacedLabel[] {
  const nodeBoxes = nodes.map((n) => {
    const r = nodeRadius(n.degree) + 1
    return { x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r }
  })
  const placed: PlacedLabel[] = []
  for (const n of nodes) {
    const angle = Math.atan2(n.y - cy, n.x - cx)
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)]
    const anchor = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle'
    const width = text(n.id).length * CHAR_PX
    let label: PlacedLabel | null = null
    for (let k = 0; k < 40; k++) {
      const d = nodeRadius(n.degree) + 5 + k * 6
      const x = n.x + cos * d
      // Below the centre the box hangs under its point; above it, it sits on it.
      const y = n.y + sin * d + (anchor === 'middle' ? (sin > 0 ? HEIGHT - 3 : -3) : 4)
      const box = boxAt(x, y, anchor, width)
      label = { id: n.id, x, y, anchor, box }
      if (!nodeBoxes.some((b) => overlaps(b, box)) && !placed.some((p) => overlaps(p.box, box))) break
    }
    placed.push(label!)
  }
  return placed
}

/** The smallest box holding every node and label, for the drawing's viewBox. */
export function bounds(boxes: readonly Box[], pad = 4): Box {
  return {
    x1: Math.min(...boxes.map((b) => b.x1)) - pad,
    y1: Math.min(...boxes.map((b) => b.y1)) - pad,
    x2: Math.max(...boxes.map((b) => b.x2)) + pad,
    y2: Math.max(...boxes.map((b) => b.y2)) + pad,
  }
}
