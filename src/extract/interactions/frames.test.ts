import { describe, expect, test } from 'vitest'
import { adj, triples, type Spec } from './triples.js'

describe('extractInteractions: several partners, suspended talks, non-actor possessors', () => {
  const MORE: Spec[] = [['Japan', 'JPN'], ['Vietnam', 'VNM'], ['Denmark', 'DNK'], ['the G7', 'G7', 'group'], ['Taiwan', 'TWN']]
  test.each([
    // One subject and several partners: the partners did not agree with each other.
    ['Peru signed a loan deal with Japan and Norway on Tuesday.', ['JPN agree PER', 'NOR agree PER']],
    // A coordinated subject with a partner: each member agreed with the partner, not among themselves.
    ['Denmark, Norway and the G7 agreed a grid partnership with Vietnam.', ['DNK agree VNM', 'G7 agree VNM', 'NOR agree VNM']],
    // Ties that only worsened are a state of relations, no joint act; ties that deepened are one.
    ['Ties between Japan and Vietnam soured.', []],
    ['Ties between Japan and Vietnam have been strained since the vote.', []],
    ['Ties between Japan and Vietnam deepened.', ['JPN cooperate VNM']],
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
    const text = 'Energy ministers of the Group of Seven met on Friday. Ministers from Kenya later urged Japan to act.'
    expect(triples(text, MORE).filter((t) => t.includes('G7'))).toEqual([])
  })
  test.each([
    // A pair coordinated earlier in the same sentence.
    ['Lena Berg and her Kenyan counterpart Omar Farah signed the pact after the two ministers met in Oslo.', ['KEN agree NOR', 'KEN meet NOR']],
    // The two actors named last, across the sentence boundary.
    ['Canada and Mexico unveiled a plan on Monday. A Canadian official said the two sides had held about 12 virtual meetings this year.', ['CAN meet MEX']],
    ['Lena Berg visited Chile on Monday. She said both governments would work together on ocean data.', ['CHL cooperate NOR', 'CHL meet NOR']],
    // Three candidates: "the two" cannot say which two (the three met each other).
    ['Canada, Mexico and Peru met in Lima. Officials said the two countries would work together on ports.', ['CAN meet MEX', 'CAN meet PER', 'MEX meet PER']],
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

describe('extractInteractions: a visit owned by a pronoun', () => {
  test('"During his visit to X, A …": the main clause subject made the visit', () => {
    expect(triples('During his visit to India, the Kenyan president urged New Delhi to fund solar.', [['New Delhi', 'IND']])).toEqual(['IND meet KEN', 'KEN urge IND'])
  })
})

describe('extractInteractions: how many parties a meeting may have', () => {
  test.each([
    // Three named together met each other: a trilateral meeting is each pair.
    ['Trade envoys from Chile, Peru and Kenya met in Lima on Tuesday.', ['CHL meet KEN', 'CHL meet PER', 'KEN meet PER']],
    ['Kenya, Norway and Chile met in Oslo to plan a joint bid.', ['CHL meet KEN', 'CHL meet NOR', 'KEN meet NOR']],
    // Four or more is a multilateral meeting, not a meeting of every pair.
    ['Kenya, Norway, Peru and Chile met in Oslo to plan a joint bid.', []],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: three parties at a gathering', () => {
  test('three leaders who met for a summit attended it; two who met there met each other', () => {
    expect(triples('Leaders of Chile, Peru and Kenya met in Lima for a summit on ocean data.')).toEqual([])
    expect(triples('Leaders of Chile and Peru met in Lima at a summit on ocean data.')).toEqual(['CHL meet PER'])
  })
})

describe('extractInteractions: acts named by a noun with their agent after "from"', () => {
  test.each([
    // A fronted appeal, demand or criticism "from" one party falls on the main clause's subject.
    ['Despite repeated appeals from Kenya, India has not changed its plans for new coal mines.', ['KEN urge IND']],
    ['Under pressure from the European Union, Mexico agreed to close two coal plants.', ['EU urge MEX']],
    ['Despite criticism from Chile, Peru went ahead with the port.', ['CHL protest PER']],
    // "from" names who demands; the clause after "that" names of whom.
    ['Demands from Kenya that Norway pay for the losses grew louder.', ['KEN demand NOR']],
    ['A demand from Chile that Peru close the mine was ignored.', ['CHL demand PER']],
    // No one the act falls on.
    ['Appeals from Kenya about the mines went unanswered.', []],
    ['After appeals from Kenya about the mines, the talks ended.', []],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: negation and conditions around an act', () => {
  test.each([
    // The talks an adjunct places a negated act in took place.
    ['Kenya did not press India on coal during their talks in Nairobi.', ['IND meet KEN']],
    ['Kenya did not press India on coal after their meeting in Nairobi.', ['IND meet KEN']],
    // Negated talks themselves did not.
    ['Kenya did not hold talks with India.', []],
    // A possibility under a condition is no act; without one, "could" still reports a plan.
    ['Chile and Peru could work together on ports if funding is found.', []],
    ['Chile and Peru could work together on ports, officials said.', ['CHL cooperate PER']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a levy someone is asked, or refuses, to remove', () => {
  test.each([
    // Asked or refusing to lift it: the levy is in force.
    ['Kenya demanded that the European Union lift its tariffs on Kenyan flowers.', ['EU sanction KEN', 'KEN demand EU']],
    ['Kenya urged the European Union to scrap its levy on Kenyan steel.', ['EU sanction KEN', 'KEN urge EU']],
    ['Canada refused to lift its duties on Kenyan steel.', ['CAN sanction KEN']],
    // Asked not to impose one: no levy yet.
    ['Kenya urged the European Union not to impose a levy on Kenyan steel.', ['KEN urge EU']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a criticism or call another party echoes', () => {
  test.each([
    ["Kenya's criticism of Norway's oil plan was echoed on Monday by Chile.", ['CHL protest NOR', 'KEN protest NOR']],
    ["Chile echoed Kenya's criticism of Norway's oil plan.", ['CHL protest NOR', 'KEN protest NOR']],
    ["Peru backed Chile's call on India to cut its coal use.", ['CHL urge IND', 'PER urge IND']],
    // Reading the criticism aloud is not making it one's own.
    ["Chile read out Kenya's criticism of Norway's oil plan.", ['KEN protest NOR']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a subject "he" or "she" continues the last subject person', () => {
  const PEOPLE: Spec[] = [['Lena Berg', 'NOR', 'person'], ['Omar Farah', 'KEN', 'person'], ['Chilean', 'CHL', 'country', true]]
  test.each([
    // The person named last is the object; "he" as a subject goes on with the subject before.
    ['Omar Farah met Lena Berg in Oslo on Monday. He accused Chilean lawmakers of stalling the talks.', ['KEN meet NOR', 'KEN protest CHL']],
    // With no person as the subject before, "she" is the person named last.
    ['Chile hosted Lena Berg on Monday. She criticised Peru over the port.', ['CHL meet NOR', 'NOR protest PER']],
  ])('%s', (text, expected) => {
    expect(triples(text, PEOPLE)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: an object "them" or "the two countries" after parties named as objects', () => {
  test.each([
    ['Kenya met France and Norway on Monday. Kenya later criticised them over the delayed payments.', ['FRA meet KEN', 'KEN meet NOR', 'KEN protest FRA', 'KEN protest NOR']],
    ['Chile hosted Peru and Brazil in May. Chile then urged the two countries to ratify the treaty.', ['BRA meet CHL', 'CHL meet PER', 'CHL urge BRA', 'CHL urge PER']],
    // A subject "they" is still the plural subject before, not the objects.
    ['Canada and Mexico met France and Norway. They criticised India over the coal plan.', ['CAN meet FRA', 'CAN meet NOR', 'CAN protest IND', 'FRA meet MEX', 'MEX meet NOR', 'MEX protest IND']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a noun act whose party follows a second preposition', () => {
  test.each([
    ["Kenya lodged a complaint at the talks against Norway's new oil licences.", ['KEN protest NOR']],
    ['Brazil voiced concern at the summit over the French proposal.', ['BRA protest FRA']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a measure named again by another word for it', () => {
  test.each([
    // "the levy" after "Norway's … mechanism": one measure, one owner.
    ["Norway's carbon border mechanism takes effect in 2027. Kenya has raised concerns over the levy.", ['KEN protest NOR']],
    // An actor modifying the thing owns it, for a later "the levy" (which falls on whoever complains of it, as the dev gold reads a levy).
    ['The French carbon levy takes effect in 2026. India criticised the levy on Monday.', ['FRA sanction IND', 'IND protest FRA']],
    // The thing's maker after a comma and "which".
    ['India and Kenya condemned the plan, which France announced on Tuesday.', ['IND protest FRA', 'KEN protest FRA']],
  ])('%s', (text, expected) => {
    expect(triples(text, [['India', 'IND']])).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a three-sided act makes its partners each other\u2019s', () => {
  test.each([
    ['Chile signed a trilateral agreement with Peru and Brazil on Monday.', ['BRA agree CHL', 'BRA agree PER', 'CHL agree PER']],
    ['Kenya held three-way talks with France and Norway.', ['FRA meet KEN', 'FRA meet NOR', 'KEN meet NOR']],
    // Without the word, the partners of one party did not deal with each other.
    ['Chile signed an agreement with Peru and Brazil on Monday.', ['BRA agree CHL', 'CHL agree PER']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: an act named as the subject of a clause saying it did not come about', () => {
  test.each([
    ['A proposed grid deal between Chile and Peru fell through in May.', []],
    ['Talks between Kenya and Norway failed to take place.', []],
    ['A meeting between France and India remains unlikely this year.', []],
    // Talks that broke down were held.
    ['Talks between Kenya and Norway broke down on Friday.', ['KEN meet NOR']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a meeting of two parties named in its "of" phrase', () => {
  test.each([
    ['A meeting of the Kenyan and Norwegian foreign ministers took place in Oslo.', ['KEN meet NOR']],
    // One party's meeting is no pair.
    ['A meeting of Kenyan ministers took place in Nairobi.', []],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})

describe('extractInteractions: a role noun that names a joint body', () => {
  test.each([
    ['Brazil agreed to create a working team with Norway to track forest finance.', ['BRA agree NOR', 'BRA cooperate NOR']],
  ])('%s', (text, expected) => {
    expect(triples(text)).toEqual([...expected].sort())
  })
})
