import type { Probe } from './probe.js'

/**
 * Interaction probes on phrasing across types: parties given as examples ("Several countries, including A and B, …"),
 * protests whose target is only in what the protester argues ("…, arguing that the levy …"), and
 * things named once with their owner and later by a short name ("the EU's levy (CBAM)" … "CBAM").
 */
export const PHRASING_PROBES: readonly Probe[] = [
  {
    id: 'interaction.list.including.1', test: 'mft', capability: 'list', cameo: '111',
    text: 'Several coastal states, including Ghana and Senegal, criticised Norway over its fishing quotas.',
    interactions: ['GHA protest NOR', 'SEN protest NOR'],
  },
  {
    id: 'interaction.list.including.2', test: 'inv', capability: 'list', cameo: '036',
    text: 'A group of donors, including Denmark, Sweden and Finland, met Ethiopian officials in Addis Ababa on Monday.',
    interactions: ['DNK meet ETH', 'SWE meet ETH', 'FIN meet ETH'],
  },
  {
    id: 'interaction.list.such-as.1', test: 'inv', capability: 'list', cameo: '111',
    text: 'Big exporters, such as Vietnam and Thailand, have condemned the Philippines for the new rice duty.',
    interactions: ['VNM protest PHL', 'THA protest PHL'],
  },
  {
    id: 'interaction.protest.arguing.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Mexico's trade ministry voiced concern at the meeting, arguing that Canada's new lumber rules would hurt small mills.",
    interactions: ['MEX protest CAN'],
  },
  {
    id: 'interaction.protest.saying.1', test: 'inv', capability: 'protest', cameo: '111',
    text: "Peru objected on Tuesday, saying Chile's water plan ignored the shared aquifer.",
    interactions: ['PER protest CHL'],
  },
  {
    id: 'interaction.protest.acronym.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Britain announced the United Kingdom's Carbon Border Levy (UKCBL) on Monday.\n\nIndia and Turkey raised concerns at the WTO, arguing that UKCBL would punish poorer exporters.",
    interactions: ['IND protest GBR', 'TUR protest GBR'],
  },
  {
    id: 'interaction.protest.acronym.2', test: 'inv', capability: 'protest', cameo: '112',
    text: "Brussels unveiled the European Union's Deforestation Regulation (EUDR) last year.\n\nMalaysia has attacked EUDR as discriminatory against smallholders.",
    interactions: ['MYS protest EU'],
  },
  {
    id: 'interaction.protest.arguing.neg.1', test: 'neg', capability: 'protest',
    text: "Farmers in Kenya raised concerns about the drought, arguing that the rains would fail again.",
  },
  {
    id: 'interaction.list.floating-all.1', test: 'mft', capability: 'list', cameo: '111',
    text: 'Norway, Iceland and Chile all objected to the Japanese whaling quota on Monday.',
    interactions: ['NOR protest JPN', 'ISL protest JPN', 'CHL protest JPN'],
  },
  {
    id: 'interaction.list.floating-each.1', test: 'inv', capability: 'list', cameo: '036',
    text: 'Ghana and Togo each met Nigerian officials in Abuja this week.',
    interactions: ['GHA meet NGA', 'TGO meet NGA'],
  },
  {
    id: 'interaction.meet.led-by.1', test: 'mft', capability: 'meet', cameo: '036',
    text: 'A Canadian delegation led by the deputy trade minister, Ellen Marsh, met Peruvian officials in Lima on Thursday.',
    interactions: ['CAN meet PER'],
  },
  {
    id: 'interaction.urge.led-by.1', test: 'inv', capability: 'urge', cameo: '020',
    text: 'A Swedish team led by the climate ambassador, Nils Berg, urged Indonesia to close its oldest coal plants.',
    interactions: ['SWE urge IDN'],
  },
  {
    id: 'interaction.agree.group-led-by.1', test: 'mft', capability: 'list', cameo: '057',
    text: 'Senegal signed a $2.5 billion energy deal with a group of lenders led by France and Germany.',
    interactions: ['SEN agree FRA', 'SEN agree DEU'],
  },
  {
    id: 'interaction.agree.neither.1', test: 'neg', capability: 'negated',
    text: 'Neither Egypt nor Ethiopia agreed to the new schedule for filling the dam.',
  },
  {
    id: 'interaction.meet.if.1', test: 'neg', capability: 'hypothetical',
    text: 'A deal on rice tariffs could come quickly if the Thai and Vietnamese leaders met next month.',
  },
  {
    id: 'interaction.protest.nominalisation.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'Algeria suspended gas deliveries to Spain on Friday.\n\nThe Italian foreign ministry criticised the suspension as reckless.',
    interactions: ['ITA protest DZA', 'DZA sanction ESP'],
  },
  {
    id: 'interaction.protest.in-a-move.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'India on Tuesday banned exports of broken rice, in a move that Bangladesh quickly condemned as unfair.',
    interactions: ['BGD protest IND'],
  },
  {
    id: 'interaction.cooperate.relative.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'The grant comes from the Blue Carbon Fund, which Portugal, Spain and Morocco launched in 2022.',
    interactions: ['PRT cooperate ESP', 'PRT cooperate MAR', 'ESP cooperate MAR'],
  },
  {
    id: 'interaction.cooperate.relative.2', test: 'inv', capability: 'cooperate', cameo: '060',
    text: 'Officials discussed the Arctic Ice Initiative, a programme launched by Norway and Canada in 2019.',
    interactions: ['NOR cooperate CAN'],
  },
  {
    id: 'interaction.list.dashes.1', test: 'mft', capability: 'list', cameo: '020',
    text: 'The European Union tightened its rules on fishing. Ireland and the two Iberian states — Spain and Portugal — urged the bloc to soften them.',
    interactions: ['IRL urge EU', 'ESP urge EU', 'PRT urge EU'],
  },
  {
    id: 'interaction.agree.bloc-members.1', test: 'mft', capability: 'list', cameo: '057',
    text: 'Canada and the Andean nations -- Bolivia, Colombia, Ecuador and Peru -- signed a trade accord on Monday.',
    interactions: ['CAN agree BOL', 'CAN agree COL', 'CAN agree ECU', 'CAN agree PER'],
  },
  {
    id: 'interaction.protest.global-body.1', test: 'mft', capability: 'metonym', cameo: '111',
    text: "Speaking at the United Nations on Monday, Nicaragua's foreign minister accused the global body of ignoring small states.",
    interactions: ['NIC protest UN'],
  },
  {
    id: 'interaction.protest.dateline-dash.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Ottawa, Canada - Officials in Canada have condemned the Chinese government for raising duties on canola.',
    interactions: ['CAN protest CHN', 'CHN sanction CAN'],
  },
  {
    id: 'interaction.urge.reverse-rejected.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Poland rebuffed appeals from Germany to close its lignite mines by 2030.',
    interactions: ['POL protest DEU', 'DEU urge POL'],
  },
  {
    id: 'interaction.urge.reverse-resisted.1', test: 'inv', capability: 'urge', cameo: '020',
    text: 'For months Canberra resisted calls from Wellington to scrap the coal subsidy.',
    interactions: ['NZL urge AUS'],
  },
  {
    id: 'interaction.urge.common-word-surname.1', test: 'mft', capability: 'person', cameo: '020',
    text: 'British Prime Minister Theresa May flew in on Friday. At the dinner, Merkel, Macron and May pressed the Brazilian president to protect the rainforest.',
    interactions: ['GBR urge BRA', 'DEU urge BRA', 'FRA urge BRA'],
  },
  {
    id: 'interaction.meet.month-not-surname.1', test: 'neg', capability: 'person', cameo: '040',
    text: 'Prime Minister Theresa May spoke to parliament in March. In May, Macron met Merkel in Berlin.',
    interactions: ['FRA meet DEU'],
  },
  {
    id: 'interaction.urge.under-pressure.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Hanoi is under growing pressure from Tokyo and Seoul to cancel two coal plants.',
    interactions: ['JPN urge VNM', 'KOR urge VNM'],
  },
  {
    id: 'interaction.urge.title-body.1', test: 'mft', capability: 'person', cameo: '020',
    text: 'European Council President Donald Tusk urged Turkey to cut its coal subsidies.',
    interactions: ['EU urge TUR'],
  },
  {
    id: 'interaction.urge.honorific-surname.1', test: 'inv', capability: 'person', cameo: '020',
    text: 'At the summit Mrs May pressed the Indian prime minister on coal.',
    interactions: ['GBR urge IND'],
  },
  // Headlines list two leaders by name with a bare comma.
  {
    id: 'interaction.list.headline-names.1', test: 'mft', capability: 'list', cameo: '040',
    text: 'Ruto, Scholz hold hydrogen talks in Berlin\n\nThe two leaders met for two hours at the chancellery on Tuesday.\n\nNo agreement was announced after the meeting ended in the evening.',
    interactions: ['KEN meet DEU'],
  },
  {
    id: 'interaction.list.headline-names.2', test: 'inv', capability: 'list', cameo: '040',
    text: 'Lula, Petro discuss Amazon protection in Leticia\n\nThe two presidents spoke for an hour at the border town on Friday.\n\nBoth said the forest was close to a point of no return.',
    interactions: ['BRA meet COL'],
  },
  // An appeal for aid: the party asked, then what it is asked for.
  {
    id: 'interaction.urge.ask-for-aid.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Vanuatu asked New Zealand for emergency funding after the cyclone hit its northern islands.',
    interactions: ['VUT urge NZL'],
  },
  {
    id: 'interaction.urge.ask-for-aid.2', test: 'neg', capability: 'urge', cameo: '020',
    text: 'After the cyclone, reporters asked the New Zealand minister for a comment on the damage.',
  },
  // Who made the thing protested, said in an aside after it, with or without a relative pronoun.
  {
    id: 'interaction.protest.aside-maker.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'The decision, which was announced by Japan on Friday, drew criticism from China.',
    interactions: ['CHN protest JPN'],
  },
  {
    id: 'interaction.protest.aside-maker.2', test: 'inv', capability: 'owner', cameo: '120',
    text: 'The plan, unveiled by Norway last week, was rejected by Sweden.',
    interactions: ['SWE protest NOR'],
  },
  {
    id: 'interaction.protest.aside-maker.3', test: 'inv', capability: 'owner', cameo: '120',
    text: 'Chile rejected the proposal, which was tabled by Peru on Monday.',
    interactions: ['CHL protest PER'],
  },
  {
    id: 'interaction.protest.aside-maker.4', test: 'neg', capability: 'owner', cameo: '111',
    text: 'The plan, which was unveiled by the committee last week, drew criticism from India.',
  },
  // "PM", the news abbreviation of "prime minister", is a role like the words it stands for.
  {
    id: 'interaction.protest.pm-abbreviation.1', test: 'mft', capability: 'metonym', cameo: '111',
    text: 'Tonga PM blasts New Zealand over fishing quotas\n\nThe prime minister made the remarks on Monday in a speech to a regional forum in the capital.\n\nHe said the quotas were harming families on the outer islands.',
    interactions: ['TON protest NZL'],
  },
  {
    id: 'interaction.protest.pm-abbreviation.2', test: 'inv', capability: 'metonym', cameo: '111',
    text: "Tonga's PM criticised New Zealand over its fishing quotas.",
    interactions: ['TON protest NZL'],
  },
  // The one asked named only through examples of a group: "big emitters such as China".
  {
    id: 'interaction.urge.asked-examples.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Small island states want big emitters such as China to do more.',
    interactions: ['AOSIS urge CHN'],
  },
  {
    id: 'interaction.urge.asked-examples.2', test: 'inv', capability: 'urge', cameo: '020',
    text: 'Fiji asked rich countries, including Japan, to pay more into the fund.',
    interactions: ['FJI urge JPN'],
  },
  {
    id: 'interaction.urge.asked-examples.3', test: 'neg', capability: 'urge', cameo: '020',
    text: 'Fiji asked rich countries to pay more into the fund.',
  },
  // A verb of both urging and objecting, with an infinitive after its object, urges only.
  {
    id: 'interaction.urge.challenge-to.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'The French president challenged Lula to end illegal logging by 2030.',
    interactions: ['FRA urge BRA'],
  },
  {
    id: 'interaction.protest.challenge.1', test: 'inv', capability: 'protest', cameo: '120',
    text: "India challenged the EU's carbon levy at the WTO.",
    interactions: ['IND protest EU'],
  },
  // A headline's comma list of names, then its verb in the base form.
  {
    id: 'interaction.agree.headline-list.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Kenya, Germany ink green hydrogen deal\n\nThe two governments made the announcement on Monday in a joint statement.\n\nOfficials said the first plant would open near Mombasa within three years.',
    interactions: ['KEN agree DEU'],
  },
  {
    id: 'interaction.agree.headline-list.2', test: 'inv', capability: 'agree', cameo: '057',
    text: 'Chile, Peru sign lithium pact\n\nThe two governments made the announcement on Monday in a joint statement.\n\nOfficials said the first shared plant would open near the border within three years.',
    interactions: ['CHL agree PER'],
  },
  {
    id: 'interaction.meet.revived-talks.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Egypt and Ethiopia revived talks on the Nile dam in Cairo.',
    interactions: ['EGY meet ETH'],
  },
  // Warning a party against an act urges it not to act.
  {
    id: 'interaction.urge.warn-against.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Fiji cautioned Japan against dumping the treated water into the Pacific.',
    interactions: ['FJI urge JPN'],
  },
  {
    id: 'interaction.cooperate.headline-list.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Chile, Japan partner on green hydrogen\n\nThe two governments made the announcement on Monday in a joint statement.\n\nOfficials said the first shared plant would open near the coast within three years.',
    interactions: ['CHL cooperate JPN'],
  },
  // A group said to hold the subject's parties ("is among the countries that …") acts for them.
  {
    id: 'interaction.protest.among-members.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Ghana is among the countries that have faulted the EU\'s new timber rules.',
    interactions: ['GHA protest EU'],
  },
  {
    id: 'interaction.agree.among-members.1', test: 'inv', capability: 'agree', cameo: '057',
    text: 'Norway and Chile were among the nations that signed the ocean pact with Fiji on Friday.',
    interactions: ['NOR agree FJI', 'CHL agree FJI'],
  },
  {
    id: 'interaction.protest.among-members.2', test: 'neg', capability: 'negated', cameo: '111',
    text: 'Ghana was not one of the countries that faulted the EU\'s new timber rules.',
  },
  // A present-tense verb after a plural subject, in a sentence with no other verb, is the verb.
  {
    id: 'interaction.sanction.verbless-present.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Chilean salmon farms face new curbs in Japan.',
    interactions: ['JPN sanction CHL'],
  },
  {
    id: 'interaction.demand.verbless-present.1', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Kenyan officials demand compensation from Britain.',
    interactions: ['KEN demand GBR'],
  },
  {
    id: 'interaction.meet.join-for.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The presidents of Ghana and Kenya joined the EU for a session on green hydrogen.',
    interactions: ['GHA meet EU', 'KEN meet EU'],
  },
]
