import type { Probe } from './probe.js'

/**
 * Interaction probes: visits told by where they went. A capital named for its country ("Kuwait City")
 * stands for no government, but an official's trip to it visits that country; a tour's stops, named by
 * "take in" after its noun, are the countries it visits. And a measure that "targets" a party's goods,
 * a present verb after a plural subject that the tagger reads as a noun.
 */
export const VISIT_PROBES: readonly Probe[] = [
  {
    id: 'interaction.meet.namesake-capital.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'Japanese prime minister Kenji Sato arrived in Kuwait City on Sunday for energy talks.',
    interactions: ['JPN meet KWT'],
  },
  {
    id: 'interaction.meet.namesake-capital.2', test: 'inv', capability: 'meet', cameo: '042',
    text: "Colombia's environment minister travelled to Mexico City this week to discuss river pollution.",
    interactions: ['COL meet MEX'],
  },
  {
    id: 'interaction.meet.namesake-capital.3', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'Three cargo ships from Norway arrived in Panama City on Friday.',
  },
  {
    id: 'interaction.meet.namesake-capital.4', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'Mexican officials flew back to Mexico City after the summit in Lima.',
  },  {
    id: 'interaction.meet.tour-stops.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Turkish foreign minister set off on a regional tour taking in Kenya and Ghana.',
    interactions: ['TUR meet KEN', 'TUR meet GHA'],
  },
  {
    id: 'interaction.meet.tour-stops.2', test: 'inv', capability: 'meet', cameo: '042',
    text: 'Indian prime minister Ravi Dutta began an Asian tour that will also take in Cambodia and Laos.',
    interactions: ['IND meet KHM', 'IND meet LAO'],
  },
  {
    id: 'interaction.meet.tour-stops.3', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'Indian prime minister Ravi Dutta began a tour that will take in three solar farms.',
  },
  {
    id: 'interaction.meet.tour-stops.4', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'A folk band from Peru began a tour that will take in Kenya and Ghana.',
  },  {
    id: 'interaction.sanction.measure-targets.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: "Canada's latest sanctions target Iranian shipping firms.",
    interactions: ['CAN sanction IRN'],
  },
  {
    id: 'interaction.sanction.measure-targets.2', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: "Norway's new sanctions could target Belarus's potash exports.",
  },
  {
    id: 'interaction.sanction.measure-targets.3', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: "Norway's new sanctions target money laundering.",
  },  {
    id: 'interaction.meet.tour-stops.5', test: 'mft', capability: 'meet', cameo: '042',
    text: "The Ecuadorian president left for Africa on Monday; his trip includes stops in Ghana and Senegal.",
    interactions: ['ECU meet GHA', 'ECU meet SEN'],
  },
  {
    id: 'interaction.meet.tour-stops.6', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: "The Ecuadorian president's trip includes talks in Ghana on cocoa prices.",
  },
  {
    id: 'interaction.meet.tour-stops.7', test: 'neg', capability: 'hypothetical', cameo: '042',
    text: "The Ecuadorian president's trip could include stops in Ghana and Senegal.",
  },  {
    id: 'interaction.meet.namesake-capital.5', test: 'mft', capability: 'noun-frame', cameo: '042',
    text: "Japan's foreign minister began a two-day trip to Kuwait City on Sunday.",
    interactions: ['JPN meet KWT'],
  },
  {
    id: 'interaction.meet.namesake-capital.6', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'A visit to Mexico City by tourists from Spain was cancelled.',
  },  {
    id: 'interaction.meet.tour-stops.8', test: 'mft', capability: 'meet', cameo: '042',
    text: "Kenya will be the last stop on the Irish president's African tour.",
    interactions: ['IRL meet KEN'],
  },
  {
    id: 'interaction.meet.tour-stops.9', test: 'neg', capability: 'hypothetical', cameo: '042',
    text: "Kenya could be the last stop on the Irish president's African tour.",
  },
  {
    id: 'interaction.meet.tour-stops.10', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: "Kenya is the last stop on a folk band's African tour.",
  },
]
