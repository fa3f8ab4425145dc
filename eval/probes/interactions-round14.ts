import type { Probe } from './probe.js'

/** Interaction probes of a fourteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND14_INTERACTION_PROBES: readonly Probe[] = [
  // "his Norwegian counterpart Ingrid Solvang": "counterpart" is a title, so a name no list knows takes the country before it.
  {
    id: 'interaction.round14.counterpart-named.1', test: 'mft', capability: 'counterpart', cameo: '040',
    text: 'Oslo talks\n\nCanadian Environment Minister Luc Bergeron held talks with his Norwegian counterpart Ingrid Solvang in Oslo on Tuesday.',
    interactions: ['CAN meet NOR'],
  },
  {
    id: 'interaction.round14.counterpart-named.2', test: 'mft', capability: 'counterpart', cameo: '057',
    text: 'Lake deal\n\nPeruvian Foreign Minister Ana Quispe and her Bolivian counterpart, Jorge Mamani, signed an accord on the lake on Friday.',
    interactions: ['PER agree BOL'],
  },
  {
    id: 'interaction.round14.counterpart-named.3', test: 'neg', capability: 'negated', cameo: '040',
    text: 'No meeting\n\nCanadian Environment Minister Luc Bergeron did not meet his Norwegian counterpart Ingrid Solvang at the summit.',
  },
  // A verdict on a party's act that has an infinitive ("described X's plan to scrap the ban as regrettable",
]
