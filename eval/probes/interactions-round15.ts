import type { Probe } from './probe.js'
import { ROUND15_INTERACTION_PROBES_MORE } from './interactions-round15-more.js'

/** Interactions probes of a fifteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND15_INTERACTION_PROBES: readonly Probe[] = [
  // "accused each other", "clashed with one another": a reciprocal object makes the act go both ways.
  {
    id: 'interaction.round15.reciprocal.1', test: 'mft', capability: 'protest', cameo: '112',
    text: 'Water row\n\nChile and Bolivia accused each other of draining the border springs on Monday.',
    interactions: ['CHL protest BOL', 'BOL protest CHL'],
  },
  {
    id: 'interaction.round15.reciprocal.2', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Fishing quarrel\n\nThe fisheries ministers of Peru and Ecuador clashed with one another over the anchovy quotas.',
    interactions: ['PER protest ECU', 'ECU protest PER'],
  },
  {
    id: 'interaction.round15.reciprocal.3', test: 'neg', capability: 'negated', cameo: '111',
    text: 'Calm words\n\nGreece and Turkey did not criticise each other at the energy forum.',
  },
  {
    id: 'interaction.round15.reciprocal.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Warm words\n\nGreece and Turkey praised each other for the new ferry link.',
  },
  // "traded barbs", "exchanged accusations with": an exchange of accusations is a protest each way (protest.trade).
  {
    id: 'interaction.round15.traded.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Dam dispute\n\nSudan and South Sudan traded accusations over the new dam on Wednesday.',
    interactions: ['SDN protest SSD', 'SSD protest SDN'],
  },
  {
    id: 'interaction.round15.traded.2', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Border spat\n\nThe Moroccan foreign minister exchanged barbs with Algeria over the gas pipeline.',
    interactions: ['MAR protest DZA', 'DZA protest MAR'],
  },
  {
    id: 'interaction.round15.traded.3', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Border market\n\nSudan and South Sudan traded cattle and grain across the new bridge.',
  },
  {
    id: 'interaction.round15.traded.4', test: 'neg', capability: 'negated', cameo: '111',
    text: 'Quiet summit\n\nMorocco and Algeria did not trade barbs at the summit, diplomats said.',
  },
  // A measure on outgoing goods falls on where they go: "export" anywhere before the measure's head, not at a fixed offset.
  {
    id: 'interaction.round15.export-measure.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Graphite curbs\n\nBeijing imposed export licence curbs on graphite to the United States.',
    interactions: ['CHN sanction USA'],
  },
  {
    id: 'interaction.round15.export-measure.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Chip chemicals\n\nTokyo announced export screening curbs on chip chemicals to Seoul on Friday.',
    interactions: ['JPN sanction KOR'],
  },
  {
    id: 'interaction.round15.export-measure.3', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: 'Chip chemicals\n\nTokyo is considering export licence curbs on chip chemicals to Seoul.',
  },
  {
    id: 'interaction.round15.export-measure.4', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Graphite curbs\n\nBeijing imposed export licence curbs on graphite to protect its own battery makers.',
  },
  // A subject list that samples a larger set ("countries such as Chile and Peru", "nations including …") does
  // the act as the set: its examples are no pact or meeting with each other.
  {
    id: 'interaction.round15.sampled-subject.1', test: 'neg', capability: 'list', cameo: '057',
    text: 'New rules\n\nCountries such as Uruguay and Paraguay agreed to the new river rules on Tuesday.',
  },
  {
    id: 'interaction.round15.sampled-subject.2', test: 'neg', capability: 'list', cameo: '057',
    text: 'Ocean pledge\n\nIsland nations including Fiji and Palau signed the ocean declaration in Nice.',
  },
  {
    id: 'interaction.round15.sampled-subject.3', test: 'neg', capability: 'list', cameo: '057',
    text: 'Fund talks\n\nWealthy donors, notably Sweden and Austria, agreed to top up the adaptation fund.',
  },
  {
    id: 'interaction.round15.sampled-subject.4', test: 'mft', capability: 'list', cameo: '057',
    text: 'River accord\n\nUruguay and Paraguay signed an accord on the river on Tuesday.',
    interactions: ['URY agree PRY'],
  },
  {
    id: 'interaction.round15.sampled-subject.5', test: 'mft', capability: 'list', cameo: '057',
    text: 'River deals\n\nArgentina signed river deals with neighbours such as Uruguay and Paraguay.',
    interactions: ['ARG agree URY', 'ARG agree PRY'],
  },
  // A plan under a condition is no plan yet: "will" (any modal) with an "if" or "unless" that closes the act's clause.
  {
    id: 'interaction.round15.will-if.1', test: 'neg', capability: 'conditional', cameo: '070',
    text: 'Hydrogen plant\n\nDenmark will fund a hydrogen plant in Mauritania if its parliament approves the budget.',
  },
  {
    id: 'interaction.round15.will-if.2', test: 'neg', capability: 'conditional', cameo: '070',
    text: 'Forest money\n\nSweden will resume its forest payments to Colombia if deforestation falls again this year.',
  },
  {
    id: 'interaction.round15.will-if.3', test: 'neg', capability: 'conditional', cameo: '040',
    text: 'Summit hopes\n\nThe Serbian and Kosovan leaders will meet in Brussels next month unless the talks collapse.',
  },
  {
    id: 'interaction.round15.will-if.4', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Hydrogen plant\n\nDenmark will fund a hydrogen plant in Mauritania, officials said on Monday.',
    interactions: ['DNK cooperate MRT'],
  },
  {
    id: 'interaction.round15.will-if.5', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Carbon deal\n\nGhana will sign a carbon deal with Sweden next month, and traders will watch to see if prices rise.',
    interactions: ['GHA agree SWE'],
  },
  // Training or equipping a party's people is help to the party (cooperate.train; WORKER_NOUNS in lexicon/roles.ts).
  {
    id: 'interaction.round15.train.1', test: 'mft', capability: 'cooperate', cameo: '062',
    text: 'Forest patrols\n\nFinland is training Cameroonian forest rangers to map illegal clearing.',
    interactions: ['FIN cooperate CMR'],
  },
  {
    id: 'interaction.round15.train.2', test: 'mft', capability: 'cooperate', cameo: '062',
    text: 'Grid skills\n\nVietnamese technicians will be trained by Denmark to maintain the offshore turbines.',
    interactions: ['DNK cooperate VNM'],
  },
  {
    id: 'interaction.round15.train.3', test: 'mft', capability: 'cooperate', cameo: '062',
    text: 'Flood kit\n\nThe Dutch government equipped Bangladeshi engineers with flood sensors last year.',
    interactions: ['NLD cooperate BGD'],
  },
  {
    id: 'interaction.round15.train.4', test: 'neg', capability: 'domestic', cameo: '062',
    text: 'Forest patrols\n\nFinland is training its own forest rangers to map illegal clearing.',
  },
  {
    id: 'interaction.round15.train.5', test: 'neg', capability: 'negated', cameo: '062',
    text: 'Forest patrols\n\nFinland has stopped training Cameroonian forest rangers, officials said.',
  },
  {
    id: 'interaction.round15.train.6', test: 'neg', capability: 'non-actor', cameo: '062',
    text: 'Grid skills\n\nA Danish turbine maker trained Vietnamese technicians at its plant in Esbjerg.',
  },
  // Paying for a work a party owns by name is aid to the party ("funded Pakistan's largest coal plant"); a work
  // that is only in a country ("Kenyan solar farms") or the payer's own is not.
  {
    id: 'interaction.round15.fund-owned.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Coal finance\n\nChina funded Bangladesh\'s largest coal plant, the ministry said.',
    interactions: ['CHN cooperate BGD'],
  },
  {
    id: 'interaction.round15.fund-owned.2', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Rail loan\n\nSouth Korea is financing Uzbekistan\'s new railway to the Kazakh border.',
    interactions: ['KOR cooperate UZB'],
  },
  {
    id: 'interaction.round15.fund-owned.3', test: 'neg', capability: 'domestic', cameo: '070',
    text: 'Coal finance\n\nChina funded its own largest coal plant with state bonds.',
  },
  {
    id: 'interaction.round15.fund-owned.4', test: 'neg', capability: 'non-actor', cameo: '070',
    text: 'Rail loan\n\nKorean banks are financing Uzbekistan\'s new railway to the Kazakh border.',
  },
  {
    id: 'interaction.round15.fund-owned.5', test: 'neg', capability: 'negated', cameo: '070',
    text: 'Coal finance\n\nChina has refused to fund Bangladesh\'s largest coal plant.',
  },
  // A date between a verb and its infinitive of purpose says when; it is no noun the infinitive completes.
  {
    id: 'interaction.round15.date-purpose.1', test: 'mft', capability: 'date', cameo: '070',
    text: 'Solar aid\n\nIreland announced fresh funding on Tuesday to help Malawi build mini-grids.',
    interactions: ['IRL cooperate MWI'],
  },
  {
    id: 'interaction.round15.date-purpose.2', test: 'mft', capability: 'date', cameo: '070',
    text: 'Coal exit\n\nAustria pledged 80 million euros last week to help Serbia close its oldest coal plants.',
    interactions: ['AUT cooperate SRB'],
  },
  {
    id: 'interaction.round15.date-purpose.3', test: 'neg', capability: 'non-actor', cameo: '070',
    text: 'Solar aid\n\nIreland announced fresh funding on Tuesday to help farmers build mini-grids.',
  },
  {
    id: 'interaction.round15.date-purpose.4', test: 'neg', capability: 'negated', cameo: '070',
    text: 'Solar aid\n\nIreland has not announced any funding this year to help Malawi build mini-grids.',
  },
  ...ROUND15_INTERACTION_PROBES_MORE,
]
