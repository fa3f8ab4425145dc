import type { Mention } from '../model/doc.js'
import { NAMED_FIRMS, SUB_NATIONAL_PLACES } from '../actors/data/sub-national.js'
import { trieRegexSource } from '../actors/trie-regex.js'
import { NON_STATE_OWNERS, STATE_BODY_STARTS, SUB_NATIONAL_OFFICES, SUB_NATIONAL_UNITS, UNNAMED_OWNERS } from '../lexicon/pledges.js'
import { GAZETTEER } from '../actors/gazetteer.js'

/**
 * Owners a country's name may stand beside that are not its state: its firms, sectors, cities and
 * provinces (ANNOTATION.md: their targets are not annotated, and are no target of the country).
 */

/**
 * A target of a country's firms, sector, cities or provinces, not of the country: "Canada's oil sands
 * producers aim to …", "Chinese carmakers plan …" (its words right after the country's name), and
 * "the city of London wants …" (the words before it).
 */
// ("India's power sector emissions will peak by 2030": a sector named before "emissions" is what the target measures, not its owner.)
// ("the European Union's 27 member states have agreed …": a bloc's member states are the bloc acting, not a country's states.)
export const NON_STATE_AFTER = new RegExp(String.raw`^\s*(?:[\w’'-]+\s+){0,3}?(?<!\bmember\s)(?:${NON_STATE_OWNERS.join('|')})\b(?!\s+(?:${STATE_BODY_STARTS.join('|')}|(?:emissions|output|pollution|carbon|CO2)\b))`, 'i')
/**
 * "Australia's mining sector emissions will fall 30% by 2030, an industry association said": a sector's own
 * figure that its trade body states is the industry's goal or forecast, not the state's (a minister's
 * "the power sector's emissions will peak by 2030" stays the country's). `region` is the words after the
 * country's name, `sentence` the whole sentence.
 */
