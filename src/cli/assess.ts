import { Command, Option } from 'commander'
import { SCENARIO_NAMES, type ActorAssessment, type Assessment, type Scenario, type ScenarioName } from '../model/assessment.js'
import { storeOptions, withDb, type StoreFlags } from './options.js'
import { render, type Column } from './render.js'

const deg = (n: number) => `${n.toFixed(1)} °C`
const range = (r: { central: number; low: number; high: number }) => `${deg(r.central)} (${r.low.toFixed(1)}–${r.high.toFixed(1)})`

function scenarioColumns(a: Assessment): Column<Scenario>[] {
  const theirs = (s: Scenario, source: string) =>
    a.published.filter((p) => p.scenario === s.name && p.source.startsWith(source)).map((p) => (p.warming.low !== p.warming.high ? `${p.warming.low}–${p.warming.high}` : String(p.warming.central))).join(', ')
  return [
    { head: 'scenario', get: (s) => s.name },
    { head: 'warming 2100', get: (s) => range(s.warming_2100) },
    { head: 'peak', get: (s) => `${deg(s.peak_warming.central)} ${s.peak_year}` },
    { head: '1.5°C budget gone', get: (s) => s.budget_15_exhausted_year ?? 'no' },
    { head: '2°C (67%) gone', get: (s) => s.budget_2_exhausted_year ?? 'no' },
    { head: 'CO2 2020-2100', get: (s) => `${s.cumulative_co2_2020_2100_gt} Gt` },
    { head: 'GHG 2030 vs 2019', get: (s) => `${s.gap_2030.change_vs_2019_percent > 0 ? '+' : ''}${s.gap_2030.change_vs_2019_percent}%` },
    { head: 'gap to 1.5°C 2030', get: (s) => `${s.gap_2030.gap_15_gt} Gt` },
    { head: 'CAT', get: (s) => theirs(s, 'Climate Action Tracker') },
    { head: 'UNEP', get: (s) => theirs(s, 'UNEP') },
  ]
}

function actorColumns(s: ScenarioName, latest: number): Column<ActorAssessment>[] {
  const row = (a: ActorAssessment) => a.scenarios.find((x) => x.scenario === s)!
  const at = (a: ActorAssessment, y: number) => row(a).emissions.find((e) => e.year === y)?.ghg_mt
  return [
    { head: 'actor', get: (a) => a.actor },
    { head: `GHG ${latest}`, get: (a) => a.latest_ghg_mt },
    ...[2030, 2050, 2100].map((y) => ({ head: String(y), get: (a: ActorAssessment) => at(a, y) })),
    { head: 'CO2 2020-2100 Gt', get: (a) => row(a).cumulative_co2_gt },
    { head: 'share', get: (a) => `${row(a).share_percent}%` },
    { head: 'targets used', get: (a) => row(a).targets_used.map((t) => `${t.reading}${t.origin === 'register' ? ' [register]' : ''}`).join('; ') || row(a).rule },
  ]
}

/** The assessment for a person: the scenarios beside the published estimates, one scenario's actors, the assumptions. */
export function formatAssessment(a: Assessment, scenario?: ScenarioName): string {
  const out = [`Emissions data: ${a.data.source} (latest year ${a.data.latest_year}); targets from: ${a.data.targets_from.join(', ')}`, '']
  out.push(render('table', a.scenarios, scenarioColumns(a)))
  if (scenario) {
    const actors = [...a.actors].sort((p, q) => (q.scenarios[0]?.cumulative_co2_gt ?? 0) - (p.scenarios[0]?.cumulative_co2_gt ?? 0))
    out.push(`Actors in ${scenario} (GHG excluding land use, Mt; fossil CO2 2020–2100 and its share):`, render('table', actors, actorColumns(scenario, a.data.latest_year)))
  } else out.push('Per-actor pathways: --scenario NAME; everything: --format json.', '')
  out.push('Assumptions:', ...a.assumptions.map((s) => `  - ${s}`), '')
  return out.join('\n')
}

/** `pledgewatch assess`: what the targets add up to (issue #6). */
export function assessCommand(): Command {
  return storeOptions(
    new Command('assess')
      .description('What the targets add up to: emissions pathways to 2100 from the register and the reference targets, the warming they imply, the carbon budgets and the 2030 gap, beside Climate Action Tracker and UNEP.')
      .addOption(new Option('-s, --scenario <name>', 'only this scenario, with its per-actor pathways').choices([...SCENARIO_NAMES]))
      .addOption(new Option('-f, --format <format>', 'table (for a person) or json (AssessmentSchema)').choices(['table', 'json']).default('table')),
  )
    .addHelpText('after', '\nExamples:\n  $ pledgewatch assess\n  $ pledgewatch assess --scenario all_targets\n  $ pledgewatch assess --format json | jq \'.scenarios[] | {name, warming_2100}\'')
    .action(async (o: StoreFlags & { scenario?: ScenarioName; format: 'table' | 'json' }) => {
      const [{ assess }, { loadDataset }, { queryTargets }] = await Promise.all([import('../assess/assess.js'), import('../assess/data-folder.js'), import('../store/queries/targets.js')])
      const dataset = await loadDataset(o.data)
      const claims = await withDb(o, (db) => queryTargets(db, { evidence: 1 }))
      const a = assess({ dataset, claims, scenarios: o.scenario ? [o.scenario] : undefined })
      process.stdout.write(o.format === 'json' ? JSON.stringify(a, null, 2) + '\n' : formatAssessment(a, o.scenario))
    })
}
