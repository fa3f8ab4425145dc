/**
 * How a claim's unit follows its value in text: "46%", "500 GW", "1.5 °C", "350–420 Mt CO2e"
 * (issue 14, item 6). One table for the CLI and the store's text answers; the dashboard words
 * values in web/src/format.ts.
 */
export const UNIT_TEXT: Readonly<Record<string, string>> = { percent: '%', GW: ' GW', degC: ' °C', MtCO2e: ' Mt CO2e' }

/**
 * The unit after a value where it is not a share ('' for percent or none), for tables whose
 * values are shares unless marked: "500 GW", "1000 Mt CO2e".
 * @example unitSuffix('MtCO2e') // ' Mt CO2e'
 */
export const unitSuffix = (unit: string | null | undefined): string => (unit && unit !== 'percent' && unit !== 'degC' ? UNIT_TEXT[unit] ?? ` ${unit}` : '')
