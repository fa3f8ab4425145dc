/**
 * Our own additions to world-countries, keyed by actor id: short names and
 * variants news English uses, extra adjectives and demonyms, and the places
 * (capitals, seats of government) that stand for the government by metonymy.
 *
 * world-countries supplies each UN member's common and official name, its
 * multi-word English alternative spellings and its demonym; these lists fill
 * in what the news actually writes. Ids are ISO 3166-1 alpha-3 (Kosovo has no
 * ISO code: XKX, the code the EU and IMF use).
 */
export interface CountryExtra {
  /** Names and short forms used as nouns ("U.S.", "Britain"). */
  readonly names?: readonly string[]
  /** Adjectives and demonyms used before a noun ("Emirati", "Dutch"). */
  readonly adjectives?: readonly string[]
  /** Plural demonyms used as nouns ("Americans", "Britons"). */
  readonly plurals?: readonly string[]
  /** Capitals and seats of government standing for the government ("Beijing", "the Kremlin"). */
  readonly places?: readonly string[]
}

export const COUNTRY_EXTRAS: Readonly<Record<string, CountryExtra>> = {
  USA: {
    names: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'the States', 'United States'],
    adjectives: ['American'],
    plurals: ['Americans'],
    places: ['Washington', 'Washington, D.C.', 'Washington D.C.', 'Washington DC', 'White House', 'State Department',
      'Pentagon', 'Oval Office', 'Foggy Bottom', 'Capitol Hill'],
  },
  GBR: {
    names: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'],
    adjectives: ['British'],
    plurals: ['Britons', 'Brits'],
    places: ['London', 'Downing Street', 'Whitehall', 'Westminster', 'Number 10', 'No 10', 'No. 10', 'Foreign Office'],
  },
  CHN: {
    names: ['PRC', 'mainland China', 'Mainland China'],
    adjectives: ['Sino'],
    places: ['Beijing', 'Zhongnanhai'],
  },
  TWN: { names: ['Taiwan'], places: ['Taipei'] },
  JPN: { places: ['Tokyo', 'Kasumigaseki', 'Kantei'] },
  KOR: {
    names: ['Korea', 'ROK', 'Republic of Korea'],
    adjectives: ['Korean', 'South Korean'],
    places: ['Seoul', 'Blue House', 'Cheong Wa Dae', 'Yongsan'],
  },
  PRK: { names: ['DPRK'], adjectives: ['North Korean'], places: ['Pyongyang'] },
  IND: { names: ['Bharat'], places: ['New Delhi', 'Delhi'] },
  RUS: { names: ['Russian Federation'], places: ['Moscow', 'Kremlin'] },
  FRA: { places: ['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace', "Quai d'Orsay"] },
  DEU: { plurals: ['Germans'], places: ['Berlin'] },
  NLD: { names: ['the Netherlands', 'Netherlands', 'Holland'], adjectives: ['Dutch'], places: ['The Hague'] },
  ARE: { names: ['UAE', 'U.A.E.', 'the Emirates'], adjectives: ['Emirati'], places: ['Abu Dhabi'] },
  SAU: { names: ['KSA'], adjectives: ['Saudi', 'Saudi Arabian'], plurals: ['Saudis'], places: ['Riyadh'] },
  TUR: { names: ['Turkey', 'Türkiye', 'Turkiye'], adjectives: ['Turkish'], plurals: ['Turks'], places: ['Ankara'] },
  CIV: { names: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire", "Cote d’Ivoire"], places: ['Yamoussoukro', 'Abidjan'] },
  VNM: { names: ['Viet Nam'], places: ['Hanoi'] },
  PHL: { adjectives: ['Filipino', 'Philippine', 'Filipina'], plurals: ['Filipinos'], places: ['Manila', 'Malacañang', 'Malacanang'] },
  COD: { names: ['DRC', 'DR Congo', 'D.R. Congo', 'Congo'], places: ['Kinshasa'] },
  COG: { names: ['Congo-Brazzaville', 'Republic of Congo'], places: ['Brazzaville'] },
  CZE: { names: ['Czech Republic'] },
  MMR: { names: ['Burma'], places: ['Naypyidaw', 'Naypyitaw'] },
  SWZ: { names: ['Swaziland'] },
  MKD: { names: ['Macedonia'] },
  CPV: { names: ['Cabo Verde'], adjectives: ['Cape Verdean'] },
  TLS: { names: ['East Timor'], adjectives: ['Timorese'] },
  KGZ: { adjectives: ['Kyrgyz'] },
  TJK: { adjectives: ['Tajik'] },
  KAZ: { adjectives: ['Kazakh'], plurals: ['Kazakhs'], places: ['Astana', 'Nur-Sultan'] },
  UZB: { adjectives: ['Uzbek'] },
  AZE: { adjectives: ['Azeri'] },
  MDV: { adjectives: ['Maldivian'] },
  COM: { adjectives: ['Comorian'] },
  ECU: { adjectives: ['Ecuadorian'] },
  ISL: { adjectives: ['Icelandic'] },
  LUX: { adjectives: ['Luxembourgish'] },
  SVN: { adjectives: ['Slovenian'] },
  FIN: { plurals: ['Finns'] },
  SWE: { plurals: ['Swedes'] },
  DNK: { plurals: ['Danes'] },
  ESP: { plurals: ['Spaniards'] },
  ARG: { adjectives: ['Argentinian'] },
  BRB: { adjectives: ['Bajan'] },
  BWA: { adjectives: ['Batswana'] },
  LSO: { adjectives: ['Basotho'] },
  VUT: { adjectives: ['Vanuatuan'] },
  AUS: { adjectives: ['Aussie'], places: ['Canberra'] },
  BRA: { names: ['Brasil'], places: ['Brasilia', 'Brasília', 'Planalto'] },
  COL: { places: ['Bogota', 'Bogotá'] },
  PRY: { places: ['Asuncion', 'Asunción'] },
  MNG: { places: ['Ulaanbaatar'] },
  UKR: { places: ['Kyiv', 'Kiev'] },
  YEM: { places: ['Sanaa'] },
  ZAF: { places: ['Pretoria'] },
  XKX: { names: ['Kosovo'], adjectives: ['Kosovar'], places: ['Pristina'] },
  PSE: { names: ['Palestine', 'Palestinian territories', 'State of Palestine'], adjectives: ['Palestinian'], places: ['Ramallah'] },
  VAT: { names: ['Vatican', 'Holy See', 'Vatican City'] },
}

