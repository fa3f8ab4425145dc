import { AssessmentSchema, type ActorAssessment, type Assessment, type BudgetUse, type Scenario, type ScenarioName } from '../model/assessment.js'
import type { Claim } from '../store/queries/targets.js'
import { statedAssumptions } from './assumptions.js'
import { BUDGETS, CUT_2030_15, CUT_2030_2, HEADLINE_15, HEADLINE_2 } from './budgets.js'
import { valueAt, type ActorSeries, type Dataset } from './dataset.js'
import { landUseAt, restOfWorld } from './global.js'
import { actorPathway, END_YEAR, START_YEAR, type ActorPath } from './pathway.js'
import { PUBLISHED } from './published.js'
import { SCENARIOS, type ScenarioSpec } from './scenarios.js'
import { mergeTargets } from './targets.js'
import { warmingSeries } from './warming.js'

export interface AssessOptions {
  readonly dataset: Dataset
  /** The register's claims (queryTargets); none: the reference register alone. */
  readonly claims?: readonly Claim[]
  /** Only these scenarios (default all four). */
  readonly scenarios?: readonly ScenarioName[]
  readonly now?: Date
}

const MILESTONES = [2030, 2035, 2040, 2050, 2060, 2070, 2100]
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d
const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

const scaleSeries = (s: Readonly<Record<number, number>>, f: number) => Object.fromEntries(Object.entries(s).map(([y, v]) => [y, v * f]))
const scaled = (a: ActorSeries, f: number): ActorSeries => ({ ...a, co2: scaleSeries(a.co2, f), nonCo2: scaleSeries(a.nonCo2, f) })

interface ScenarioRun {
  readonly spec: ScenarioSpec
  readonly paths: Map<string, ActorPath>
  readonly scenario: Scenario
}

/** Global emissions of one scenario, Gt per year, from 2014 (for the warming model's 10-year means) to END_YEAR. */
function globalEmissions(d: Dataset, s: ScenarioSpec, paths: Map<string, ActorPath>) {
  const fossilCo2: Record<number, number> = {}
  const nonCo2: Record<number, number> = {}
  const co2: Record<number, number> = {}
  for (const y of years(2014, END_YEAR)) {
    if (y < START_YEAR || y <= d.latestYear) {
      fossilCo2[y] = valueAt(d.world.co2, y) / 1000
      nonCo2[y] = valueAt(d.world.nonCo2, y) / 1000
    } else {
      fossilCo2[y] = [...paths.values()].reduce((sum, p) => sum + p.co2[y], 0) / 1000
      nonCo2[y] = [...paths.values()].reduce((sum, p) => sum + p.nonCo2[y], 0) / 1000
    }
    co2[y] = fossilCo2[y] + landUseAt(d, s, y)
  }
  return { co2, fossilCo2, nonCo2 }
}

function runScenario(d: Dataset, s: ScenarioSpec, actors: readonly ActorSeries[], targets: Map<string, import('./targets.js').ActorTarget[]>): ScenarioRun {
  const L = d.latestYear
  const paths = new Map<string, ActorPath>()
  for (const a of actors) {
    const rest = a.actor === 'ROW' ? s.restOfWorldNetZero : null
    if (!rest) {
      paths.set(a.actor, actorPathway(a, targets.get(a.actor) ?? [], s, L))
      continue
    }
    // The rest of the world: its share under net-zero targets goes there, the remainder stays on trend.
    const reading = `stated assumption: ${rest.share * 100}% of it on trend to 2030, then linearly to net zero GHG in ${rest.year}; the rest on trend`
    const covered = actorPathway(scaled(a, rest.share), [], s, L, { year: rest.year, reading })
    const trend = actorPathway(scaled(a, 1 - rest.share), [], s, L)
    const sum = (p: Record<number, number>, q: Record<number, number>) => Object.fromEntries(Object.keys(p).map((y) => [y, p[+y] + q[+y]]))
    paths.set(a.actor, { rule: 'stated', used: covered.used, co2: sum(covered.co2, trend.co2), nonCo2: sum(covered.nonCo2, trend.nonCo2) })
  }
  const e = globalEmissions(d, s, paths)
  const w = warmingSeries(e, START_YEAR, END_YEAR)
  const cum: Record<number, number> = {}
  let c = 0
  for (const y of years(START_YEAR, END_YEAR)) cum[y] = c += e.co2[y]
  const exhausted = (gt: number) => years(START_YEAR, END_YEAR).find((y) => cum[y] >= gt) ?? null
  const budgets: BudgetUse[] = BUDGETS.map((b) => {
    const from2020 = b.remaining + (b.from > START_YEAR ? cum[b.from - 1] : 0)
    return { label: b.label, source: b.source, limit: b.limit, probability: b.probability, remaining_gt_from_2020: round(from2020, 0), exhausted_year: exhausted(from2020) }
  })
  const ghg = (y: number) => e.co2[y] + e.nonCo2[y]
  const peakYear = years(START_YEAR, END_YEAR).reduce((best, y) => (w.central[y] > w.central[best] ? y : best), START_YEAR)
  const peak = (k: 'central' | 'low' | 'high') => Math.max(...years(START_YEAR, END_YEAR).map((y) => w[k][y]))
  const [g19, g30] = [ghg(2019), ghg(2030)]
  const scenario: Scenario = {
    name: s.name, label: s.label, description: s.description,
    warming_2100: { central: round(w.central[END_YEAR]), low: round(w.low[END_YEAR]), high: round(w.high[END_YEAR]) },
    peak_warming: { central: round(peak('central')), low: round(peak('low')), high: round(peak('high')) },
    peak_year: peakYear,
    budget_15_exhausted_year: budgets.find((b) => b.label === HEADLINE_15)!.exhausted_year,
    budget_2_exhausted_year: budgets.find((b) => b.label === HEADLINE_2)!.exhausted_year,
    budgets,
    cumulative_co2_2020_2100_gt: round(cum[END_YEAR], 0),
    net_zero_co2_year: years(START_YEAR, END_YEAR).find((y) => y > d.latestYear && e.co2[y] <= 0) ?? null,
    gap_2030: {
      ghg_2019_gt: round(g19, 1), ghg_2030_gt: round(g30, 1), change_vs_2019_percent: round((100 * (g30 - g19)) / g19, 1),
      pathway_15_gt: round(g19 * (1 - CUT_2030_15), 1), pathway_2_gt: round(g19 * (1 - CUT_2030_2), 1),
      gap_15_gt: round(g30 - g19 * (1 - CUT_2030_15), 1), gap_2_gt: round(g30 - g19 * (1 - CUT_2030_2), 1),
    },
    pathway: years(START_YEAR, END_YEAR).map((y) => ({ year: y, co2_gt: round(e.co2[y], 2), ghg_gt: round(ghg(y), 2), warming: round(w.central[y], 3) })),
  }
  return { spec: s, paths, scenario }
}

