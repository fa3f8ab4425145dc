import type { Probe } from './probe.js'

/** Interaction probes of a thirteenth round of our own paraphrases (acts told in forms the earlier probes do not use), each with a decoy. */
export const FRESH_INTERACTION_PROBES: readonly Probe[] = [
  // A perfect participle fronting the sentence ("Having met X, Y said") acts for the main clause's subject.
  {
    id: 'interaction.fresh.having-met.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Having met the Moroccan prime minister in Rabat, Portugal\'s president said the two countries would link their power grids.',
    interactions: ['PRT meet MAR'],
  },
  {
    id: 'interaction.fresh.having-met.2', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Having met reporters in Lisbon, Portugal\'s president said Morocco would host the next energy forum.',
  },
  // A call told with the reporting clause after it: "spoke" stays the sentence's verb, no participle.
  {
    id: 'interaction.fresh.spoke-reported.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Thai Prime Minister Somchai Wongsa spoke by phone with Malaysian Prime Minister Aziz Rahim on Friday, the government said.',
    interactions: ['THA meet MYS'],
  },
  {
    id: 'interaction.fresh.spoke-reported.2', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Thai Prime Minister Somchai Wongsa spoke by phone with flood victims on Friday, the Malaysian embassy said.',
  },
  // An aside between commas after the subject ("X, on a state visit to Y, signed …") is the subject's errand.
  {
    id: 'interaction.fresh.aside-visit.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'Chilean President Rosa Vidal, on a state visit to Uruguay, signed two energy agreements with Montevideo.',
    interactions: ['CHL meet URY', 'CHL agree URY'],
  },
  {
    id: 'interaction.fresh.aside-visit.2', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'Chilean President Rosa Vidal, on a visit to a copper mine, said Uruguay would buy more Chilean power.',
  },
  // Two parties going to a gathering of many need not meet each other.
  {
    id: 'interaction.fresh.attend-gathering.1', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Officials from Ghana and Togo will attend the same conference in Vienna next month.',
  },
  {
    id: 'interaction.fresh.attend-gathering.2', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Officials from Ghana and Togo will hold talks in Vienna next month.',
    interactions: ['GHA meet TGO'],
  },
  // A sports side or a business delegation acts for no country.
  {
    id: 'interaction.fresh.non-state-team.1', test: 'neg', capability: 'non-actor', cameo: '042',
    text: 'A Brazilian volleyball team arrived in Tokyo on Monday for a week of matches.',
  },
  {
    id: 'interaction.fresh.non-state-team.2', test: 'mft', capability: 'meet', cameo: '042',
    text: 'A Brazilian government delegation arrived in Tokyo on Monday for a week of talks.',
    interactions: ['BRA meet JPN'],
  },
  // An event that "never took place", its subject kept across a participle aside ("…, planned for May,").
  {
    id: 'interaction.fresh.never-happened.1', test: 'neg', capability: 'negated', cameo: '040',
    text: 'The talks between Sudan and Chad, planned for May, never took place.',
  },
  {
    id: 'interaction.fresh.never-happened.2', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The talks between Sudan and Chad, planned for May, took place in Ndjamena last week.',
    interactions: ['SDN meet TCD'],
  },
  // "never" before a verb with no auxiliary negates it.
  {
    id: 'interaction.fresh.never-verb.1', test: 'neg', capability: 'negated', cameo: '163',
    text: 'Turkey never imposed tariffs on Greek olive oil, the trade ministry said.',
  },
  {
    id: 'interaction.fresh.never-verb.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Turkey imposed tariffs on Greek olive oil in March, the trade ministry said.',
    interactions: ['TUR sanction GRC'],
  },
  // A date closes the phrase it ends: ", and the two discussed …" opens a clause, no list with the date.
  {
    id: 'interaction.fresh.date-then-clause.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Omani sultan welcomed the Indian president to Muscat on Sunday, and the two discussed a gas pipeline.',
    interactions: ['OMN meet IND'],
  },
  {
    id: 'interaction.fresh.date-then-clause.2', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'The Omani sultan welcomed the new pipeline on Sunday, and Indian officials discussed its route.',
  },
  // A headline lists with a bare comma the roles a party's name opens: "Peru, Bolivia trade ministers".
  {
    id: 'interaction.fresh.headline-roles.1', test: 'mft', capability: 'meet', cameo: '040',
    title: 'Peru, Bolivia trade ministers hold talks in Lima',
    text: 'The two sides discussed lithium exports.',
    interactions: ['PER meet BOL'],
  },
  {
    id: 'interaction.fresh.headline-roles.2', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    title: 'Peru, Bolivia trade figures show sharp slowdown',
    text: 'Exports of copper and tin fell in the first quarter.',
  },
  // A gerund right after a verb is its complement: "deny holding talks" denies them.
  {
    id: 'interaction.fresh.denied-gerund.1', test: 'neg', capability: 'negated', cameo: '040',
    title: 'Peru, Bolivia trade ministers deny holding secret talks',
    text: 'Both said no meeting had taken place.',
  },
  {
    id: 'interaction.fresh.denied-gerund.2', test: 'neg', capability: 'negated', cameo: '040',
    text: 'Peru and Bolivia denied holding secret talks on lithium.',
  },
  {
    id: 'interaction.fresh.denied-gerund.3', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Peru and Bolivia began holding talks on lithium in March.',
    interactions: ['PER meet BOL'],
  },
  // A tour "of" countries visits each of them.
  {
    id: 'interaction.fresh.tour-of.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Kenyan president\'s tour of Ghana and Togo ended on Friday.',
    interactions: ['KEN meet GHA', 'KEN meet TGO'],
  },
  {
    id: 'interaction.fresh.tour-of.2', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Japanese prime minister began a tour of Kenya, Ghana and Nigeria on Sunday.',
    interactions: ['JPN meet KEN', 'JPN meet GHA', 'JPN meet NGA'],
  },
  {
    id: 'interaction.fresh.tour-of.3', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'The Kenyan president\'s tour of the new port ended on Friday, Ghana\'s embassy said.',
  },
  // Two possessors joined before a joint act's noun: "Japan and Australia's pact" is their pact.
  {
    id: 'interaction.fresh.joined-possessors.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Fiji and Samoa\'s new fisheries pact, signed on Saturday, allows joint patrols.',
    interactions: ['FJI agree WSM'],
  },
  {
    id: 'interaction.fresh.joined-possessors.2', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Indian and Chinese envoys said Nepal and Bhutan\'s talks in Thimphu had ended without a deal.',
    interactions: ['NPL meet BTN'],
  },
  {
    id: 'interaction.fresh.joined-possessors.3', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Fiji and Samoa\'s fish exports both rose last year.',
  },
  // A breach said of a party or its act accuses it; a verdict of an unsafe or unprofessional act disapproves of it.
  {
    id: 'interaction.fresh.judged-breach.1', test: 'mft', capability: 'protest', cameo: '112',
    text: 'Hanoi said Beijing\'s survey ship had violated its exclusive economic zone.',
    interactions: ['VNM protest CHN'],
  },
  {
    id: 'interaction.fresh.judged-breach.2', test: 'neg', capability: 'decoy-interaction', cameo: '112',
    text: 'Hanoi said Beijing\'s survey ship had not violated its exclusive economic zone.',
  },
  {
    id: 'interaction.fresh.verdict-unsafe.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Ottawa called the Russian jet\'s intercept of its patrol plane unsafe and unprofessional.',
    interactions: ['CAN protest RUS'],
  },
  {
    id: 'interaction.fresh.verdict-unsafe.2', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Ottawa called the old bridge unsafe for heavy trucks, a week after a Russian freighter struck it.',
  },
  // Calling one's envoy home from a country protests to it.
  {
    id: 'interaction.fresh.recall-envoy.1', test: 'mft', capability: 'protest', cameo: '161',
    text: 'Benin recalled its ambassadors to Niger and Togo on Tuesday after the border closures.',
    interactions: ['BEN protest NER', 'BEN protest TGO'],
  },
  {
    id: 'interaction.fresh.recall-envoy.2', test: 'neg', capability: 'decoy-interaction', cameo: '161',
    text: 'The Beninese president recalled his years as ambassador to Niger.',
  },
  // ", with X -ing": a clause of its own after a comma, no phrase of the verb before it.
  {
    id: 'interaction.fresh.with-absolute.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Peru and Ecuador signed a border energy pact, with Lima pledging to build the first power line.',
    interactions: ['PER agree ECU'],
  },
  {
    id: 'interaction.fresh.with-absolute.2', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Peru signed an energy pact with its regions, with Ecuador watching closely.',
  },
  // A queen, a princess or an emperor acts for the country as a king does; a pop or beauty queen does not.
  {
    id: 'interaction.fresh.royal.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Danish king and queen began a state visit to Ghana on Tuesday.',
    interactions: ['DNK meet GHA'],
  },
  {
    id: 'interaction.fresh.royal.2', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Danish queen visited Ghana on Tuesday.',
    interactions: ['DNK meet GHA'],
  },
  {
    id: 'interaction.fresh.royal.3', test: 'neg', capability: 'non-actor', cameo: '042',
    text: 'A Danish beauty queen visited Ghana on Tuesday.',
  },
  {
    id: 'interaction.fresh.royal.4', test: 'neg', capability: 'non-actor', cameo: '042',
    text: 'The Danish pop queen began a concert tour of Ghana on Tuesday.',
  },
  // Telegraphic headlines: a leader "in" a capital on an errand with no verb; "A, B leaders to meet" (a future act, its subject the list).
  {
    id: 'interaction.fresh.headline-errand.1', test: 'mft', capability: 'meet', cameo: '042',
    title: 'Ghana president in Berlin for state visit',
    text: 'He will meet the chancellor on Tuesday.',
    interactions: ['GHA meet DEU'],
  },
  {
    id: 'interaction.fresh.headline-errand.2', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    title: 'Ghana president in Berlin for medical checks',
    text: 'He will return home on Friday.',
  },
  {
    id: 'interaction.fresh.headline-to-meet.1', test: 'mft', capability: 'meet', cameo: '040',
    title: 'Ghana, Togo leaders to meet on border dispute',
    text: 'The talks will take place in Lome.',
    interactions: ['GHA meet TGO'],
  },
  {
    id: 'interaction.fresh.headline-to-meet.2', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    title: 'Ghana, Togo leaders to skip border summit',
    text: 'Both cited the floods.',
  },
  // Wire verbs and nouns of the diplomatic round: a courtesy call paid on a party, a deal penned, diplomats expelled.
  {
    id: 'interaction.fresh.courtesy-call.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Thai prime minister paid a courtesy call on the Malaysian king in Kuala Lumpur.',
    interactions: ['THA meet MYS'],
  },
  {
    id: 'interaction.fresh.courtesy-call.2', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'The Thai prime minister paid a call on a Kuala Lumpur mosque, Malaysian media said.',
  },
  {
    id: 'interaction.fresh.penned.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Romania penned a gas supply deal with Azerbaijan on Thursday.',
    interactions: ['ROU agree AZE'],
  },
  {
    id: 'interaction.fresh.penned.2', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'The Romanian poet penned a letter to his Azerbaijani readers on Thursday.',
  },
  {
    id: 'interaction.fresh.expelled.1', test: 'mft', capability: 'protest', cameo: '166',
    text: 'Latvia expelled two Belarusian diplomats on Friday over the border incidents.',
    interactions: ['LVA protest BLR'],
  },
  {
    id: 'interaction.fresh.expelled.2', test: 'neg', capability: 'decoy-interaction', cameo: '166',
    text: 'Latvia expelled two Belarusian smugglers on Friday after the border incidents.',
  },
  // An adjective with its phrase between commas after the subject (", fresh from talks with …,") is an aside; its errand is the subject's.
  {
    id: 'interaction.fresh.fresh-from.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Spain\'s prime minister, fresh from talks with Senegal\'s leader in Dakar, flew on to Mauritania.',
    interactions: ['ESP meet SEN', 'ESP meet MRT'],
  },
  {
    id: 'interaction.fresh.fresh-from.2', test: 'mft', capability: 'meet', cameo: '042',
    text: 'Spain\'s prime minister, just back from a visit to Senegal, said the two countries would share more fishing data.',
    interactions: ['ESP meet SEN'],
  },
  {
    id: 'interaction.fresh.fresh-from.3', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Spain\'s prime minister, fresh from talks with farmers in Seville, said Senegalese tomatoes were a worry.',
  },
  // A participle with its agent after a noun's phrases names who did the act (", imposed by Washington in May,").
  {
    id: 'interaction.fresh.described-by.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Duties on Vietnamese shrimp, imposed by Australia in March, have halved the trade.',
    interactions: ['AUS sanction VNM'],
  },
  {
    id: 'interaction.fresh.described-by.2', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Talks with Mexico, held by Canada in May, ended without a deal.',
    interactions: ['CAN meet MEX'],
  },
  {
    id: 'interaction.fresh.described-by.3', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Duties on Vietnamese shrimp, studied by Australia in March, have not been imposed.',
  },
  // "The country" opening a sentence continues the previous sentence's subject, not the country named last.
  { id: 'interaction.fresh.country-subject.1', test: 'mft', capability: 'pronoun', cameo: '111', text: "Germany's chancellor met investors from France and Italy on Monday.\n\nThe country also criticised Poland over its coal plans.", interactions: ['DEU protest POL'] },
]
