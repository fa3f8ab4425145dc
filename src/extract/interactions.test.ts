import { describe, expect, test } from 'vitest'
import { analyseArticle } from '../nlp/analyse.js'
import { extractInteractions } from './interactions/index.js'
import { handDoc, triples, type Spec } from './interactions/triples.js'

describe('extractInteractions: verbs with subject and object', () => {
  test.each([
    ['Canada urged Mexico to phase out coal faster.', ['CAN urge MEX']],
    ['France has repeatedly pressed Kenya on its forest policy.', ['FRA urge KEN']],
    ['Brazil pushed for Canada to drop the levy on beef.', ['BRA urge CAN']],
    ['Kenya called on France to double adaptation finance.', ['KEN urge FRA']],
    ['Canada and Mexico agreed to encourage Brazil to protect the rainforest.', ['CAN agree MEX', 'CAN urge BRA', 'MEX urge BRA']],
    ['Norway will press India on coal at the summit.', ['NOR urge IND']],
    ['The Kenyan environment minister demanded that Paris honour its pledge.', ['KEN demand FRA']],
    ['India sharply criticized the European Union over its border levy.', ['IND protest EU']],
    ['Mexico slammed Canada for its pipeline decision.', ['MEX protest CAN']],
    ['Chile objected to Peru\u2019s plan to divert the river.', ['CHL protest PER']],
    ['Brazil complained about French farm subsidies.', ['BRA protest FRA']],
    ['Kenya was urged by France to cut methane.', ['FRA urge KEN']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: meetings and visits', () => {
  test.each([
    ['The Canadian envoy met Mexican officials in Monterrey.', ['CAN meet MEX']],
    ['Talks between Canada and Kenya ended without a deal.', ['CAN meet KEN']],
    ['The French minister will meet with Indian officials next week.', ['FRA meet IND']],
    ['Norway and Chile held talks on ocean protection.', ['CHL meet NOR']],
    ['The Brazilian president visited Kenya last month.', ['BRA meet KEN']],
    ['The Canadian premier is travelling to India to meet with officials.', ['CAN meet IND']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })

  test('after meeting B, A …: the main clause subject met B', () => {
    const text = 'After meeting Alma Soto, the Kenyan minister told reporters the visit went well.'
    expect(triples(text, [['Alma Soto', 'MEX', 'person']])).toEqual(['KEN meet MEX'])
  })

  test('a person mention stands for their country', () => {
    const text = 'Lena Berg held talks with Omar Farah on Monday in Oslo.'
    const doc = handDoc(text, [['Lena Berg', 'NOR', 'person'], ['Omar Farah', 'KEN', 'person']])
    const [i] = extractInteractions(doc)
    expect(`${i.actor} ${i.type} ${i.target}`).toBe('NOR meet KEN')
    expect(i.date).toBe('2024-03-11')
    expect(i.place).toBe('Oslo')
    expect(i.evidence.text).toBe(text)
  })
})

describe('extractInteractions: nominal and passive forms', () => {
  test.each([
    ['Canadian sanctions on Mexican steel took effect in May.', ['CAN sanction MEX']],
    ['France imposed tariffs on Brazilian beef.', ['FRA sanction BRA']],
    ['Ottawa announced sanctions against two Kenyan officials.', ['CAN sanction KEN']],
    ['India voiced objections to the European Union\u2019s carbon levy.', ['IND protest EU']],
    ['Mexico expressed concern over the Canadian decision.', ['MEX protest CAN']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })

  test('a levy only proposed or studied is not a sanction', () => {
    expect(triples('France is considering tariffs on Brazilian beef.')).toEqual([])
    expect(triples('Canada could impose duties on Mexican cement next year.')).toEqual([])
  })
})

describe('extractInteractions: agreements and cooperation', () => {
  test.each([
    ['Chile and Peru signed a water-sharing treaty on Friday.', ['CHL agree PER']],
    ['Norway reached an agreement with Brazil on forest funding.', ['BRA agree NOR']],
    ['Kenya and France pledged to work together on clean cooking.', ['FRA cooperate KEN']],
    ['Canada will cooperate with Mexico on grid links.', ['CAN cooperate MEX']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: what is not annotated', () => {
  test('a call addressed to everyone has no target', () => {
    expect(triples('Kenya urged all nations to cut emissions.')).toEqual([])
  })
  test('a multilateral meeting gives no bilateral pairs', () => {
    expect(triples('Talks between Canada, Mexico, Chile and Peru ended on Friday.')).toEqual([])
  })
  test('an actor acting on itself is dropped', () => {
    expect(triples('Canada urged Canadian provinces to act.')).toEqual([])
  })
  test('one interaction per (actor, type, target), first evidence kept', () => {
    const text = 'Canada urged Mexico to act. Later, Canada urged Mexico again.'
    const out = extractInteractions(handDoc(text))
    expect(out).toHaveLength(1)
    expect(out[0].evidence.text).toBe('Canada urged Mexico to act.')
  })
})

describe('extractInteractions: bodies and pronouns', () => {
  test('rejecting a COP draft protests the UNFCCC', () => {
    const text = 'Delegates gathered at COP40. India does not accept the draft text in its current form.'
    expect(triples(text)).toEqual(['IND protest UNFCCC'])
  })
  test('blocking a COP draft protests the UNFCCC', () => {
    expect(triples('Talks at COP40 ran late. Kenya blocked the draft decision on finance.')).toEqual(['KEN protest UNFCCC'])
  })
  test('rejecting a G20 communiqué protests the G20', () => {
    expect(triples('Brazil rejected the G20 communiqué on fossil fuels.')).toEqual(['BRA protest G20'])
  })
  test('"they" resolves to a plural actor named earlier', () => {
    const text = 'Mexican officials arrived on Monday. They criticized Canada over its tariffs.'
    expect(triples(text)).toEqual(['MEX protest CAN'])
  })
  test('a quoted call is attributed to its speaker', () => {
    const text = '\u201cWe hope Canada can do more,\u201d the Kenyan ministry said.'
    expect(triples(text)).toEqual(['KEN urge CAN'])
  })
})

describe('extractInteractions: clauses, quotes and anaphora', () => {
  const PEOPLE: Spec[] = [['Lena Berg', 'NOR', 'person'], ['Omar Farah', 'KEN', 'person']]
  test.each([
    ['Canada and the European Union will press India on methane.', ['CAN urge IND', 'EU urge IND']],
    ['Lena Berg will meet Indian officials before travelling to Kenya to meet with Omar Farah.', ['IND meet NOR', 'KEN meet NOR']],
    ['Canada threatened to act "to protect its farmers" and implored Mexico to reconsider.', ['CAN urge MEX']],
    ['The Canadian minister\u2019s visit to Kenya drew protests.', ['CAN meet KEN']],
    ['Brazil announced sanctions against Lena Berg, accusing her of interference.', ['BRA protest NOR', 'BRA sanction NOR']],
    ['Chile and Peru signed a deal, saying they would work together on water.', ['CHL agree PER', 'CHL cooperate PER']],
    ['The Canadian premier spoke for an hour, praising farmers and attacking Mexico over tariffs.', ['CAN protest MEX']],
    ['Chile and Peru agreed a deal on the sidelines of the G20 talks.', ['CHL agree PER']],
    ['Canada said the list of grievances included sanctions on Mexican officials.', []],
    ['The talks were overshadowed by tense Canada-Mexico relations.', []],
    ['Canada-Mexico talks resumed on Monday.', ['CAN meet MEX']],
    ['Mexico hit back after Canada raised tariffs on steel.', ['CAN sanction MEX', 'MEX protest CAN']],
    ['Lena Berg held a bilateral meeting with Omar Farah in Oslo.', ['KEN meet NOR']],
    ['Lena Berg spoke by phone with Omar Farah on Monday.', ['KEN meet NOR']],
    ['The Kenyan president hosted Lena Berg at State House.', ['KEN meet NOR']],
    ['Kenya welcomed Norway\u2019s pledge.', []],
    ['Lena Berg met with reporters in Nairobi on Monday.', []],
    ['Leaders from India, Brazil and Kenya met in Nairobi for a summit.', []],
    ['France and Canada clashed at a meeting of G20 ministers.', []],
    ['Chile and Peru held talks, where they discussed water cooperation.', ['CHL meet PER']],
    ['Chile and Peru pledged to deepen cooperation on water.', ['CHL cooperate PER']],
    ['Canada and Norway said they would jointly fund a grid program.', ['CAN cooperate NOR']],
    ['NAIROBI, Kenya - Canadian and Mexican officials signed a pact on Monday.', ['CAN agree MEX']],
    ['\u201cWe urge Canada to honour its pledges,\u201d the Kenyan envoy told reporters.', ['KEN urge CAN']],
    ['\u201cThe two sides will strengthen cooperation on rivers,\u201d Chile and Peru said in a statement.', ['CHL cooperate PER']],
    ['The Kenyan ministry condemned the new round of French sanctions.', ['KEN protest FRA']],
    // A levy complained of falls on the complainant (as the dev gold reads a border levy).
    ['The Kenyan minister complained that the European Union\u2019s levy would hurt farmers.', ['EU sanction KEN', 'KEN protest EU']],
    ['Kenya spoke at a meeting of G20 ministers.', []],
    // Helping a party is aid, read as cooperation (cooperate.help); no urging in "in order to".
    ['France sent funds in order to help Kenya adapt.', ['FRA cooperate KEN']],
    ['Canada imposed duties of up to 25% on Mexican steel.', ['CAN sanction MEX']],
    ['Canada imposed provisional anti-dumping duties on Mexican steel.', ['CAN sanction MEX']],
    ['The Kenyan ministry said it firmly opposed the plan and urged Paris to reconsider.', ['KEN urge FRA']],
    ['France banned imports of Brazilian beef.', ['FRA sanction BRA']],
    ['Chile and Peru issued a joint statement on water.', ['CHL agree PER']],
    ['India and Brazil opposed any reference to coal in the joint statement.', []],
    ['Lena Berg spoke at length. She said the new duties broke trade rules, and urged Canada to drop them.', ['NOR urge CAN']],
    ['Kenya met Peru in Lima, and urged Mexico to join the next round.', ['KEN meet PER', 'KEN urge MEX']],
  ])('%s', (text, expected) => {
    expect(triples(text, PEOPLE)).toEqual([...expected].sort())
  })

  test('"trips there" points to the country named just before', () => {
    const text = 'Lena Berg has made Kenya a focus of her work. She took repeated trips there to push for clean cooking.'
    expect(triples(text, [['Lena Berg', 'NOR', 'person']])).toEqual(['KEN meet NOR'])
  })

  test('a diplomatic expectation is a call on the target', () => {
    expect(triples('France expects India to raise its target.')).toEqual(['FRA urge IND'])
    expect(triples('The envoy said Norway looks forward to Kenya submitting a new plan.')).toEqual(['NOR urge KEN'])
  })

  test.each([
    ['Canada\u2019s emissions rose while Mexico cut coal use.'],
    ['Kenya and India are among the countries that have set targets.'],
    ['Canada praised Mexico for its new target.'],
    ['India will press ahead with its solar plan despite French doubts.'],
  ])('no interaction: %s', (text) => {
    expect(triples(text, PEOPLE)).toEqual([])
  })

  test('a later telling dated near the article dates an act first told without a date; an old date does not', () => {
    const people: Spec[] = [['Lena Berg', 'NOR', 'person'], ['Omar Farah', 'KEN', 'person']]
    const dated = extractInteractions(handDoc('Lena Berg held talks with Omar Farah. The two met in Oslo on Monday.', people))
    expect(dated.map((i) => `${i.actor} ${i.type} ${i.target} ${i.date}`)).toEqual(['NOR meet KEN 2024-03-11'])
    const old = extractInteractions(handDoc('Lena Berg held talks with Omar Farah. The two first met in Oslo in March 2019.', people))
    expect(old.map((i) => `${i.actor} ${i.type} ${i.target} ${i.date}`)).toEqual(['NOR meet KEN null'])
  })

  test('an act takes the date its own words name when a sentence names two (2024-03-14 is a Thursday)', () => {
    const dated = (text: string) =>
      extractInteractions(analyseArticle({ doc: 't', title: null, date: '2024-03-14', url: null, outlet: null, text })).map((i) => `${i.actor} ${i.type} ${i.target} ${i.date}`).sort()
    expect(dated('Chile and Peru signed the border deal on Wednesday after talks in Lima on Monday.')).toEqual(['CHL agree PER 2024-03-13', 'CHL meet PER 2024-03-11'])
    expect(dated('Chile, which met Peru on Monday, will meet Bolivia in Santiago on Friday.')).toEqual(['CHL meet BOL 2024-03-15', 'CHL meet PER 2024-03-11'])
  })
})