/**
 * Capitals from world-countries that we do not read as metonyms: they are
 * also common words, names, or other places ("Victoria", "Kingston"), or
 * they mostly name a venue rather than a government (Baku hosts COP29,
 * Vienna hosts OPEC, Jerusalem's status is contested).
 */
export const CAPITAL_DENYLIST: ReadonlySet<string> = new Set([
  'Victoria', 'Kingston', 'Georgetown', 'Santiago', 'San José', 'Malé', 'Nassau', 'Sucre', "Saint John's",
  "St. George's", 'Kingstown', 'Palikir', 'Luxembourg', 'Singapore', 'Monaco', 'Djibouti', 'Kuwait City',
  'Panama City', 'Guatemala City', 'Mexico City', 'Vatican City', 'City of San Marino', 'Washington D.C.',
  'Sofia', 'Jerusalem', 'Amsterdam', 'Bloemfontein', 'Cape Town', 'Baku', 'Vienna', 'Brussels', 'Tripoli',
  'Lobamba', 'South Tarawa', 'Praia', 'Moroni', 'Victoria', 'Roseau', 'Castries', 'Dili', 'Port Louis',
  'San Salvador', 'Bern', 'Juba', 'Santo Domingo',
])

/**
 * Denied capitals that carry their country's name ("Mexico City"): not the government that speaks
 * ("Mexico City said" stays unread), but a trip to or a stay in one is a visit to its country.
 */
export const NAMESAKE_CAPITALS: ReadonlyMap<string, string> = new Map([
  ['Mexico City', 'MEX'], ['Kuwait City', 'KWT'], ['Panama City', 'PAN'], ['Guatemala City', 'GTM'],
])

/**
 * Alternative spellings from world-countries that are not names a news
 * reader would meet as the country, or that collide with other things
 * ("Emirates" is an airline, "Island" an English word, "Nippon" a company prefix).
 */
export const ALT_SPELLING_DENYLIST: ReadonlySet<string> = new Set([
  'Emirates', 'Island', 'Nippon', 'Nihon', 'Lao', 'Prathet', 'Timor', 'Mexicanos', 'Portuguesa', 'Togolese',
  'Zhonghua', 'Zhongguo', 'Pleasant Island', 'the Abode of Peace', 'Congo', 'Thai', 'Saudi',
])