export function sectorBodyFigure(region: string, sentence: string): boolean {
  return SECTOR_MEASURE.test(region) && TRADE_BODY.test(sentence)
}
const SECTOR_MEASURE = /^\s*(?:[\w’'-]+\s+){0,3}?(?:sector|industry|industries)(?:['’]s)?\s+(?:emissions|output|pollution)\b/i
// (Not "council" or "commission": China's State Council and a national energy commission speak for the state.)
const TRADE_BODY = /\b(?:(?:industry|trade|business|lobby|employers['’]?|producers['’]?|manufacturers['’]?)\s+(?:association|group|body|federation|lobby)|association|federation|chamber of (?:commerce|mines|industry)|lobby group)\b/i
export const NON_STATE_BEFORE = new RegExp(String.raw`\b(?:city|mayor|municipality|${SUB_NATIONAL_UNITS.join('|')}) of\s+(?:the\s+)?$`, 'i')
/** A firm, sector, city or association, named by a common noun, whose target a sentence states: "The company's goal …", "the group said it would …". */
export const NON_STATE_LEAD = new RegExp(String.raw`\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${UNNAMED_OWNERS.join('|')})(?:['’]s?)?\s`, 'i')

// People who speak for a business, whatever country its name or description carries: "Lisa Brandt,
// chief executive of Danish shipping group Nordmark", "the chairman of American Airlines".
const BUSINESS_ROLE = new RegExp(String.raw`\b(?:ceo|chief executive|chief operating officer|founder|managing director|${NON_STATE_OWNERS.join('|')})\b`, 'i')
// A city's own government in the sentence: the capital it names is the city, not the state
// ("Mayor Ana Lima said Lisbon would …", "Nairobi's city council voted …").
// (And a sentence that calls it a city: "Copenhagen aims to be the first carbon-neutral capital", "the capital
// city", "the Tokyo metropolitan government", "the city's emissions".)
const LOCAL_GOVERNMENT = /\b(?:mayor(?:al|s)?|city (?:council|hall|government|authorit(?:y|ies)|officials?|administration|assembly)|municipal\w*|town hall|capital city|metropolitan (?:government|authorit(?:y|ies)|assembly)|the city['’]s|(?:first|only|greenest|cleanest|[\w-]+[- ]neutral|European|African|Asian|Nordic|Arab|Latin American|world['’]s(?: first)?) capital\b(?!\s+(?:markets?|flows?|investments?|spending|goods|costs?|expenditure)))/i
// "The Danish capital aims to …", "Turkey's capital, Ankara, …": a capital named by its country's adjective or possessive is the city.
const CAPITAL_AFTER = /^(?:['’]s)?\s+capital\b(?!\s+(?:markets?|flows?|investments?|spending|goods|costs?|expenditure|controls?|gains?))/i

/**
 * Why a mention in a sentence names no state, or undefined: a person whose role is a business post,
 * or a capital standing for its own city where the sentence names the city's government or calls it
 * a city, or a country's name heading "capital" (`after`: the words right after the mention).
 * (`place`: the mention is a capital or seat rather than the country's name.)
 */
export function nonStateMention(m: Mention, place: boolean, sentence: string, after = ''): string | undefined {
  if (m.kind === 'person' && m.role && BUSINESS_ROLE.test(m.role)) return `business: ${m.role}`
  if (place && m.kind === 'country' && LOCAL_GOVERNMENT.test(sentence)) return `city: ${m.text}`
  if (m.kind === 'country' && CAPITAL_AFTER.test(after)) return `city: ${m.text} capital`
  return undefined
}

// A named state, province, region or firm that acts in a clause, not a place something happens in
// ("in Bavaria", "unlike Quebec", "home to Sabah"), unless a word says it is a state or province ("the state of Victoria").
// (The names as one trie, as the gazetteer's: escaped, and the longest name at a position tried first.)
const NAMED_NON_STATE = new RegExp(String.raw`(?:(?:${SUB_NATIONAL_UNITS.join('|')}) of\s+|(?<!\b(?:in|on|at|from|across|to|near|for|of|into|outside|except|beyond|visiting|visit|visited|than|with|like|unlike|including|and|or|between)\s+(?:the\s+)?))\b(${trieRegexSource([...SUB_NATIONAL_PLACES, ...NAMED_FIRMS])})(?![\w-])`, 'g')

// A subdivision named by its kind, listed or not: "the state of Bahia", "the northern state of Nuevo Leon",
// "Fujian province", "Kisumu County", "the Northern Territory". (A lower-case kind after "the" describes a
// country: "the Gulf state", "the West African state"; a country's official name, "the State of Qatar", is a
// country. A name is read from its first capitalised word.)
const UNIT = SUB_NATIONAL_UNITS.join('|')
const UNIT_CAP = SUB_NATIONAL_UNITS.map((u) => u[0].toUpperCase() + u.slice(1)).join('|')
const PROPER = String.raw`(?!(?:The|A|An|Its|Their|This|That|Each|Every)\b)[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}`
const SUBDIVISION = new RegExp(String.raw`\b(?:${UNIT}|${UNIT_CAP}) of\s+(?:the\s+)?(${PROPER})|(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+|[A-Z][\w’'-]*[\s-])\b(${PROPER})\s+(?:${UNIT})\b(?![\w-])|(?<!\b(?!(?:The|A|An)\s)[A-Z][\w’'-]*[\s-])\b(${PROPER}\s+(?:${UNIT_CAP}))\b`, 'g')
// An office of a subdivision's government anywhere in the clause.
const SUB_NATIONAL_OFFICE = new RegExp(String.raw`\b(?:${SUB_NATIONAL_OFFICES.join('|')})\b|['’]s governor\b`, 'i')

/**
 * The last state, province or firm the text names as an actor, or undefined: a target after it is
 * its own, not the country's that the article is about ("Bavaria aims for climate neutrality by 2040",
 * "Victoria's target is …", "Petrobras plans to cut …", "The state of Bahia plans …").
 */
export function namedNonState(text: string): string | undefined {
  let last: string | undefined
  let at = -1
  for (const m of text.matchAll(NAMED_NON_STATE)) [last, at] = [m[1], m.index!]
  if (!/[A-Z]/.test(text)) return last
  for (const m of text.matchAll(SUBDIVISION)) {
    const name = m[1] ?? m[2] ?? m[3]
    if (m.index! > at && !countryOrGroup(m[3] ? name.replace(/\s+\S+$/, '') : name)) [last, at] = [name, m.index!]
  }
  return last
}

/** A country's or group's own name or adjective ("the State of Qatar", "the European Union Region"); a capital may name its own city-state. */
function countryOrGroup(name: string): boolean {
  const entry = GAZETTEER.get(name)
  return entry !== undefined && (entry.kind === 'group' || (entry.kind === 'country' && entry.form !== 'place'))
}

/** Whether a sentence names an office of a subdivision's government ("its chief minister said", "Rhode Island's governor"). */
export function subNationalOffice(sentence: string): boolean {
  return SUB_NATIONAL_OFFICE.test(sentence)
}
