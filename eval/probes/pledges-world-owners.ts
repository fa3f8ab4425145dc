import type { Probe } from './probe.js'

/**
 * Pledge probes on owners named by a phrase for several parties: "the two countries", "both sides" after
 * a pair the story named, which the discourse memory reads as that pair; and the near forms in which the
 * pair urges another or only one of them holds the target.
 */
export const WORLD_OWNER_PLEDGE_PROBES: readonly Probe[] = [
  {
    id: 'pledge.world.pair-owner.1', test: 'mft', capability: 'owner',
    text: 'Tokyo talks end\n\nJapan and Australia met in Tokyo on Friday. The two countries reaffirmed their goals of net zero by 2050.',
    pledges: ['JPN net_zero 2050', 'AUS net_zero 2050'],
    interactions: ['JPN meet AUS'],
  },
  {
    id: 'pledge.world.pair-owner.2', test: 'inv', capability: 'owner',
    text: 'Andean neighbours align\n\nChile\'s president met his Peruvian counterpart in Lima on Monday. Both sides pledged to phase out coal power by 2040.',
    pledges: ['CHL phase_out 2040', 'PER phase_out 2040'],
    interactions: ['CHL meet PER'],
  },
  {
    id: 'pledge.world.pair-owner.3', test: 'neg', capability: 'urged',
    text: 'Tokyo talks end\n\nJapan and Australia met in Tokyo on Friday. The two countries urged China to reach net zero by 2050.',
    interactions: ['JPN meet AUS', 'JPN urge CHN', 'AUS urge CHN'],
  },
  {
    id: 'pledge.world.pair-owner.4', test: 'neg', capability: 'owner',
    text: 'Tokyo talks end\n\nJapan met Australia in Tokyo on Friday. Japan reaffirmed its goal of net zero by 2050.',
    pledges: ['JPN net_zero 2050'],
    interactions: ['JPN meet AUS'],
  },
]
