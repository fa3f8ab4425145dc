import type { Probe } from './probe.js'

/**
 * Interaction probes on constructions rather than words: two verbs sharing one object ("met and
 * praised X"), a noun subject of a passive light verb with its target after the verb ("sanctions were
 * imposed on X by Y"), each with a paraphrase and a near sentence that states no interaction between parties.
 */
export const CONSTRUCTION_PROBES: readonly Probe[] = [
  // Two coordinated verbs, the object after the second: the first verb acts on it too.
  {
    id: 'interaction.coordinated-verbs.meet.1', test: 'mft', capability: 'coordinated', cameo: '040',
    text: 'The Estonian foreign minister met and praised his Moldovan counterpart in Tallinn on Thursday.',
    interactions: ['EST meet MDA'],
  },
  {
    id: 'interaction.coordinated-verbs.meet.2', test: 'inv', capability: 'coordinated', cameo: '040',
    text: 'Estonia hosted and thanked the Moldovan president for his support.',
    interactions: ['EST meet MDA'],
  },
  {
    id: 'interaction.coordinated-verbs.protest.1', test: 'mft', capability: 'coordinated', cameo: '111',
    text: 'Uruguay criticised and then fined Argentina over the pulp mill discharges.',
    interactions: ['URY protest ARG'],
  },
  {
    id: 'interaction.coordinated-verbs.urge.1', test: 'mft', capability: 'coordinated', cameo: '020',
    text: 'Ireland met and later urged Iceland to join the geothermal alliance.',
    interactions: ['IRL meet ISL', 'IRL urge ISL'],
  },
  {
    id: 'interaction.coordinated-verbs.pair.1', test: 'inv', capability: 'coordinated', cameo: '040',
    text: 'Iceland and Ireland met and signed a geothermal pact in Reykjavik.',
    interactions: ['ISL meet IRL', 'ISL agree IRL'],
  },
  {
    id: 'interaction.coordinated-verbs.none.1', test: 'neg', capability: 'coordinated', cameo: '040',
    text: 'The delegates met and praised the Moldovan plan for wind farms.',
  },
  {
    id: 'interaction.coordinated-verbs.none.2', test: 'neg', capability: 'coordinated', cameo: '040',
    text: 'Estonia met in Riga and praised the Moldovan plan for wind farms.',
  },
  // A noun subject of a passive light verb, its target in the verb's own phrase and its agent after "by".
  {
    id: 'interaction.passive-noun.sanction.1', test: 'mft', capability: 'passive', cameo: '163',
    text: 'Fresh sanctions were imposed on Eritrea by Ethiopia on Monday after the border clash.',
    interactions: ['ETH sanction ERI'],
  },
  {
    id: 'interaction.passive-noun.sanction.2', test: 'inv', capability: 'passive', cameo: '163',
    text: 'Steep duties were slapped on Thai rice by the Philippines last month.',
    interactions: ['PHL sanction THA'],
  },
  {
    id: 'interaction.passive-noun.meet.1', test: 'mft', capability: 'passive', cameo: '040',
    text: 'Talks were held with Laos by Cambodia on the Mekong dams.',
    interactions: ['KHM meet LAO'],
  },
  {
    id: 'interaction.passive-noun.protest.1', test: 'mft', capability: 'passive', cameo: '110',
    text: 'Concerns were raised about Malaysia\u2019s logging rules by Singapore at the forum.',
    interactions: ['SGP protest MYS'],
  },
  {
    id: 'interaction.passive-noun.none.1', test: 'neg', capability: 'passive', cameo: '163',
    text: 'Fresh sanctions could be imposed on Eritrea by Ethiopia if the border clashes continue.',
  },
  {
    id: 'interaction.passive-noun.none.2', test: 'neg', capability: 'passive', cameo: '163',
    text: 'No duties were slapped on Thai rice by the Philippines last month.',
  },
  // Tenses: a participle after a form of "be" ("was pressured by", "had been pressured", "has been meeting").
  {
    id: 'interaction.tense.passive-urge.1', test: 'mft', capability: 'tense', cameo: '020',
    text: 'Zambia was pressured by China to restructure its debt before the climate talks.',
    interactions: ['CHN urge ZMB'],
  },
  {
    id: 'interaction.tense.passive-urge.2', test: 'inv', capability: 'tense', cameo: '020',
    text: 'Zambia said it had been pressured by China to restructure its debt.',
    interactions: ['CHN urge ZMB'],
  },
  {
    id: 'interaction.tense.progressive-meet.1', test: 'mft', capability: 'tense', cameo: '040',
    text: 'Senegal has been meeting Mauritanian officials about the shared gas field.',
    interactions: ['SEN meet MRT'],
  },
  {
    id: 'interaction.tense.passive-urge.3', test: 'neg', capability: 'tense', cameo: '020',
    text: 'Zambia was pressured to restructure its debt before the climate talks.',
  },
  // Decoys: relations that only worsened ("ties between A and B soured") state no cooperation.
  {
    id: 'interaction.worsened.none.1', test: 'neg', capability: 'decoy-interaction', cameo: '060',
    text: 'Ties between Gabon and Cameroon soured.',
  },
  {
    id: 'interaction.worsened.none.2', test: 'neg', capability: 'decoy-interaction', cameo: '060',
    text: 'Ties between Gabon and Cameroon have been strained since the disputed election.',
  },
  {
    id: 'interaction.worsened.none.3', test: 'neg', capability: 'decoy-interaction', cameo: '060',
    text: 'The partnership between Gabon and Cameroon has weakened over the past year.',
  },
  {
    id: 'interaction.worsened.deepened.1', test: 'inv', capability: 'cooperate', cameo: '060',
    text: 'Ties between Gabon and Cameroon deepened after the forest accord.',
    interactions: ['GAB cooperate CMR'],
  },
  // A relative clause over the noun of a one-sided act: its subject acts on the phrase of the entry's preposition.
  {
    id: 'interaction.relative.sanction.1', test: 'mft', capability: 'relative', cameo: '163',
    text: 'The duties that Turkey imposed on Greek olive oil in March are still in force.',
    interactions: ['TUR sanction GRC'],
  },
  {
    id: 'interaction.relative.sanction.2', test: 'inv', capability: 'relative', cameo: '163',
    text: 'The duties, which Turkey slapped on Greek olive oil in March, are still in force.',
    interactions: ['TUR sanction GRC'],
  },
  {
    id: 'interaction.relative.sanction.3', test: 'inv', capability: 'relative', cameo: '163',
    text: 'The levies the EU imposed on Turkish steel in March are still in force.',
    interactions: ['EU sanction TUR'],
  },
  {
    id: 'interaction.relative.aid.1', test: 'mft', capability: 'relative', cameo: '070',
    text: 'The grants that Denmark pledged to Mozambique for flood defences arrived on Tuesday.',
    interactions: ['DNK cooperate MOZ'],
  },
  {
    id: 'interaction.relative.none.1', test: 'neg', capability: 'relative', cameo: '163',
    text: 'The duties that Turkey may impose on Greek olive oil would be steep.',
  },
  {
    id: 'interaction.relative.none.2', test: 'neg', capability: 'relative', cameo: '163',
    text: 'The duties that Turkey collects on olive oil imports fund its farm ministry.',
  },
  // A call received: a phone call is a meeting, a call with an appeal after it urges.
  {
    id: 'interaction.call-received.meet.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Malaysian prime minister received a call from his Singaporean counterpart on Thursday.',
    interactions: ['SGP meet MYS'],
  },
  {
    id: 'interaction.call-received.meet.2', test: 'inv', capability: 'meet', cameo: '040',
    text: 'Malaysia took a phone call from the Singaporean prime minister on Thursday.',
    interactions: ['SGP meet MYS'],
  },
  {
    id: 'interaction.call-received.urge.1', test: 'inv', capability: 'urge', cameo: '020',
    text: 'Malaysia received calls from Singapore to stop the haze from its plantations.',
    interactions: ['SGP urge MYS'],
  },
  {
    id: 'interaction.call-received.none.1', test: 'neg', capability: 'meet', cameo: '040',
    text: 'The Malaysian prime minister received a call from a radio host on Thursday.',
  },
  // Fronted phrases opened by "following" or a two-word preposition ("ahead of", "prior to"): the main clause's subject met.
  {
    id: 'interaction.fronted.following.1', test: 'mft', capability: 'fronted', cameo: '040',
    text: 'Following talks with Angola, Namibia announced a joint power line.',
    interactions: ['NAM meet AGO'],
  },
  {
    id: 'interaction.fronted.ahead.1', test: 'inv', capability: 'fronted', cameo: '040',
    text: 'Ahead of talks with Angola, Namibia announced a joint power line.',
    interactions: ['NAM meet AGO'],
  },
  {
    id: 'interaction.fronted.following.2', test: 'inv', capability: 'fronted', cameo: '040',
    text: 'Namibia announced a joint power line following a meeting with Angolan officials.',
    interactions: ['NAM meet AGO'],
  },
  {
    id: 'interaction.fronted.none.1', test: 'neg', capability: 'fronted', cameo: '040',
    text: 'Following the drought in Angola, Namibia announced a new power line.',
  },
  // A time counted back after the party ("three years ago") is no part of the party's phrase.
  {
    id: 'interaction.time-ago.meet.1', test: 'mft', capability: 'date', cameo: '040',
    text: 'Uruguay first met Paraguay on the river dispute three years ago.',
    interactions: ['URY meet PRY'],
  },
  {
    id: 'interaction.time-ago.protest.1', test: 'inv', capability: 'date', cameo: '111',
    text: 'Uruguay criticised Paraguay three years ago over the river dams.',
    interactions: ['URY protest PRY'],
  },
  {
    id: 'interaction.time-ago.protest.2', test: 'inv', capability: 'date', cameo: '111',
    text: 'Uruguay criticised the Paraguayan dam plan five years ago.',
    interactions: ['URY protest PRY'],
  },
  {
    id: 'interaction.time-ago.meet.2', test: 'inv', capability: 'date', cameo: '042',
    text: 'Uruguay hosted the Paraguayan president two years ago.',
    interactions: ['URY meet PRY'],
  },
  // A reported reaction: a fronted participle names the topic a pointing pronoun then stands for.
  {
    id: 'interaction.reaction-topic.judged.1', test: 'mft', capability: 'provoked', cameo: '111',
    text: 'Asked about Norway’s new drilling licences, the Danish minister said it was irresponsible.',
    interactions: ['DNK protest NOR'],
  },
  {
    id: 'interaction.reaction-topic.verdict.1', test: 'inv', capability: 'provoked', cameo: '111',
    text: 'Reacting to the Norwegian drilling licences, the Danish minister called it a grave mistake.',
    interactions: ['DNK protest NOR'],
  },
  {
    id: 'interaction.reaction-topic.none.1', test: 'neg', capability: 'provoked', cameo: '111',
    text: 'Asked about Norway’s new drilling licences, the Danish minister said it was a fair decision.',
  },
  {
    id: 'interaction.reaction-topic.none.2', test: 'neg', capability: 'provoked', cameo: '111',
    text: 'Asked about the heatwave, the Danish minister said it was dangerous.',
  },
]
