/**
 * Words that make up a person's title in news English: "U.S. special
 * presidential envoy for climate John Kerry", "Commerce and Industry Minister
 * Piyush Goyal", "Xie Zhenhua, China's top climate negotiator".
 */

/** Head nouns of a title: the word a name follows ("Minister Piyush Goyal"). */
export const TITLE_HEADS: readonly string[] = [
  'Prime Minister', 'Deputy Prime Minister', 'President-elect', 'Vice President', 'Vice-President', 'President',
  'Vice Premier', 'Vice-Premier', 'Premier', 'Chancellor', 'Minister', 'Secretary of State',
  'Secretary-General', 'Secretary General', 'Executive Secretary', 'Secretary', 'Envoy', 'Ambassador',
  'Crown Prince', 'King', 'Queen', 'Emir', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Representative', 'Administrator', 'Adviser', 'Advisor', 'Negotiator', 'Chief', 'Director-General',
  'Director General', 'Director', 'Chair', 'Chairman', 'Chairwoman', 'Governor', 'Senator', 'Leader', 'Head',
  'Executive Director', 'Counselor', 'Councillor', 'Tsar', 'Czar', 'Undersecretary', 'Under-Secretary',
  'Under Secretary', 'Spokesman', 'Coordinator', 'Commissioner', 'Chairperson', 'Mayor', 'Lawmaker', 'Congressman',
  'Congresswoman', 'CS', 'PM', 'Counterpart',
]

/**
 * Words that may come before a head inside a title, capitalised or not:
 * ranks ("deputy", "special"), portfolios ("Commerce and Industry") and the
 * names of the bodies a title belongs to ("Foreign Ministry spokesman").
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'former', 'then', 'acting', 'deputy', 'vice', 'top', 'chief', 'special', 'presidential', 'senior', 'lead',
  'incoming', 'outgoing', 'interim', 'federal', 'national', 'cabinet', 'executive', 'junior', 'principal',
  'permanent', 'state', 'climate', 'change', 'foreign', 'trade', 'energy', 'environment', 'environmental',
  'ecology', 'ecological', 'transition', 'finance', 'economy', 'economic', 'commerce', 'industry', 'industrial',
  'resources', 'natural', 'mineral', 'mines', 'mining', 'petroleum', 'oil', 'power', 'development',
  'international', 'cooperation', 'affairs', 'external', 'security', 'business', 'innovation', 'science',
  'technology', 'agriculture', 'forestry', 'land', 'water', 'infrastructure', 'transport', 'sustainable',
  'sustainability', 'green', 'planning', 'policy', 'treasury', 'budget', 'interior', 'home', 'defence',
  'defense', 'health', 'education', 'housing', 'investment', 'exports', 'digital', 'action', 'emissions',
  'reduction', 'net', 'zero', 'renewable', 'nuclear', 'coordinating', 'maritime', 'ministry', 'government',
  'environmental', 'electricity', 'gas', 'coal', 'council', 'commission', 'cabinet', 'foreign-policy',
  'ministry’s', "ministry's", 'delegation', 'presidency', 'white', 'house', 'state', 'department',
  'protection', 'urbanization', 'urbanisation', 'conservation', 'tourism', 'labour', 'labor', 'justice',
  'communications', 'information', 'aviation', 'shipping', 'fisheries', 'food', 'rural', 'regional', 'local',
  'public', 'works', 'lands', 'wildlife', 'oceans', 'marine', 'hydrocarbons', 'electric', 'utilities',
  'employment', 'social', 'climate-change', 'party', 'opposition', 'farm', 'farming', 'clean', 'decarbonisation',
  'decarbonization', 'enterprise', 'strategy', 'competitiveness', 'growth', 'forests', 'parks', 'heritage',
]

/** Words allowed in the "of ..." / "for ..." tail of a title ("Minister for Climate Change and Energy"). */
export const TITLE_TAIL_WORDS: readonly string[] = [
  ...TITLE_MODIFIERS, 'and', 'the', 'of', 'European', 'Commission', 'Council', 'United', 'Nations', 'Ministry',
  'Climate', 'Change', 'Energy', 'Environment',
]

/**
 * Head nouns of an appositive that describes a person ("Cecilia Hermansson,
 * the council's chair"): titles plus the jobs of people quoted in news.
 */
export const APPOSITIVE_HEADS: readonly string[] = [
  'prime minister', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'envoy', 'ambassador',
  'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'administrator', 'adviser',
  'advisor', 'negotiator', 'chief', 'director', 'director-general', 'chair', 'chairman', 'chairwoman', 'head',
  'leader', 'official', 'economist', 'analyst', 'professor', 'researcher', 'scientist', 'executive', 'founder',
  'campaigner', 'activist', 'lawmaker', 'senator', 'governor', 'mayor', 'king', 'emir', 'prince', 'ceo',
  'secretary-general', 'expert', 'fellow', 'manager', 'partner', 'strategist', 'diplomat', 'lead', 'coordinator',
  'undersecretary', 'student', 'member', 'spokeswoman', 'lawyer', 'author', 'organiser', 'organizer', 'secretariat',
  'deputy', 'vice-president', 'vice president', 'premier', 'boss', 'trustee', 'consultant', 'engineer', 'commentator',
]

/** Roles of people who speak for a government: they take the sentence's country when nothing else names it. */
export const GOVERNMENT_ROLE = /minister|president|premier|chancellor|envoy|ambassador|secretary|spokes|negotiator|king|emir|prince/i
