import { describe, expect, it } from 'vitest'
import { AssessmentSchema, SCENARIO_NAMES, type Assessment } from '../model/assessment.js'
import type { Claim } from '../store/queries/targets.js'
import { assess } from './assess.js'
import { builtInDataset } from './dataset.js'
import { PUBLISHED } from './published.js'

const dataset = builtInDataset()
const reference = assess({ dataset })
const scenario = (a: Assessment, name: string) => a.scenarios.find((s) => s.name === name)!
const actorIn = (a: Assessment, actor: string, name: string) => a.actors.find((x) => x.actor === actor)!.scenarios.find((s) => s.scenario === name)!
const ghgIn = (a: Assessment, actor: string, name: string, year: number) => actorIn(a, actor, name).emissions.find((e) => e.year === year)!.ghg_mt

/** A register claim as queryTargets returns it, from a news article. */
function claim(c: Partial<Claim> & Pick<Claim, 'actor' | 'kind' | 'year'>): Claim {
  return {
    id: 1, value: null, value_max: null, base_year: null, status: null, sources: 1, reports: 1, first_reported: c.last_reported ?? null, last_reported: null, history: [],
    evidence: [{ article_id: 1, doc: 'news-1', url: 'https://news.example/1', outlet: 'Daily Ledger', date: c.last_reported ?? null, start: 0, end: 10, text: 'a sentence' }],
    ...c,
  }
}

