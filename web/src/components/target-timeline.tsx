import { useRef } from 'preact/hooks'
import { layoutTimeline, type TimelineClaim } from '../timeline-layout.js'
import { useWidth } from '../use-width.js'

const COLOUR = '#0072B2'
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/**
 * Every target of an actor on one year axis (issue 16, item 2): per target a
 * line from its first report to its target year (◆), the value history as
 * steps by report date and ranges as bands. Laid out for the width it has.
 * The list of targets below it carries the same facts as text.
 */
export function TargetTimeline({ claims, actor }: { claims: readonly TimelineClaim[]; actor: string }) {
  const box = useRef<HTMLDivElement>(null)
  const width = useWidth(box)
  const l = layoutTimeline(claims, width)
  return (
    <div class="timeline" ref={box}>
      <svg
        width={l.width}
        height={l.height}
        viewBox={`0 0 ${l.width} ${l.height}`}
        role="img"
        aria-label={`Timeline of ${actor}'s ${l.lanes.length} targets on one year axis: ${l.lanes.map((x) => x.label).join('; ')}. Each is listed with its history below.`}
      >
        <g class="axis" aria-hidden="true">
          {l.ticks.map((t) => (
            <g>
              <line x1={t.x} x2={t.x} y1={20} y2={l.height} stroke="#e3e3e3" />
              <text x={t.x} y={14} text-anchor="middle" class="tick">{t.text}</text>
            </g>
          ))}
          {l.today != null ? (
            <g class="today">
              <line x1={l.today} x2={l.today} y1={20} y2={l.height} stroke="#999" stroke-dasharray="3 3" />
            </g>
          ) : null}
        </g>
        {l.lanes.map((lane) => (
          <g class="lane" data-claim={lane.id}>
            <title>{`${lane.label}${lane.state ? ` (${lane.state})` : ''}`}</title>
            <text x={l.labelsAbove ? l.left : l.left - 10} y={lane.labelY} text-anchor={l.labelsAbove ? 'start' : 'end'} class="lane-label">
              {clip(lane.label, l.labelsAbove ? Math.floor(l.width / 7) : 32)}
              {lane.state ? ` (${lane.state})` : ''}
            </text>
            {lane.span ? <line x1={lane.span.x1} x2={lane.span.x2} y1={lane.midY} y2={lane.midY} stroke="#b5b5b5" stroke-width="2" /> : null}
            {lane.steps.map((s) => (
              <g class="step">
                {s.yBottom - s.yTop > 1 ? <rect class="band" x={s.x1} y={s.yTop} width={s.x2 - s.x1} height={s.yBottom - s.yTop} fill={COLOUR} fill-opacity="0.25" /> : null}
                <line x1={s.x1} x2={s.x2} y1={s.yBottom} y2={s.yBottom} stroke={COLOUR} stroke-width="2.5" />
                <line x1={s.x1} x2={s.x1} y1={s.yTop - 2} y2={s.yBottom + 2} stroke={COLOUR} stroke-width="1.5" />
                {s.labelX != null ? <text x={s.labelX + 2} y={lane.valueY} class="value">{s.text}</text> : null}
              </g>
            ))}
            {lane.reports.map((x) => <circle cx={x} cy={lane.midY} r="4" fill={COLOUR} />)}
            {lane.deadline ? (
              <g class="deadline">
                <path d={`M ${lane.deadline.x} ${lane.midY - 6} l 6 6 l -6 6 l -6 -6 z`} fill={lane.state ? '#999' : '#D55E00'} />
                <text x={lane.deadline.x + 9} y={lane.midY + 4} class="year">{lane.deadline.text}</text>
              </g>
            ) : null}
          </g>
        ))}
      </svg>
      <p class="muted legend-line">
        Grey line: from the first report to the target year (◆). Blue: the value as reported, held until the next report; a band is a range. Dashed: today.
      </p>
    </div>
  )
}
