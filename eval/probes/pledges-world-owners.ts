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
  // years given in the order of their owners
  {
    id: 'pledge.world.respectively.1', test: 'mft', capability: 'owner',
    text: 'Germany and France aim for climate neutrality by 2045 and 2050 respectively.',
    pledges: ['DEU net_zero 2045', 'FRA net_zero 2050'],
  },
  {
    id: 'pledge.world.respectively.2', test: 'inv', capability: 'owner',
    text: 'China and India have set net zero targets of 2060 and 2070, respectively.',
    pledges: ['CHN net_zero 2060', 'IND net_zero 2070'],
  },
  {
    id: 'pledge.world.respectively.3', test: 'inv', capability: 'owner',
    text: 'China and India have set net zero targets of 2060 and 2070.',
    pledges: ['CHN net_zero 2060', 'IND net_zero 2070'],
  },
  {
    id: 'pledge.world.respectively.4', test: 'neg', capability: 'interim',
    text: 'Chile and Peru both aim to cut emissions 30% by 2030 and 50% by 2040.',
    pledges: ['CHL reduction 2030 30', 'PER reduction 2030 30', 'CHL reduction 2040 50', 'PER reduction 2040 50'],
  },
  {
    id: 'pledge.world.joined-year.1', test: 'mft', capability: 'interim',
    text: 'Thailand will reach carbon neutrality by 2050 and net zero by 2065, and Vietnam by 2050 and 2060.',
    pledges: ['THA net_zero 2050', 'THA net_zero 2065', 'VNM net_zero 2050', 'VNM net_zero 2060'],
  },
  {
    id: 'pledge.world.joined-year.2', test: 'neg', capability: 'reduction',
    text: 'Norway will cut emissions 55% by 2030 and 2005 levels will be the base for its new plan.',
    pledges: ['NOR reduction 2030 55'],
  },
]
