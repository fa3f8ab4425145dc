import type { ScenarioName } from '../model/assessment.js'

/** A published warming estimate for 2100 and the scenario of ours that corresponds to it. */
export interface Published {
  readonly source: string
  readonly date: string
  readonly their_label: string
  readonly scenario: ScenarioName
  /** Central estimate; `low`/`high` the published span where it is one (UNEP's NDC span: unconditional 2.8, conditional 2.6). */
  readonly central: number
  readonly low: number
  readonly high: number
}

const CAT = 'Climate Action Tracker, Warming Projections Global Update'
const UNEP = 'UNEP Emissions Gap Report 2024: No more hot air … please!'

export const PUBLISHED: readonly Published[] = [
  { source: CAT, date: '2024-11-14', their_label: 'Current policies', scenario: 'current_trend', central: 2.7, low: 2.7, high: 2.7 },
  { source: CAT, date: '2024-11-14', their_label: '2030 targets only', scenario: 'targets_2030', central: 2.6, low: 2.6, high: 2.6 },
  { source: CAT, date: '2024-11-14', their_label: 'Pledges and targets', scenario: 'all_targets', central: 2.1, low: 2.1, high: 2.1 },
  { source: CAT, date: '2024-11-14', their_label: 'Optimistic scenario', scenario: 'optimistic', central: 1.9, low: 1.9, high: 1.9 },
  { source: UNEP, date: '2024-10-24', their_label: 'Current policies', scenario: 'current_trend', central: 3.1, low: 3.1, high: 3.1 },
  { source: UNEP, date: '2024-10-24', their_label: 'NDCs (conditional 2.6, unconditional 2.8)', scenario: 'targets_2030', central: 2.7, low: 2.6, high: 2.8 },
]
