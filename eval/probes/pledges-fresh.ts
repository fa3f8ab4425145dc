import type { Probe } from './probe.js'

/** Pledge probes of a thirteenth round of our own paraphrases (targets stated in forms the earlier probes do not use) and their near negatives. */
export const FRESH_PLEDGE_PROBES: readonly Probe[] = [
  // A forecast named after the target: those who assess the trend, or today's course, at the sentence's end.
  {
    id: 'pledge.fresh.forecast-after.analysts.1', test: 'neg', capability: 'projection',
    text: 'Portugal will cut emissions 40% by 2030, analysts project.',
  },
  {
    id: 'pledge.fresh.forecast-after.current-pace.1', test: 'neg', capability: 'projection',
    text: 'Colombia will reach net zero by 2055 at the current pace, researchers estimate.',
  },
  {
    id: 'pledge.fresh.forecast-after.according-to-study.1', test: 'neg', capability: 'projection',
    text: 'Ecuador will cut emissions by 20% by 2035 if it ends gas flaring, according to a new study.',
  },
  {
    id: 'pledge.fresh.forecast-inside.will-likely.1', test: 'neg', capability: 'projection',
    text: "Wind and solar will likely supply 60% of Greece's power by 2030.",
  },
  {
    id: 'pledge.fresh.urged.force.1', test: 'neg', capability: 'urged',
    text: 'Campaigners took Belgium to court to force it to cut emissions 55% by 2030.',
  },
  {
    id: 'pledge.fresh.forecast-after.minister-said.1', test: 'mft', capability: 'reduction',
    text: 'Portugal will cut emissions 40% by 2030, the environment minister said.',
    pledges: ['PRT reduction 2030 40'],
  },
  {
    id: 'pledge.fresh.forecast-after.named-target.1', test: 'mft', capability: 'reduction',
    text: 'Croatia will meet its 2030 goal of a 45% cut in emissions, analysts estimate.',
    pledges: ['HRV reduction 2030 45'],
  },
]
