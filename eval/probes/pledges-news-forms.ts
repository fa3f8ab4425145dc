import type { Probe } from './probe.js'

/**
 * Pledge probes: the less plain forms news gives a national target in (a law that requires it, an
 * obligation under a named act, a cap on emissions, lists of clean sources, a phase-out date stated
 * as a noun, an owner set off by an appositive or a contrast) and a proposal dropped.
 */
export const NEWS_FORM_PLEDGE_PROBES: readonly Probe[] = [
  {
    id: 'pledge.news.fronted.two-clauses.1', test: 'mft', capability: 'fronted',
    text: 'By 2035, Chile will cut emissions 40%, and renewables will supply 80% of its power.',
    pledges: ['CHL reduction 2035 40', 'CHL renewables 2035 80'],
  },
  {
    id: 'pledge.news.renewables.wind-solar.1', test: 'mft', capability: 'renewables',
    text: 'Vietnam will get 30% of its power from wind and solar by 2030.',
    pledges: ['VNM renewables 2030 30'],
  },
  {
    id: 'pledge.news.renewables.nuclear.1', test: 'mft', capability: 'renewables',
    text: 'Argentina pledged to raise the share of nuclear power to 15% by 2040.',
    pledges: ['ARG renewables 2040 15'],
  },
  {
    id: 'pledge.news.law.requires-apart.1', test: 'mft', capability: 'owner',
    text: "Spain's climate law, amended last spring, requires a 32% cut in emissions from 1990 levels by 2030.",
    pledges: ['ESP reduction 2030 32 base 1990'],
  },
  {
    id: 'pledge.news.law.requiring.1', test: 'mft', capability: 'net_zero',
    text: 'Sweden pointed to its law requiring net-zero emissions by 2045.',
    pledges: ['SWE net_zero 2045'],
  },
  {
    id: 'pledge.news.law.that-requires.1', test: 'mft', capability: 'reduction',
    text: 'Denmark has a law that requires emissions to fall 70 percent below 1990 levels by 2030.',
    pledges: ['DNK reduction 2030 70 base 1990'],
  },
  {
    id: 'pledge.news.law.must-fall.1', test: 'mft', capability: 'methane',
    text: "Under Ireland's Agricultural Emissions (Methane) Act, farm methane must fall by 25 per cent below 2018 levels by 2030.",
    pledges: ['IRL reduction 2030 25 base 2018 gas CH4'],
  },
  {
    id: 'pledge.news.reduction.keep-within.1', test: 'mft', capability: 'reduction',
    text: 'Kenya will keep its annual greenhouse gas emissions within 140 million tonnes by 2030.',
    pledges: ['KEN reduction 2030'],
  },
  {
    id: 'pledge.news.phase-out.push-back.1', test: 'mft', capability: 'phase_out',
    text: 'Britain will push back the end of sales of new petrol cars to 2035.',
    pledges: ['GBR phase_out 2035'],
  },
  {
    id: 'pledge.news.phase-out.replaced-year.1', test: 'mft', capability: 'phase_out',
    text: 'Ireland brought forward its ban on new petrol car sales to 2030, from 2035.',
    pledges: ['IRL phase_out 2030'],
  },
  {
    id: 'pledge.news.phase-out.finance.1', test: 'mft', capability: 'phase_out',
    text: 'Canada committed to ending new direct public support for unabated fossil fuel projects abroad by the end of 2022.',
    date: '2022-06-01',
    pledges: ['CAN phase_out 2022'],
  },
  {
    id: 'pledge.news.phase-out.exit-date.1', test: 'mft', capability: 'phase_out',
    text: "Slovakia's coal exit date remains 2030, the economy ministry said.",
    pledges: ['SVK phase_out 2030'],
  },
  {
    id: 'pledge.news.phase-out.final-year.1', test: 'mft', capability: 'phase_out',
    text: "Spain's new law sets 2033 as the final year for coal-fired power.",
    pledges: ['ESP phase_out 2033'],
  },
  {
    id: 'pledge.news.renewables.source-list.1', test: 'mft', capability: 'renewables',
    text: 'Mexico will add 30 gigawatts of wind, solar and geothermal capacity by 2030.',
    pledges: ['MEX renewables 2030 30'],
  },
  {
    id: 'pledge.news.renewables.all-power.1', test: 'mft', capability: 'renewables',
    text: 'Fiji aims to generate all of its electricity from renewable sources by 2036.',
    pledges: ['FJI renewables 2036 100'],
  },
  {
    id: 'pledge.news.reduction.declined-to-raise.1', test: 'mft', capability: 'owner',
    text: 'Australia declined to raise its target of a 43% cut below 2005 levels by 2030.',
    pledges: ['AUS reduction 2030 43 base 2005'],
  },
  {
    id: 'pledge.news.owner.appositive.1', test: 'mft', capability: 'owner',
    text: 'Brazil, host of the COP30 climate talks, aims to reach net zero by 2050.',
    pledges: ['BRA net_zero 2050'],
  },
  {
    id: 'pledge.news.owner.though.1', test: 'mft', capability: 'owner',
    text: 'Peru did not announce a new target, though its ministers pointed to a plan for 20 gigawatts of solar capacity by 2030.',
    pledges: ['PER renewables 2030 20'],
  },
  {
    id: 'pledge.news.net-zero.other-goal.1', test: 'mft', capability: 'net_zero',
    text: "The cabinet moved Germany's climate neutrality date forward to 2045 and raised its 2030 goal.",
    pledges: ['DEU net_zero 2045'],
  },
  {
    id: 'pledge.news.not.dropped.1', test: 'neg', capability: 'resisted',
    text: 'A proposal to triple renewable capacity by 2030, backed by Kenya, was dropped from the final text.',
  },
  {
    id: 'pledge.news.not.no-commitment.1', test: 'neg', capability: 'resisted',
    text: 'Chile said it would try to reach net zero by 2050 but made no formal commitment.',
  },
  {
    id: 'pledge.news.reduction.no-year.1', test: 'mft', capability: 'reduction',
    text: 'Peru lifted its emission reduction target to 40 percent, the environment ministry said.',
    pledges: ['PER reduction null 40'],
  },
  {
    id: 'pledge.news.reduction.no-year.2', test: 'inv', capability: 'reduction',
    text: 'Peru lifted its emission reduction target to 40 percent on Monday.\n\nThe new goal is a 40 percent cut by 2030.',
    pledges: ['PER reduction 2030 40'],
  },
  {
    id: 'pledge.news.not.no-year.1', test: 'neg', capability: 'history',
    text: 'Peru cut its emissions by 10 percent last year, the environment ministry said.',
  },
  {
    id: 'pledge.news.reduction.capped.1', test: 'mft', capability: 'reduction',
    text: "Kenya's emissions will be capped at 100 million tonnes in 2030 under its new plan.",
    pledges: ['KEN reduction 2030'],
  },
  {
    id: 'pledge.news.reduction.cap-sector.1', test: 'mft', capability: 'reduction',
    text: 'Under the deal, Indonesia will cap power-sector emissions at 290 million tonnes by 2030.',
    pledges: ['IDN reduction 2030'],
  },
  {
    id: 'pledge.news.phase-out.licences.1', test: 'mft', capability: 'phase_out',
    text: 'Colombia will stop granting new oil exploration licences.',
    pledges: ['COL phase_out null'],
  },
  {
    id: 'pledge.news.phase-out.contracts.1', test: 'mft', capability: 'phase_out',
    text: 'Colombia has said it will sign no new contracts for gas exploration.',
    pledges: ['COL phase_out null'],
  },
  {
    id: 'pledge.news.renewables.all-its.1', test: 'inv', capability: 'renewables',
    text: 'Kenya plans to source all its electricity from renewables by 2030.',
    pledges: ['KEN renewables 2030 100'],
  },
  {
    id: 'pledge.news.not.licences.1', test: 'neg', capability: 'phase_out',
    text: 'Norway approved new oil exploration licences on Tuesday.',
  },
  {
    id: 'pledge.news.owner.event-object.1', test: 'mft', capability: 'owner',
    text: 'Lima also used the Bonn talks to announce that it would go net zero by 2050.',
    pledges: ['PER net_zero 2050'],
  },
  {
    id: 'pledge.news.net-zero.methane-beside.1', test: 'mft', capability: 'methane',
    text: 'Ghana signs up to methane pact and sets a 2060 net zero goal\n\nGhana announced both steps on Monday.',
    pledges: ['GHA net_zero 2060'],
  },
  {
    id: 'pledge.news.owner.held-goal.1', test: 'mft', capability: 'owner',
    text: 'Peru might go beyond its existing target of a 40% cut by 2030.',
    pledges: ['PER reduction 2030 40'],
  },
  {
    id: 'pledge.news.owner.held-goal.2', test: 'mft', capability: 'renewables',
    text: "Japan's new plan could lift the share of renewables beyond the current goal of 36% by 2030.",
    pledges: ['JPN renewables 2030 36'],
  },
  // a fall the plan sets: coordinated with its peak, or wanted by its owner; not one forecast or needed
  {
    id: 'pledge.news.peak-then-fall.1', test: 'mft', capability: 'reduction',
    text: 'Under its new plan, Malaysia intends for emissions to peak in 2028 and then fall by 35% by 2040.',
    pledges: ['MYS peak 2028', 'MYS reduction 2040 35'],
  },
  {
    id: 'pledge.news.wants-fall.1', test: 'inv', capability: 'reduction',
    text: 'Malaysia wants its greenhouse gas emissions to fall 35% by 2040, the environment minister said.',
    pledges: ['MYS reduction 2040 35'],
  },
  {
    id: 'pledge.news.needs-fall.1', test: 'neg', capability: 'pathway',
    text: 'Malaysia needs its emissions to fall 35% by 2040 to stay in line with the Paris goals, a study found.',
  },
  {
    id: 'pledge.news.forecast-fall.1', test: 'neg', capability: 'projection',
    text: 'Economists expect Malaysia\'s emissions to peak in 2028 and fall 35% by 2040 as coal plants age.',
  },
  // a named clean source with a size; a forecast of it is no target
  {
    id: 'pledge.news.renewables.gw-of-sources.1', test: 'mft', capability: 'renewables',
    text: 'Romania plans to build 12 GW of solar and wind by 2032, the energy ministry said.',
    pledges: ['ROU renewables 2032 12'],
  },
  {
    id: 'pledge.news.renewables.source-power.1', test: 'inv', capability: 'renewables',
    text: 'Romania aims to raise its installed solar power to 12 GW by 2032.',
    pledges: ['ROU renewables 2032 12'],
  },
  {
    id: 'pledge.news.renewables.forecast-inside.1', test: 'neg', capability: 'projection',
    text: 'Romania\'s solar capacity is expected to reach 12 GW by 2032 as rooftop panels spread, analysts say.',
  },
  {
    id: 'pledge.news.renewables.forecast-inside.2', test: 'neg', capability: 'projection',
    text: 'Grid operators in Bucharest said wind power is likely to reach 9 GW in Romania by 2032.',
  },
  // A sized fall as a noun ("a 35% drop in emissions"), and emissions wanted "35% lower" with no "than".
  {
    id: 'pledge.news.fall-noun.1', test: 'mft', capability: 'reduction',
    text: "Colombia's new climate plan targets a 45% drop in emissions by 2032.",
    pledges: ['COL reduction 2032 45'],
  },
  {
    id: 'pledge.news.fall-noun.2', test: 'inv', capability: 'reduction',
    text: 'Colombia wants emissions to be 45% lower by 2032, its environment minister said.',
    pledges: ['COL reduction 2032 45'],
  },
  {
    id: 'pledge.news.fall-noun.3', test: 'neg', capability: 'decoy-pledge',
    text: 'Colombia recorded a 4% drop in emissions in 2023 as hydropower recovered.',
  },
]
