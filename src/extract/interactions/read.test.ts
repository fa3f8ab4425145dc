import { describe, expect, test } from 'vitest'
import { analyseArticle } from '../../nlp/analyse.js'
import { extractInteractions } from './index.js'
import { asTriples } from './triples.js'

/** Through the gazetteer (src/actors) rather than hand-made mentions: people it finds by their titles. */
function triplesRead(text: string): string[] {
  return asTriples(extractInteractions(analyseArticle({ doc: 't.txt', title: null, date: '2024-03-14', url: null, outlet: null, text })))
}

describe('extractInteractions: people named with a country title, through the gazetteer', () => {
  test('an unknown name with an appositive that names its country', () => {
    expect(triplesRead('Kenya sanctioned Rosa Vidal, the Mexican trade negotiator, on Friday.')).toEqual(['KEN sanction MEX'])
  })
  test('a later bare surname stands for the country of its first mention', () => {
    const text = 'Kenya recalled its envoy after Mexican Senator Rosa Vidal visited Nairobi. Kenya later announced sanctions against Vidal.'
    // (Recalling one's envoy after another party's act protests that act: protest.recall.)
    expect(triplesRead(text)).toEqual(['KEN meet MEX', 'KEN protest MEX', 'KEN sanction MEX'])
  })
  test('a surname never named with a country title stays unknown', () => {
    expect(triplesRead('Rosa Vidal spoke on Monday. Kenya later announced sanctions against Vidal.')).toEqual([])
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
    // A participle after a form of "be" that the tagger read as an adjective or noun: "was pressured by", "has been meeting".
    ['Chile was pressured by Peru to act.', ['PER urge CHL']],
    ['Chile is being pressured by Peru to act.', ['PER urge CHL']],
    ['Peru has been meeting Bolivian officials.', ['BOL meet PER']],
    // (Only before its agent after "be" alone: an adjective of feeling stays one.)
    ['Chile was pressured to act.', []],
    // A meeting in a fronted phrase opened by "following" (tagged a verb) or a two-word preposition is the subject's.
    ['Following talks with Kenya, Germany announced new aid.', ['DEU meet KEN']],
    ['Ahead of talks with Japan, Australia announced a gas deal.', ['AUS meet JPN']],
    ['Germany announced new aid following talks with Kenya.', ['DEU meet KEN']],
    ['Germany is following the talks with Kenya closely.', []],
    // An errand in a named place is a meeting with it; a gathering there, or talks with no party, is none.
    ['The Kenyan president is in Beijing on a state visit.', ['CHN meet KEN']],
    ['The Kenyan president was in Beijing for talks.', ['CHN meet KEN']],
    ['The Kenyan president is in Beijing for a trade forum.', []],
    ['The Kenyan president is in Beijing for talks with African leaders.', []],
    // A fronted participle of asking or reacting names what a pointing pronoun after it stands for.
    ["Asked about Japan's plan, the Chinese spokesman said it was irresponsible.", ['CHN protest JPN']],
    ['Reacting to the EU vote, the Hungarian prime minister called it a disgrace.', ['HUN protest EU']],
    ["Asked about Japan's plan, the Chinese spokesman said it was a good start.", []],
    // A verb of aspect before the act.
    ['Japan continued urging China to act.', ['JPN urge CHN']],
    ['Japan stopped pressing China on coal.', []],
    // Partners joined to the subject act with it, and never on each other.
    ['Chile, together with Peru, criticised Bolivia over the dam.', ['CHL protest BOL', 'PER protest BOL']],
    // ("the country" is then the country named apart from them.)
    ['Bolivia lost the grant. Chile, together with Peru, cut its aid, accusing the country of fraud.', ['CHL protest BOL', 'PER protest BOL']],
    // An object "it" is no subject of its own clause: the owned thing named just before.
    ['Brazilian minister Marina Silva spoke on Monday. “The US withdrawal is a heavy blow to the common effort, and we reject it,” she said.', ['BRA protest USA']],
    // "there" is not the clause's own subject.
    ['Kenya hosted the talks. Chile travelled there in May.', ['CHL meet KEN']],
  ])('%s', (text, expected) => {
    expect(triplesRead(text)).toEqual([...expected].sort())
  })
  test('"the secretary general" is the person last named with that title', () => {
    const text = 'UN Secretary-General Antonio Guterres spoke on Monday. The secretary general is looking forward to Kenya submitting a new plan.'
    expect(triplesRead(text)).toEqual(['UN urge KEN'])
  })
})

describe('extractInteractions: names the tagger misreads, through the gazetteer', () => {
  test.each([
    // A name with its article, run into a verb read as a noun: "that [the Netherlands hand] over".
    ['Chile demanded that the Netherlands hand over the flood records.', ['CHL demand NLD']],
    // "that" before a name opens the clause; a capitalised "Demands" opening the sentence is the noun.
    ['Demands from Tuvalu that New Zealand open its borders grew louder.', ['TUV demand NZL']],
    // "the country" as an object is not its own clause's joint subject: the country named apart from it.
    ['Chile sent aid to Peru last year. In May, Chile together with Kenya cut the aid, accusing the country of waste.', ['CHL cooperate PER', 'CHL protest PER', 'KEN protest PER']],
  ])('%s', (text, expected) => {
    expect(triplesRead(text)).toEqual(expected)
  })
})

describe('extractInteractions: protests in the shapes news gives them (issue 13)', () => {
  test.each([
    // "has long accused": the tagger reads the participle as a noun after "long".
    ['Peru has long accused Chile of draining a shared aquifer.', ['PER protest CHL']],
    // The act's agent after "by" is the party a reaction answers.
    ['The decision by Norway to open new oil fields drew condemnation from Iceland.', ['ISL protest NOR']],
    // "he" after a role with no person named is that role's country; "told reporters" reports, it does not urge.
    ["Tuvalu's prime minister told reporters he was angered by Japan's refusal to cut coal finance.", ['TUV protest JPN']],
    // Idioms of rebuke.
    ['Vanuatu called out Australia for approving new coal mines.', ['VUT protest AUS']],
    ['Samoa pointed the finger at Japan over the slow pace of finance.', ['WSM protest JPN']],
    // A free relative's naming verb gives the object.
    ['China condemned what it called Canada\u2019s unilateral tariffs.', ['CHN protest CAN']],
    // The party joined in criticising criticises too.
    ["Fiji joined Samoa in criticising Japan's support for gas terminals.", ['FJI protest JPN', 'WSM protest JPN']],
    // "said it would challenge" reports a protest announced.
    ["India said it would challenge the EU's carbon levy at the WTO.", ['IND protest EU']],
    ["India said it would challenge the EU's carbon levy if talks failed.", []],
    // A levy charged, and the party followed in raising tariffs.
    ['The EU has started charging a carbon levy on Indian steel.', ['EU sanction IND']],
    ['Canada followed the US in raising tariffs on Chinese electric cars.', ['CAN sanction CHN', 'USA sanction CHN']],
  ])('%s', (text, expected) => {
    expect(triplesRead(text)).toEqual([...expected].sort())
  })
})
