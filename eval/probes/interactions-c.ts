import type { Probe } from './probe.js'

/**
 * Interaction probes, part C: parties given as examples ("Several countries, including A and B, …"),
 * protests whose target is only in what the protester argues ("…, arguing that the levy …"), and
 * things named once with their owner and later by a short name ("the EU's levy (CBAM)" … "CBAM").
 */
export const INTERACTION_PROBES_C: readonly Probe[] = [
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
]
