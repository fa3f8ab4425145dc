import type { Probe } from './probe.js'

/** Pledges probes of a fifteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND15_PLEDGE_PROBES: readonly Probe[] = [
  // A target named by its year and left unsized, its size in the next sentence or a later clause:
  // "Canada announced its 2035 target. The country will cut emissions 45 to 50 per cent."
  {
    id: 'pledge.r15.carried.next.1', test: 'mft', capability: 'split',
    text: 'Ottawa names its number\n\nCanada announced its 2035 target on Thursday. The country will cut emissions 45 to 50 per cent below 2005 levels, Environment Minister Lena Marchand said.',
    pledges: ['CAN reduction 2035 45-50 base 2005'],
  },
  {
    id: 'pledge.r15.carried.next.2', test: 'mft', capability: 'split',
    text: 'Wellington lifts its sights\n\nNew Zealand raised its 2030 target on Monday. It now aims to cut net emissions 50% below 2005 levels.',
    pledges: ['NZL reduction 2030 50 base 2005'],
  },
  {
    id: 'pledge.r15.carried.next.3', test: 'mft', capability: 'split',
    text: "Tokyo's cabinet signs off\n\nJapan's 2035 goal was approved by the cabinet on Tuesday. It calls for a 60% cut in greenhouse gas emissions from 2013 levels.",
    pledges: ['JPN reduction 2035 60 base 2013'],
  },
  {
    id: 'pledge.r15.carried.clause.1', test: 'mft', capability: 'reduction',
    text: "Canberra's 2035 goal set\n\nCanberra's 2035 goal, announced on Thursday, is a cut of 62 to 70 per cent below 2005 levels, Climate Minister Chris Bowman said.",
    pledges: ['AUS reduction 2035 62-70 base 2005'],
  },
  {
    id: 'pledge.r15.carried.clause.2', test: 'mft', capability: 'reduction',
    text: "Lima's number\n\nPeru's 2035 target, unveiled at the talks in Bonn, is a 40% reduction from 2010 levels.",
    pledges: ['PER reduction 2035 40 base 2010'],
  },
  {
    id: 'pledge.r15.carried.urged.1', test: 'neg', capability: 'urged',
    text: 'Ottawa weighs its options\n\nCanada will set its 2035 target in the autumn. Environmental groups have urged it to cut emissions 60 per cent.',
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.forecast.1', test: 'neg', capability: 'projection',
    text: 'Nairobi to publish plan\n\nKenya will publish its 2035 goal in June. Analysts expect it to cut emissions by 35%.',
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.clause.could.1', test: 'neg', capability: 'hypothetical',
    text: "Lima weighs its number\n\nPeru's 2035 target, due in March, could be a 40% reduction from 2010 levels.",
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.clause.expected.1', test: 'neg', capability: 'projection',
    text: "Lima weighs its number\n\nPeru's 2035 target, due in March, is expected to be a 40% reduction from 2010 levels, analysts say.",
    pledges: [],
  },
]
