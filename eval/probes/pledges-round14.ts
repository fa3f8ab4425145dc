import type { Probe } from './probe.js'

/** Pledge probes of a fourteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND14_PLEDGE_PROBES: readonly Probe[] = [
  // A target named by its kind after its year: "a 2040 coal exit", "its 2030 emissions cut", "its 2030 ban on …".
  {
    id: 'pledge.r14.noun-year.exit.1', test: 'mft', capability: 'phase_out',
    text: 'Manila firms up coal plans\n\nThe Philippines announced a 2040 coal exit on Monday, the energy department said.',
    pledges: ['PHL phase_out 2040'],
  },
  {
    id: 'pledge.r14.noun-year.headline.1', test: 'mft', capability: 'phase_out',
    text: 'Lithuania confirms 2030 ban on new diesel car sales\n\nThe transport ministry said dealers had been told on Friday.',
    pledges: ['LTU phase_out 2030'],
  },
  {
    id: 'pledge.r14.noun-year.cut.1', test: 'mft', capability: 'reduction',
    text: 'Bangkok raises its sights\n\nThailand lifted its 2030 emissions cut to 40 percent, up from 30 percent, Prime Minister Anan Suksai said.',
    pledges: ['THA reduction 2030 40'],
  },
  {
    id: 'pledge.r14.noun-year.study.1', test: 'neg', capability: 'projection',
    text: 'Counting the cost of coal\n\nA 2040 coal exit would cost Indonesia $30 billion, a study by a Jakarta think tank found.',
    pledges: [],
  },
  {
    id: 'pledge.r14.noun-year.refused.1', test: 'neg', capability: 'resisted',
    text: 'Kuala Lumpur holds back\n\nMalaysia has refused to set a 2040 coal phase-out, its energy minister told parliament.',
    pledges: [],
  },
]
