import { z } from 'zod'

/**
 * Our reference register of national targets as they stood at the end of 2024
 * (plus 2035 targets announced by early 2025; REFERENCE_AS_OF, or an entry's own
 * `as_of` where we checked it later, with `withdrawn` where a target has since ended), written by us from the official
 * documents named in `source`: NDCs as submitted to the UNFCCC, long-term
 * strategies (LTS) and climate laws. Values are percent cuts, as the register
 * stores them. Where a cut is against business as usual (BAU), `bau_mt` is the
 * BAU level the NDC states for the target year; where the NDC states its own
 * base-year total (including land use), `base_mt`; absolute caps are
 * `level_mt` (`level_mt_min` for the ambitious end of a range).
 * `conditional` marks the part of an NDC that depends on international
 * support: only the optimistic scenario uses it, and it is not loaded into the
 * register (whose claims are one per actor, kind and year).
 */
export const ReferenceTargetSchema = z.object({
  actor: z.string(),
  kind: z.enum(['net_zero', 'reduction', 'intensity', 'peak']),
  year: z.number().int(),
  value: z.number().optional(),
  value_max: z.number().optional(),
  base_year: z.number().int().optional(),
  bau_mt: z.number().optional(),
  base_mt: z.number().optional(),
  level_mt: z.number().optional(),
  level_mt_min: z.number().optional(),
  /**
   * What the target covers: all greenhouse gases, CO2 only, or methane only ('ch4': a claim of
   * its own in the register, as FORMAT.md's gas "CH4"; never a pathway's target).
   */
  gas: z.enum(['ghg', 'co2', 'ch4']),
  /** law: legislated; policy: in an NDC, long-term strategy or government plan; pledged: announced only. */
  status: z.enum(['law', 'policy', 'pledged']),
  conditional: z.boolean().optional(),
  source: z.string(),
  /** Date of the source (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The day we last checked that the target stands as written here; REFERENCE_AS_OF when not given. */
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * The target no longer stands: the act that ended it, and its date. The entry stays (its base
   * year and source are still the record of what was set); the register shows a claim of it
   * reported no later than that date as withdrawn (src/store/reference-base.ts).
   */
  withdrawn: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), source: z.string() }).optional(),
})
export type ReferenceTarget = z.infer<typeof ReferenceTargetSchema>

/** The day the list as a whole was last checked against its sources (an entry's own `as_of` is later). */
export const REFERENCE_AS_OF = '2025-02-18'

type T = ReferenceTarget
const ndc = (country: string, what = 'NDC') => `${country}, ${what}, UNFCCC NDC registry`

const US_PARIS_EXIT = {
  date: '2025-01-20',
  source: 'United States, Executive Order 14162 (Putting America First in International Environmental Agreements): withdrawal from the Paris Agreement, in effect 2026-01-27',
}