describe('the assessment beside the published estimates (issue #6)', () => {
  // Computed from the model on the built-in data and the reference register; nothing here is an output.
  it.each(PUBLISHED.map((p) => [p.source.split(',')[0].split(':')[0], p.their_label, p] as const))('%s, %s: our scenario within 0.3 °C', (_, __, p) => {
    const ours = scenario(reference, p.scenario).warming_2100.central
    expect(Math.abs(ours - p.central), `${p.scenario} ${ours} °C vs ${p.central} °C`).toBeLessThanOrEqual(0.3)
  })

  it('validates against AssessmentSchema and covers the four scenarios, every year 2020–2100', () => {
    expect(AssessmentSchema.safeParse(JSON.parse(JSON.stringify(reference))).success).toBe(true)
    expect(reference.scenarios.map((s) => s.name)).toEqual([...SCENARIO_NAMES])
    for (const s of reference.scenarios) expect(s.pathway.map((p) => p.year)).toEqual(Array.from({ length: 81 }, (_, i) => 2020 + i))
    expect(reference.data.targets_from).toEqual(['reference'])
    expect(reference.actors.length).toBeGreaterThanOrEqual(34)
  })

  it('orders the scenarios: more targets met, less warming, later budget exhaustion', () => {
    const w = SCENARIO_NAMES.map((n) => scenario(reference, n).warming_2100.central)
    expect([...w].sort((a, b) => b - a)).toEqual(w)
    for (const s of reference.scenarios) {
      expect(s.warming_2100.low).toBeLessThan(s.warming_2100.central)
      expect(s.warming_2100.high).toBeGreaterThan(s.warming_2100.central)
      expect(s.peak_warming.central).toBeGreaterThanOrEqual(s.warming_2100.central)
    }
    expect(scenario(reference, 'current_trend').budget_2_exhausted_year).not.toBeNull()
    expect(scenario(reference, 'all_targets').budget_2_exhausted_year).toBeNull()
  })

  it('measures the 2030 gap against 2019 GHG cut by 43% (IPCC AR6)', () => {
    for (const s of reference.scenarios) {
      const g = s.gap_2030
      expect(g.pathway_15_gt).toBeCloseTo(g.ghg_2019_gt * 0.57, 0)
      expect(g.gap_15_gt).toBeCloseTo(g.ghg_2030_gt - g.pathway_15_gt, 0)
    }
    // 2019: fossil CO2 37.0 + non-CO2 13.5 + land use 4.6 Gt in the built-in table.
    expect(scenario(reference, 'current_trend').gap_2030.ghg_2019_gt).toBeCloseTo(55.1, 1)
  })

  it('follows the targets: base-year cuts, intensity via GDP, net zero with balanced residuals', () => {
    // EU −55% vs 1990 (GHG excl. land use 3850 + 970 Mt) → 2169 Mt in 2030.
    expect(ghgIn(reference, 'EU', 'targets_2030', 2030)).toBeCloseTo(4820 * 0.45, -1)
    // Net zero GHG in 2050: zero in total, CO2 −40% of today's non-CO2 (removals) beside the residual.
    expect(ghgIn(reference, 'EU', 'all_targets', 2060)).toBeCloseTo(0, 0)
    expect(actorIn(reference, 'EU', 'all_targets').emissions.find((e) => e.year === 2060)!.co2_mt).toBeCloseTo(-0.4 * 630, -1)
    // China: CO2/GDP −65% vs 2005 with GDP grown 4% a year → lower than the trend in 2030.
    expect(ghgIn(reference, 'CHN', 'targets_2030', 2030)).toBeLessThan(ghgIn(reference, 'CHN', 'current_trend', 2030))
    expect(actorIn(reference, 'CHN', 'targets_2030').targets_used.find((t) => t.kind === 'intensity')!.reading).toMatch(/CO2\/GDP −65% vs 2005/)
    // India's intensity target is weaker than its trend: the trend stands.
    expect(ghgIn(reference, 'IND', 'targets_2030', 2030)).toBe(ghgIn(reference, 'IND', 'current_trend', 2030))
    // An actor without a target follows the trend in every scenario.
    expect(actorIn(reference, 'IRN', 'all_targets').rule).toBe('trend')
    expect(ghgIn(reference, 'IRN', 'optimistic', 2100)).toBe(ghgIn(reference, 'IRN', 'current_trend', 2100))
  })

  it('lets a newer register claim replace a reference target, and records where each came from', () => {
    const newer = claim({ actor: 'JPN', kind: 'reduction', year: 2030, value: 60, base_year: 2013, last_reported: '2024-03-01' })
    const older = claim({ actor: 'KOR', kind: 'reduction', year: 2030, value: 10, base_year: 2018, last_reported: '2019-01-01' })
    const fromRef = claim({ actor: 'GBR', kind: 'reduction', year: 2030, value: 10, base_year: 1990, last_reported: '2030-01-01', evidence: [{ article_id: 2, doc: 'reference:GBR:2020-12-12', url: null, outlet: null, date: null, start: 0, end: 1, text: 'x' }] })
    const a = assess({ dataset, claims: [newer, older, fromRef] })
    const jpn = actorIn(a, 'JPN', 'targets_2030').targets_used.find((t) => t.year === 2030)!
    expect(jpn.origin).toBe('register')
    expect(jpn.source).toMatch(/Daily Ledger/)
    expect(ghgIn(a, 'JPN', 'targets_2030', 2030)).toBeLessThan(ghgIn(reference, 'JPN', 'targets_2030', 2030))
    expect(actorIn(a, 'KOR', 'targets_2030').targets_used.find((t) => t.year === 2030)!.origin).toBe('reference')
    expect(ghgIn(a, 'GBR', 'targets_2030', 2030)).toBe(ghgIn(reference, 'GBR', 'targets_2030', 2030))
    expect(a.data.targets_from).toEqual(['reference', 'register'])
  })

  it('leaves a cut stated in tonnes out of the pathways (it is no percentage)', () => {
    const tonnes = claim({ actor: 'JPN', kind: 'reduction', year: 2030, value: 300, unit: 'MtCO2e', base_year: 2013, last_reported: '2024-03-01' })
    const a = assess({ dataset, claims: [tonnes], scenarios: ['targets_2030'] })
    expect(actorIn(a, 'JPN', 'targets_2030').targets_used.find((t) => t.year === 2030)!.origin).toBe('reference')
    expect(ghgIn(a, 'JPN', 'targets_2030', 2030)).toBe(ghgIn(reference, 'JPN', 'targets_2030', 2030))
  })

  it('keeps the official standing when the news repeats a reference target', () => {
    // News calls China's peak "pledged"; the reference (its NDC) says policy: the repeat changes nothing.
    const repeat = claim({ actor: 'CHN', kind: 'peak', year: 2030, status: 'pledged', last_reported: '2024-05-01' })
    const a = assess({ dataset, claims: [repeat], scenarios: ['targets_2030'] })
    expect(actorIn(a, 'CHN', 'targets_2030').targets_used.find((t) => t.kind === 'peak')!.origin).toBe('reference')
    expect(a.scenarios[0].warming_2100).toEqual(scenario(reference, 'targets_2030').warming_2100)
  })

  it('runs one scenario alone with the same result', () => {
    const one = assess({ dataset, scenarios: ['all_targets'] })
    expect(one.scenarios.map((s) => s.name)).toEqual(['all_targets'])
    expect(one.scenarios[0].warming_2100).toEqual(scenario(reference, 'all_targets').warming_2100)
  })
})
