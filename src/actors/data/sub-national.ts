/**
 * States, provinces and regions that set climate goals of their own. ANNOTATION.md: a sub-national
 * target is not annotated and is no target of its country, so a clause whose subject is one of these
 * names gives its target to no country (the article's main actor must not take it). Names that are
 * also countries or capitals (Georgia, Washington) are left out: the gazetteer reads them first.
 * Multi-word places that hide a country's name ("New South Wales") are also in blockers.ts.
 */
export const SUB_NATIONAL_PLACES: readonly string[] = [
  // United States.
  'California', 'Texas', 'New York', 'New Jersey', 'New Mexico', 'Massachusetts', 'Oregon', 'Colorado', 'Michigan',
  'Illinois', 'Pennsylvania', 'Virginia', 'Maryland', 'Minnesota', 'Hawaii', 'Florida', 'Arizona', 'Nevada',
  'Connecticut', 'Maine', 'Vermont', 'Wisconsin', 'North Carolina', 'Ohio', 'Louisiana', 'Washington state', 'Washington State',
  // Canada.
  'Quebec', 'Québec', 'Ontario', 'Alberta', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
  // Australia.
  'Victoria', 'Queensland', 'New South Wales', 'Tasmania', 'Western Australia', 'South Australia',
  // Europe.
  'Bavaria', 'Baden-Württemberg', 'Berlin state', 'North Rhine-Westphalia', 'Lower Saxony', 'Hesse', 'Saxony', 'Brandenburg',
  'Scotland', 'Wales', 'Northern Ireland', 'Catalonia', 'Andalusia', 'Basque Country', 'Flanders', 'Wallonia', 'Lombardy',
  'Sardinia', 'Sicily', 'Corsica', 'Crete', 'Tyrol',
  // Asia and elsewhere.
  'Guangdong', 'Jiangsu', 'Zhejiang', 'Shandong', 'Sichuan', 'Hainan', 'Inner Mongolia', 'Yunnan', 'Hebei',
  'Gujarat', 'Maharashtra', 'Tamil Nadu', 'Karnataka', 'Kerala', 'Rajasthan', 'Punjab', 'Uttar Pradesh',
  'Sao Paulo state', 'São Paulo state', 'Amazonas', 'Pará', 'Jalisco', 'Gauteng', 'Western Cape', 'Sabah', 'Sarawak',
  'Bali', 'Java', 'Mindanao', 'Hokkaido', 'Okinawa', 'Jeju',
]

/**
 * Firms whose names carry a country's name or that news names without "the company": their targets
 * are no country's (ANNOTATION.md). Those with a country's name are also blockers, so "Saudi Aramco"
 * gives no Saudi Arabia mention.
 */
export const NAMED_FIRMS_WITH_COUNTRY: readonly string[] = [
  'Saudi Aramco', 'Japan Airlines', 'Korean Air', 'Indian Oil', 'Qatar Airways', 'Qatar Petroleum', 'Abu Dhabi National Oil',
  'Emirates Airline', 'Turkish Airlines', 'Singapore Airlines', 'China Petroleum', 'China Baowu', 'Kuwait Petroleum',
  'Oman Oil', 'Petroleos Mexicanos', 'Thai Airways', 'Malaysia Airlines', 'Philippine Airlines', 'Korea Electric Power',
]
export const NAMED_FIRMS: readonly string[] = [
  ...NAMED_FIRMS_WITH_COUNTRY, 'Aramco', 'Petrobras', 'Pemex', 'Sinopec', 'PetroChina', 'Petronas', 'Pertamina', 'Gazprom',
  'Rosneft', 'Equinor', 'Eskom', 'Sasol', 'ADNOC', 'Adnoc', 'QatarEnergy', 'TotalEnergies', 'Shell', 'ExxonMobil', 'Chevron',
  'Ecopetrol', 'Coal India', 'NTPC', 'Tata Steel', 'Reliance Industries', 'Vale', 'Glencore', 'Rio Tinto', 'BHP',
]
