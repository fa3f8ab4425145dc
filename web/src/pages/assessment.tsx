import * as Plot from '@observablehq/plot'
import { useApi } from '../api.js'
import { PlotFigure } from '../components/plot-figure.js'
import type { Assessment, Scenario } from '../types.js'

const SCENARIO_COLOURS = ['#D55E00', '#E69F00', '#0072B2', '#009E73']
const fmt = (n: number, digits = 1) => n.toFixed(digits)

/** What the pledges add up to: pathways, warming per scenario, and each actor's share (GET /api/assessment). */
export function AssessmentPage() {
  const result = useApi<Assessment>('/api/assessment')
  return (
    <section aria-labelledby="assessment-title">
      <h1 id="assessment-title">Assessment</h1>
      {result.state === 'loading' ? <p class="muted" role="status">Loading the assessment…</p> : null}
      {result.state === 'error' ? (
        result.error.status === 404 ? (
          <p class="muted" role="status">
            This server has no assessment yet (GET /api/assessment answered 404). The register's other pages work without it.
          </p>
        ) : (
          <p class="error" role="alert">Could not load the assessment: {result.error.message} ({result.error.code})</p>
        )
      ) : null}
      {result.state === 'done' ? <AssessmentView a={result.data} /> : null}
    </section>
  )
}

