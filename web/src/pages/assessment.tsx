import { useApi } from '../api.js'
import { AssessmentCharts } from '../components/assessment-charts.js'
import { ContributionsTable } from '../components/contributions-table.js'
import { ScrollBox } from '../components/scroll-box.js'
import { TargetOrigins } from '../components/target-origins.js'
import { Thermometer } from '../components/thermometer.js'
import type { LinkedAssessment } from '../types.js'

const SCENARIO_COLOURS = ['#D55E00', '#E69F00', '#0072B2', '#009E73']
/** Fixed decimals (2.0 °C stays "2.0"), never "-0". */
const fmt = (n: number, digits = 1) => {
  const s = n.toFixed(digits)
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s
}

/** What the pledges add up to: warming per scenario, pathways, each actor's share, and where every target came from (GET /api/assessment). */
export function AssessmentPage() {
  const result = useApi<LinkedAssessment>('/api/assessment')
  return (
    <section aria-labelledby="assessment-title">
      <h1 id="assessment-title">Do the pledges add up?</h1>
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

function AssessmentView({ a }: { a: LinkedAssessment }) {
  const colours = new Map(a.scenarios.map((s, i) => [s.name, SCENARIO_COLOURS[i % SCENARIO_COLOURS.length]]))
  const colour = (name: string) => colours.get(name as never) ?? '#666'
  return (
    <>
      <p class="muted">
        Generated {a.generated}; emissions data: {a.data.source} (to {a.data.latest_year}).
      </p>
      <h2>Warming in 2100</h2>
      <div class="thermometers">
        {a.scenarios.map((s) => <Thermometer s={s} colour={colour(s.name)} />)}
      </div>
      <AssessmentCharts a={a} colour={colour} />
      <h2>Scenarios</h2>
      <ScrollBox label="Scenarios">
        <table class="scenarios">
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
                <td>{fmt(s.warming_2100.central)} °C ({fmt(s.warming_2100.low)}–{fmt(s.warming_2100.high)} °C)</td>
                <td>{fmt(s.peak_warming.central)} °C in {s.peak_year}</td>
                <td class="num">{fmt(s.gap_2030.change_vs_2019_percent, 0)}%</td>
                <td class="num">{fmt(s.gap_2030.gap_15_gt)} Gt CO₂e</td>
                <td>{s.budget_15_exhausted_year ?? 'not by 2100'}</td>
                <td>{s.net_zero_co2_year ?? 'not by 2100'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <h2>Actors' contributions</h2>
      <p class="muted">Share of global fossil CO₂ 2020–2100 in each scenario; below it the actor's cumulative CO₂ and the rule its pathway follows.</p>
      <ContributionsTable a={a} />
      <h2>Where each target comes from</h2>
      <TargetOrigins a={a} />
      {a.published.length ? (
        <>
          <h2>Beside published estimates</h2>
          <ul class="plain">
            {a.published.map((p) => (
              <li>
                {p.source} ({p.date}), “{p.their_label}”: {fmt(p.warming.central)} °C; ours {p.difference >= 0 ? '+' : '−'}
                {fmt(Math.abs(p.difference))} °C
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
