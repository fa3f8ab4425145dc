import { describe, expect, test } from 'vitest'
import type { Doc, Mention, MentionKind } from '../model/doc.js'
import { SYMMETRIC_TYPES } from '../model/facts.js'
import { analyseArticle } from '../nlp/analyse.js'
import { extractInteractions } from './interactions/index.js'

type Spec = readonly [surface: string, actor: string | null, kind?: MentionKind, adjectival?: boolean]

/** A Doc analysed in full, with actor mentions given by hand: every occurrence of each surface is a mention of its actor. */
function makeDoc(text: string, specs: readonly Spec[], date: string | null = '2024-03-14'): Doc {
  const mentions: Mention[] = []
  for (const [surface, actor, kind = 'country', adjectival] of specs) {
    const re = new RegExp(`(?<![\\p{L}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')
    for (const m of text.matchAll(re)) {
      if (mentions.some((f) => m.index! < f.end && f.start < m.index! + surface.length)) continue
      const extra = kind === 'person' ? { person: surface } : adjectival ? { adjectival } : {}
      mentions.push({ start: m.index!, end: m.index! + surface.length, text: surface, kind, actor, ...extra })
    }
  }
  mentions.sort((a, b) => a.start - b.start)
  return analyseArticle({ doc: 't.txt', title: null, date, url: null, outlet: null, text }, { mentions })
}

const adj = (surface: string, actor: string): Spec => [surface, actor, 'country', true]
const COUNTRIES: Spec[] = [
  ['Canada', 'CAN'], adj('Canadian', 'CAN'), ['Mexico', 'MEX'], adj('Mexican', 'MEX'), ['France', 'FRA'], adj('French', 'FRA'),
  ['Kenya', 'KEN'], adj('Kenyan', 'KEN'), ['Brazil', 'BRA'], adj('Brazilian', 'BRA'), ['India', 'IND'], adj('Indian', 'IND'),
  ['Ottawa', 'CAN'], ['Paris', 'FRA'], ['Nairobi', 'KEN'], ['the European Union', 'EU', 'group'], ['G20', 'G20', 'group'],
  ['Norway', 'NOR'], adj('Norwegian', 'NOR'), ['Chile', 'CHL'], ['Peru', 'PER'],
]

function triples(text: string, extra: Spec[] = [], date?: string | null): string[] {
  return extractInteractions(makeDoc(text, [...COUNTRIES, ...extra], date))
    .map((i) => (SYMMETRIC_TYPES.has(i.type) && i.target < i.actor ? `${i.target} ${i.type} ${i.actor}` : `${i.actor} ${i.type} ${i.target}`))
    .sort()
}

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
    const doc = makeDoc(text, [['Lena Berg', 'NOR', 'person'], ['Omar Farah', 'KEN', 'person']], '2024-03-14')
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
    const out = extractInteractions(makeDoc(text, COUNTRIES))
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
    ['France sent funds in order to help Kenya adapt.', []],
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
})

describe('extractInteractions: several partners, suspended talks, non-actor possessors', () => {
  const MORE: Spec[] = [['Japan', 'JPN'], ['Vietnam', 'VNM'], ['Denmark', 'DNK'], ['the G7', 'G7', 'group'], ['Taiwan', 'TWN']]
  test.each([
    // One subject and several partners: the partners did not agree with each other.
    ['Peru signed a loan deal with Japan and Norway on Tuesday.', ['JPN agree PER', 'NOR agree PER']],
    // A coordinated subject with a partner: each member agreed with the partner, not among themselves.
    ['Denmark, Norway and the G7 agreed a grid partnership with Vietnam.', ['DNK agree VNM', 'G7 agree VNM', 'NOR agree VNM']],
    // A possessor that is no actor did the visiting, not the sentence's subject.
    ['Kenya cut aid in response to the senator\u2019s visit to Taiwan.', []],
  ])('%s', (text, expected) => {
    expect(triples(text, MORE)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: role nouns and pair anaphors', () => {
  const MORE: Spec[] = [['the Group of Seven', 'G7', 'group'], ['Japan', 'JPN'], ['Lena Berg', 'NOR', 'person'], ['Omar Farah', 'KEN', 'person']]
  test('"Ministers …" acts for the body whose ministers were named before', () => {
    const text = 'Finance ministers from the Group of Seven met in Naples on Friday. Ministers also said they would keep pressing India and Kenya to end coal subsidies.'
    expect(triples(text, MORE)).toEqual(['G7 urge IND', 'G7 urge KEN'])
  })
  test('"The foreign ministry" is the office of the country the sentence before opened with', () => {
    const text = 'Kenya said on Friday it would respond. The foreign ministry also announced sanctions on Japan.'
    expect(triples(text, MORE)).toEqual(['KEN sanction JPN'])
  })
  test('a role with a new group after it ("Ministers from …") is not an anaphor', () => {
    const text = 'Energy ministers from the Group of Seven met on Friday. Ministers from Kenya later urged Japan to act.'
    expect(triples(text, MORE).filter((t) => t.includes('G7'))).toEqual([])
  })
  test.each([
    // A pair coordinated earlier in the same sentence.
    ['Lena Berg and her Kenyan counterpart Omar Farah signed the pact after the two ministers met in Oslo.', ['KEN agree NOR', 'KEN meet NOR']],
    // The two actors named last, across the sentence boundary.
    ['Canada and Mexico unveiled a plan on Monday. A Canadian official said the two sides had held about 12 virtual meetings this year.', ['CAN meet MEX']],
    ['Lena Berg visited Chile on Monday. She said both governments would work together on ocean data.', ['CHL cooperate NOR', 'CHL meet NOR']],
    // Three candidates: "the two" cannot say which two.
    ['Canada, Mexico and Peru met in Lima. Officials said the two countries would work together on ports.', []],
  ])('%s', (text, expected) => {
    expect(triples(text, MORE)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: protests of things, echoed protests, partners named by their members', () => {
  const MORE: Spec[] = [
    ['Japan', 'JPN'], ['Vietnam', 'VNM'], ['the G7', 'G7', 'group'], ['OPEC', 'OPEC', 'group'], ['the UN', 'UN', 'group'],
    ['the Alliance of Small Island States', 'AOSIS', 'group'], ['Spain', 'ESP'], ['Lena Berg', 'NOR', 'person'],
  ]
  test.each([
    // "agreed with" names the partners of a deal, also a list closed by "and other …".
    ['The loan scheme that Peru agreed with Japan, Canada and other lenders last year is slow.', ['CAN agree PER', 'JPN agree PER']],
    // Sharing an opinion is no agreement.
    ['Peru agreed with Japan that the text was weak.', []],
    ['Peru agreed with Japan\u2019s view of the text.', []],
    // A partner described by its leader or members.
    ['Vietnam signed a partnership with a club of donor nations led by the G7.', ['G7 agree VNM']],
    ['Chile struck a deal with lenders including Japan on Monday.', ['CHL agree JPN']],
    // A possessor with a role noun the actor phrase did not take in.
    ['Spain\u2019s ecological transition minister criticised Kenya over the plan.', ['ESP protest KEN']],
  ])('%s', (text, expected) => {
    expect(triples(text, MORE)).toEqual([...expected].sort())
  })
  test('a body\u2019s text objected to protests the body (the COP\u2019s UNFCCC when none is named)', () => {
    const text = 'Talks at COP40 ended on Sunday. Later the Alliance of Small Island States objected that the decision had been rushed through.'
    expect(triples(text, MORE)).toEqual(['AOSIS protest UNFCCC'])
  })
})

describe('extractInteractions: objects told by appositives, clauses after "with the …", talks named after a body', () => {
  const MORE: Spec[] = [['the UN', 'UN', 'group'], ['UN', 'UN', 'group'], adj('Mexican', 'MEX'), ['Japan', 'JPN']]
  test.each([
    // A name the gazetteer does not know, with an appositive that names its country.
    // "with the …" keeps the actor in object position: the second verb is the first subject's.
    ['Kenya halted talks with the European Union and sanctioned Japan.', ['KEN sanction JPN']],
    // Talks named after one body are its talks, not a meeting of the pair before them.
    ['Chile and Peru agreed a water deal at the UN climate talks last year.', ['CHL agree PER']],
  ])('%s', (text, expected) => {
    expect(triples(text, MORE)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: criticism received, demands from, visits by, hyphenated deals', () => {
  const MORE: Spec[] = [['Japan', 'JPN'], ['Omar Farah', 'KEN', 'person']]
  test.each([
    ['Canada drew sharp criticism from Mexico over its pipeline.', ['MEX protest CAN']],
    ['Peru came under fire from Chile for the new dam.', ['CHL protest PER']],
    ['Norway demanded an explanation from Brazil on Tuesday.', ['NOR demand BRA']],
    ['The visit by Kenyan President Omar Farah to India ended on Friday.', ['IND meet KEN']],
    ['The Chile-Peru water deal was signed in Lima.', ['CHL agree PER']],
    // No hyphenated pair before the noun: no agreement.
    ['The water deal was signed in Lima by officials of Chile.', []],
  ])('%s', (text, expected) => {
    expect(triples(text, MORE)).toEqual([...expected].sort())
  })
})

/** Through the gazetteer (src/actors) rather than hand-made mentions: people it finds by their titles. */
function triplesRead(text: string): string[] {
  return extractInteractions(analyseArticle({ doc: 't.txt', title: null, date: '2024-03-14', url: null, outlet: null, text }))
    .map((i) => (SYMMETRIC_TYPES.has(i.type) && i.target < i.actor ? `${i.target} ${i.type} ${i.actor}` : `${i.actor} ${i.type} ${i.target}`))
    .sort()
}

describe('extractInteractions: people named with a country title, through the gazetteer', () => {
  test('an unknown name with an appositive that names its country', () => {
    expect(triplesRead('Kenya sanctioned Rosa Vidal, the Mexican trade negotiator, on Friday.')).toEqual(['KEN sanction MEX'])
  })
  test('a later bare surname stands for the country of its first mention', () => {
    const text = 'Kenya recalled its envoy after Mexican Senator Rosa Vidal visited Nairobi. Kenya later announced sanctions against Vidal.'
    expect(triplesRead(text)).toEqual(['KEN meet MEX', 'KEN sanction MEX'])
  })
  test('a surname never named with a country title stays unknown', () => {
    expect(triplesRead('Rosa Vidal spoke on Monday. Kenya later announced sanctions against Vidal.')).toEqual([])
  })
})

describe('extractInteractions: a visit owned by a pronoun', () => {
  test('"During his visit to X, A …": the main clause subject made the visit', () => {
    expect(triples('During his visit to India, the Kenyan president urged New Delhi to fund solar.', [['New Delhi', 'IND']])).toEqual(['IND meet KEN', 'KEN urge IND'])
  })
})

describe('extractInteractions: shapes the earlier sentence reader read and the clause frames now do', () => {
  test.each([
    // A reported act in the perfect infinitive: "is said to have urged", "are thought to have been pressing".
    ['Japan is said to have urged China to act.', ['JPN urge CHN']],
    ['Norway is thought to have been pressing Peru to sign.', ['NOR urge PER']],
    // A list of examples with no comma before "including".
    ['Japan has been pressing countries including Brazil and Peru to join the pact.', ['JPN urge BRA', 'JPN urge PER']],
    // Shut out of talks: no party to them.
    ['Several countries including Japan and Peru were shut out of the UN-led talks.', []],
    // A verb of aspect before the act.
    ['Japan continued urging China to act.', ['JPN urge CHN']],
    ['Japan stopped pressing China on coal.', []],
    // Partners joined to the subject act with it, and never on each other.
    ['Norway, together with Germany, criticised Brazil over the fund.', ['DEU protest BRA', 'NOR protest BRA']],
    ['Brazil lost the funds. Norway, together with Germany, withdrew aid, accusing the country of fraud.', []],
    // An object "it" is no subject of its own clause: the owned thing named just before.
    ['Brazilian minister Marina Silva spoke on Monday. “The US withdrawal is a heavy blow to the common effort, and we reject it,” she said.', ['BRA protest USA']],
    // "there" is not the clause's own subject.
    ['Kenya hosted the talks. Chile travelled there in May.', ['CHL meet KEN']],
  ])('%s', (text, expected) => {
    expect(triplesRead(text)).toEqual([...expected].sort())
  })
  test('"the secretary general" is the person last named with that title', () => {
    const text = 'UN Secretary-General Antonio Guterres spoke on Monday. The secretary general looks forward to Kenya submitting a new plan.'
    expect(triplesRead(text)).toEqual(['UN urge KEN'])
  })
})