function AssessmentView({ a }: { a: Assessment }) {
  const colour = new Map(a.scenarios.map((s, i) => [s.name, SCENARIO_COLOURS[i % SCENARIO_COLOURS.length]]))
  const lines = a.scenarios.flatMap((s) => s.pathway.map((p) => ({ scenario: s.label, year: p.year, ghg: p.ghg_gt, warming: p.warming })))
  return (
    <>
      <p class="muted">
        Generated {a.generated}; emissions data: {a.data.source} (to {a.data.latest_year}).
      </p>
      <h2>Thermometers: warming in 2100</h2>
      <div class="thermometers">
        {a.scenarios.map((s) => <Thermometer s={s} colour={colour.get(s.name)!} />)}
      </div>
      <h2>Emissions pathways</h2>
      <PlotFigure
        label={`Global greenhouse gas emissions, history to ${a.data.latest_year} and ${a.scenarios.length} scenarios to 2100`}
        deps={[a]}
        render={() =>
          Plot.plot({
            height: 320,
            marginLeft: 50,
            x: { label: 'year', tickFormat: 'd' },
            y: { label: 'GHG (Gt CO₂e per year)', grid: true },
            color: { legend: true, domain: a.scenarios.map((s) => s.label), range: a.scenarios.map((s) => colour.get(s.name)!) },
            marks: [
              Plot.ruleY([0]),
              Plot.line(a.history, { x: 'year', y: 'ghg_gt', stroke: '#333', strokeWidth: 2 }),
              Plot.line(lines, { x: 'year', y: 'ghg', stroke: 'scenario', tip: true }),
            ],
          })
        }
      />
      <h2>Warming by year</h2>
      <PlotFigure
        label="Central warming estimate per scenario to 2100, with the 1.5 °C and 2 °C limits"
        deps={[a]}
        render={() =>
          Plot.plot({
            height: 280,
            marginLeft: 50,
            x: { label: 'year', tickFormat: 'd' },
            y: { label: 'warming (°C above 1850–1900)', grid: true },
            color: { legend: true, domain: a.scenarios.map((s) => s.label), range: a.scenarios.map((s) => colour.get(s.name)!) },
            marks: [
              Plot.ruleY([1.5, 2], { stroke: '#999', strokeDasharray: '4 3' }),
              Plot.line(lines, { x: 'year', y: 'warming', stroke: 'scenario', tip: true }),
            ],
          })
        }
      />
      <h2>Scenarios</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">2100 (likely range)</th>
              <th scope="col">Peak</th>
              <th scope="col">2030 vs 2019</th>
              <th scope="col">Gap to 1.5 °C in 2030</th>
              <th scope="col">1.5 °C budget used up</th>
              <th scope="col">Net-zero CO₂</th>
            </tr>
          </thead>
          <tbody>
            {a.scenarios.map((s) => (
              <tr>
                <th scope="row" title={s.description}>{s.label}</th>
                <td>{fmt(s.warming_2100.central)} °C ({fmt(s.warming_2100.low)}–{fmt(s.warming_2100.high)})</td>
                <td>{fmt(s.peak_warming.central)} °C in {s.peak_year}</td>
                <td class="num">{fmt(s.gap_2030.change_vs_2019_percent, 0)}%</td>
                <td class="num">{fmt(s.gap_2030.gap_15_gt)} Gt</td>
                <td>{s.budget_15_exhausted_year ?? 'not by 2100'}</td>
                <td>{s.net_zero_co2_year ?? 'not by 2100'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Actors' contributions</h2>
      <div class="table-wrap">
        <table class="contributions">
          <caption class="sr-only">Each actor's share of global fossil CO₂ 2020–2100 per scenario</caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">GHG {a.data.latest_year} (Mt)</th>
              {a.scenarios.map((s) => <th scope="col">{s.label}: share, cumulative</th>)}
            </tr>
          </thead>
          <tbody>
            {[...a.actors]
              .sort((x, y) => y.latest_ghg_mt - x.latest_ghg_mt)
              .map((act) => (
                <tr>
                  <th scope="row">{act.name} <span class="muted">{act.actor}</span></th>
                  <td class="num">{Math.round(act.latest_ghg_mt).toLocaleString('en')}</td>
                  {a.scenarios.map((s) => {
                    const x = act.scenarios.find((y) => y.scenario === s.name)
                    return <td class="num" title={x?.targets_used.map((t) => t.reading).join('; ')}>{x ? `${fmt(x.share_percent)}%, ${fmt(x.cumulative_co2_gt, 0)} Gt (${x.rule})` : '–'}</td>
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {a.published.length ? (
        <>
          <h2>Beside published estimates</h2>
          <ul class="plain">
            {a.published.map((p) => (
              <li>
                {p.source} ({p.date}), “{p.their_label}”: {fmt(p.warming.central)} °C; ours {p.difference >= 0 ? '+' : ''}{fmt(p.difference)} °C
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Assumptions</h2>
      <ul>
        {a.assumptions.map((x) => <li>{x}</li>)}
      </ul>
    </>
  )
}

/** A thermometer: the 2100 range as a bar, the central estimate as the fill level, and the Paris limits marked. */
function Thermometer({ s, colour }: { s: Scenario; colour: string }) {
  const [lo, hi] = [0, 4]
  const h = 180
  const y = (t: number) => 10 + h - (Math.min(hi, Math.max(lo, t)) / hi) * h
  const w = s.warming_2100
  return (
    <figure class="thermometer" data-scenario={s.name}>
      <svg viewBox="0 0 110 220" width="110" height="220" role="img" aria-label={`${s.label}: ${fmt(w.central)} °C in 2100, likely ${fmt(w.low)} to ${fmt(w.high)} °C`}>
        <rect x="30" y="10" width="20" height={h} rx="10" fill="#f2f2f2" stroke="#999" />
        <rect x="30" y={y(w.central)} width="20" height={10 + h - y(w.central)} rx="10" fill={colour} />
        <line x1="26" x2="54" y1={y(w.low)} y2={y(w.low)} stroke="#333" />
        <line x1="26" x2="54" y1={y(w.high)} y2={y(w.high)} stroke="#333" />
        <line x1="40" x2="40" y1={y(w.high)} y2={y(w.low)} stroke="#333" stroke-dasharray="2 2" />
        {[1.5, 2].map((t) => (
          <g>
            <line x1="52" x2="62" y1={y(t)} y2={y(t)} stroke="#c00" />
            <text x="64" y={y(t) + 4} font-size="10">{t} °C</text>
          </g>
        ))}
        <circle cx="40" cy={h + 18} r="14" fill={colour} />
      </svg>
      <figcaption>
        <strong>{s.label}</strong>
        <br />
        {fmt(w.central)} °C ({fmt(w.low)}–{fmt(w.high)})
      </figcaption>
    </figure>
  )
}
