import { z } from 'zod'

/**
 * The output of `pledgewatch assess --format json` and of GET /api/assessment:
 * emissions pathways to 2100 from the actors' targets, the warming they imply and
 * the published estimates beside them. Units: Gt = GtCO2 (CO2) or GtCO2e (GHG,
 * AR5 GWP100) per year; Mt likewise for actors; temperatures in °C above 1850–1900.
 */

export const SCENARIO_NAMES = ['current_trend', 'targets_2030', 'all_targets', 'optimistic'] as const
export type ScenarioName = (typeof SCENARIO_NAMES)[number]

/** A central estimate and its likely range (TCRE 0.27–0.63 °C per 1000 GtCO2 and the non-CO2 range). */
export const RangeSchema = z.object({ central: z.number(), low: z.number(), high: z.number() })

/** One year of a global pathway: net CO2 (fossil + land use) and total GHG. */
export const PathwayPointSchema = z.object({
  year: z.number().int(),
  co2_gt: z.number(),
  ghg_gt: z.number(),
  /** Warming that year, central estimate. */
  warming: z.number(),
})

/** The 2030 gap against the IPCC AR6 1.5 °C pathway (GHG −43% from 2019) and the 2 °C one (−27%). */
export const Gap2030Schema = z.object({
  ghg_2019_gt: z.number(),
  ghg_2030_gt: z.number(),
  /** Change of 2030 GHG from 2019, percent (negative = lower). */
  change_vs_2019_percent: z.number(),
  pathway_15_gt: z.number(),
  pathway_2_gt: z.number(),
  /** ghg_2030_gt − pathway_15_gt (positive = above the 1.5 °C pathway). */
  gap_15_gt: z.number(),
  gap_2_gt: z.number(),
})

/** A remaining carbon budget and the year the scenario uses it up (null: not within the horizon). */
export const BudgetUseSchema = z.object({
  label: z.string(),
  source: z.string(),
  limit: z.number(),
  probability: z.number(),
  /** Remaining GtCO2 from 1 January 2020 (later estimates converted with the emissions since). */
  remaining_gt_from_2020: z.number(),
  exhausted_year: z.number().int().nullable(),
})

export const ScenarioSchema = z.object({
  name: z.enum(SCENARIO_NAMES),
  label: z.string(),
  description: z.string(),
  warming_2100: RangeSchema,
  peak_warming: RangeSchema,
  /** Year of peak central warming; 2100 when still rising at the horizon. */
  peak_year: z.number().int(),
  budget_15_exhausted_year: z.number().int().nullable(),
  budget_2_exhausted_year: z.number().int().nullable(),
  budgets: z.array(BudgetUseSchema),
  /** Net CO2 emitted 2020–2100 inclusive, GtCO2. */
  cumulative_co2_2020_2100_gt: z.number(),
  /** First year global net CO2 is at or below zero, or null. */
  net_zero_co2_year: z.number().int().nullable(),
  gap_2030: Gap2030Schema,
  /** Every year from 2020 to 2100. */
  pathway: z.array(PathwayPointSchema),
})

/** A target as the pathway used it. */
export const TargetUsedSchema = z.object({
  kind: z.string(),
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  base_year: z.number().int().nullable(),
  /** 'register' (from ingested news) or 'reference' (our register of official sources). */
  origin: z.enum(['register', 'reference']),
  source: z.string().nullable(),
  /** How the pathway read it, e.g. "GHG −50% vs 2005 → 3,480 Mt in 2030". */
  reading: z.string(),
})

/** An actor's emissions in a scenario at milestone years, and its share of the total. */
export const ActorScenarioSchema = z.object({
  scenario: z.enum(SCENARIO_NAMES),
  /** 'targets', 'trend' (no target applies) or a short rule name. */
  rule: z.string(),
  targets_used: z.array(TargetUsedSchema),
  emissions: z.array(z.object({ year: z.number().int(), co2_mt: z.number(), ghg_mt: z.number() })),
  /** Fossil CO2 2020–2100, GtCO2. */
  cumulative_co2_gt: z.number(),
  /** Percent of the scenario's global fossil CO2 2020–2100. */
  share_percent: z.number(),
})

export const ActorAssessmentSchema = z.object({
  /** ISO3 code, 'EU' for the European Union, 'ROW' for the rest of the world. */
  actor: z.string(),
  name: z.string(),
  latest_year: z.number().int(),
  latest_co2_mt: z.number(),
  latest_ghg_mt: z.number(),
  scenarios: z.array(ActorScenarioSchema),
})

/** A published estimate and the scenario of ours it corresponds to. */
export const PublishedEstimateSchema = z.object({
  source: z.string(),
  date: z.string(),
  their_label: z.string(),
  scenario: z.enum(SCENARIO_NAMES),
  warming: RangeSchema,
  /** Our central 2100 warming minus theirs (central). */
  difference: z.number(),
})

export const AssessmentSchema = z.object({
  generated: z.string(),
  /** The emissions dataset used and its latest data year. */
  data: z.object({ source: z.string(), latest_year: z.number().int(), targets_from: z.array(z.string()) }),
  /** Global history to the latest data year (same units as the pathways). */
  history: z.array(z.object({ year: z.number().int(), co2_gt: z.number(), ghg_gt: z.number() })),
  scenarios: z.array(ScenarioSchema),
  actors: z.array(ActorAssessmentSchema),
  assumptions: z.array(z.string()),
  published: z.array(PublishedEstimateSchema),
})

export type Range = z.infer<typeof RangeSchema>
export type PathwayPoint = z.infer<typeof PathwayPointSchema>
export type Gap2030 = z.infer<typeof Gap2030Schema>
export type BudgetUse = z.infer<typeof BudgetUseSchema>
export type Scenario = z.infer<typeof ScenarioSchema>
export type TargetUsed = z.infer<typeof TargetUsedSchema>
export type ActorScenario = z.infer<typeof ActorScenarioSchema>
export type ActorAssessment = z.infer<typeof ActorAssessmentSchema>
export type PublishedEstimate = z.infer<typeof PublishedEstimateSchema>
export type Assessment = z.infer<typeof AssessmentSchema>
