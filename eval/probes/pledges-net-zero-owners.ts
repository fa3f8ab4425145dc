import type { Probe } from './probe.js'

/** Pledge probes: net_zero, target-year phrases, owners, hedged goals, interim targets. */
export const NET_ZERO_OWNER_PROBES: readonly Probe[] = [
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
    id: 'pledge.owner.recipient.1', test: 'mft', capability: 'owner',
    text: 'Peru on Friday sent the UNFCCC its updated plan to reduce emissions by 40% by 2030.',
    pledges: ['PER reduction 2030 40'],
  },
  {
    id: 'pledge.owner.recipient-bracketed.1', test: 'inv', capability: 'owner',
    text: 'Ghana submitted to the United Nations (UN) its target to cut greenhouse gas emissions by 64% by 2030.',
    pledges: ['GHA reduction 2030 64'],
  },
  {
    id: 'pledge.owner.paris-possessive.1', test: 'mft', capability: 'owner',
    text: "Mexico's new plan is a step toward the Paris Agreement's 2050 goal of net-zero emissions.",
    pledges: ['PARIS net_zero 2050'],
  },
  {
    id: 'pledge.owner.paris-fronted.1', test: 'neg', capability: 'owner',
    text: 'Under the Paris Agreement, Vietnam will reach net zero by 2050.',
    pledges: ['VNM net_zero 2050'],
  },
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
  // A year a verb or copula sets as the target, after another's target: "while Chile targets 2050".
  {
    id: 'pledge.net_zero.set-year.1', test: 'mft', capability: 'net_zero',
    text: 'Uruguay and Costa Rica aim for carbon neutrality by 2040, while Chile targets 2050.',
    pledges: ['URY net_zero 2040', 'CRI net_zero 2040', 'CHL net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.set-year.2', test: 'inv', capability: 'net_zero',
    text: "Uruguay aims for carbon neutrality by 2040; Chile's target year is 2050.",
    pledges: ['URY net_zero 2040', 'CHL net_zero 2050'],
  },
  {
    id: 'pledge.net_zero.set-year.3', test: 'neg', capability: 'decoy-pledge',
    text: 'Chile targets 2026 growth of 3 percent, the finance minister said.',
  },
]
