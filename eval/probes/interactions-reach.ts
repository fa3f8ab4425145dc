import type { Probe } from './probe.js'

/**
 * Interaction probes: words the lexicon lists that must reach their entry through wink's lemma
 * ("dialogue" is read as "dialog"), nouns that call an act off before it took place, and an object
 * pronoun that must reach the party a role phrase named.
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
  // An object "him" is not its clause's subject: with no other person named, the role phrase of another party.
  {
    id: 'interaction.urge.him-role.1', test: 'mft', capability: 'pronoun', cameo: '020',
    text: "Chile's president, Ana Rojas, met Bolivia's foreign minister in Santiago on Monday.\n\nRojas urged him to reopen the lithium talks.",
    interactions: ['CHL meet BOL', 'CHL urge BOL'],
  },
  {
    id: 'interaction.urge.him-role.2', test: 'inv', capability: 'pronoun', cameo: '020',
    text: "Tom Harlan, Canada's environment minister, received Mexico's energy secretary in Ottawa.\n\nHarlan thanked him and pressed him to cut methane leaks.",
    interactions: ['CAN meet MEX', 'CAN urge MEX'],
  },
  // An object "it" that an infinitive follows is who acts: the subject of the sentence before.
  {
    id: 'interaction.urge.it-agent.1', test: 'mft', capability: 'pronoun', cameo: '020',
    text: 'Malaysia has been slow to close its oldest coal plants.\n\nOn Tuesday, Singapore urged it to move faster.',
    interactions: ['SGP urge MYS'],
  },
  {
    id: 'interaction.urge.it-agent.2', test: 'neg', capability: 'decoy-interaction', cameo: '020',
    text: 'Malaysia drafted a new law on coal plants.\n\nSingapore sent it to the regional energy forum.',
  },
  // A game is no meeting, but "a friendly atmosphere" is no game.
  {
    id: 'interaction.meet.friendly-atmosphere.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Senegal's president met Mali's interim leader in a friendly atmosphere in Dakar.",
    interactions: ['SEN meet MLI'],
  },
  // "A and B are partners of C": each with C, not with each other; "close partners" is read by its head.
  {
    id: 'interaction.cooperate.partners-of.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Laos and Cambodia are close partners of Vietnam on hydropower.',
    interactions: ['LAO cooperate VNM', 'KHM cooperate VNM'],
  },
  {
    id: 'interaction.cooperate.partners-of.2', test: 'neg', capability: 'decoy-trade', cameo: '060',
    text: "Laos is Thailand's largest trading partner.",
  },
  // A pronoun subject whose person was named three sentences back, with sentences naming no one between:
  // the tagger reads the sentence the discourse memory points to, however far back (candidates.ts).
  {
    id: 'interaction.reach.named-far-back.1', test: 'mft', capability: 'pronoun', cameo: '057',
    text: 'Hydrogen talks\n\nThe German chancellor was in Montreal on Monday. The weather was cold. Snow fell all day and the roads closed. She and her Canadian counterpart signed a deal on hydrogen.',
    interactions: ['DEU agree CAN'],
  },
  {
    id: 'interaction.reach.named-far-back.2', test: 'mft', capability: 'pronoun', cameo: '040',
    text: "Fisheries visit\n\nThe Peruvian foreign minister was in Reykjavik on Sunday. The flight had been delayed for hours. Nobody waited at the airport. On Monday she held talks with her Icelandic counterpart.",
    interactions: ['PER meet ISL'],
  },
  {
    id: 'interaction.reach.named-far-back.3', test: 'neg', capability: 'pronoun', cameo: '057',
    text: 'Hydrogen talks\n\nThe German chancellor was in Montreal on Monday. The weather was cold. Snow fell all day and the roads closed. She and her Canadian counterpart did not sign a deal on hydrogen.',
  },
]
