import type { Probe } from './probe.js'

/** Pledge probes: what is not a pledge (targets urged on others, projections, hypotheticals, refusals). */
export const NOT_A_PLEDGE_PROBES: readonly Probe[] = [
  // not a pledge: a target others urge on the actor (that is an urge interaction when the urger is an actor)
  {
    id: 'pledge.urged.net-zero.1', test: 'neg', capability: 'urged', cameo: '020',
    text: 'Germany urged Poland to commit to climate neutrality by 2050.',
    interactions: ['DEU urge POL'],
  },
  {
    id: 'pledge.urged.reduction.1', test: 'neg', capability: 'urged', cameo: '020',
    text: 'The UN chief urged Australia to cut emissions by 75% by 2035.',
    interactions: ['UN urge AUS'],
  },
  {
    id: 'pledge.urged.reduction.2', test: 'neg', capability: 'urged', cameo: '020',
    text: 'Japan was pressed by the EU to commit to a 60% cut in emissions by 2035.',
    interactions: ['EU urge JPN'],
  },
  {
    id: 'pledge.urged.phase-out.1', test: 'neg', capability: 'urged', cameo: '020',
    text: 'The G7 urged China to set a date for phasing out coal power.',
    interactions: ['G7 urge CHN'],
  },
  {
    id: 'pledge.urged.renewables.1', test: 'neg', capability: 'urged', cameo: '020',
    text: 'The United States pressed India to aim for 60% clean power by 2035.',
    interactions: ['USA urge IND'],
  },
  {
    id: 'pledge.urged.peak.1', test: 'neg', capability: 'urged', cameo: '020',
    text: 'The EU urged China to commit to peaking emissions by 2025.',
    interactions: ['EU urge CHN'],
  },
  {
    id: 'pledge.urged.intensity.1', test: 'neg', capability: 'urged', cameo: '020',
    text: 'Washington pressed Beijing to set a tougher carbon-intensity target for 2035.',
    interactions: ['USA urge CHN'],
  },
  {
    id: 'pledge.urged.non-actor.1', test: 'neg', capability: 'urged',
    text: 'Campaigners urged Nigeria to set a net-zero date of 2050.',
  },

  // not a pledge: projections, pathways science says are needed, past figures
  {
    id: 'pledge.projection.net-zero.1', test: 'neg', capability: 'projection',
    text: 'Analysts at a Singapore bank expect Indonesia to reach net zero no earlier than 2070.',
  },
  {
    id: 'pledge.projection.peak.1', test: 'neg', capability: 'projection',
    text: "China's emissions are likely to peak in 2025, analysts say.",
  },
  {
    id: 'pledge.projection.peak.2', test: 'neg', capability: 'projection',
    text: "Indonesia's emissions are expected to keep rising until the late 2030s, a think tank said.",
  },
  {
    id: 'pledge.projection.intensity.1', test: 'neg', capability: 'projection',
    text: "Economists forecast that Chile's emissions intensity will drop 30% by 2030.",
  },
  {
    id: 'pledge.projection.renewables.1', test: 'neg', capability: 'projection',
    text: "The IEA projects that solar will supply 40% of Chile's power by 2030.",
  },
  {
    id: 'pledge.pathway.net-zero.1', test: 'neg', capability: 'pathway',
    text: 'The IPCC says the world must reach net-zero carbon dioxide emissions around 2050.',
  },
  {
    id: 'pledge.pathway.reduction.1', test: 'neg', capability: 'pathway',
    text: 'The IEA says advanced economies need to cut power-sector emissions 80% by 2030 to stay on track.',
  },
  {
    id: 'pledge.history.reduction.1', test: 'neg', capability: 'history',
    text: "Britain's emissions fell 50% between 1990 and 2022.",
  },
  {
    id: 'pledge.history.renewables.1', test: 'neg', capability: 'history',
    text: "Renewables supplied 38% of Britain's electricity last year.",
  },
  {
    id: 'pledge.history.phase-out.1', test: 'neg', capability: 'history',
    text: 'Germany completed its exit from nuclear power in April 2023.',
  },

  // not a pledge: hypotheticals, targets resisted or refused, a target not set, finance for capacity abroad
  {
    id: 'pledge.hypothetical.net-zero.1', test: 'neg', capability: 'hypothetical',
    text: 'If Kazakhstan adopted a 2050 net-zero goal, it would need to close most of its coal plants.',
  },
  {
    id: 'pledge.hypothetical.reduction.1', test: 'neg', capability: 'hypothetical',
    text: 'Mexico could cut emissions 35% by 2030 if it stopped burning fuel oil, researchers found.',
  },
  {
    id: 'pledge.hypothetical.phase-out.1', test: 'neg', capability: 'hypothetical',
    text: 'Poland could shut its coal plants by 2035 if EU money arrives, a study found.',
  },
  {
    id: 'pledge.resisted.net-zero.1', test: 'neg', capability: 'resisted',
    text: 'Poland has refused to sign up to a 2050 climate-neutrality target.',
  },
  {
    id: 'pledge.resisted.reduction.1', test: 'neg', capability: 'resisted',
    text: 'Australia has refused to adopt a 2035 target of a 75% cut.',
  },
  {
    id: 'pledge.resisted.phase-out.1', test: 'neg', capability: 'resisted',
    text: 'At the summit, Japan declined to commit to a date for ending coal power.',
  },
  {
    id: 'pledge.resisted.phase-out.2', test: 'neg', capability: 'resisted',
    text: 'Saudi Arabia opposes any target to phase out fossil fuels.',
  },
  {
    id: 'pledge.negated.net-zero.1', test: 'neg', capability: 'negated',
    text: 'Australia has not set a net-zero target for 2040.',
  },
  {
    id: 'pledge.abroad.renewables.1', test: 'neg', capability: 'abroad',
    text: 'Japan will help finance 10 GW of renewable capacity across Southeast Asia by 2030.',
  },
  {
    id: 'pledge.abroad.renewables.2', test: 'neg', capability: 'abroad',
    text: 'Under the partnership, Norway and Chile will deploy 30 gigawatts of clean power worldwide by 2035.',
    pledges: [],
  },
  {
    id: 'pledge.abroad.renewables.3', test: 'neg', capability: 'abroad',
    text: 'Korea pledged to install 5 GW of solar panels in developing countries by 2030.',
    pledges: [],
  },
  // A country's firms, sector or cities set targets of their own, not the country's.
  {
    id: 'pledge.non-state.firms.1', test: 'neg', capability: 'decoy-pledge',
    text: "Norway's salmon farming companies aim to be carbon neutral by 2040.",
  },
  {
    id: 'pledge.non-state.city.1', test: 'neg', capability: 'decoy-pledge',
    text: 'The city of Oslo wants to be net zero by 2030, ten years before the rest of the country.',
  },
  {
    id: 'pledge.non-state.ministry.1', test: 'inv', capability: 'owner',
    text: "Norway's industry ministry said the country would be climate neutral by 2050.",
    pledges: ['NOR net_zero 2050'],
  },
  // A forecast of another party ("expects X to peak") is neither that party's target nor a call on it.
  {
    id: 'pledge.projection.forecast-object.1', test: 'neg', capability: 'projection',
    text: 'Japan expects South Korea to peak its carbon output before 2031.',
  },
]
