/**
 * Real GDP growth for the actors whose targets are intensities (emissions per
 * unit of GDP): the target year's GDP is the latest GDP grown at this rate.
 * Average annual growth 2023-2030, percent, rounded to 0.1, from the IMF World
 * Economic Outlook, October 2024 (projections to 2029; the 2029 rate held for
 * 2030). Source entry: SOURCES.gdp in sources.ts.
 */
export const GDP_GROWTH_PERCENT: Readonly<Record<string, number>> = {
  CHN: 4.0,
  IND: 6.5,
  MYS: 4.3,
  UZB: 5.5,
}
