import type { Probe } from './probe.js'

/**
 * Interaction probes: words the lexicon lists that must reach their entry through wink's lemma
 * ("dialogue" is read as "dialog"), and nouns that call an act off before it took place.
 */
export const REACH_PROBES: readonly Probe[] = [
  {
    id: 'interaction.meet.dialogue.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Peru held a high-level dialogue with Ecuador on water rights on Monday.',
    interactions: ['PER meet ECU'],
  },
  {
    id: 'interaction.meet.dialogue.2', test: 'inv', capability: 'meet', cameo: '040',
    text: 'Ecuador opened a strategic dialogue with Peru in Quito.',
    interactions: ['ECU meet PER'],
  },
  {
    id: 'interaction.meet.dialogue.3', test: 'neg', capability: 'decoy-interaction', cameo: '040',
    text: 'Peru says disputes over water rights should be settled through dialogue.',
  },
  // A noun that calls the act off governs it: no meeting took place.
  {
    id: 'interaction.meet.called-off-noun.1', test: 'neg', capability: 'negated', cameo: '040',
    text: 'Hanoi announced the suspension of talks between the Vietnamese and Cambodian water ministries.',
  },
  {
    id: 'interaction.meet.called-off-noun.2', test: 'neg', capability: 'negated', cameo: '040',
    text: 'The postponement of the visit by the Cambodian premier to Vietnam was announced on Friday.',
  },
  {
    id: 'interaction.meet.called-off-noun.3', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The collapse of talks between Vietnam and Cambodia in May left the dam dispute open.',
    interactions: ['VNM meet KHM'],
  },
]