/**
 * What the targets add up to: per scenario, every actor's pathway to 2100, the
 * global total (actors + rest of the world + land use), its warming, budgets
 * and 2030 gap, beside the published estimates. Pure: the register's claims
 * come in, an Assessment (validated by AssessmentSchema) comes out.
 * @example assess({ dataset: builtInDataset() }).scenarios.map((s) => s.warming_2100.central)
 */
export function assess(o: AssessOptions): Assessment {
  const d = o.dataset
  const actors = [...d.actors, restOfWorld(d)]
  const targets = mergeTargets(o.claims ?? [], new Set(d.actors.map((a) => a.actor)))
  const specs = SCENARIOS.filter((s) => !o.scenarios || o.scenarios.includes(s.name))
  const runs = specs.map((s) => runScenario(d, s, actors, targets))
  const origins = new Set([...targets.values()].flat().map((t) => t.origin))
  const actorRows: ActorAssessment[] = actors.map((a) => ({
    actor: a.actor, name: a.name, latest_year: d.latestYear,
    latest_co2_mt: round(valueAt(a.co2, d.latestYear), 0), latest_ghg_mt: round(valueAt(a.co2, d.latestYear) + valueAt(a.nonCo2, d.latestYear), 0),
    scenarios: runs.map((r) => {
      const p = r.paths.get(a.actor)!
      const total = [...r.paths.values()].reduce((s, q) => s + years(START_YEAR, END_YEAR).reduce((t, y) => t + q.co2[y], 0), 0)
      const own = years(START_YEAR, END_YEAR).reduce((t, y) => t + p.co2[y], 0)
      return {
        scenario: r.spec.name, rule: p.rule, targets_used: p.used,
        emissions: [d.latestYear, ...MILESTONES.filter((y) => y > d.latestYear)].map((y) => ({ year: y, co2_mt: round(p.co2[y], 0), ghg_mt: round(p.co2[y] + p.nonCo2[y], 0) })),
        cumulative_co2_gt: round(own / 1000, 1),
        share_percent: round((100 * own) / total, 1),
      }
    }),
  }))
  const history = years(1990, d.latestYear).map((y) => {
    const co2 = (valueAt(d.world.co2, y) / 1000) + valueAt(d.landUse, y)
    return { year: y, co2_gt: round(co2), ghg_gt: round(co2 + valueAt(d.world.nonCo2, y) / 1000) }
  })
  const published = PUBLISHED.flatMap((p) => {
    const ours = runs.find((r) => r.spec.name === p.scenario)
    return ours ? [{ source: p.source, date: p.date, their_label: p.their_label, scenario: p.scenario, warming: { central: p.central, low: p.low, high: p.high }, difference: round(ours.scenario.warming_2100.central - p.central) }] : []
  })
  return AssessmentSchema.parse({
    generated: (o.now ?? new Date()).toISOString(),
    data: { source: d.source, latest_year: d.latestYear, targets_from: [...origins].sort() },
    history,
    scenarios: runs.map((r) => r.scenario),
    actors: actorRows,
    assumptions: statedAssumptions(),
    published,
  })
}
