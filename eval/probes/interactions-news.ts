import type { Probe } from './probe.js'

/**
 * Interaction probes: ordinary news wording the first lexicons lacked (making contact, suing, open
 * disputes, rebukes, parties brought together, joining an effort a party leads, trade lists), each
 * with a paraphrase and a near sentence that states no interaction.
 */
export const NEWS_INTERACTION_PROBES: readonly Probe[] = [
  // meet: making contact with a party (CAMEO 040)
  {
    id: 'interaction.meet.contact.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Danish climate minister contacted her Ghanaian counterpart on Friday about the solar loans.',
    interactions: ['DNK meet GHA'],
  },
  {
    id: 'interaction.meet.contact.2', test: 'inv', capability: 'meet', cameo: '040',
    text: 'Copenhagen reached out to Accra on Friday about the solar loans.',
    interactions: ['DNK meet GHA'],
  },
  {
    id: 'interaction.meet.contact.3', test: 'neg', capability: 'meet', cameo: '040',
    text: 'The Danish climate minister contacted several banks on Friday about the solar loans to Ghana.',
  },
  {
    id: 'interaction.meet.convene.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Uruguay convened talks with Paraguay on the river dispute.',
    interactions: ['URY meet PRY'],
  },
  // protest: lawsuits (CAMEO 115)
  {
    id: 'interaction.protest.sue.1', test: 'mft', capability: 'protest', cameo: '115',
    text: 'The Marshall Islands sued Japan at an international tribunal over the whaling fleet.',
    interactions: ['MHL protest JPN'],
  },
  {
    id: 'interaction.protest.sue.2', test: 'inv', capability: 'passive', cameo: '115',
    text: 'Japan has been sued by the Marshall Islands over the whaling fleet.',
    interactions: ['MHL protest JPN'],
  },
  {
    id: 'interaction.protest.sue.3', test: 'neg', capability: 'protest', cameo: '115',
    text: 'Fishermen from the Marshall Islands sued a shipping firm over the oil spill.',
  },
  // protest: open disputes with a party (CAMEO 110)
  {
    id: 'interaction.protest.clash.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Indonesia clashed with the European Union over palm oil rules at the trade meeting.',
    interactions: ['IDN protest EU'],
  },
  {
    id: 'interaction.protest.clash.2', test: 'inv', capability: 'protest', cameo: '110',
    text: 'Jakarta has long been at odds with Brussels, and on Tuesday it sharply disagreed with the European Union over palm oil rules.',
    interactions: ['IDN protest EU'],
  },
  {
    id: 'interaction.protest.clash.3', test: 'neg', capability: 'protest', cameo: '110',
    text: 'Riot police clashed with farmers in Jakarta over the palm oil rules.',
  },
  {
    id: 'interaction.protest.reproach.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Hungary reproached Romania for reopening two lignite mines.',
    interactions: ['HUN protest ROU'],
  },
  // meet: talks or a host that brought parties together (the parties met each other)
  {
    id: 'interaction.meet.brought-together.1', test: 'mft', capability: 'list', cameo: '040',
    text: 'Two days of talks in Nairobi brought together Kenya, Uganda and Tanzania.',
    interactions: ['KEN meet UGA', 'KEN meet TZA', 'UGA meet TZA'],
  },
  {
    id: 'interaction.meet.brought-together.2', test: 'inv', capability: 'meet', cameo: '040',
    text: 'Norway brought the Colombian and Venezuelan negotiators together in Oslo last week.',
    interactions: ['NOR meet COL', 'NOR meet VEN', 'COL meet VEN'],
  },
  {
    id: 'interaction.meet.brought-together.3', test: 'neg', capability: 'list', cameo: '040',
    text: 'The climate summit in Nairobi brought together more than 40 nations, among them Kenya and Uganda.',
  },
  // cooperate: joining a joint effort another party leads (its owner, "X-led", "led by X")
  {
    id: 'interaction.cooperate.join-led.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Senegal has joined a French-led coalition to cut methane from landfills.',
    interactions: ['SEN cooperate FRA'],
  },
  {
    id: 'interaction.cooperate.join-led.2', test: 'inv', capability: 'cooperate', cameo: '060',
    text: 'Senegal joined an alliance led by France to cut methane from landfills.',
    interactions: ['SEN cooperate FRA'],
  },
  {
    id: 'interaction.cooperate.join-led.3', test: 'neg', capability: 'cooperate', cameo: '060',
    text: 'Senegal joined a UN alliance to cut methane from landfills.',
  },
  {
    id: 'interaction.cooperate.join-led.4', test: 'neg', capability: 'cooperate', cameo: '060',
    text: 'Senegal has not yet joined the French-led coalition on landfill methane.',
  },
  // sanction: a party's firms put on a list that bars them (an entity or sanctions list)
  {
    id: 'interaction.sanction.entity-list.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'The United States added 12 Chinese battery makers to its entity list on Thursday.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.entity-list.2', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'Canada placed four Belarusian potash exporters on its sanctions list.',
    interactions: ['CAN sanction BLR'],
  },
  {
    id: 'interaction.sanction.entity-list.3', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'The United States added 12 Chinese battery makers to its list of approved suppliers.',
  },
  // owner: "his"/"her" after a person named only by role ("the Turkish foreign minister")
  {
    id: 'interaction.owner.role-possessive.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'The Turkish foreign minister landed in Nicosia on Sunday. Greece condemned his visit.',
    interactions: ['TUR meet CYP', 'GRC protest TUR'],
  },
  {
    id: 'interaction.owner.role-possessive.2', test: 'inv', capability: 'owner', cameo: '111',
    text: 'The Turkish foreign minister landed in Nicosia on Sunday. Athens criticised his remarks on the island.',
    interactions: ['TUR meet CYP', 'GRC protest TUR'],
  },
  {
    id: 'interaction.owner.role-possessive.3', test: 'neg', capability: 'owner', cameo: '111',
    text: 'The Turkish foreign minister landed in Nicosia on Sunday. Greece did not criticise his visit.',
    interactions: ['TUR meet CYP'],
  },
  // protest: a body's text rejected in the passive by a group (the group is the one that rejects, not the body)
  {
    id: 'interaction.protest.rejected-by-group.1', test: 'mft', capability: 'passive', cameo: '120',
    text: 'Negotiators at COP27 worked through the night.\n\nBy dawn the new finance text had been flatly rejected by OPEC.',
    interactions: ['OPEC protest UNFCCC'],
  },
  {
    id: 'interaction.protest.rejected-by-group.2', test: 'inv', capability: 'passive', cameo: '120',
    text: 'Negotiators at COP27 worked through the night.\n\nBy dawn the new finance text had been turned down by AOSIS.',
    interactions: ['AOSIS protest UNFCCC'],
  },
  {
    id: 'interaction.protest.rejected-by-group.3', test: 'neg', capability: 'passive', cameo: '120',
    text: 'Negotiators at COP27 worked through the night.\n\nBy dawn the new finance text had been welcomed by AOSIS.',
  },
  // urge: a purpose infinitive after "there" is the traveller's act ("made trips there to press …")
  {
    id: 'interaction.urge.trip-there.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'The Dutch envoy has made Peru a focus of her work. She made several trips there to press Peruvian officials to protect the glaciers.',
    interactions: ['NLD meet PER', 'NLD urge PER'],
  },
  {
    id: 'interaction.urge.trip-there.2', test: 'inv', capability: 'urge', cameo: '020',
    text: 'The Dutch envoy has made Peru a focus of her work. She paid two visits there to urge the Peruvian government to protect the glaciers.',
    interactions: ['NLD meet PER', 'NLD urge PER'],
  },
  {
    id: 'interaction.urge.trip-there.3', test: 'neg', capability: 'urge', cameo: '020',
    text: 'The Dutch envoy has made Peru a focus of her work. She made several trips there to see the glaciers.',
    interactions: ['NLD meet PER'],
  },
  // meet: an official who went to or toured a country (CAMEO 042)
  {
    id: 'interaction.meet.went-to.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Austrian chancellor went to Slovenia on Thursday for talks on the nuclear plant.',
    interactions: ['AUT meet SVN'],
  },
  {
    id: 'interaction.meet.went-to.2', test: 'inv', capability: 'meet', cameo: '042',
    text: 'The Austrian chancellor toured Slovenia on Thursday, with the nuclear plant high on the agenda.',
    interactions: ['AUT meet SVN'],
  },
  {
    id: 'interaction.meet.went-to.3', test: 'neg', capability: 'meet', cameo: '042',
    text: 'Most of the Austrian grant for the nuclear plant went to Slovenia on Thursday.',
  },
  // agree: a dispute with a party settled (CAMEO 057)
  {
    id: 'interaction.agree.settle.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Guyana settled its long fishing dispute with Suriname on Wednesday.',
    interactions: ['GUY agree SUR'],
  },
  {
    id: 'interaction.agree.settle.2', test: 'neg', capability: 'agree', cameo: '057',
    text: 'Guyana is trying to resolve its fishing dispute with Suriname.',
  },
  // cooperate: money or aid given to a party (CAMEO 07)
  {
    id: 'interaction.cooperate.give.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Finland will give Mozambique 60 million euros to rebuild its flood defences.',
    interactions: ['FIN cooperate MOZ'],
  },
  {
    id: 'interaction.cooperate.give.2', test: 'inv', capability: 'cooperate', cameo: '070',
    text: 'Finland will provide Mozambique with fresh funding to rebuild its flood defences.',
    interactions: ['FIN cooperate MOZ'],
  },
  {
    id: 'interaction.cooperate.give.3', test: 'neg', capability: 'cooperate', cameo: '070',
    text: 'Finland gave Mozambique a week to answer its questions on the flood defences.',
  },
  // A vote inside a body on the body's proposal is acting inside it (ANNOTATION.md): no protest.
  {
    id: 'interaction.protest.vote-inside.1', test: 'neg', capability: 'decoy-interaction', cameo: '120',
    text: "Slovakia voted against the EU's proposal on gas storage.",
  },
  // urge, demand: a call or demand "for X to …" as a noun, as after the verb ("called for X to …")
  {
    id: 'interaction.urge.call-for-to.1', test: 'mft', capability: 'noun-frame', cameo: '020',
    text: "Palau renewed its call for Japan to halt the deep-sea mining trials.",
    interactions: ['PLW urge JPN'],
  },
  {
    id: 'interaction.urge.call-for-to.2', test: 'inv', capability: 'noun-frame', cameo: '020',
    text: "Palau's appeals for Japan to halt the deep-sea mining trials have gone unanswered.",
    interactions: ['PLW urge JPN'],
  },
  {
    id: 'interaction.urge.call-for-to.3', test: 'neg', capability: 'noun-frame', cameo: '020',
    text: "Palau renewed its call for a halt to deep-sea mining trials in Japanese waters.",
  },
  {
    id: 'interaction.demand.demand-for-to.1', test: 'mft', capability: 'demand', cameo: '100',
    text: "Iraq's demand for Turkey to release more water from its dams was repeated on Sunday.",
    interactions: ['IRQ demand TUR'],
  },
  // meet, agree: "talks were held between A and B" (the noun as the subject of a passive light verb)
  {
    id: 'interaction.meet.held-between.1', test: 'mft', capability: 'passive', cameo: '040',
    text: 'Talks were held between Bolivia and Paraguay on Thursday over the gas pipeline.',
    interactions: ['BOL meet PRY'],
  },
  {
    id: 'interaction.agree.signed-between.1', test: 'inv', capability: 'passive', cameo: '057',
    text: 'A gas supply deal was signed between Bolivia and Paraguay on Thursday.',
    interactions: ['BOL agree PRY'],
  },
  {
    id: 'interaction.meet.held-between.2', test: 'neg', capability: 'passive', cameo: '040',
    text: 'No talks were held between Bolivia and Paraguay on Thursday over the gas pipeline.',
  },
  // meet: a visit received, a visitor hosted
  {
    id: 'interaction.meet.visit-received.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'Malawi received a visit from the Swedish foreign minister on Wednesday.',
    interactions: ['SWE meet MWI'],
  },
  {
    id: 'interaction.meet.visit-received.2', test: 'inv', capability: 'meet', cameo: '042',
    text: 'Malawi played host to the Swedish foreign minister on Wednesday.',
    interactions: ['SWE meet MWI'],
  },
  {
    id: 'interaction.meet.visit-received.3', test: 'neg', capability: 'meet', cameo: '042',
    text: 'Malawi received a visit from Swedish engineers on Wednesday.',
  },
  // sanction, meet: a trigger noun as the subject of a passive light verb, its agent after "by"
  {
    id: 'interaction.sanction.imposed-by.1', test: 'mft', capability: 'passive', cameo: '163',
    text: 'Duties on Indonesian nickel were imposed by the European Union in March.',
    interactions: ['EU sanction IDN'],
  },
  {
    id: 'interaction.meet.held-by.1', test: 'inv', capability: 'passive', cameo: '040',
    text: 'Talks with Malaysia on palm oil were held by the European Union in March.',
    interactions: ['EU meet MYS'],
  },
  {
    id: 'interaction.sanction.imposed-by.2', test: 'neg', capability: 'passive', cameo: '163',
    text: 'Duties on Indonesian nickel could be imposed by the European Union in March.',
  },
  // meet: a visitor greeted
  {
    id: 'interaction.meet.greet.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Jordanian king greeted the Egyptian president at the airport in Amman.',
    interactions: ['JOR meet EGY'],
  },
  {
    id: 'interaction.meet.greet.2', test: 'neg', capability: 'meet', cameo: '040',
    text: 'Jordan greeted the Egyptian water plan with caution.',
  },
]
