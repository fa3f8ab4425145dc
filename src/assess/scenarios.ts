import type { ScenarioName } from '../model/assessment.js'

/** What a scenario assumes; every field is stated in the assessment's assumptions. */
export interface ScenarioSpec {
  readonly name: ScenarioName
  readonly label: string
  readonly description: string
  /** Which targets the national pathways follow. */
  readonly targets: 'none' | 'to_2030' | 'all'
  /** Conditional NDC targets, targets only announced ('pledged'), and the ambitious end of ranges. */
  readonly ambitious: boolean
  /** Non-CO2 gases move by this share of the relative change of total GHG (the rest is CO2). */
  readonly nonCo2Share: number
  /** The rest of the world: the share of it that reaches net zero GHG (from its trend level in 2030) and when; null: all on trend. */
  readonly restOfWorldNetZero: { readonly year: number; readonly share: number } | null
  /** Global land-use CO2: falling 1% a year ('trend'), or linearly to zero by this year. */
  readonly landUseZeroBy: number | null
}

/** Half-life, years, of the recent trend's annual rate of change (current trend and after the last target). */
export const TREND_HALF_LIFE = 10
/** The recent trend: average annual change over this many years to the latest data year. */
export const TREND_WINDOW = 10
/** Land-use CO2 in the trend scenarios: GCB 2024 shows a slow decline over the last decade. */
export const LAND_USE_TREND_PER_YEAR = -0.01
/**
 * Share of the rest of the world's emissions under a net-zero target: Net Zero Tracker (2023 stocktake)
 * counts about 88% of global emissions under net-zero targets; our named actors with one hold about
 * 80%, which leaves about 8 of the rest's 13 points, some 60%; international aviation (ICAO) and
 * shipping (IMO) aim at 2050, as do most of the smaller countries with a target.
 */
export const REST_NET_ZERO = { year: 2050, share: 0.6 } as const
/** Default non-CO2 share: CH4 and N2O from farming fall more slowly than CO2 (AR6 WG3 C1 pathways cut CH4 ~1/3 and N2O ~1/5 less than CO2 in relative terms). */
export const NON_CO2_SHARE = 0.6

export const SCENARIOS: readonly ScenarioSpec[] = [
  {
    name: 'current_trend', label: 'Current trend',
    description: "Every actor continues its last decade's average annual change in emissions, the rate halving every 10 years; no target is assumed met.",
    targets: 'none', ambitious: false, nonCo2Share: NON_CO2_SHARE, restOfWorldNetZero: null, landUseZeroBy: null,
  },
  {
    name: 'targets_2030', label: '2030 targets',
    description: 'Unconditional 2030 targets and peaks by 2030 are met (a target weaker than the trend leaves the trend); after 2030 the trend rate continues from the 2030 level, and no actor that promised a peak grows again.',
    targets: 'to_2030', ambitious: false, nonCo2Share: NON_CO2_SHARE, restOfWorldNetZero: null, landUseZeroBy: null,
  },
  {
    name: 'all_targets', label: 'All targets incl. net zero',
    description: 'Unconditional targets in law or policy (NDCs, long-term strategies, laws) are met: 2030 and 2035 targets, peaks and net-zero years, linearly between them; the part of the rest of the world with net-zero targets (60%) reaches net zero GHG in 2050; land-use emissions fall to zero by 2050.',
    targets: 'all', ambitious: false, nonCo2Share: NON_CO2_SHARE, restOfWorldNetZero: REST_NET_ZERO, landUseZeroBy: 2050,
  },
  {
    name: 'optimistic', label: 'Optimistic',
    description: 'As all targets, adding targets only announced, conditional NDC targets, the ambitious end of every range, the Global Methane Pledge (non-CO2 cut faster) and land-use emissions ended by 2030 (Glasgow forest declaration).',
    targets: 'all', ambitious: true, nonCo2Share: 0.75, restOfWorldNetZero: REST_NET_ZERO, landUseZeroBy: 2030,
  },
]