export const REFERENCE_TARGETS: readonly T[] = z.array(ReferenceTargetSchema).parse([
  // China: peak CO2 before 2030, CO2 per unit of GDP −65% from 2005, carbon neutrality before 2060.
  { actor: 'CHN', kind: 'peak', year: 2030, gas: 'co2', status: 'policy', source: ndc('China', "China's Achievements, New Goals and New Measures for Nationally Determined Contributions"), date: '2021-10-28' },
  { actor: 'CHN', kind: 'intensity', year: 2030, value: 65, base_year: 2005, gas: 'co2', status: 'policy', source: ndc('China', "China's Achievements, New Goals and New Measures for Nationally Determined Contributions"), date: '2021-10-28' },
  { actor: 'CHN', kind: 'net_zero', year: 2060, gas: 'co2', status: 'policy', source: ndc('China', "Mid-Century Long-Term Low GHG Emission Development Strategy"), date: '2021-10-28' },
  // United States: the NDCs and the long-term strategy were submitted under the Paris Agreement, from which
  // the US withdrew (notified in January 2025, in effect a year later): the targets are withdrawn.
  { actor: 'USA', kind: 'reduction', year: 2030, value: 50, value_max: 52, base_year: 2005, gas: 'ghg', status: 'policy', source: ndc('United States of America'), date: '2021-04-22', as_of: '2026-01-27', withdrawn: US_PARIS_EXIT },
  { actor: 'USA', kind: 'reduction', year: 2035, value: 61, value_max: 66, base_year: 2005, gas: 'ghg', status: 'policy', source: ndc('United States of America', '2035 NDC'), date: '2024-12-19', as_of: '2026-01-27', withdrawn: US_PARIS_EXIT },
  { actor: 'USA', kind: 'reduction', year: 2035, value: 35, base_year: 2005, gas: 'ch4', status: 'policy', source: ndc('United States of America', '2035 NDC'), date: '2024-12-19', as_of: '2026-01-27', withdrawn: US_PARIS_EXIT },
  { actor: 'USA', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: ndc('United States of America', 'Long-Term Strategy'), date: '2021-11-01', as_of: '2026-01-27', withdrawn: US_PARIS_EXIT },
  // India: emissions intensity of GDP −45% from 2005; net zero by 2070.
  { actor: 'IND', kind: 'intensity', year: 2030, value: 45, base_year: 2005, gas: 'ghg', status: 'policy', source: ndc('India', 'Updated First NDC'), date: '2022-08-26' },
  { actor: 'IND', kind: 'net_zero', year: 2070, gas: 'ghg', status: 'policy', source: ndc('India', 'Long-Term Low-Carbon Development Strategy'), date: '2022-11-14' },
  // European Union: European Climate Law.
  { actor: 'EU', kind: 'reduction', year: 2030, value: 55, base_year: 1990, gas: 'ghg', status: 'law', source: 'Regulation (EU) 2021/1119 (European Climate Law), Official Journal L 243', date: '2021-06-30' },
  { actor: 'EU', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'Regulation (EU) 2021/1119 (European Climate Law), Official Journal L 243', date: '2021-06-30' },
  // Germany: Federal Climate Change Act (Bundes-Klimaschutzgesetz) as amended in 2021, §3: −65% by 2030 and −88% by 2040 vs 1990, net zero by 2045.
  { actor: 'DEU', kind: 'reduction', year: 2030, value: 65, base_year: 1990, gas: 'ghg', status: 'law', source: 'Germany, Federal Climate Change Act (KSG) as amended, BGBl. I S. 3905', date: '2021-08-18' },
  { actor: 'DEU', kind: 'reduction', year: 2040, value: 88, base_year: 1990, gas: 'ghg', status: 'law', source: 'Germany, Federal Climate Change Act (KSG) as amended, BGBl. I S. 3905', date: '2021-08-18' },
  { actor: 'DEU', kind: 'net_zero', year: 2045, gas: 'ghg', status: 'law', source: 'Germany, Federal Climate Change Act (KSG) as amended, BGBl. I S. 3905', date: '2021-08-18' },
  { actor: 'RUS', kind: 'reduction', year: 2030, value: 30, base_year: 1990, gas: 'ghg', status: 'policy', source: ndc('Russian Federation'), date: '2020-11-25' },
  { actor: 'RUS', kind: 'net_zero', year: 2060, gas: 'ghg', status: 'policy', source: 'Russian Federation, Strategy of Socio-Economic Development with Low GHG Emissions to 2050 (Government Order 3052-r)', date: '2021-10-29' },
  { actor: 'JPN', kind: 'reduction', year: 2030, value: 46, base_year: 2013, gas: 'ghg', status: 'policy', source: ndc('Japan'), date: '2021-10-22' },
  { actor: 'JPN', kind: 'reduction', year: 2035, value: 60, base_year: 2013, gas: 'ghg', status: 'policy', source: ndc('Japan', '2035 NDC'), date: '2025-02-18' },
  { actor: 'JPN', kind: 'reduction', year: 2040, value: 73, base_year: 2013, gas: 'ghg', status: 'policy', source: ndc('Japan', '2035 NDC'), date: '2025-02-18' },
  { actor: 'JPN', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'Japan, Act on Promotion of Global Warming Countermeasures, as amended', date: '2021-05-26' },
  // Saudi Arabia's NDC cuts 278 Mt a year by 2030 against a BAU it does not state: not quantifiable, left out.
  { actor: 'SAU', kind: 'net_zero', year: 2060, gas: 'ghg', status: 'pledged', source: 'Saudi Arabia, Saudi Green Initiative announcement', date: '2021-10-23' },
  { actor: 'IDN', kind: 'reduction', year: 2030, value: 31.89, bau_mt: 2869, gas: 'ghg', status: 'policy', source: ndc('Indonesia', 'Enhanced NDC'), date: '2022-09-23' },
  { actor: 'IDN', kind: 'reduction', year: 2030, value: 43.2, bau_mt: 2869, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Indonesia', 'Enhanced NDC'), date: '2022-09-23' },
  { actor: 'IDN', kind: 'net_zero', year: 2060, gas: 'ghg', status: 'policy', source: ndc('Indonesia', 'Long-Term Strategy for Low Carbon and Climate Resilience 2050'), date: '2021-07-22' },
  { actor: 'KOR', kind: 'reduction', year: 2030, value: 40, base_year: 2018, gas: 'ghg', status: 'law', source: ndc('Republic of Korea', 'Updated NDC'), date: '2021-12-23' },
  { actor: 'KOR', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'Republic of Korea, Framework Act on Carbon Neutrality and Green Growth', date: '2021-09-24' },
  { actor: 'CAN', kind: 'reduction', year: 2030, value: 40, value_max: 45, base_year: 2005, gas: 'ghg', status: 'law', source: ndc('Canada', 'Updated NDC'), date: '2021-07-12' },
  { actor: 'CAN', kind: 'reduction', year: 2035, value: 45, value_max: 50, base_year: 2005, gas: 'ghg', status: 'policy', source: 'Government of Canada, 2035 emissions target announcement', date: '2024-12-12' },
  { actor: 'CAN', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'Canada, Canadian Net-Zero Emissions Accountability Act (S.C. 2021, c. 22)', date: '2021-06-29' },
  { actor: 'MEX', kind: 'reduction', year: 2030, value: 35, bau_mt: 991, gas: 'ghg', status: 'policy', source: ndc('Mexico', 'NDC 2022 update'), date: '2022-11-17' },
  { actor: 'MEX', kind: 'reduction', year: 2030, value: 40, bau_mt: 991, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Mexico', 'NDC 2022 update'), date: '2022-11-17' },
  { actor: 'MEX', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'pledged', source: 'Mexico, President of Mexico at the G20 summit, Rio de Janeiro', date: '2024-11-19' },
  // Brazil's cuts count land use: the NDC's own 2005 total (2,550 MtCO2e net) is the base.
  { actor: 'BRA', kind: 'reduction', year: 2030, value: 53, base_year: 2005, base_mt: 2550, gas: 'ghg', status: 'policy', source: ndc('Brazil', 'NDC adjustment'), date: '2023-11-03' },
  { actor: 'BRA', kind: 'reduction', year: 2035, value: 59, value_max: 67, base_year: 2005, base_mt: 2550, gas: 'ghg', status: 'policy', source: ndc('Brazil', 'Second NDC'), date: '2024-11-13' },
  { actor: 'BRA', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: ndc('Brazil', 'NDC adjustment'), date: '2023-11-03' },
  { actor: 'TUR', kind: 'reduction', year: 2030, value: 41, bau_mt: 1175, gas: 'ghg', status: 'policy', source: ndc('Türkiye', 'Updated First NDC'), date: '2023-04-13' },
  { actor: 'TUR', kind: 'peak', year: 2038, gas: 'ghg', status: 'policy', source: ndc('Türkiye', 'Updated First NDC'), date: '2023-04-13' },
  { actor: 'TUR', kind: 'net_zero', year: 2053, gas: 'ghg', status: 'policy', source: ndc('Türkiye', 'Updated First NDC'), date: '2023-04-13' },
  { actor: 'ZAF', kind: 'reduction', year: 2030, level_mt: 420, level_mt_min: 350, gas: 'ghg', status: 'policy', source: ndc('South Africa', 'First NDC 2021 update'), date: '2021-09-27' },
  { actor: 'ZAF', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: ndc('South Africa', 'Low-Emission Development Strategy 2050'), date: '2020-09-23' },
  // New Zealand: net zero for all greenhouse gases but biogenic methane (whose own cuts are not held here) by 2050.
  { actor: 'NZL', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'New Zealand, Climate Change Response (Zero Carbon) Amendment Act 2019 (2019 No 61)', date: '2019-11-13' },
  { actor: 'AUS', kind: 'reduction', year: 2030, value: 43, base_year: 2005, gas: 'ghg', status: 'law', source: 'Australia, Climate Change Act 2022 (No. 37, 2022)', date: '2022-09-13' },
  { actor: 'AUS', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'Australia, Climate Change Act 2022 (No. 37, 2022)', date: '2022-09-13' },
  { actor: 'VNM', kind: 'reduction', year: 2030, value: 15.8, bau_mt: 927.9, gas: 'ghg', status: 'policy', source: ndc('Viet Nam', 'Updated NDC 2022'), date: '2022-11-08' },
  { actor: 'VNM', kind: 'reduction', year: 2030, value: 43.5, bau_mt: 927.9, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Viet Nam', 'Updated NDC 2022'), date: '2022-11-08' },
  { actor: 'VNM', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: 'Viet Nam, Decision 896/QD-TTg on the National Climate Change Strategy to 2050', date: '2022-07-26' },
  { actor: 'GBR', kind: 'reduction', year: 2030, value: 68, base_year: 1990, gas: 'ghg', status: 'policy', source: ndc('United Kingdom'), date: '2020-12-12' },
  { actor: 'GBR', kind: 'reduction', year: 2035, value: 81, base_year: 1990, gas: 'ghg', status: 'policy', source: ndc('United Kingdom', '2035 NDC'), date: '2025-01-30' },
  { actor: 'GBR', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'law', source: 'United Kingdom, Climate Change Act 2008 (2050 Target Amendment) Order 2019', date: '2019-06-27' },
  { actor: 'MYS', kind: 'intensity', year: 2030, value: 45, base_year: 2005, gas: 'ghg', status: 'policy', source: ndc('Malaysia', 'Updated NDC'), date: '2021-07-30' },
  { actor: 'MYS', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: 'Malaysia, Twelfth Malaysia Plan 2021-2025', date: '2021-09-27' },
  { actor: 'THA', kind: 'reduction', year: 2030, value: 30, bau_mt: 555, gas: 'ghg', status: 'policy', source: ndc('Thailand', 'Second Updated NDC'), date: '2022-11-02' },
  { actor: 'THA', kind: 'reduction', year: 2030, value: 40, bau_mt: 555, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Thailand', 'Second Updated NDC'), date: '2022-11-02' },
  { actor: 'THA', kind: 'net_zero', year: 2065, gas: 'ghg', status: 'policy', source: ndc('Thailand', 'Long-Term Low Greenhouse Gas Emission Development Strategy (revised)'), date: '2022-11-02' },
  { actor: 'KAZ', kind: 'reduction', year: 2030, value: 15, base_year: 1990, gas: 'ghg', status: 'policy', source: ndc('Kazakhstan', 'Updated NDC'), date: '2023-06-06' },
  { actor: 'KAZ', kind: 'reduction', year: 2030, value: 25, base_year: 1990, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Kazakhstan', 'Updated NDC'), date: '2023-06-06' },
  { actor: 'KAZ', kind: 'net_zero', year: 2060, gas: 'ghg', status: 'policy', source: 'Kazakhstan, Strategy for Achieving Carbon Neutrality by 2060 (Presidential Decree No. 121)', date: '2023-02-02' },
  { actor: 'ARE', kind: 'reduction', year: 2030, value: 19, base_year: 2019, gas: 'ghg', status: 'policy', source: ndc('United Arab Emirates', 'Third Update of Second NDC'), date: '2023-07-10' },
  { actor: 'ARE', kind: 'reduction', year: 2035, value: 47, base_year: 2019, gas: 'ghg', status: 'policy', source: ndc('United Arab Emirates', 'NDC 3.0'), date: '2024-11-06' },
  { actor: 'ARE', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: 'United Arab Emirates, UAE Net Zero 2050 Strategic Initiative', date: '2021-10-07' },
  { actor: 'PAK', kind: 'reduction', year: 2030, value: 15, bau_mt: 1603, gas: 'ghg', status: 'policy', source: ndc('Pakistan', 'Updated NDC'), date: '2021-10-18' },
  { actor: 'PAK', kind: 'reduction', year: 2030, value: 50, bau_mt: 1603, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Pakistan', 'Updated NDC'), date: '2021-10-18' },
  { actor: 'ARG', kind: 'reduction', year: 2030, level_mt: 349, gas: 'ghg', status: 'policy', source: ndc('Argentina', 'Updated Second NDC'), date: '2021-11-02' },
  { actor: 'ARG', kind: 'net_zero', year: 2050, gas: 'ghg', status: 'policy', source: ndc('Argentina', 'Long-Term Strategy'), date: '2022-11-07' },
  { actor: 'UKR', kind: 'reduction', year: 2030, value: 65, base_year: 1990, gas: 'ghg', status: 'policy', source: ndc('Ukraine', 'Updated NDC'), date: '2021-07-30' },
  { actor: 'UKR', kind: 'net_zero', year: 2060, gas: 'ghg', status: 'policy', source: ndc('Ukraine', 'Updated NDC'), date: '2021-07-30' },
  { actor: 'NGA', kind: 'reduction', year: 2030, value: 20, bau_mt: 453, gas: 'ghg', status: 'policy', source: ndc('Nigeria', 'Updated NDC'), date: '2021-07-30' },
  { actor: 'NGA', kind: 'reduction', year: 2030, value: 47, bau_mt: 453, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Nigeria', 'Updated NDC'), date: '2021-07-30' },
  { actor: 'NGA', kind: 'net_zero', year: 2060, gas: 'ghg', status: 'law', source: 'Nigeria, Climate Change Act 2021', date: '2021-11-18' },
  { actor: 'UZB', kind: 'intensity', year: 2030, value: 35, base_year: 2010, gas: 'ghg', status: 'policy', source: ndc('Uzbekistan', 'Updated NDC'), date: '2021-10-30' },
  { actor: 'BGD', kind: 'reduction', year: 2030, value: 6.73, bau_mt: 409.4, gas: 'ghg', status: 'policy', source: ndc('Bangladesh', 'Updated NDC'), date: '2021-08-26' },
  { actor: 'BGD', kind: 'reduction', year: 2030, value: 21.85, bau_mt: 409.4, gas: 'ghg', status: 'policy', conditional: true, source: ndc('Bangladesh', 'Updated NDC'), date: '2021-08-26' },
  // Iran (Paris Agreement not ratified), Egypt (sectoral NDC), Iraq, Algeria, Philippines and Venezuela
  // (cuts against a BAU level the NDC does not state, or cumulative) have no quantifiable economy-wide target.
])

/** Actors the reference register deliberately holds no quantifiable target for, with why (shown in `assess`). */
export const NO_REFERENCE_TARGET: Readonly<Record<string, string>> = {
  IRN: 'Paris Agreement signed, not ratified; no NDC in force',
  EGY: 'NDC sets sectoral targets only',
  IRQ: 'NDC cuts 1–2% against a BAU level it does not state',
  DZA: 'NDC cuts 7% against a BAU level it does not state',
  PHL: 'NDC cuts 75% of cumulative 2020–2030 emissions against BAU (2.71% unconditional), not a yearly level',
  VEN: 'NDC cuts 20% against a BAU level it does not state',
  SAU: 'NDC cuts 278 MtCO2e a year by 2030 against a BAU level it does not state (net zero 2060 is used)',
}
