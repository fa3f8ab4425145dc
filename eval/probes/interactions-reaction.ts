import type { Probe } from './probe.js'

/**
 * Interaction probes: protests told as a feeling one party's act stirs in another, as a campaign or
 * a case brought against a party, and parties named again by "them" or "the two countries".
 */
export const REACTION_PROBES: readonly Probe[] = [
  {
    id: 'interaction.protest.provoked.1', test: 'mft', capability: 'provoked', cameo: '110',
    text: "Norway's decision to open new Arctic oil fields has angered Iceland, whose fishing fleet depends on clean waters.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.provoked.2', test: 'inv', capability: 'provoked', cameo: '110',
    text: "Iceland was infuriated by Norway's decision to open new Arctic oil fields.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.provoked.3', test: 'neg', capability: 'provoked', cameo: '110',
    text: 'The long drought has angered farmers across Morocco.',
  },
  {
    id: 'interaction.protest.campaign.1', test: 'mft', capability: 'campaign', cameo: '115',
    text: "Ecuador and Peru have launched a joint campaign against Colombia's plan to drill near their shared border.",
    interactions: ['ECU protest COL', 'PER protest COL', 'ECU cooperate PER'],
  },
  {
    id: 'interaction.protest.campaign.2', test: 'mft', capability: 'campaign', cameo: '115',
    text: 'Indonesia filed a case at the World Trade Organization against the European Union over its nickel export rules.',
    interactions: ['IDN protest EU'],
  },
  {
    id: 'interaction.protest.campaign.3', test: 'neg', capability: 'campaign', cameo: '115',
    text: 'Ghana launched a campaign against illegal gold mining in its forests.',
  },
  {
    id: 'interaction.protest.them.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: 'The Solomon Islands hosted Australia and New Zealand for talks on Monday. The Solomon Islands later criticised them over the slow pace of climate finance.',
    interactions: ['SLB meet AUS', 'SLB meet NZL', 'SLB protest AUS', 'SLB protest NZL'],
  },
]
