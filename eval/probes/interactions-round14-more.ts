import type { Probe } from './probe.js'

/** Interaction probes of the fourteenth round, continued (interactions-round14.ts reached its size limit). */
export const ROUND14_INTERACTION_PROBES_MORE: readonly Probe[] = [
  // "There was condemnation from Egypt after Ethiopia began …": a reaction with no subject answers the act its
  // "after"/"following" phrase names (a clause's subject, or a thing whose owner is known).
  {
    id: 'interaction.round14.existential-after.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Reservoir row\n\nThere was swift condemnation from Egypt after Ethiopia began filling the new reservoir.',
    interactions: ['EGY protest ETH'],
  },
  {
    id: 'interaction.round14.existential-after.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Seabed permits\n\nThere was sharp criticism from Australia following Indonesia's decision to open its seabed to miners.",
    interactions: ['AUS protest IDN'],
  },
  {
    id: 'interaction.round14.existential-after.3', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Lignite mine\n\nPoland approved a new lignite mine near the border on Friday. There was an angry rebuke from the Czech Republic after the decision.',
    interactions: ['CZE protest POL'],
  },
  {
    id: 'interaction.round14.existential-after.4', test: 'neg', capability: 'negated', cameo: '111',
    text: 'Seabed permits\n\nThere was no criticism from Australia after Indonesia opened its seabed to miners.',
  },
  {
    id: 'interaction.round14.existential-after.5', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Seabed talks\n\nThere was criticism from Australia after talks with Indonesia ended without a deal.',
  },
  // "Russia dismissed accusations from Finland that …": the accusation answered was made, and the answer is a
  // second act the other way; neither a refusing verb nor the one-direction-per-sentence rule undoes it.
  {
    id: 'interaction.round14.answered-accusation.1', test: 'mft', capability: 'direction', cameo: '111',
    text: 'Cable dispute\n\nRussia dismissed accusations from Finland that it had damaged an undersea power cable.',
    interactions: ['FIN protest RUS', 'RUS protest FIN'],
  },
  {
    id: 'interaction.round14.answered-accusation.2', test: 'mft', capability: 'direction', cameo: '111',
    text: 'River dispute\n\nIndia rejected accusations from Pakistan that it was holding back water from the shared rivers.',
    interactions: ['IND protest PAK', 'PAK protest IND'],
  },
  {
    id: 'interaction.round14.answered-accusation.3', test: 'mft', capability: 'direction', cameo: '111',
    text: 'Palm oil\n\nIndonesia brushed aside criticism from Norway of its palm oil plantations.',
    interactions: ['IDN protest NOR', 'NOR protest IDN'],
  },
  {
    id: 'interaction.round14.answered-accusation.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Fertiliser rules\n\nGermany rejected criticism from farmers over its fertiliser rules.',
  },
  {
    id: 'interaction.round14.answered-accusation.5', test: 'mft', capability: 'direction', cameo: '120',
    text: 'Flood data\n\nIndia rejected an offer from Pakistan to share flood data.',
    interactions: ['IND protest PAK'],
  },
  // "may agree to build a joint line if funding is found": the hypothetical modal sits on a verb above the act,
  // and the condition still makes it only possible.
  {
    id: 'interaction.round14.modal-above-if.1', test: 'neg', capability: 'hypothetical', cameo: '060',
    text: 'Power line\n\nKenya and Tanzania may agree to build a joint power line if funding is found.',
  },
  {
    id: 'interaction.round14.modal-above-if.2', test: 'neg', capability: 'hypothetical', cameo: '060',
    text: 'Reef patrol\n\nFiji and Tonga might decide to launch a joint reef patrol if the weather allows.',
  },
  {
    id: 'interaction.round14.modal-above-if.3', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Power line\n\nKenya and Tanzania agreed on Friday to build a joint power line across the border.',
    interactions: ['KEN agree TZA', 'KEN cooperate TZA'],
  },
  // "export controls on chips to China": an export measure on goods falls on where the goods go.
  {
    id: 'interaction.round14.export-measure.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Chip curbs\n\nThe United States tightened export controls on advanced chips to China last week.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.round14.export-measure.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Rice trade\n\nIndia imposed an export ban on rice to Bangladesh in July.',
    interactions: ['IND sanction BGD'],
  },
  {
    id: 'interaction.round14.export-measure.3', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: 'Chip curbs\n\nThe United States may tighten export controls on advanced chips to China.',
  },
  {
    id: 'interaction.round14.export-measure.4', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Chip curbs\n\nExport controls on advanced chips remain a worry for traders in Singapore.',
  },
]
