import type { Probe } from './probe.js'

/** Pledge probes, part A: net_zero, target-year phrases, owners, interim targets, reduction (ranges, conditional, methane). */
export const PLEDGE_PROBES_A: readonly Probe[] = [
  // net_zero: net zero, carbon neutral, climate neutral, zero emissions, plainly
  {
    id: 'pledge.net_zero.net-zero.1', test: 'mft', capability: 'net_zero',
    text: 'Vietnam has pledged to reach net-zero emissions by 2050.',
    pledges: ['VNM net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.carbon-neutral.1', test: 'mft', capability: 'net_zero',
    text: 'South Korea aims to become carbon neutral by 2050, the environment ministry said on Monday.',
    pledges: ['KOR net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.climate-neutral.1', test: 'mft', capability: 'net_zero',
    text: 'Under its climate law, the European Union must be climate neutral by 2050.',
    pledges: ['EU net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.zero-emissions.1', test: 'mft', capability: 'net_zero',
    text: 'Uruguay plans to reach zero emissions across its economy by 2050.',
    pledges: ['URY net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.neutrality.1', test: 'mft', capability: 'net_zero',
    text: 'Nepal reaffirmed its target of carbon neutrality by 2045 in a plan released on Tuesday.',
    pledges: ['NPL net_zero 2045'],
  },
  {
    id: 'pledge.net_zero.law.1', test: 'mft', capability: 'net_zero',
    text: "Ireland's climate act legally binds the country to net zero by 2050.",
    pledges: ['IRL net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.group.1', test: 'mft', capability: 'net_zero',
    text: 'G7 leaders reaffirmed their commitment to net-zero emissions no later than 2050.',
    pledges: ['G7 net_zero 2050'],
  },

  // net_zero: name swaps (awkward country names) and a reordering of the plain probe
  {
    id: 'pledge.net_zero.net-zero.inv.1', test: 'inv', capability: 'net_zero',
    text: 'The Netherlands has pledged to reach net-zero emissions by 2050.',
    pledges: ['NLD net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.net-zero.inv.2', test: 'inv', capability: 'net_zero',
    text: "Côte d'Ivoire has pledged to reach net-zero emissions by 2050.",
    pledges: ['CIV net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.net-zero.inv.3', test: 'inv', capability: 'net_zero',
    text: 'The UAE has pledged to reach net-zero emissions by 2050.',
    pledges: ['ARE net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.net-zero.inv.4', test: 'inv', capability: 'net_zero',
    text: 'By 2050, Vietnam intends to have reached net-zero emissions, under a pledge its prime minister made in Glasgow.',
    pledges: ['VNM net_zero 2050'],
  },

  // a target year written as a phrase (mid-century, end of the decade, mid-2030s, first half of the 2030s, FY)
  {
    id: 'pledge.year-phrase.mid-century.1', test: 'mft', capability: 'year-phrase',
    text: 'Colombia has committed to carbon neutrality by mid-century.',
    pledges: ['COL net_zero 2050'],
  },
  {
    id: 'pledge.year-phrase.middle.1', test: 'mft', capability: 'year-phrase',
    text: 'Jamaica wants to be carbon neutral by the middle of the century.',
    pledges: ['JAM net_zero 2050'],
  },
  {
    id: 'pledge.year-phrase.end-decade.1', test: 'mft', capability: 'year-phrase',
    text: 'Switzerland aims to halve its emissions by the end of the decade, relative to 1990.',
    pledges: ['CHE reduction 2030 50 base 1990'],
  },
  {
    id: 'pledge.year-phrase.mid-2030s.1', test: 'mft', capability: 'year-phrase',
    text: 'Thailand aims for its emissions to peak in the mid-2030s.',
    pledges: ['THA peak 2035'],
  },
  {
    id: 'pledge.year-phrase.first-half.1', test: 'mft', capability: 'year-phrase',
    text: 'G7 energy ministers committed to phasing out unabated coal power in the first half of the 2030s.',
    pledges: ['G7 phase_out 2035'],
  },
  {
    id: 'pledge.year-phrase.fiscal.1', test: 'mft', capability: 'year-phrase',
    text: 'Japan aims to cut emissions 46% by FY2030 from FY2013 levels.',
    pledges: ['JPN reduction 2030 46 base 2013'],
  },

  // the owner of a target: a possessive, a leader, a minister, a metonym, "it", "the country", a target named in passing
  {
    id: 'pledge.owner.possessive.1', test: 'mft', capability: 'owner',
    text: "Japan's 2050 net-zero goal depends heavily on hydrogen and carbon capture.",
    pledges: ['JPN net_zero 2050'],
  },
  {
    id: 'pledge.owner.passing.1', test: 'mft', capability: 'owner',
    text: "Denmark aims to be climate neutral by 2045, five years ahead of the European Union's 2050 goal.",
    pledges: ['DNK net_zero 2045', 'EU net_zero 2050'],
  },
  {
    id: 'pledge.owner.passing.2', test: 'mft', capability: 'owner',
    text: "Australia's 2050 net-zero target comes a decade before Saudi Arabia's 2060 one.",
    pledges: ['AUS net_zero 2050', 'SAU net_zero 2060'],
  },
  {
    id: 'pledge.owner.leader.1', test: 'mft', capability: 'owner',
    text: 'Prime Minister Aroha Tane said New Zealand would be carbon neutral by 2050.',
    pledges: ['NZL net_zero 2050'],
  },
  {
    id: 'pledge.owner.leader.2', test: 'mft', capability: 'owner',
    text: 'Argentine President Julio Ferreyra said his government would cut emissions 19% by 2030.',
    pledges: ['ARG reduction 2030 19'],
  },
  {
    id: 'pledge.owner.minister.1', test: 'mft', capability: 'owner',
    text: 'Indonesian Energy Minister Budi Santoso announced that the country would retire all of its coal plants by 2040.',
    pledges: ['IDN phase_out 2040'],
  },
  {
    id: 'pledge.owner.metonym.1', test: 'mft', capability: 'owner',
    text: 'Beijing has promised to peak carbon emissions before 2030.',
    pledges: ['CHN peak 2030'],
  },
  {
    id: 'pledge.owner.it.1', test: 'mft', capability: 'owner',
    text: 'Chile published its long-term climate strategy on Monday. It commits the country to net zero by 2050.',
    pledges: ['CHL net_zero 2050'],
  },
  {
    id: 'pledge.owner.country.1', test: 'mft', capability: 'owner',
    text: 'Malaysia unveiled a new energy roadmap in Kuala Lumpur. Under it, the country will reach net-zero emissions as early as 2050.',
    pledges: ['MYS net_zero 2050'],
  },
  {
    id: 'pledge.owner.country.2', test: 'mft', capability: 'owner',
    text: 'Japan approved an updated climate plan on Friday. The country will lower emissions 60 percent from 2013 levels by 2035.',
    pledges: ['JPN reduction 2035 60 base 2013'],
  },
  {
    id: 'pledge.owner.adjective.1', test: 'mft', capability: 'owner',
    text: "The Spanish government will close the country's last coal plant by 2025.",
    pledges: ['ESP phase_out 2025'],
  },

  // goals a leader states with a hedge; carbon neutrality and net zero in different years are two net_zero pledges
  {
    id: 'pledge.hedged.two-years.1', test: 'mft', capability: 'hedged',
    text: 'The Philippine president said he hoped the Philippines could become carbon neutral by 2050 and reach net zero for all greenhouse gases by 2060.',
    pledges: ['PHL net_zero 2050', 'PHL net_zero 2060'],
  },
  {
    id: 'pledge.hedged.hopes.1', test: 'mft', capability: 'hedged',
    text: 'Kazakhstan hopes to be carbon neutral by 2060, its president told the assembly.',
    pledges: ['KAZ net_zero 2060'],
  },

  // interim and end targets in one sentence; one pledge per (actor, kind, year) however often repeated
  {
    id: 'pledge.interim.net-zero.1', test: 'mft', capability: 'interim',
    text: 'Türkiye plans to cut emissions 41% below business as usual by 2030 and reach net zero by 2053.',
    pledges: ['TUR reduction 2030 41', 'TUR net_zero 2053'],
  },
  {
    id: 'pledge.interim.net-zero.2', test: 'mft', capability: 'interim',
    text: 'Denmark will reduce emissions 70% by 2030 from 1990 levels and become climate neutral by 2045.',
    pledges: ['DNK reduction 2030 70 base 1990', 'DNK net_zero 2045'],
  },
  {
    id: 'pledge.interim.reduction.1', test: 'mft', capability: 'interim',
    text: 'Britain committed to cutting emissions 68% by 2030 and 81% by 2035, both against 1990 levels.',
    pledges: ['GBR reduction 2030 68 base 1990', 'GBR reduction 2035 81 base 1990'],
  },
  {
    id: 'pledge.dedup.net-zero.1', test: 'mft', capability: 'dedup',
    text: 'Mongolia aims for net zero by 2050. At a forum in Ulaanbaatar, officials reaffirmed the 2050 net-zero goal.',
    pledges: ['MNG net_zero 2050'],
  },
  {
    id: 'pledge.dedup.reduction.1', test: 'mft', capability: 'dedup',
    text: "Ireland will cut emissions 51% by 2030 compared with 2018. That 51% target is the toughest in the country's history.",
    pledges: ['IRL reduction 2030 51 base 2018'],
  },

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
    pledges: ['KAZ reduction 2030'],
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
]
