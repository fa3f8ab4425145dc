/** A remaining carbon budget as published: GtCO2 from the start of `from`. */
export interface CarbonBudget {
  readonly label: string
  readonly source: string
  readonly limit: number
  readonly probability: number
  readonly remaining: number
  readonly from: number
}

const AR6 = 'IPCC AR6 WG1 SPM Table SPM.2 (2021), from 1 January 2020'
const FORSTER = 'Forster et al. (2024), Indicators of Global Climate Change 2023, Earth Syst. Sci. Data 16, 2625-2658, from 1 January 2024'

export const BUDGETS: readonly CarbonBudget[] = [
  { label: '1.5 °C, 50%', source: AR6, limit: 1.5, probability: 0.5, remaining: 500, from: 2020 },
  { label: '1.5 °C, 67%', source: AR6, limit: 1.5, probability: 0.67, remaining: 400, from: 2020 },
  { label: '1.7 °C, 50%', source: AR6, limit: 1.7, probability: 0.5, remaining: 850, from: 2020 },
  { label: '2 °C, 50%', source: AR6, limit: 2, probability: 0.5, remaining: 1350, from: 2020 },
  { label: '2 °C, 67%', source: AR6, limit: 2, probability: 0.67, remaining: 1150, from: 2020 },
  { label: '1.5 °C, 50% (Forster 2024)', source: FORSTER, limit: 1.5, probability: 0.5, remaining: 200, from: 2024 },
]
/** The budgets behind `budget_15_exhausted_year` and `budget_2_exhausted_year`. */
export const HEADLINE_15 = '1.5 °C, 50%'
export const HEADLINE_2 = '2 °C, 67%'

/** The IPCC AR6 WG3 SPM C.1.1 pathways: global GHG in 2030 this far below 2019 (1.5 °C, no or limited overshoot; 2 °C, likely). */
export const CUT_2030_15 = 0.43
export const CUT_2030_2 = 0.27
