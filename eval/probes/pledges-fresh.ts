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
  // A fall of emissions its owner states in the future: "emissions will/would/must fall N% by YEAR", "would see emissions fall".
  {
    id: 'pledge.fresh.fall.will.1', test: 'mft', capability: 'reduction',
    text: "Under the new plan, Jordan's emissions will fall 31 percent by 2030.",
    pledges: ['JOR reduction 2030 31'],
  },
  {
    id: 'pledge.fresh.fall.vowed-would.1', test: 'mft', capability: 'reduction',
    text: "Tunisia's prime minister vowed that emissions would drop 45% by 2030.",
    pledges: ['TUN reduction 2030 45'],
  },
  {
    id: 'pledge.fresh.fall.would-see.1', test: 'mft', capability: 'reduction',
    text: "The roadmap would see Uganda's emissions decline 22% by 2030.",
    pledges: ['UGA reduction 2030 22'],
  },
  {
    id: 'pledge.fresh.fall.must-under-law.1', test: 'mft', capability: 'reduction',
    text: "Latvia's emissions must fall 65% by 2030 compared with 1990, under its climate act.",
    pledges: ['LVA reduction 2030 65 base 1990'],
  },
  {
    id: 'pledge.fresh.fall.must-pathway.1', test: 'neg', capability: 'pathway',
    text: "Latvia's emissions must fall 65% by 2030 to stay on a 1.5C path, scientists say.",
  },
  {
    id: 'pledge.fresh.fall.projected-after.1', test: 'neg', capability: 'projection',
    text: "Slovakia's emissions will fall 25% by 2030, the national statistics office projected.",
  },
  {
    id: 'pledge.fresh.fall.according-to-forecasts.1', test: 'neg', capability: 'projection',
    text: "According to forecasts, Bolivia's emissions will decline 12 percent by 2035.",
  },
]
