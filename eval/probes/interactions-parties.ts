import type { Probe } from './probe.js'

/** Interaction probes: who the party is when the clause names it through something else (a document, a pair noun, a group it belongs to), and acts a noun names that did not happen. */
export const PARTY_PROBES: readonly Probe[] = [
  // A document as a clause's subject speaks for whoever issued it, named before or after it.
  {
    id: 'interaction.urge.document-subject.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'A letter from Samoa\'s foreign minister calls on New Zealand to double its climate aid.',
    interactions: ['WSM urge NZL'],
  },
  {
    id: 'interaction.urge.document-subject.2', test: 'inv', capability: 'urge', cameo: '020',
    text: 'Samoa\'s letter calls on New Zealand to double its climate aid.',
    interactions: ['WSM urge NZL'],
  },
  {
    id: 'interaction.urge.document-subject.3', test: 'inv', capability: 'urge', cameo: '020',
    text: 'The ASEAN communique urged Myanmar to end the violence.',
    interactions: ['ASEAN urge MMR'],
  },
  {
    id: 'interaction.urge.document-subject.4', test: 'neg', capability: 'decoy-interaction', cameo: '020',
    text: 'A letter from local fishers calls on New Zealand to double its climate aid.',
  },
  // "the two governments" after a clause whose object belongs to another party: that party and the subject.
  {
    id: 'interaction.agree.pair-owner.1', test: 'mft', capability: 'pronoun', cameo: '057',
    text: 'Norway will fund Kenyan solar farms\n\nThe deal was signed in Nairobi on Monday by the two governments.\n\nThe first farms are due to open near Lake Turkana within two years.',
    interactions: ['NOR agree KEN'],
  },
  {
    id: 'interaction.agree.pair-owner.2', test: 'inv', capability: 'pronoun', cameo: '057',
    text: 'Norway is to buy Chilean green hydrogen.\n\nThe two countries signed the supply agreement in Oslo on Monday.',
    interactions: ['NOR agree CHL'],
  },
  // Talks named for a party outside a pair (a COP, the G20) are not the pair's own talks.
  {
    id: 'interaction.meet.others-talks.1', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Ministers in Rome and Madrid said they were uneasy about the pace of progress at the COP29 talks.',
  },
  {
    id: 'interaction.meet.others-talks.2', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Ministers from Italy and Spain agreed new grid links during the Italy-Spain talks in Rome.',
    interactions: ['ITA meet ESP', 'ITA agree ESP'],
  },
  // An agreement that is only the topic of talks, or what progress is made towards, was not reached.
  {
    id: 'interaction.agree.topic-of-talks.1', test: 'neg', capability: 'hypothetical', cameo: '057',
    text: 'Officials from Peru will meet Chilean envoys next week for talks on the Peru-Chile water pact.',
    interactions: ['PER meet CHL'],
  },
  {
    id: 'interaction.agree.topic-of-talks.2', test: 'neg', capability: 'hypothetical', cameo: '057',
    text: 'Peru and Chile made steady progress towards a water deal.',
  },
  // A role "of" a body an actor modifies stands for that actor; "her" visit is a person's, not the country subject's.
  {
    id: 'interaction.sanction.role-of-body.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Beijing imposed sanctions on the speaker of the Lithuanian Seimas.',
    interactions: ['CHN sanction LTU'],
  },
  {
    id: 'interaction.meet.person-possessive.1', test: 'neg', capability: 'non-actor', cameo: '040',
    text: 'Beijing criticised the speaker of the Lithuanian Seimas for her visit to Taiwan.',
    interactions: ['CHN protest LTU'],
  },
  // ", and she demanded": a subject pronoun after a comma and "and" opens its own clause; no list with the phrase before.
  {
    id: 'interaction.demand.and-pronoun.1', test: 'mft', capability: 'pronoun', cameo: '100',
    text: 'Chile\'s water envoy said the dam would dry out farms in Bolivia, and she demanded that Argentina halt the work.',
    interactions: ['CHL demand ARG'],
  },
  // Disappointment one party's act causes in another is the other's protest; a phrasal verb splits round a pronoun.
  {
    id: 'interaction.protest.disappointed-by.1', test: 'mft', capability: 'provoked', cameo: '110',
    text: 'Canada\'s decision to delay the carbon levy disappointed Denmark.',
    interactions: ['DNK protest CAN'],
  },
  {
    id: 'interaction.protest.let-down.1', test: 'mft', capability: 'provoked', cameo: '110',
    text: '"Britain has let us down," Kenya\'s environment minister told reporters in Nairobi.',
    interactions: ['KEN protest GBR'],
  },
  {
    id: 'interaction.protest.split-particle.1', test: 'mft', capability: 'protest', cameo: '120',
    text: 'Norway offered Peru a new forest fund, but Peru turned it down.',
    interactions: ['PER protest NOR'],
  },
  // A protest quoted with "this" or "it" as its object is aimed at what the speech is "of" or "about".
  {
    id: 'interaction.protest.said-of.1', test: 'mft', capability: 'protest', cameo: '120',
    text: '"We will not accept this," Malaysia\'s trade minister said of the EU\'s new timber rules.',
    interactions: ['MYS protest EU'],
  },
  {
    id: 'interaction.protest.said-of.2', test: 'inv', capability: 'protest', cameo: '120',
    text: '"We reject it outright," Malaysia\'s trade minister said about the EU\'s new timber rules.',
    interactions: ['MYS protest EU'],
  },
  // Verbs of joint work in "co-" ("co-fund", "co-develop"), after a modal as well.
  {
    id: 'interaction.cooperate.co-verb.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Portugal will co-fund a large solar plant with Morocco.',
    interactions: ['PRT cooperate MAR'],
  },
  {
    id: 'interaction.cooperate.co-verb.2', test: 'inv', capability: 'cooperate', cameo: '060',
    text: 'Portugal and Morocco will co-finance a large solar plant.',
    interactions: ['PRT cooperate MAR'],
  },
  // A plural noun after a possessive is no verb: "Senegal's calls for … were rebuffed by the EU".
  {
    id: 'interaction.protest.possessive-plural.1', test: 'mft', capability: 'passive', cameo: '120',
    text: 'Jamaica\'s calls for debt relief were rebuffed by Britain.',
    interactions: ['GBR protest JAM'],
  },
  // "meet a target together with" a party is no meeting: the verb's object is a thing.
  {
    id: 'interaction.meet.target-together.1', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Iceland will meet its 2030 target together with the European Union.',
  },
  // A participle between a possessive and its noun is part of the phrase: "Ghana's negotiating team" is Ghana's.
  {
    id: 'interaction.meet.participle-modifier.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Uruguay's negotiating team met Paraguayan officials in Asunción on Thursday.",
    interactions: ['URY meet PRY'],
  },
  {
    id: 'interaction.protest.participle-modifier.2', test: 'inv', capability: 'protest', cameo: '111',
    text: "Mongolia's governing coalition condemned Kazakhstan over the dam on the shared river.",
    interactions: ['MNG protest KAZ'],
  },
  // A gerund owned and followed by "of" is a noun: welcoming a party's act is meeting no one.
  {
    id: 'interaction.meet.owned-gerund.1', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: "Portugal welcomed Angola's signing of the forest accord.",
  },
  // A progressive's participle before its object is the verb, though the tagger reads a noun.
  {
    id: 'interaction.meet.progressive.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Estonia's prime minister has been meeting Latvian ministers every month.",
    interactions: ['EST meet LVA'],
  },
  {
    id: 'interaction.meet.progressive.2', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'For Estonia the hardest part is meeting the 2030 target for wind power.',
  },
  // A noun between a determiner's modifiers and the head is part of the phrase, though tagged as a verb ("an offshore wind deal").
  {
    id: 'interaction.agree.noun-modifier.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Norway signed an offshore wind agreement with Poland on Friday.',
    interactions: ['NOR agree POL'],
  },
  {
    id: 'interaction.agree.noun-modifier.2', test: 'inv', capability: 'agree', cameo: '057',
    text: 'Poland signed a new offshore wind accord with Norway in Gdansk.',
    interactions: ['POL agree NOR'],
  },
  {
    id: 'interaction.agree.noun-modifier.3', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Norway opened an offshore wind farm near Bergen, with Polish turbines.',
  },
  // A pronoun whose person is named in a sentence with no trigger of its own (that sentence must be read too).
  {
    id: 'interaction.agree.pronoun-untriggered.1', test: 'mft', capability: 'pronoun', cameo: '057',
    text: 'Debt swap\n\nThe Senegalese leader spent the weekend in Marseille. On Monday he signed a debt-for-climate swap with France.',
    interactions: ['SEN agree FRA'],
  },
  {
    id: 'interaction.agree.pronoun-untriggered.2', test: 'mft', capability: 'pronoun', cameo: '040',
    text: 'Port talks\n\nVietnam\'s top diplomat was in Jakarta for three days. She met Indonesian officials on fishing rights.',
    interactions: ['VNM meet IDN'],
  },
  {
    id: 'interaction.agree.pronoun-untriggered.3', test: 'neg', capability: 'pronoun', cameo: '057',
    text: 'Summer break\n\nThe Dutch prime minister was in Santiago on holiday. He later signed a book for a reader at the airport.',
  },
  // Money or aid given for a purpose: the giver helps, not the money ("pledged $40 million to help Zambia …").
  {
    id: 'interaction.cooperate.money-purpose.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Solar grids\n\nIreland has pledged 30 million euros to help Malawi build village solar grids.',
    interactions: ['IRL cooperate MWI'],
  },
  {
    id: 'interaction.cooperate.money-purpose.2', test: 'inv', capability: 'cooperate', cameo: '070',
    text: 'Solar grids\n\nIreland has committed new funding to help Malawi build village solar grids.',
    interactions: ['IRL cooperate MWI'],
  },
  {
    id: 'interaction.cooperate.money-purpose.3', test: 'neg', capability: 'decoy-interaction', cameo: '070',
    text: 'Solar grids\n\nIreland has pledged 30 million euros to help its own farmers build solar grids.',
  },
  // Paying for a party's project is helping it ("is financing Vietnam's wind farm").
  {
    id: 'interaction.cooperate.finance-verb.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Wind power\n\nDenmark is financing Egypt\'s new solar park near Aswan, the two governments said.',
    interactions: ['DNK cooperate EGY'],
  },
  {
    id: 'interaction.cooperate.finance-verb.2', test: 'neg', capability: 'decoy-interaction', cameo: '070',
    text: 'Wind power\n\nDenmark is financing its new solar park with green bonds sold in Egypt.',
  },
  // A sentence naming no one between a subject and the pronoun that continues it.
  {
    id: 'interaction.agree.pronoun-gap.1', test: 'mft', capability: 'pronoun', cameo: '057',
    text: 'Peatlands\n\nIndonesia\'s forestry minister spent the weekend in Helsinki. The snow came early this year. On Monday she signed a peatland research pact with Finland.',
    interactions: ['IDN agree FIN'],
  },
  {
    id: 'interaction.agree.pronoun-gap.2', test: 'inv', capability: 'pronoun', cameo: '057',
    text: 'Peatlands\n\nIndonesia\'s forestry minister spent the weekend in Helsinki. Later, Estonia\'s prime minister arrived by ferry. On Monday he signed a peatland research pact with Finland.',
    interactions: ['EST agree FIN'],
  },
  // A joint act's noun with a partnering participle ("a deal signed with Germany", "an accord struck with Tokyo"):
  // the phrase after "with" is the partner, as it is right after the noun (lexicon/modality.ts PARTNERING_PARTICIPLES).
  {
    id: 'interaction.agree.signed-with.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Hydrogen exports\n\nUnder a deal signed with Germany last year, Kenya will export green hydrogen from 2030.',
    interactions: ['KEN agree DEU'],
  },
  {
    id: 'interaction.agree.signed-with.2', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Rare earths\n\nUnder an accord struck with Tokyo in March, Canberra will ship rare earths to Japanese plants.',
    interactions: ['AUS agree JPN'],
  },
  {
    id: 'interaction.agree.signed-with.3', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Debt talks\n\nUnder a deal signed with its creditors last year, Kenya will cut spending.',
  },
  // Longer fronted leads ("As part of a deal with …,", "On the sidelines of talks with …,"): the main clause's subject does the act.
  {
    id: 'interaction.fronted.long-lead.1', test: 'mft', capability: 'fronted', cameo: '057',
    text: 'Hydrogen plant\n\nAs part of an agreement with Germany, Kenya will build a hydrogen plant near Naivasha.',
    interactions: ['KEN agree DEU'],
  },
  {
    id: 'interaction.fronted.long-lead.2', test: 'mft', capability: 'fronted', cameo: '040',
    text: "Summit sidelines\n\nOn the sidelines of his meeting with the Chilean president, Peru's leader announced a new lithium plan.",
    interactions: ['PER meet CHL'],
  },
  {
    id: 'interaction.fronted.long-lead.3', test: 'neg', capability: 'fronted', cameo: '040',
    text: "Summit sidelines\n\nOn the sidelines of the summit, Peru's leader announced a new lithium plan.",
  },
  // Help one party gives another, told by what the helped one does "with" it (src/frames/backed.ts).
  {
    id: 'interaction.cooperate.with-help.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Hydrogen plant\n\nKenya will build the plant near Naivasha with German help, officials said.',
    interactions: ['DEU cooperate KEN'],
  },
  {
    id: 'interaction.cooperate.with-help.2', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Glacier survey\n\nWith support from Norway, Peru will map its glaciers by 2027.',
    interactions: ['NOR cooperate PER'],
  },
  {
    id: 'interaction.cooperate.with-help.3', test: 'mft', capability: 'cooperate', cameo: '070',
    text: "Grid upgrade\n\nGhana, with Japan's backing, will upgrade its northern grid.",
    interactions: ['JPN cooperate GHA'],
  },
  {
    id: 'interaction.cooperate.with-help.4', test: 'neg', capability: 'decoy-interaction', cameo: '070',
    text: 'Hydrogen plant\n\nKenya will build the plant with German machinery and local labour.',
  },
  {
    id: 'interaction.cooperate.with-help.5', test: 'neg', capability: 'negated', cameo: '070',
    text: 'Hydrogen plant\n\nKenya will not build the plant with German help, its energy minister said.',
  },
  // A measure the subject faces falls on it ("Chinese panels face new US tariffs"; lexicon/modality.ts FACING_VERBS).
  {
    id: 'interaction.sanction.faces.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Solar trade\n\nChinese solar panels face new US tariffs from June, the trade office said.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.faces.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Oil trade\n\nRussian oil firms have suffered fresh British sanctions since the spring.',
    interactions: ['GBR sanction RUS'],
  },
  {
    id: 'interaction.sanction.faces.3', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: 'Car trade\n\nChinese electric cars could face EU duties of up to 35% if talks fail.',
  },
]
