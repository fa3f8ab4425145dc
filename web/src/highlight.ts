/** A fact's place in the text: its key (`pledge:12`) and evidence offsets. */
export interface Mark {
  readonly key: string
  readonly start: number
  readonly end: number
}

/** A run of text and the facts whose evidence covers all of it (none: plain text). */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly keys: readonly string[]
}

/**
 * Cuts `text` into runs at every evidence boundary, so overlapping facts
 * (a pledge and an interaction in one sentence) each keep their extent:
 * 1. collect the starts and ends of every in-range mark as cut points;
 * 2. between consecutive cut points, list the marks covering that run.
 * The runs concatenate back to `text` exactly. Offsets are UTF-16, as stored.
 */
export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
  const cuts = new Set([0, text.length])
  for (const m of valid) cuts.add(m.start).add(m.end)
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const keys = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.key)
    out.push({ start, end, text: text.slice(start, end), keys })
  }
  return out
}
