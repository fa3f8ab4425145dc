import type { Probe } from './probe.js'

/** Pledge probes: reduction (value forms, ranges, base years, conditional figures, methane-only). */
export const REDUCTION_PROBES: readonly Probe[] = [
  // reduction: verbs, value forms (percent, per cent, %, halve, ranges), base years and business as usual
  {
    id: 'pledge.reduction.range-to.1', test: 'mft', capability: 'reduction',
    text: 'Chile aims to cut emissions 30 to 35 percent below 2016 levels by 2030.',
    pledges: ['CHL reduction 2030 30-35 base 2016'],
  },
  {
    id: 'pledge.reduction.fronted.1', test: 'mft', capability: 'reduction',
    text: 'By 2035, Norway intends to slash emissions 70 percent from 1990 levels.',
    pledges: ['NOR reduction 2035 70 base 1990'],
  },
  {
    id: 'pledge.reduction.halve.1', test: 'mft', capability: 'reduction',
    text: 'Sweden has pledged to halve its emissions by 2030 compared with 1990.',
    pledges: ['SWE reduction 2030 50 base 1990'],
  },
  {
    id: 'pledge.reduction.relative.1', test: 'mft', capability: 'reduction',
    text: "The EU's 2030 target is a net 55% reduction in emissions relative to 1990.",
    pledges: ['EU reduction 2030 55 base 1990'],
  },
  {
    id: 'pledge.reduction.per-cent.1', test: 'mft', capability: 'reduction',
    text: 'Portugal aims to reduce emissions by 55 per cent by 2030 compared with 2005.',
    pledges: ['PRT reduction 2030 55 base 2005'],
  },
  {
    id: 'pledge.reduction.range-hyphen.1', test: 'mft', capability: 'reduction',
    text: 'The United States set a goal of cutting emissions 50-52% below 2005 levels by 2030.',
    pledges: ['USA reduction 2030 50-52 base 2005'],
  },
  {
    id: 'pledge.reduction.range-bau.1', test: 'mft', capability: 'reduction',
    text: 'Kenya will cut emissions 32 to 35 per cent below business as usual by 2030.',
    pledges: ['KEN reduction 2030 32-35'],
  },
  {
    id: 'pledge.reduction.bau.1', test: 'mft', capability: 'reduction',
    text: 'Vietnam will cut emissions 15.8% below business-as-usual levels by 2030.',
    pledges: ['VNM reduction 2030 15.8'],
  },
  {
    id: 'pledge.reduction.tonnes.1', test: 'mft', capability: 'reduction',
    text: 'Kazakhstan promised to cut its emissions by 100 million tonnes by 2030.',
    pledges: ['KAZ reduction 2030 100'],
  },
  {
    id: 'pledge.reduction.law.1', test: 'mft', capability: 'reduction',
    text: "Germany's climate law requires a 65% cut in emissions from 1990 levels by 2030.",
    pledges: ['DEU reduction 2030 65 base 1990'],
  },
  {
    id: 'pledge.reduction.proposed.1', test: 'mft', capability: 'reduction',
    text: 'The European Commission has proposed a 90% cut in net emissions by 2040 from 1990 levels.',
    pledges: ['EU reduction 2040 90 base 1990'],
  },
  {
    id: 'pledge.reduction.possessive.1', test: 'mft', capability: 'reduction',
    text: "South Korea's 40% cut by 2030 from 2018 levels has been questioned by industry groups.",
    pledges: ['KOR reduction 2030 40 base 2018'],
  },
  {
    id: 'pledge.reduction.bring-down.1', test: 'mft', capability: 'reduction',
    text: 'Peru will bring down emissions 40% from business as usual by 2030.',
    pledges: ['PER reduction 2030 40'],
  },
  {
    id: 'pledge.reduction.submitted.1', test: 'mft', capability: 'reduction',
    text: 'Brazil submitted a new target to cut emissions 59 to 67 percent from 2005 levels by 2035.',
    pledges: ['BRA reduction 2035 59-67 base 2005'],
  },
  {
    id: 'pledge.reduction.raised.1', test: 'mft', capability: 'reduction',
    text: 'Mexico raised its 2030 target to a 35% cut from business as usual.',
    pledges: ['MEX reduction 2030 35'],
  },

  // reduction: the same targets in other words
  {
    id: 'pledge.reduction.range-to.inv.1', test: 'inv', capability: 'reduction',
    text: "Chile's target, set last year, is a 30-35% reduction from 2016 levels by 2030.",
    pledges: ['CHL reduction 2030 30-35 base 2016'],
  },
  {
    id: 'pledge.reduction.fronted.inv.1', test: 'inv', capability: 'reduction',
    text: "Emissions in Norway are to fall 70 percent from 1990 levels by 2035, under the government's target.",
    pledges: ['NOR reduction 2035 70 base 1990'],
  },
  {
    id: 'pledge.reduction.halve.inv.1', test: 'inv', capability: 'reduction',
    text: 'Sweden has pledged to cut its emissions by half by 2030 compared with 1990.',
    pledges: ['SWE reduction 2030 50 base 1990'],
  },

  // reduction: an unconditional and a conditional figure (value-value_max)
  {
    id: 'pledge.conditional.own-and-finance.1', test: 'mft', capability: 'conditional',
    text: "Côte d'Ivoire commits to a 30.4% cut in emissions by 2030 on its own, and up to 42% if foreign finance arrives.",
    pledges: ['CIV reduction 2030 30.4-42'],
  },
  {
    id: 'pledge.conditional.unconditionally.1', test: 'mft', capability: 'conditional',
    text: "Bangladesh's target is a 6.7% cut by 2030 unconditionally, rising to 21.9% conditional on international support.",
    pledges: ['BGD reduction 2030 6.7-21.9'],
  },
  {
    id: 'pledge.conditional.reversed.1', test: 'mft', capability: 'conditional',
    text: 'With international support, Nigeria would cut emissions 47% by 2030; without it, the cut is 20%.',
    pledges: ['NGA reduction 2030 20-47'],
  },
  {
    id: 'pledge.conditional.adjectives.1', test: 'mft', capability: 'conditional',
    text: 'Senegal promises an unconditional 5% reduction in emissions by 2030 and a conditional 23.7%.',
    pledges: ['SEN reduction 2030 5-23.7'],
  },

  // reduction: methane-only targets (gas CH4), apart from an all-gas target of the same year
  {
    id: 'pledge.methane.plain.1', test: 'mft', capability: 'methane',
    text: 'Nigeria has pledged to cut methane emissions 30% by 2030 from 2020 levels.',
    pledges: ['NGA reduction 2030 30 base 2020 gas CH4'],
  },
  {
    id: 'pledge.methane.with-all-gas.1', test: 'mft', capability: 'methane',
    text: 'Brazil pledged to cut methane emissions 30% by 2030, alongside a 50% cut in all greenhouse gases by the same year.',
    pledges: ['BRA reduction 2030 30 gas CH4', 'BRA reduction 2030 50'],
  },
  {
    id: 'pledge.methane.sector.1', test: 'mft', capability: 'methane',
    text: 'Canada will reduce methane from oil and gas operations by 75% below 2012 levels by 2030.',
    pledges: ['CAN reduction 2030 75 base 2012 gas CH4'],
  },
  {
    id: 'pledge.methane.plain.inv.1', test: 'inv', capability: 'methane',
    text: "Nigeria's methane pledge is a 30% cut by 2030 from 2020 levels.",
    pledges: ['NGA reduction 2030 30 base 2020 gas CH4'],
  },
  // A base year said as a comparison with the past: "lower than in 2016", "below what they were in 2016".
  {
    id: 'pledge.reduction.base-than-in.1', test: 'mft', capability: 'reduction',
    text: "Under the plan adopted on Monday, Uruguay's emissions in 2030 will be 30% lower than in 2016.",
    pledges: ['URY reduction 2030 30 base 2016'],
  },
  {
    id: 'pledge.reduction.base-than-in.2', test: 'inv', capability: 'reduction',
    text: 'Uruguay has pledged to bring its emissions by 2030 to 30% below what they were in 2016.',
    pledges: ['URY reduction 2030 30 base 2016'],
  },
]
