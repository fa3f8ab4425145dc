/**
 * What descriptions in news English resolve to. Rankings are the usual
 * figures of 2015-2025 (emissions: Global Carbon Project / Climate Watch;
 * economies: IMF nominal GDP); where the rank changed hands in the period,
 * every holder is listed and the one the article mentions most recently wins.
 */
export const RANKED_FACTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'world:emitter': [['CHN'], ['USA'], ['IND'], ['RUS'], ['JPN']],
  'world:economy': [['USA'], ['CHN'], ['JPN', 'DEU'], ['DEU', 'JPN', 'IND'], ['IND', 'GBR', 'JPN'], ['GBR', 'FRA', 'IND']],
  'world:coal': [['CHN'], ['IND']],
  'world:oil': [['SAU', 'USA', 'RUS']],
  'world:populous': [['IND', 'CHN'], ['CHN', 'IND']],
  'world:democracy': [['IND']],
  'asia:economy': [['CHN'], ['JPN', 'IND'], ['IND', 'JPN']],
  'europe:economy': [['DEU'], ['GBR', 'FRA'], ['FRA', 'GBR', 'ITA']],
  'europe:emitter': [['DEU']],
  'southeast asia:economy': [['IDN']],
  'africa:economy': [['NGA', 'ZAF', 'EGY']],
  'latin america:economy': [['BRA'], ['MEX']],
  'south america:economy': [['BRA']],
}

export const KINGDOMS: ReadonlySet<string> = new Set(
  'SAU GBR NLD ESP BEL NOR SWE DNK JOR MAR BHR THA KHM BTN LSO SWZ TON'.split(' '),
)
export const EMIRATES: ReadonlySet<string> = new Set(['ARE', 'QAT', 'KWT'])
export const ISLAND_NATIONS: ReadonlySet<string> = new Set(
  ('JPN GBR IRL ISL NZL IDN PHL SGP LKA MDV MUS MDG CUB JAM HTI DOM BHS BRB TTO FJI PNG SLB VUT WSM TON TUV KIR ' +
    'MHL NRU PLW FSM CPV STP COM SYC MLT CYP BHR TWN TLS ATG DMA GRD KNA LCA VCT').split(' '),
)
export const SUPERPOWERS: ReadonlySet<string> = new Set(['USA', 'CHN', 'RUS'])

/**
 * Modifiers of "the ... country" and which countries they allow: a set of ids,
 * or a world-countries region / subregion name.
 */
export const REGION_MODIFIERS: Readonly<Record<string, readonly string[]>> = {
  Asian: ['Asia'], 'South Asian': ['Southern Asia'], 'Southeast Asian': ['South-Eastern Asia'],
  'East Asian': ['Eastern Asia'], 'Central Asian': ['Central Asia'], European: ['Europe'],
  Nordic: ['NOR', 'SWE', 'DNK', 'FIN', 'ISL'], Scandinavian: ['NOR', 'SWE', 'DNK'], Baltic: ['EST', 'LVA', 'LTU'],
  Balkan: ['Southeast Europe'], African: ['Africa'], 'North African': ['Northern Africa'],
  'West African': ['Western Africa'], 'East African': ['Eastern Africa'], 'Southern African': ['Southern Africa'],
  'Central African': ['Middle Africa'], 'Latin American': ['South America', 'Central America', 'Caribbean', 'MEX'],
  'South American': ['South America'], 'Central American': ['Central America'], Caribbean: ['Caribbean'],
  'Middle Eastern': ['Western Asia', 'EGY'], Gulf: ['ARE', 'SAU', 'QAT', 'KWT', 'BHR', 'OMN'],
  Arab: ['Western Asia', 'Northern Africa'], Pacific: ['Oceania'], 'Pacific island': ['Oceania'],
  Himalayan: ['NPL', 'BTN'], Andean: ['PER', 'BOL', 'ECU', 'COL', 'CHL'], Mediterranean: ['Southern Europe', 'Northern Africa'],
  'North American': ['North America'], island: [...ISLAND_NATIONS], 'oil-rich': ['Western Asia', 'NGA', 'VEN', 'NOR', 'RUS'],
}
