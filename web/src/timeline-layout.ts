import { claimLabel, valueRange, unitOf } from './format.js'

/** What the timeline reads of a claim (the API's Claim, unit and state optional). */
export interface TimelineClaim {
  readonly id: number
  readonly kind: string
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly unit?: unknown
  readonly gas?: string | null
  readonly state?: string | null
  readonly first_reported: string | null
  readonly last_reported: string | null
  readonly history: ReadonlyArray<{ value: number | null; value_max: number | null; first_reported: string | null }>
}

/** One value held from one report to the next: a step, a band when it is a range. */
export interface Step {
  readonly x1: number
  readonly x2: number
  /** Top and bottom of the band (equal for a single value), in pixels. */
  readonly yTop: number
  readonly yBottom: number
  readonly text: string
  /** Where the value's label goes, or null when it would overlap the previous one. */
  readonly labelX: number | null
}

export interface Lane {
  readonly id: number
  readonly label: string
  readonly state: string | null
  /** The lane's top, the label's baseline, the middle of its drawing, and the value labels' baseline. */
  readonly top: number
  readonly labelY: number
  readonly midY: number
  readonly valueY: number
  /** From the first report to the target year: how long the target has been known and how long it runs. */
  readonly span: { readonly x1: number; readonly x2: number } | null
  readonly deadline: { readonly x: number; readonly text: string } | null
  readonly steps: readonly Step[]
  /** Report dates of a target that has no value (a net-zero year): dots on the lane. */
  readonly reports: readonly number[]
}

export interface TimelineLayout {
  readonly width: number
  readonly height: number
  /** Left edge of the drawing area (labels sit left of it on wide screens, above each lane on narrow ones). */
  readonly left: number
  readonly right: number
  readonly labelsAbove: boolean
  readonly ticks: ReadonlyArray<{ readonly x: number; readonly text: string }>
  readonly today: number | null
  readonly lanes: readonly Lane[]
}

/** "2021-04-22" → 2021.30: dates as fractional years, so report dates and target years share one axis. */
export function yearOf(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number)
  return y + (m - 1) / 12 + (d - 1) / 365
}

const LANE = 50
const LABEL_ROW = 18
const AXIS = 28
const LABEL_COLUMN = 230
/** Years between ticks, the smallest that leaves at least 48 px between labels. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50]

/** Sorts targets as a reader scans them: by target year, then kind. */
const order = (a: TimelineClaim, b: TimelineClaim) => (a.year ?? 9999) - (b.year ?? 9999) || a.kind.localeCompare(b.kind)

/**
 * Lays out every target of an actor on one year axis (issue 16, item 2):
 * 1. the domain runs from the first report to the latest target year (or last report);
 * 2. each target is a lane: a line from its first report to its target year,
 *    a marker at the target year, and its value history as steps by report
 *    date, a range drawn as a band between its ends, each lane scaled to its own values;
 * 3. value labels that would overlap the one before are dropped (the list below the chart has them all).
 * Pure: the same claims and width give the same picture.
 */
export function layoutTimeline(claims: readonly TimelineClaim[], width: number, now = new Date()): TimelineLayout {
  const labelsAbove = width < 640
  // On a phone the labels sit above each lane; the margin leaves room for the first year label.
  const left = labelsAbove ? 22 : LABEL_COLUMN
  const right = width - 16
  const sorted = [...claims].sort(order)
  const times = sorted.flatMap((c) => [c.first_reported, c.last_reported, ...c.history.map((h) => h.first_reported)].filter((d): d is string => !!d).map(yearOf))
  const targets = sorted.map((c) => c.year).filter((y): y is number => y != null)
  const t0 = Math.floor(Math.min(...times, ...targets, now.getUTCFullYear()))
  // Three years past the last target leave room for its year beside its marker.
  const t1 = Math.ceil(Math.max(...times, ...targets, t0 + 1)) + 3
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (right - left)
  const todayT = yearOf(now.toISOString().slice(0, 10))
  const step = TICK_STEPS.find((s) => ((right - left) / (t1 - t0)) * s >= 48) ?? 100
  const ticks = []
  for (let y = Math.ceil(t0 / step) * step; y <= t1; y += step) ticks.push({ x: x(y), text: String(y) })
  const laneHeight = LANE + (labelsAbove ? LABEL_ROW : 0)
  const lanes = sorted.map((c, i): Lane => {
    const top = AXIS + i * laneHeight
    // The top 16 px of a lane hold the value labels; the steps are drawn below them.
    const drawTop = top + (labelsAbove ? LABEL_ROW : 0) + 16
    const drawBottom = top + laneHeight - 8
    const midY = (drawTop + drawBottom) / 2
    const first = c.first_reported ? yearOf(c.first_reported) : null
    const last = c.last_reported ? yearOf(c.last_reported) : null
    const end = c.year ?? last
    const points = c.history.filter((h) => h.value != null && h.first_reported).map((h) => ({ ...h, t: yearOf(h.first_reported!) }))
    const lo = Math.min(0, ...points.map((p) => p.value!))
    const hi = Math.max(...points.map((p) => p.value_max ?? p.value!), lo + 1e-9)
    const y = (v: number) => drawBottom - ((v - lo) / (hi - lo)) * (drawBottom - drawTop)
    const unit = unitOf(c.kind, c.unit)
    let lastLabel = -Infinity
    const steps = points.map((p, k): Step => {
      const x1 = x(p.t)
      // The latest value holds to this day as far as the register knows.
      const x2 = x(k + 1 < points.length ? points[k + 1].t : Math.max(last ?? p.t, p.t, todayT))
      const text = `${valueRange(p.value, p.value_max)}${unit}`
      const fits = x1 - lastLabel >= 7 * text.length + 8
      if (fits) lastLabel = x1
      return { x1, x2: Math.max(x2, x1 + 2), yTop: y(p.value_max ?? p.value!), yBottom: y(p.value!), text, labelX: fits ? x1 : null }
    })
    return {
      id: c.id,
      // The base year is in the list below the chart; the lane keeps to what fits its column.
      label: claimLabel({ ...c, base_year: null }),
      state: c.state && c.state !== 'current' ? c.state : null,
      top,
      labelY: labelsAbove ? top + 13 : midY + 4,
      midY,
      valueY: drawTop - 4,
      span: first != null && end != null ? { x1: x(Math.min(first, end)), x2: x(Math.max(first, end)) } : null,
      deadline: c.year != null ? { x: x(c.year), text: String(c.year) } : null,
      steps,
      reports: points.length ? [] : [first, last].filter((t): t is number => t != null).map(x),
    }
  })
  return { width, height: AXIS + lanes.length * laneHeight + 4, left, right, labelsAbove, ticks, today: todayT >= t0 && todayT <= t1 ? x(todayT) : null, lanes }
}
