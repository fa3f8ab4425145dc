/**
 * Phrases that contain an actor's name but do not name the actor: seas and
 * regions, outlets, companies, sub-national places and historical events.
 * They take part in the longest-match scan and, when they win, produce no
 * mention ("South China Sea" hides "China", "Washington Post" hides "Washington").
 */
import { NAMED_FIRMS_WITH_COUNTRY } from './sub-national.js'

export const BLOCKED_PHRASES: readonly string[] = [
  // Seas, oceans, rivers, regions.
  'South China Sea', 'East China Sea', 'Indian Ocean', 'Sea of Japan', 'Gulf of Mexico', 'Niger Delta', 'Niger River',
  'Congo Basin', 'Congo River', 'Jordan River', 'Jordan Valley', 'Irish Sea', 'Korean Peninsula', 'Arabian Sea',
  'Arabian Peninsula', 'Panama Canal', 'Mexico City', 'New Mexico', 'New York', 'New Jersey', 'New England',
  'New South Wales', 'Western Australia', 'South Australia', 'Northern Ireland', 'British Columbia',
  'British Virgin Islands', 'American Samoa', 'French Guiana', 'French Polynesia', 'Latin America', 'Latin American',
  'South America', 'South American', 'North America', 'North American', 'Central America', 'Central American',
  'Washington state', 'Washington State', 'Indo-Pacific',
  // Outlets (never actors).
  'China Daily', 'South China Morning Post', 'China Global Television Network', 'China Central Television',
  'Washington Post', 'Washington Times', 'Washington Examiner', 'New York Times', 'Japan Times', 'Japan Today',
  'Korea Herald', 'Korea Times', 'Korea JoongAng Daily', 'Times of India', 'India Today', 'Hindustan Times',
  'Jakarta Post', 'Bangkok Post', 'Moscow Times', 'Canberra Times', 'Voice of America', 'Tehran Times',
  'Kyiv Independent', 'Japan News', 'Gulf News', 'Saudi Gazette', 'Jordan Times', 'Turkey Today', 'Arab News',
  'Irish Times', 'Straits Times', 'Manila Times', 'Philippine Star', 'Viet Nam News', 'Vietnam News',
  // Companies, people and things named after a place.
  'Air China', 'Bank of China', 'China Southern', 'China Eastern', 'Bank of America', 'Bank of England',
  'George Washington', 'Denzel Washington', 'University of Washington', 'Washington Consensus', 'Paris Club',
  'Paris Saint-Germain', 'Paris Hilton', 'Berlin Wall', 'Georgia Power', 'Georgia Tech', 'Turkey Point',
  'American Indian', 'American Indians', 'Native American', 'Native Americans', 'African American', 'African Americans',
  'Latin Americans', 'South Americans', 'North Americans', 'Central Americans', 'Dutch disease', 'Korean War', 'Indian Point',
  'Guinea pig', 'Mexican standoff', 'French fries', 'Chinese Taipei Olympic', 'Swiss cheese',
  ...NAMED_FIRMS_WITH_COUNTRY,
  // Currency and scripts that carry a country code.
  'US$', 'U.S. dollar', 'U.S. dollars', 'US dollar', 'US dollars',
]
