import type { Probe } from './probe.js'

/**
 * Pledge probes in the forms of world news outlets: targets stated with "aims to", "has committed to",
 * "plans to", "wants to"; ranges in words; base years in several wordings; an interim and a long-term
 * target in one sentence; phase-out dates; a net-zero year in the headline repeated in the body; owners
 * named by a demonym or a capital. Near negatives: analysts' projections, cuts already made, and targets of
 * others only compared with.
 */
export const WORLD_PLEDGE_PROBES: readonly Probe[] = [
  // the verbs that state a target
  {
    id: 'pledge.world.aims-to.1', test: 'mft', capability: 'reduction',
    text: 'Morocco aims to cut its greenhouse gas emissions by 45.5 percent by 2030.',
    pledges: ['MAR reduction 2030 45.5'],
  },
  {
    id: 'pledge.world.committed-to.1', test: 'mft', capability: 'reduction',
    text: 'Colombia has committed to reducing its emissions by 51% by 2030.',
    pledges: ['COL reduction 2030 51'],
  },
  {
    id: 'pledge.world.plans-to.1', test: 'mft', capability: 'renewables',
    text: 'Egypt plans to generate 42 percent of its electricity from renewable sources by 2030.',
    pledges: ['EGY renewables 2030 42'],
  },
  {
    id: 'pledge.world.wants-to.1', test: 'mft', capability: 'net_zero',
    text: 'Kazakhstan wants to become carbon neutral by 2060, President Nurlan Abenov said on Tuesday.',
    pledges: ['KAZ net_zero 2060'],
  },
  {
    id: 'pledge.world.seeks-to.1', test: 'mft', capability: 'reduction',
    text: 'The Philippines seeks to lower its emissions by 75 percent by 2030, most of it conditional on foreign finance.',
    pledges: ['PHL reduction 2030 75'],
  },
  {
    id: 'pledge.world.is-targeting.1', test: 'mft', capability: 'renewables',
    text: 'Saudi Arabia is targeting 50 percent of its power from renewables by 2030.',
    pledges: ['SAU renewables 2030 50'],
  },

  // ranges in words
  {
    id: 'pledge.world.range-words.1', test: 'mft', capability: 'reduction',
    text: 'Canada has pledged to reduce emissions by 40 to 45 percent below 2005 levels by 2030.',
    pledges: ['CAN reduction 2030 40-45 base 2005'],
  },
  {
    id: 'pledge.world.range-words.2', test: 'inv', capability: 'reduction',
    text: 'Canada has pledged to reduce emissions by between 40 and 45 percent below 2005 levels by 2030.',
    pledges: ['CAN reduction 2030 40-45 base 2005'],
  },
  {
    id: 'pledge.world.range-words.3', test: 'inv', capability: 'reduction',
    text: 'Canada has pledged a cut of 40-45% in emissions by 2030, compared with 2005 levels.',
    pledges: ['CAN reduction 2030 40-45 base 2005'],
  },

  // base years in several wordings
  {
    id: 'pledge.world.base-compared.1', test: 'mft', capability: 'reduction',
    text: 'Norway will cut emissions by 55 percent by 2030 compared with 1990 levels.',
    pledges: ['NOR reduction 2030 55 base 1990'],
  },
  {
    id: 'pledge.world.base-relative.1', test: 'inv', capability: 'reduction',
    text: 'Norway will cut emissions by 55 percent by 2030 relative to 1990.',
    pledges: ['NOR reduction 2030 55 base 1990'],
  },
  {
    id: 'pledge.world.base-below.1', test: 'mft', capability: 'reduction',
    text: 'The United States has set a goal of cutting emissions 50-52% below 2005 levels by 2030.',
    pledges: ['USA reduction 2030 50-52 base 2005'],
  },
  {
    id: 'pledge.world.base-versus.1', test: 'inv', capability: 'reduction',
    text: 'Norway will cut emissions by 55 percent versus 1990 by 2030.',
    pledges: ['NOR reduction 2030 55 base 1990'],
  },

  // an interim and a long-term target in one sentence
  {
    id: 'pledge.world.interim-long.1', test: 'mft', capability: 'interim',
    text: 'Thailand aims to reach carbon neutrality by 2050 and net-zero greenhouse gas emissions by 2065.',
    pledges: ['THA net_zero 2050', 'THA net_zero 2065'],
  },
  {
    id: 'pledge.world.interim-long.2', test: 'mft', capability: 'interim',
    text: 'Chile plans to cut emissions 30% by 2030 and reach net zero by 2050.',
    pledges: ['CHL reduction 2030 30', 'CHL net_zero 2050'],
  },
  {
    id: 'pledge.world.interim-long.3', test: 'mft', capability: 'interim',
    text: 'Ukraine set a goal to raise the share of renewable energy to 11% by 2027 and to 25% by 2035.',
    pledges: ['UKR renewables 2027 11', 'UKR renewables 2035 25'],
  },
  {
    id: 'pledge.world.interim-long.4', test: 'inv', capability: 'interim',
    text: 'Portugal wants renewables to supply 80% of its electricity by 2026 and 93% by 2030.',
    pledges: ['PRT renewables 2026 80', 'PRT renewables 2030 93'],
  },

  // phase-out dates
  {
    id: 'pledge.world.phase-out-by.1', test: 'mft', capability: 'phase_out',
    text: 'Slovakia will phase out coal-fired power by 2024, the economy ministry said.',
    pledges: ['SVK phase_out 2024'],
  },
  {
    id: 'pledge.world.phase-out-noun.1', test: 'mft', capability: 'phase_out',
    text: 'Spain has set 2025 as the end date for coal power.',
    pledges: ['ESP phase_out 2025'],
  },
  {
    id: 'pledge.world.phase-out-exit.1', test: 'mft', capability: 'phase_out',
    text: 'Greece has committed to exiting lignite power generation by 2028.',
    pledges: ['GRC phase_out 2028'],
  },

  {
    id: 'pledge.world.phase-out-exit.2', test: 'inv', capability: 'phase_out',
    text: 'Greece will close its last lignite plants by 2028.',
    pledges: ['GRC phase_out 2028'],
  },
  {
    id: 'pledge.world.not-lignite-output.1', test: 'neg', capability: 'history',
    text: 'Greece burned 30 percent less lignite in 2023 than in 2019.',
  },

  // a net-zero year in the headline, repeated in the body
  {
    id: 'pledge.world.headline-repeat.1', test: 'mft', capability: 'net_zero',
    text: 'Nepal sets 2045 net-zero goal\n\nNepal will reach net-zero emissions by 2045, its environment minister said on Monday, five years earlier than most of its neighbours.',
    pledges: ['NPL net_zero 2045'],
  },
  {
    id: 'pledge.world.headline-repeat.2', test: 'inv', capability: 'net_zero',
    text: 'Nepal to go net zero by 2045\n\nThe Himalayan country announced the target on Monday in Kathmandu.',
    pledges: ['NPL net_zero 2045'],
  },

  // owners named by a demonym or a capital
  {
    id: 'pledge.world.demonym.1', test: 'mft', capability: 'owner',
    text: 'The Indonesian government has pledged to reach net zero emissions by 2060.',
    pledges: ['IDN net_zero 2060'],
  },
  {
    id: 'pledge.world.demonym.2', test: 'inv', capability: 'owner',
    text: 'Indonesian officials say the country will reach net zero emissions by 2060.',
    pledges: ['IDN net_zero 2060'],
  },
  {
    id: 'pledge.world.capital.1', test: 'mft', capability: 'owner',
    text: 'Seoul has pledged to cut emissions by 40 percent from 2018 levels by 2030.',
    pledges: ['KOR reduction 2030 40 base 2018'],
  },
  {
    id: 'pledge.world.capital.2', test: 'inv', capability: 'owner',
    text: 'Canberra aims to cut emissions 43 per cent below 2005 levels by 2030.',
    pledges: ['AUS reduction 2030 43 base 2005'],
  },

  // near negatives: projections, past cuts, others compared with
  {
    id: 'pledge.world.not-projection.1', test: 'neg', capability: 'projection',
    text: 'Analysts at an energy consultancy expect Poland to cut emissions by only 30 percent by 2030.',
  },
  {
    id: 'pledge.world.not-projection.2', test: 'neg', capability: 'projection',
    text: 'Mexico\'s emissions are projected to rise 10 percent by 2030, according to a study by a Berlin institute.',
  },
  {
    id: 'pledge.world.not-projection.3', test: 'neg', capability: 'projection',
    text: 'Under current policies, Turkey\'s emissions will peak around 2038, researchers concluded.',
  },
  {
    id: 'pledge.world.not-current-course.1', test: 'neg', capability: 'projection',
    text: 'At its current pace, Peru will cut emissions by only 15 percent by 2030.',
  },
  {
    id: 'pledge.world.not-current-course.2', test: 'neg', capability: 'projection',
    text: 'Under current policies, Poland will reach net zero only after 2060, the study found.',
  },
  {
    id: 'pledge.world.new-course.1', test: 'mft', capability: 'peak',
    text: 'Under its new climate plan, Turkey will peak its emissions by 2038.',
    pledges: ['TUR peak 2038'],
  },
  {
    id: 'pledge.world.not-past.1', test: 'neg', capability: 'history',
    text: 'Britain has cut emissions by 48 percent since 1990 while its economy grew.',
  },
  {
    id: 'pledge.world.not-past.2', test: 'neg', capability: 'history',
    text: 'Finland reduced its emissions by 20% compared with 1990 levels over the last decade.',
  },
  {
    id: 'pledge.world.not-compared.1', test: 'neg', capability: 'history',
    text: 'Hungary wants to match the 40 percent cut that Romania has already achieved since 1990.',
  },
  {
    id: 'pledge.world.compared.1', test: 'mft', capability: 'owner',
    text: 'Ireland pledged to cut emissions by 51% by 2030, well short of Germany\'s target of 65% by 2030.',
    pledges: ['IRL reduction 2030 51', 'DEU reduction 2030 65'],
  },
  {
    id: 'pledge.world.compared.2', test: 'mft', capability: 'owner',
    text: 'Vietnam\'s new goal is to reach net zero by 2050, a decade ahead of Indonesia\'s 2060 target.',
    pledges: ['VNM net_zero 2050', 'IDN net_zero 2060'],
  },
  {
    id: 'pledge.world.not-urged.1', test: 'neg', capability: 'urged',
    text: 'Environmental groups want Malaysia to phase out coal power by 2035.',
  },
  {
    id: 'pledge.world.not-hypothetical.1', test: 'neg', capability: 'hypothetical',
    text: 'If Peru were to halt deforestation by 2030, its emissions could fall by a third, the study said.',
  },
  {
    id: 'pledge.world.not-needed.1', test: 'neg', capability: 'pathway',
    text: 'To stay within its budget, Japan would need to cut emissions by 60 percent by 2030, the think tank said.',
  },
  // a source or sector that fronts the sentence frames the clause after it, which names the owner
  {
    id: 'pledge.world.fronted-sector.1', test: 'mft', capability: 'renewables',
    text: 'Morocco sets new energy goals\n\nMorocco will grow its solar and wind capacity to 12 GW by 2030, the energy minister said. Within the nuclear sector, the government targets a capacity of 2 GW by 2045.',
    pledges: ['MAR renewables 2030 12', 'MAR renewables 2045 2'],
  },
  {
    id: 'pledge.world.fronted-sector.2', test: 'neg', capability: 'non-actor',
    text: 'Morocco sets new energy goals\n\nMorocco will grow its solar and wind capacity to 12 GW by 2030, the energy minister said. Within the nuclear sector, the utility targets a capacity of 1 GW by 2045.',
    pledges: ['MAR renewables 2030 12'],
  },
  {
    id: 'pledge.world.fronted-sector.3', test: 'neg', capability: 'history',
    text: 'Turkey sets new energy goals\n\nIn the solar sector, Turkish output rose 20% in 2023.',
  },
  {
    id: 'pledge.world.fronted-source.1', test: 'mft', capability: 'renewables',
    text: 'For offshore wind, Turkey aims to reach 5 GW by 2035.',
    pledges: ['TUR renewables 2035 5'],
  },
  {
    id: 'pledge.world.fronted-source.2', test: 'neg', capability: 'urged',
    text: 'For offshore wind, industry groups want Turkey to reach 5 GW by 2035.',
  },
  {
    id: 'pledge.world.fronted-source.3', test: 'neg', capability: 'projection',
    text: 'For offshore wind, Turkey expects capacity to reach 5 GW by 2035.',
  },
  // a ban named by what it bans
  {
    id: 'pledge.world.ban-noun.1', test: 'mft', capability: 'phase_out',
    title: 'UK sets 2035 date for petrol car ban',
    text: 'The plan was announced in London on Monday.',
    pledges: ['GBR phase_out 2035'],
  },
  {
    id: 'pledge.world.ban-noun.2', test: 'inv', capability: 'phase_out',
    text: 'The EU\'s combustion engine ban will take effect in 2035.',
    pledges: ['EU phase_out 2035'],
  },
  {
    id: 'pledge.world.ban-noun.3', test: 'neg', capability: 'resisted',
    text: 'Carmakers in Germany oppose the EU\'s combustion engine ban.',
  },
]
