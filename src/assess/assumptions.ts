import { NON_CO2_SHARE, REST_NET_ZERO, SCENARIOS, TREND_HALF_LIFE, TREND_WINDOW } from './scenarios.js'
import { AEROSOL_COOLING, NON_CO2_GHG_WARMING, NON_CO2_RANGE, TCRE, WARMING_2023 } from './warming.js'

/** Every assumption the assessment rests on, in words (printed by `assess`, returned by the API, copied in the README). */
export function statedAssumptions(): string[] {
  return [
    `Emissions: fossil CO2 (territorial, GCB) and non-CO2 GHG excluding land use (EDGAR; AR5 GWP100), by actor; the rest of the world is the world minus the named actors and carries international aviation and shipping.`,
    `Current trend: each actor's average annual change in total GHG over the ${TREND_WINDOW} years to the latest data year (within ±5%) continues, the rate halving every ${TREND_HALF_LIFE} years.`,
    `Targets apply to GHG excluding land use (LULUCF) in the base year from our data, except where the NDC states its own base-year total or BAU level (used as stated); CO2-only targets are scaled to GHG by the latest CO2 share; intensity targets use GDP grown at the IMF WEO October 2024 rates.`,
    `A target weaker than the trend does not raise emissions: the trend is kept for that year (the convention of Climate Action Tracker).`,
    `Between the latest data year and each target year, and between targets, emissions change linearly; ranges use their less ambitious end, except in the optimistic scenario.`,
    `After the last target: at net zero, emissions stay there; otherwise the trend's annual rate continues from the target level, and an actor that promised a peak does not grow after its peak year.`,
    `Residual emissions: non-CO2 gases move by ${NON_CO2_SHARE * 100}% of total GHG's relative change (75% in the optimistic scenario, the Global Methane Pledge), so at a net-zero GHG year ${100 - NON_CO2_SHARE * 100}% of the latest non-CO2 remains, balanced by as much net-negative CO2 (removals); a net-zero CO2 target (China's carbon neutrality as we read it) leaves those residuals unbalanced.`,
    `Land use: global land-use CO2 (GCB) falls 1% a year in the current-trend and 2030-target scenarios, linearly to zero by 2050 when all targets are met, and by 2030 in the optimistic scenario; it is global (not split by actor) and kept apart from national targets.`,
    `Rest of the world: follows its trend; in the all-targets and optimistic scenarios the ${REST_NET_ZERO.share * 100}% of it under net-zero targets (Net Zero Tracker's ~88% global coverage less the named actors' ~80%) follows its trend to 2030 and then falls linearly to net zero GHG in ${REST_NET_ZERO.year} (international aviation, ICAO, and shipping, IMO, aim at 2050, as do most smaller countries with a target).`,
    `Which targets: 2030 targets = unconditional targets for 2030 and peaks by 2030; all targets = every unconditional target in law or policy (NDC, long-term strategy, law), as Climate Action Tracker's "pledges and targets" counts submitted and binding targets; optimistic adds targets only announced, conditional NDC targets and the ambitious end of ranges.`,
    `Warming: ${WARMING_2023} °C human-induced warming in 2023 (Forster et al. 2024), plus TCRE ${TCRE.central} °C per 1000 GtCO2 (likely ${TCRE.low}–${TCRE.high}, AR6) times net CO2 from 2024, plus the change in non-CO2 warming: ${NON_CO2_GHG_WARMING} °C from CH4 and other short-lived gases scaled by the 10-year mean of non-CO2 emissions, and ${AEROSOL_COOLING} °C of aerosol cooling scaled by the 10-year mean of fossil CO2 (AR6 WG1 Fig. SPM.2), that change uncertain by ±${NON_CO2_RANGE * 100}%. No further warming once CO2 is net zero (zero emissions commitment ~0, AR6).`,
    `The range is TCRE's likely range combined with the non-CO2 range; the uncertainty of today's warming and of the emissions data is not included.`,
    `Budgets: IPCC AR6 remaining carbon budgets from 2020 and Forster et al. (2024) from 2024 (converted to 2020 with the net CO2 of 2020–2023 in our data); a budget is exhausted in the year cumulative net CO2 from 2020 reaches it.`,
    `2030 gap: global GHG including land use in 2030 against 2019 cut by 43% (1.5 °C, no or limited overshoot) and 27% (2 °C), IPCC AR6 WG3 SPM C.1.1.`,
    ...SCENARIOS.map((s) => `Scenario ${s.name}: ${s.description}`),
  ]
}
