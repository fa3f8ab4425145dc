import type { Probe } from './probe.js'

/** Interactions probes of the fifteenth round, continued (interactions-round15.ts spreads them into its own list). */
export const ROUND15_INTERACTION_PROBES_MORE: readonly Probe[] = [
  // An act a rebutting verb answers was made, and aimed at the one who answers: "rejected accusations from
  // Finland", "rebuffed Kenya's demand"; a negated rebuttal ("did not deny the accusations") cancels only itself.
  {
    id: 'interaction.round15.rebutted.1', test: 'mft', capability: 'protest', cameo: '112',
    text: 'Cable damage\n\nEstonia dismissed accusations from Latvia over the damaged power cable.',
    interactions: ['LVA protest EST', 'EST protest LVA'],
  },
  {
    id: 'interaction.round15.rebutted.2', test: 'mft', capability: 'demand', cameo: '100',
    text: 'Colonial claims\n\nBelgium rebuffed Burundi\'s demand for reparations on Monday.',
    interactions: ['BDI demand BEL', 'BEL protest BDI'],
  },
  {
    id: 'interaction.round15.rebutted.3', test: 'mft', capability: 'negated', cameo: '112',
    text: 'Cable damage\n\nEstonia did not deny Latvia\'s accusations over the damaged power cable.',
    interactions: ['LVA protest EST'],
  },
  {
    id: 'interaction.round15.rebutted.4', test: 'mft', capability: 'negated', cameo: '111',
    text: 'Dam dispute\n\nSudan did not dismiss criticism from Egypt over the dam, officials said.',
    interactions: ['EGY protest SDN'],
  },
  {
    id: 'interaction.round15.rebutted.5', test: 'neg', capability: 'decoy-interaction', cameo: '112',
    text: 'Cable damage\n\nEstonia rejected the accusations of sabotage on Monday.',
  },
  // A received act with "no" ("drew no criticism from", "faced no pressure from") was never made.
  {
    id: 'interaction.round15.received-none.1', test: 'neg', capability: 'negated', cameo: '111',
    text: 'Dam dispute\n\nSudan has drawn no criticism from Egypt over the dam, officials said.',
  },
  {
    id: 'interaction.round15.received-none.2', test: 'neg', capability: 'negated', cameo: '020',
    text: 'Coal date\n\nIndonesia faced no pressure from South Korea to set a date for its coal exit.',
  },
  {
    id: 'interaction.round15.received-none.3', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Coal date\n\nIndonesia faced strong pressure from South Korea to set a date for its coal exit.',
    interactions: ['KOR urge IDN'],
  },
  // Aid received from a party is that party's help (cooperate.aid-received, reverse frame).
  {
    id: 'interaction.round15.aid-received.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Flood relief\n\nMozambique received emergency aid from Portugal after the cyclone.',
    interactions: ['PRT cooperate MOZ'],
  },
  {
    id: 'interaction.round15.aid-received.2', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Fuel crisis\n\nThe Maldives accepted a loan from India on Thursday to pay for fuel imports.',
    interactions: ['IND cooperate MDV'],
  },
  {
    id: 'interaction.round15.aid-received.3', test: 'neg', capability: 'negated', cameo: '070',
    text: 'Flood relief\n\nMozambique has not received any aid from Portugal since the cyclone.',
  },
  {
    id: 'interaction.round15.aid-received.4', test: 'neg', capability: 'non-actor', cameo: '070',
    text: 'Fuel crisis\n\nThe Maldives accepted a loan from a consortium of Gulf banks to pay for fuel imports.',
  },
  // "have yet to", "is yet to": an act still to come has not happened.
  {
    id: 'interaction.round15.yet-to.1', test: 'neg', capability: 'negated', cameo: '057',
    text: 'Border treaty\n\nEcuador and Colombia have yet to sign the new border treaty.',
  },
  {
    id: 'interaction.round15.yet-to.2', test: 'neg', capability: 'negated', cameo: '040',
    text: 'No summit yet\n\nThe Turkish president is yet to meet his Greek counterpart this year.',
  },
  {
    id: 'interaction.round15.yet-to.3', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Border treaty\n\nEcuador has signed the border treaty with Colombia, but it has yet to take effect.',
    interactions: ['ECU agree COL'],
  },
  // "a pact worth $200 million": the amount after "worth" measures the noun before it, which stays the phrase's head.
  {
    id: 'interaction.round15.worth.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Security pact\n\nAustralia and Papua New Guinea this week struck a security pact worth A$200 million.',
    interactions: ['AUS agree PNG'],
  },
  {
    id: 'interaction.round15.worth.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Steel duties\n\nMexico imposed tariffs worth $1 billion on Brazilian steel on Friday.',
    interactions: ['MEX sanction BRA'],
  },
  {
    id: 'interaction.round15.worth.3', test: 'neg', capability: 'hypothetical', cameo: '057',
    text: 'Security pact\n\nAustralia is seeking a security pact worth A$200 million with Papua New Guinea.',
  },
  {
    id: 'interaction.round15.worth.4', test: 'neg', capability: 'decoy-trade', cameo: '163',
    text: 'Steel trade\n\nBrazilian steel worth $1 billion was shipped to Mexico last year.',
  },
  // A joint work widened or resumed is done jointly: "resumed joint patrols", "stepped up joint exercises".
  {
    id: 'interaction.round15.joint-resumed.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'River patrols\n\nCambodia and Vietnam resumed joint patrols on the Mekong last month.',
    interactions: ['KHM cooperate VNM'],
  },
  {
    id: 'interaction.round15.joint-resumed.2', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Ocean drills\n\nIndonesia and Australia stepped up joint fisheries surveillance in the Arafura Sea.',
    interactions: ['IDN cooperate AUS'],
  },
  {
    id: 'interaction.round15.joint-resumed.3', test: 'neg', capability: 'negated', cameo: '060',
    text: 'River patrols\n\nCambodia and Vietnam have not resumed joint patrols on the Mekong since the floods.',
  },
  // A demonstrative object in a quote ("this interference", "these accusations") points at what the "of" phrase names.
  {
    id: 'interaction.round15.pointing-object.1', test: 'mft', capability: 'protest', cameo: '120',
    text: 'Embassy reply\n\n\u201cWe reject this interference in our affairs,\u201d the Chinese embassy said of the Dutch parliamentary report.',
    interactions: ['CHN protest NLD'],
    quotes: ['Chinese embassy: We reject this interference in our affairs,'],
  },
  {
    id: 'interaction.round15.pointing-object.2', test: 'mft', capability: 'protest', cameo: '120',
    text: 'Cable row\n\n\u201cWe firmly reject these accusations,\u201d the Russian foreign ministry said of the Estonian claims on Friday.',
    interactions: ['RUS protest EST'],
    quotes: ['Russian foreign ministry: We firmly reject these accusations,'],
  },
  {
    id: 'interaction.round15.pointing-object.3', test: 'neg', capability: 'decoy-interaction', cameo: '120',
    text: 'Embassy reply\n\n\u201cWe reject this interference in our affairs,\u201d a spokesman for the Chinese embassy said on Tuesday.',
    quotes: ['Chinese embassy: We reject this interference in our affairs,'],
  },
]
