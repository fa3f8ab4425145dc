import * as Plot from '@observablehq/plot'
import type { LinkedAssessment } from '../types.js'
import { PlotFigure } from './plot-figure.js'

const LIMITS = [
  { t: 1.5, label: '1.5 °C limit' },
  { t: 2, label: '2 °C limit' },
]

/** Global emissions to 2100 per scenario, and warming per scenario with the Paris limits drawn and named (issue 16, item 5). */
export function AssessmentCharts({ a, colour }: { a: LinkedAssessment; colour: (name: string) => string }) {
  const lines = a.scenarios.flatMap((s) => s.pathway.map((p) => ({ scenario: s.label, year: p.year, ghg: p.ghg_gt, warming: p.warming })))
  const color = { legend: true, domain: a.scenarios.map((s) => s.label), range: a.scenarios.map((s) => colour(s.name)) }
  const end = Math.max(...lines.map((l) => l.year), a.data.latest_year)
  return (
    <>
      <h2>Emissions pathways</h2>
      <PlotFigure
        label={`Global greenhouse gas emissions, history to ${a.data.latest_year} and ${a.scenarios.length} scenarios to ${end}`}
        deps={[a]}
        render={(width) =>
          Plot.plot({
            width: Math.min(width, 1000),
            height: 320,
            marginLeft: 50,
            x: { label: 'year', tickFormat: 'd' },
            y: { label: 'GHG (Gt CO₂e per year)', grid: true },
            color,
            marks: [
              Plot.ruleY([0]),
              Plot.line(a.history, { x: 'year', y: 'ghg_gt', stroke: '#333', strokeWidth: 2 }),
              Plot.text([{ year: a.data.latest_year, ghg: a.history.at(-1)?.ghg_gt ?? 0 }], { x: 'year', y: 'ghg', text: () => 'history', dy: -10, textAnchor: 'end', fill: '#333' }),
              Plot.line(lines, { x: 'year', y: 'ghg', stroke: 'scenario', tip: true }),
            ],
          })
        }
      />
      <h2>Warming by year</h2>
      <PlotFigure
        label="Central warming estimate per scenario, with the 1.5 °C and 2 °C limits drawn as labelled dashed lines"
        deps={[a]}
        render={(width) =>
          Plot.plot({
            width: Math.min(width, 1000),
            height: 300,
            marginLeft: 50,
            marginRight: 20,
            x: { label: 'year', tickFormat: 'd' },
            y: { label: 'warming (°C above 1850–1900)', grid: true, domain: [1, Math.max(2.2, ...lines.map((l) => l.warming)) + 0.1] },
            color,
            marks: [
              Plot.ruleY(LIMITS, { y: 't', stroke: '#b00020', strokeDasharray: '5 4' }),
              Plot.text(LIMITS.map((l) => ({ ...l, year: a.scenarios[0]?.pathway[0]?.year ?? 2020 })), { x: 'year', y: 't', text: 'label', dy: -7, textAnchor: 'start', fill: '#b00020', fontWeight: 600 }),
              Plot.line(lines, { x: 'year', y: 'warming', stroke: 'scenario', tip: true }),
            ],
          })
        }
      />
    </>
  )
}
