import type { Probe } from './probe.js'

/**
 * Pledge probes: the ordinary ways news states a national target, each in its own words
 * (net zero and its synonyms, cuts against a base year, fronted years and owners, owners named
 * by a pronoun, a capital, a leader or a ministry, hedged goals, conditional figures, methane,
 * earlier figures, peaks, phase-outs, shares of clean power, intensity).
 */
export const NEWS_PLEDGE_PROBES: readonly Probe[] = [
  // net zero and its synonyms, with the year written in several ways
  {
    id: 'pledge.news.net-zero.two-dates.1', test: 'mft', capability: 'net_zero',
    text: 'Thailand has set a goal of carbon neutrality by 2050 and of net-zero emissions of all gases by 2065.',
    pledges: ['THA net_zero 2050', 'THA net_zero 2065'],
  },
  {
    id: 'pledge.news.net-zero.moved.1', test: 'mft', capability: 'net_zero',
    text: 'Portugal brought forward its climate neutrality target to 2045.',
    pledges: ['PRT net_zero 2045'],
  },
  {
    id: 'pledge.news.net-zero.goal-for.1', test: 'mft', capability: 'net_zero',
    text: 'Mexico announced a net-zero emissions goal for 2050 on Tuesday.',
    pledges: ['MEX net_zero 2050'],
  },
  {
    id: 'pledge.news.net-zero.target-year.1', test: 'mft', capability: 'net_zero',
    text: "Nigeria's target year for net zero is 2060.",
    pledges: ['NGA net_zero 2060'],
  },
  {
    id: 'pledge.news.net-zero.fronted.1', test: 'mft', capability: 'fronted',
    text: 'By 2060, Indonesia aims to have brought its emissions to net zero.',
    pledges: ['IDN net_zero 2060'],
  },
  {
    id: 'pledge.news.net-zero.under-plan.1', test: 'mft', capability: 'fronted',
    text: 'Under its new plan, Chile will become carbon neutral by 2050.',
    pledges: ['CHL net_zero 2050'],
  },
  {
    id: 'pledge.news.net-zero.capital.1', test: 'mft', capability: 'metonym',
    text: 'Canberra has committed to reaching net zero by 2050.',
    pledges: ['AUS net_zero 2050'],
  },
  {
    id: 'pledge.news.net-zero.leader.1', test: 'mft', capability: 'person',
    text: 'Danish Prime Minister Lars Holm pledged on Sunday that his country would be climate neutral by 2045.',
    pledges: ['DNK net_zero 2045'],
  },
  {
    id: 'pledge.news.net-zero.leader-of.1', test: 'mft', capability: 'person',
    text: 'President Amara Keita of Mali said the country would achieve climate neutrality by 2055.',
    pledges: ['MLI net_zero 2055'],
  },
  {
    id: 'pledge.news.net-zero.ministry.1', test: 'mft', capability: 'body',
    text: "Brazil's environment ministry said on Friday that the country would reach climate neutrality by 2050.",
    pledges: ['BRA net_zero 2050'],
  },
  {
    id: 'pledge.news.net-zero.wants.1', test: 'mft', capability: 'hedged',
    text: 'Austria wants to reach climate neutrality as early as 2040.',
    pledges: ['AUT net_zero 2040'],
  },
  {
    id: 'pledge.news.net-zero.hopes.1', test: 'mft', capability: 'hedged',
    text: 'Sri Lanka hopes to achieve net-zero emissions by 2050, the energy minister told parliament.',
    pledges: ['LKA net_zero 2050'],
  },
  {
    id: 'pledge.news.net-zero.welcomed.1', test: 'mft', capability: 'owner',
    text: "Britain welcomed India's pledge to reach net zero by 2070.",
    pledges: ['IND net_zero 2070'],
  },
  // paragraphs: the owner named in the sentence before
  {
    id: 'pledge.news.pronoun.two-targets.1', test: 'mft', capability: 'pronoun',
    text: 'Colombia presented its updated climate plan on Monday.\n\nIt aims for net-zero emissions by 2050 and a 51% cut in emissions by 2030.',
    pledges: ['COL net_zero 2050', 'COL reduction 2030 51'],
  },
  {
    id: 'pledge.news.pronoun.government.1', test: 'mft', capability: 'pronoun',
    text: 'Ethiopia sent its new climate plan to the United Nations on Tuesday. The government says it will cut emissions 68% by 2030 compared with business as usual.',
    pledges: ['ETH reduction 2030 68'],
  },
  // reductions: the value, the base year and the verb in their usual orders
  {
    id: 'pledge.news.reduction.from-levels.1', test: 'mft', capability: 'reduction',
    text: 'Canada will cut its emissions by 40% from 2005 levels by 2030.',
    pledges: ['CAN reduction 2030 40 base 2005'],
  },
  {
    id: 'pledge.news.reduction.on-levels.1', test: 'mft', capability: 'reduction',
    text: 'Ukraine has pledged a 65% reduction on 1990 levels by 2030.',
    pledges: ['UKR reduction 2030 65 base 1990'],
  },
  {
    id: 'pledge.news.reduction.below-year.1', test: 'mft', capability: 'reduction',
    text: 'Australia aims to slash greenhouse gases 43 percent below 2005 by 2030.',
    pledges: ['AUS reduction 2030 43 base 2005'],
  },
  {
    id: 'pledge.news.reduction.halve.1', test: 'mft', capability: 'reduction',
    text: 'Norway has promised to halve the greenhouse gases it emits by 2030.',
    pledges: ['NOR reduction 2030 50'],
  },
  {
    id: 'pledge.news.reduction.at-least.1', test: 'mft', capability: 'reduction',
    text: 'Switzerland has committed to cutting emissions by at least 50% by 2030 compared with 1990 levels.',
    pledges: ['CHE reduction 2030 50 base 1990'],
  },
  {
    id: 'pledge.news.reduction.between.1', test: 'mft', capability: 'reduction',
    text: 'Britain on Thursday pledged emissions cuts of between 61% and 66% by 2035, against 1990.',
    pledges: ['GBR reduction 2035 61-66 base 1990'],
  },
  {
    id: 'pledge.news.reduction.to-below.1', test: 'mft', capability: 'reduction',
    text: 'Canada plans to bring its emissions down to 45 percent below 2005 levels by 2035.',
    pledges: ['CAN reduction 2035 45 base 2005'],
  },
  {
    id: 'pledge.news.reduction.calls-for.1', test: 'mft', capability: 'reduction',
    text: "Japan's new target calls for a 60% cut in emissions by 2035 from 2013 levels.",
    pledges: ['JPN reduction 2035 60 base 2013'],
  },
  {
    id: 'pledge.news.reduction.fronted.1', test: 'mft', capability: 'fronted',
    text: 'By 2040, the European Union wants to cut its net emissions 90% compared with 1990.',
    pledges: ['EU reduction 2040 90 base 1990'],
  },
  {
    id: 'pledge.news.reduction.passive.1', test: 'mft', capability: 'passive',
    text: "Emissions will be cut by 62 percent by 2035 from 2019 levels, the Colombian government said.",
    pledges: ['COL reduction 2035 62 base 2019'],
  },
  {
    id: 'pledge.news.reduction.capital.1', test: 'mft', capability: 'metonym',
    text: 'In a statement, Tokyo said it would lower emissions 60% by 2035 from 2013 levels.',
    pledges: ['JPN reduction 2035 60 base 2013'],
  },
  {
    id: 'pledge.news.reduction.leader.1', test: 'mft', capability: 'person',
    text: 'Prime Minister Anna Virtanen said Finland would cut emissions 60 percent from 1990 levels by 2030.',
    pledges: ['FIN reduction 2030 60 base 1990'],
  },
  {
    id: 'pledge.news.reduction.replacing.1', test: 'mft', capability: 'history',
    text: 'Chile will now cut emissions 45% by 2030, replacing an earlier goal of 30%.',
    pledges: ['CHL reduction 2030 45'],
  },
  {
    id: 'pledge.news.reduction.up-from.1', test: 'mft', capability: 'history',
    text: 'Ghana raised its 2030 goal to a 64 percent cut in emissions, up from 45 percent.',
    pledges: ['GHA reduction 2030 64'],
  },
  {
    id: 'pledge.news.reduction.off-track.1', test: 'mft', capability: 'owner',
    text: "Germany is off track to meet its 2030 target of a 65% cut from 1990 levels, its expert council said.",
    pledges: ['DEU reduction 2030 65 base 1990'],
  },
  // conditional figures and single-gas targets
  {
    id: 'pledge.news.conditional.1', test: 'mft', capability: 'conditional',
    text: 'Ethiopia will cut emissions 14% by 2030 on its own and 68.8% with international finance.',
    pledges: ['ETH reduction 2030 14-68.8'],
  },
  {
    id: 'pledge.news.methane.1', test: 'mft', capability: 'methane',
    text: 'Argentina committed to reducing methane emissions 30% by 2030 from 2020 levels.',
    pledges: ['ARG reduction 2030 30 base 2020 gas CH4'],
  },
  // peaks, phase-outs, renewables and intensity
  {
    id: 'pledge.news.peak.said.1', test: 'mft', capability: 'peak',
    text: 'Indonesia said its emissions would peak before 2030.',
    pledges: ['IDN peak 2030'],
  },
  {
    id: 'pledge.news.peak.have.1', test: 'mft', capability: 'peak',
    text: 'Malaysia aims to have its carbon emissions peak by 2030.',
    pledges: ['MYS peak 2030'],
  },
  {
    id: 'pledge.news.phase-out.coal-exit.1', test: 'mft', capability: 'phase_out',
    text: 'Greece brought forward its coal exit to 2028.',
    pledges: ['GRC phase_out 2028'],
  },
  {
    id: 'pledge.news.phase-out.mine.1', test: 'mft', capability: 'phase_out',
    text: 'Poland plans to close its last coal mine in 2049.',
    pledges: ['POL phase_out 2049'],
  },
  {
    id: 'pledge.news.phase-out.subsidies.1', test: 'mft', capability: 'phase_out',
    text: 'G20 leaders agreed to phase out inefficient fossil fuel subsidies over the medium term.',
    pledges: ['G20 phase_out null'],
  },
  {
    id: 'pledge.news.phase-out.cars.1', test: 'mft', capability: 'phase_out',
    text: 'Ireland will ban new diesel and petrol car sales from 2030.',
    pledges: ['IRL phase_out 2030'],
  },
  {
    id: 'pledge.news.renewables.mix.1', test: 'mft', capability: 'renewables',
    text: 'Indonesia wants renewables to make up 23% of its energy mix by 2025.',
    pledges: ['IDN renewables 2025 23'],
  },
  {
    id: 'pledge.news.renewables.generate.1', test: 'mft', capability: 'renewables',
    text: 'Egypt plans to generate 42 percent of its electricity from renewable sources by 2030.',
    pledges: ['EGY renewables 2030 42'],
  },
  {
    id: 'pledge.news.intensity.level.1', test: 'mft', capability: 'intensity',
    text: 'China pledged to lower carbon dioxide emissions per unit of GDP by over 65% from the 2005 level by 2030.',
    pledges: ['CHN intensity 2030 65 base 2005'],
  },
  {
    id: 'pledge.news.reduction.on-track.1', test: 'mft', capability: 'owner',
    text: 'Japan is on track to hit its 2030 target of a 46% cut.',
    pledges: ['JPN reduction 2030 46'],
  },
  {
    id: 'pledge.news.question-why.1', test: 'inv', capability: 'net_zero',
    text: 'Why did Japan set a 2050 net-zero target?',
    pledges: ['JPN net_zero 2050'],
  },
]
