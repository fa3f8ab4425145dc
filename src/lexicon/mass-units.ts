/**
 * Words for an amount of greenhouse gas as news writes it ("one billion tonnes", "350–420 Mt",
 * "1.2 gigatonnes of CO2 equivalent"), read by src/extract/pledge-mass.ts into million tonnes of
 * CO2-equivalent (the register's unit 'MtCO2e', issue 14, item 6). Data only: adding a word is
 * one line here, and src/extract/pledge-mass.test.ts holds the sentences that prove each list.
 */

/** Numbers written as words, before a scale ("one billion tonnes", "half a billion tonnes"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  'half a': 0.5, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
}

/** Number words that mean nothing without a scale word after them: "a tonne" is no amount, "a billion tonnes" is. */
export const NEEDS_SCALE: ReadonlySet<string> = new Set(['a', 'half a'])

/** Scale words, in tonnes per unit of the number before them ("364m tonnes", "1.5bn tonnes"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
}

/** Mass units, in tonnes each; the gas may be written into the unit ("MtCO2e", "GtCO2"). */
export const MASS_UNITS: Readonly<Record<string, number>> = {
  tonnes: 1, tonne: 1, tons: 1, ton: 1, 'metric tons': 1, 'metric tonnes': 1,
  kt: 1e3, kilotonnes: 1e3, kilotons: 1e3,
  Mt: 1e6, MtCO2: 1e6, MtCO2e: 1e6, MtCO2eq: 1e6, megatonnes: 1e6, megatons: 1e6,
  Gt: 1e9, GtCO2: 1e9, GtCO2e: 1e9, GtCO2eq: 1e9, gigatonnes: 1e9, gigatons: 1e9,
}

/**
 * What the tonnes are of, when it is carbon dioxide or the greenhouse gases together ("of CO2",
 * "of carbon dioxide equivalent"): the amount is CO2-equivalent. Longest first, as the reader
 * tries them in order.
 */
export const CO2E_GASES: readonly string[] = [
  'carbon dioxide equivalent', 'carbon dioxide-equivalent', 'carbon dioxide', 'CO2-equivalent', 'CO2 equivalent', 'CO2-eq', 'CO2e', 'CO2eq', 'CO2', 'CO₂e', 'CO₂',
  'greenhouse gas emissions', 'greenhouse gases', 'greenhouse gas', 'GHG emissions', 'GHGs', 'GHG', 'carbon emissions', 'carbon pollution', 'carbon', 'emissions', 'pollution',
]

/** Gases whose tonnes are not CO2-equivalent as written ("30 million tonnes of methane"): no value in our unit. */
export const OTHER_GASES: readonly string[] = ['methane', 'CH4', 'nitrous oxide', 'N2O']

/**
 * Words that say a tonnes figure measures emissions, looked for before it in its sentence
 * ("cut its emissions by 300 million tonnes"); without one (nor a gas after it, nor a unit that
 * names it, "MtCO2e"), tonnes are of something else.
 */
export const EMISSION_WORDS: readonly string[] = [
  'emission', 'emissions', 'emit', 'emitting', 'greenhouse', 'GHG', 'GHGs', 'CO2', 'carbon', 'pollution', 'decarbonise', 'decarbonize',
]

/**
 * Goods measured in tonnes: one named nearer the figure than any emission word makes it an
 * amount of that good ("coal output will reach a billion tonnes"), not of emissions.
 */
export const MATERIAL_WORDS: readonly string[] = [
  'coal', 'lignite', 'oil', 'crude', 'steel', 'iron', 'cement', 'grain', 'wheat', 'rice', 'maize', 'LNG', 'hydrogen', 'ammonia',
  'waste', 'plastic', 'plastics', 'timber', 'ore', 'fertiliser', 'fertilizer', 'cargo', 'freight',
]

/**
 * Words just before a figure (past a hedge like "about") that make it a level measured, not a
 * target: "emitted 400 million tonnes last year", "emissions stood at 700 Mt", "from 800 Mt to 600 Mt",
 * "the current 900 Mt".
 */
export const LEVEL_BEFORE: readonly string[] = [
  'emitted', 'emits', 'emitting', 'released', 'releases', 'produced', 'produces', 'pumped out', 'pumps out', 'spewed', 'spews',
  'stood at', 'stands at', 'totalled', 'totaled', 'totals', 'amounted to', 'amounts to', 'peaked at', 'rose to', 'fell to', 'climbed to', 'dropped to',
  'from', 'down from', 'up from', 'compared with', 'compared to', 'current', 'currently', 'today',
  // A business-as-usual projection is the baseline a cut is measured from, no target: "against a projection of 90 Mt".
  'projected', 'projection of', 'projections of', 'baseline of', 'forecast of', 'estimated at',
]

/** Words just after a figure (and its gas) that date it in the past or present: "400 Mt last year", "600 Mt at present". */
export const LEVEL_AFTER: readonly string[] = [
  'last year', 'in the past year', 'a year ago', 'so far', 'to date', 'at present', 'currently', 'this year', 'in recent years',
]

/** Words after a figure that make it a rate per something ("5 tonnes per person"), not an amount of emissions. */
export const PER_WHAT: readonly string[] = [
  'per person', 'per capita', 'per head', 'per inhabitant', 'per resident', 'a person', 'a head', 'per hectare', 'per unit', 'per megawatt', 'per MWh', 'per tonne', 'per vehicle', 'per car',
]

/** Hedge words that may stand between a level word and its figure ("emitted about 400 Mt"). */
export const LEVEL_HEDGES: readonly string[] = [
  'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'over', 'more than', 'less than', 'an estimated', 'a record', 'a total of', 'just over', 'just under',
]
