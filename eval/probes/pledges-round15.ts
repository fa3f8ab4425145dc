import type { Probe } from './probe.js'
import { ROUND15_PLEDGE_OWNER_PROBES } from './pledges-round15-owners.js'

/** Pledges probes of a fifteenth round of our own paraphrases (the owners' in pledges-round15-owners.ts, joined here). */
export const ROUND15_PLEDGE_PROBES: readonly Probe[] = [
  ...ROUND15_PLEDGE_OWNER_PROBES,
  // A target named by its year and left unsized, its size in the next sentence or a later clause:
  // "Canada announced its 2035 target. The country will cut emissions 45 to 50 per cent."
  {
    id: 'pledge.r15.carried.next.1', test: 'mft', capability: 'split',
    text: 'Ottawa names its number\n\nCanada announced its 2035 target on Thursday. The country will cut emissions 45 to 50 per cent below 2005 levels, Environment Minister Lena Marchand said.',
    pledges: ['CAN reduction 2035 45-50 base 2005'],
  },
  {
    id: 'pledge.r15.carried.next.2', test: 'mft', capability: 'split',
    text: 'Wellington lifts its sights\n\nNew Zealand raised its 2030 target on Monday. It now aims to cut net emissions 50% below 2005 levels.',
    pledges: ['NZL reduction 2030 50 base 2005'],
  },
  {
    id: 'pledge.r15.carried.next.3', test: 'mft', capability: 'split',
    text: "Tokyo's cabinet signs off\n\nJapan's 2035 goal was approved by the cabinet on Tuesday. It calls for a 60% cut in greenhouse gas emissions from 2013 levels.",
    pledges: ['JPN reduction 2035 60 base 2013'],
  },
  {
    id: 'pledge.r15.carried.clause.1', test: 'mft', capability: 'reduction',
    text: "Canberra's 2035 goal set\n\nCanberra's 2035 goal, announced on Thursday, is a cut of 62 to 70 per cent below 2005 levels, Climate Minister Chris Bowman said.",
    pledges: ['AUS reduction 2035 62-70 base 2005'],
  },
  {
    id: 'pledge.r15.carried.clause.2', test: 'mft', capability: 'reduction',
    text: "Lima's number\n\nPeru's 2035 target, unveiled at the talks in Bonn, is a 40% reduction from 2010 levels.",
    pledges: ['PER reduction 2035 40 base 2010'],
  },
  {
    id: 'pledge.r15.carried.urged.1', test: 'neg', capability: 'urged',
    text: 'Ottawa weighs its options\n\nCanada will set its 2035 target in the autumn. Environmental groups have urged it to cut emissions 60 per cent.',
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.forecast.1', test: 'neg', capability: 'projection',
    text: 'Nairobi to publish plan\n\nKenya will publish its 2035 goal in June. Analysts expect it to cut emissions by 35%.',
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.other-owner.1', test: 'neg', capability: 'split',
    text: 'Two neighbours, two plans\n\nBrazil will present its 2035 target at the summit. Meanwhile, Argentina has pledged to cut emissions 20%.',
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.past.1', test: 'neg', capability: 'history',
    text: 'Ottawa names a date\n\nCanada announced its 2035 target on Thursday. Last year, emissions fell 2% after the country cut coal use by 30%.',
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.clause.could.1', test: 'neg', capability: 'hypothetical',
    text: "Lima weighs its number\n\nPeru's 2035 target, due in March, could be a 40% reduction from 2010 levels.",
    pledges: [],
  },
  {
    id: 'pledge.r15.carried.clause.expected.1', test: 'neg', capability: 'projection',
    text: "Lima weighs its number\n\nPeru's 2035 target, due in March, is expected to be a 40% reduction from 2010 levels, analysts say.",
    pledges: [],
  },
  // A phase-out pledged without a year, dated in the next sentence by its last closure or its deadline:
  // "Chile will close its coal plants. The last one shuts in 2040."
  {
    id: 'pledge.r15.exit-date.last.1', test: 'mft', capability: 'split',
    text: 'Santiago speeds coal exit\n\nChile will close its coal plants. The last one shuts in 2040, Energy Minister Diego Pardo said.',
    pledges: ['CHL phase_out 2040'],
  },
  {
    id: 'pledge.r15.exit-date.last.2', test: 'mft', capability: 'split',
    text: 'Ulaanbaatar sets out exit\n\nMongolia plans to retire its coal-fired power stations. The final one will be switched off in 2050.',
    pledges: ['MNG phase_out 2050'],
  },
  {
    id: 'pledge.r15.exit-date.deadline.1', test: 'mft', capability: 'split',
    text: 'Belgrade plans exit\n\nSerbia will phase out coal power, the mining ministry said on Friday. The deadline is 2045.',
    pledges: ['SRB phase_out 2045'],
  },
  {
    id: 'pledge.r15.exit-date.deadline.2', test: 'mft', capability: 'split',
    text: 'Accra outlines exit\n\nGhana will phase out coal. The government set 2060 as the deadline, the energy minister said.',
    pledges: ['GHA phase_out 2060'],
  },
  {
    id: 'pledge.r15.exit-date.expected.1', test: 'neg', capability: 'projection',
    text: 'Nairobi keeps its plants\n\nKenya has no plan to phase out coal. The last plant is expected to close in 2045, analysts say.',
    pledges: [],
  },
  {
    id: 'pledge.r15.exit-date.could.1', test: 'neg', capability: 'hypothetical',
    text: 'A faster path\n\nAnalysts say Chile could close its coal plants early. The last one would shut in 2032 under that scenario.',
    pledges: [],
  },
  // A cap on emissions named by a pronoun after the peak that names them: "peaking emissions by 2025 and capping them at …".
  {
    id: 'pledge.r15.cap-them.1', test: 'mft', capability: 'reduction',
    text: 'Santiago files its plan\n\nIn its NDC, Chile commits to peaking emissions by 2025 and capping them at 95 million tonnes by 2030.',
    pledges: ['CHL peak 2025', 'CHL reduction 2030'],
  },
  {
    id: 'pledge.r15.cap-them.2', test: 'mft', capability: 'reduction',
    text: 'Bogota sets a ceiling\n\nColombia will peak its emissions by 2027 and then limit them to 169 million tonnes by 2030, the environment ministry said.',
    pledges: ['COL peak 2027', 'COL reduction 2030'],
  },
  {
    id: 'pledge.r15.cap-them.prices.1', test: 'neg', capability: 'decoy-pledge',
    text: 'Cairo on fuel\n\nEgypt will raise fuel prices by 2025 and cap them at market levels by 2030.',
    pledges: [],
  },
  // Targets of several owners at once, the second clause gapped: "…, while Japan targets 36-38%", "…, and Japan 46%".
  {
    id: 'pledge.r15.gapped.while.1', test: 'mft', capability: 'list',
    text: 'Renewables race\n\nSouth Korea aims for 21.6% renewables by 2030, while Japan targets 36-38%.',
    pledges: ['KOR renewables 2030 21.6', 'JPN renewables 2030 36-38'],
  },
  {
    id: 'pledge.r15.gapped.while.2', test: 'mft', capability: 'list',
    text: 'Across the Tasman\n\nAustralia has pledged a 62-70% cut by 2035, while New Zealand has pledged 51-55%.',
    pledges: ['AUS reduction 2035 62-70', 'NZL reduction 2035 51-55'],
  },
  {
    id: 'pledge.r15.gapped.and.1', test: 'mft', capability: 'list',
    text: 'Two allies, two numbers\n\nCanada plans to cut emissions 40% by 2030, and Japan 46%.',
    pledges: ['CAN reduction 2030 40', 'JPN reduction 2030 46'],
  },
  {
    id: 'pledge.r15.gapped.has-now.1', test: 'neg', capability: 'decoy-pledge',
    text: 'Lake Victoria neighbours\n\nKenya aims for 100% clean power by 2030, while Uganda has 90%.',
    pledges: ['KEN renewables 2030 100'],
  },
  {
    id: 'pledge.r15.gapped.grew.1', test: 'neg', capability: 'decoy-pledge',
    text: 'Andean contrast\n\nChile plans to cut emissions 40% by 2030, while Peru\'s emissions grew 3%.',
    pledges: ['CHL reduction 2030 40'],
  },
  // An NDC target sized in percent is an emissions target, as an emissions target is.
  {
    id: 'pledge.r15.ndc-target.1', test: 'mft', capability: 'reduction',
    text: 'Bangkok lifts its pledge\n\nThailand raised its NDC target to 30% from 20%, and up to 40% with international support, by 2030.',
    pledges: ['THA reduction 2030 30-40'],
  },
  {
    id: 'pledge.r15.ndc-target.2', test: 'mft', capability: 'reduction',
    text: "Rabat's contribution\n\nMorocco's NDC target of 45.5% by 2030 includes conditional measures.",
    pledges: ['MAR reduction 2030 45.5'],
  },
  {
    id: 'pledge.r15.ndc-target.renewables.1', test: 'neg', capability: 'renewables',
    text: "Vientiane's plan\n\nLaos's NDC target for renewables is 30% of energy by 2030.",
    pledges: ['LAO renewables 2030 30'],
  },
  {
    id: 'pledge.r15.ndc-target.unsized.1', test: 'neg', capability: 'resisted',
    text: 'Brasilia delays\n\nBrazil has yet to submit its NDC target for 2035, officials said.',
    pledges: [],
  },
  // A fall in the present tense of the plan or law that frames the sentence: "Under it, emissions fall 60%".
  {
    id: 'pledge.r15.under-it.present.1', test: 'mft', capability: 'split',
    text: "Lisbon unveils climate roadmap\n\nThe plan sets a 2035 goal. Under it, Portugal's emissions fall 60% from 2005 levels, the environment ministry said on Tuesday.",
    pledges: ['PRT reduction 2035 60 base 2005'],
  },
  {
    id: 'pledge.r15.under-it.present.2', test: 'mft', capability: 'reduction',
    text: "Copenhagen's law\n\nUnder the new law, Denmark's emissions drop 70% by 2030 from 1990 levels.",
    pledges: ['DNK reduction 2030 70 base 1990'],
  },
  {
    id: 'pledge.r15.under-it.current.1', test: 'neg', capability: 'projection',
    text: 'Off track\n\nUnder current policies, Peru\'s emissions fall only 5% by 2030.',
    pledges: [],
  },
  {
    id: 'pledge.r15.under-it.scenario.1', test: 'neg', capability: 'projection',
    text: 'Modelling the exit\n\nUnder the central scenario, Chile\'s emissions fall 30% by 2035.',
    pledges: [],
  },
  // Headlines: a bare target sized in percent with its year ("Yoon keeps 40% goal for 2030"), coal plants "to
  // close" in a headline's infinitive, and a label naming those who assess ("Analysts: …", "Study: …") as a forecast.
  {
    id: 'pledge.r15.headline.sized-goal.1', test: 'mft', capability: 'reduction',
    title: 'Yoon keeps 40% goal for 2030',
    text: "SEOUL - South Korea's president said the target was fixed.",
    pledges: ['KOR reduction 2030 40'],
  },
  {
    id: 'pledge.r15.headline.sized-goal.2', test: 'mft', capability: 'reduction',
    title: 'Albanese sets 62-70% target for 2035',
    text: 'CANBERRA - The prime minister announced the goal on Thursday.',
    pledges: ['AUS reduction 2035 62-70'],
  },
  {
    id: 'pledge.r15.headline.sized-goal.jobs.1', test: 'neg', capability: 'decoy-pledge',
    text: "Jobs plan\n\nKenya's 40% target for youth employment by 2030 is ambitious, economists say.",
    pledges: [],
  },
  {
    id: 'pledge.r15.headline.sized-goal.renewables.1', test: 'neg', capability: 'renewables',
    title: "Manila's 35% target for renewables by 2030 stays",
    text: 'The energy department confirmed the figure.',
    pledges: ['PHL renewables 2030 35'],
  },
  {
    id: 'pledge.r15.headline.plants-to-close.1', test: 'mft', capability: 'phase_out',
    title: "Macron: France's last coal plants to close by 2027",
    text: 'PARIS - The French president spoke on Sunday.',
    pledges: ['FRA phase_out 2027'],
  },
  {
    id: 'pledge.r15.headline.plants-to-close.2', test: 'mft', capability: 'phase_out',
    title: "Ireland's coal stations to shut by 2025, minister confirms",
    text: 'DUBLIN - The energy minister spoke to parliament on Tuesday.',
    pledges: ['IRL phase_out 2025'],
  },
  {
    id: 'pledge.r15.headline.assessor-label.1', test: 'neg', capability: 'projection',
    title: "Analysts: India's coal peak by 2030",
    text: 'Experts said demand would keep growing until then.',
    pledges: [],
  },
  {
    id: 'pledge.r15.headline.assessor-label.2', test: 'neg', capability: 'projection',
    title: "Study: Brazil's emissions to peak in 2027",
    text: 'SAO PAULO - A university team published the figures on Monday.',
    pledges: [],
  },
  // A target named by its year and sized in percent: "a 2035 target of 51-55%", "its 2030 target from 57% to 68%".
  {
    id: 'pledge.r15.year-target-of.1', test: 'mft', capability: 'reduction',
    text: 'Wellington sets its number\n\nNew Zealand has set a 2035 target of 51-55%, below 2005 levels.',
    pledges: ['NZL reduction 2035 51-55 base 2005'],
  },
  {
    id: 'pledge.r15.year-target-of.2', test: 'mft', capability: 'reduction',
    text: 'London raises ambition\n\nThe UK has increased its 2030 target from 57% to 68%.',
    pledges: ['GBR reduction 2030 68'],
  },
  {
    id: 'pledge.r15.year-target-of.renewables.1', test: 'neg', capability: 'renewables',
    text: "Cairo's power mix\n\nEgypt's 2030 target of 42% is for renewable electricity.",
    pledges: ['EGY renewables 2030 42'],
  },
  {
    id: 'pledge.r15.year-target-of.forest.1', test: 'neg', capability: 'decoy-pledge',
    text: 'Trees in doubt\n\nBrazil\'s 2030 target of 30% forest cover is in doubt.',
    pledges: [],
  },
  // A target discussed "but not agreed on" is no one's; a refusal of another date leaves the target standing.
  {
    id: 'pledge.r15.not-agreed.1', test: 'neg', capability: 'resisted',
    text: 'No deal in Vientiane\n\nASEAN energy ministers discussed a 2040 net zero target but did not agree on one.',
    pledges: [],
  },
  {
    id: 'pledge.r15.not-agreed.2', test: 'neg', capability: 'resisted',
    text: 'G20 stalls on coal\n\nG20 ministers debated a 2035 coal phase-out but failed to agree on a date.',
    pledges: [],
  },
  {
    id: 'pledge.r15.not-agreed.other-date.1', test: 'mft', capability: 'phase_out',
    text: 'Berlin holds its date\n\nGermany will phase out coal by 2038 but did not commit to an earlier date.',
    pledges: ['DEU phase_out 2038'],
  },
  // A deadline that many years on ("within 15 years", "in the next ten years") in a clause that plans it; a
  // change over years already passed is history.
  {
    id: 'pledge.r15.within-years.1', test: 'mft', capability: 'year-phrase',
    text: 'Jakarta sets a horizon\n\nIndonesian President Prabowo Subianto said he hopes to phase out coal power within 15 years.',
    pledges: ['IDN phase_out 2039'],
  },
  {
    id: 'pledge.r15.within-years.2', test: 'mft', capability: 'year-phrase',
    text: 'Islamabad looks ahead\n\nPakistan plans to get 60% of its power from renewables within the next ten years.',
    pledges: ['PAK renewables 2034 60'],
  },
  {
    id: 'pledge.r15.within-years.past.1', test: 'neg', capability: 'history',
    text: 'Three decades of cuts\n\nGermany cut its emissions by 40% in 30 years, official data showed.',
    pledges: [],
  },
  {
    id: 'pledge.r15.within-years.past.2', test: 'neg', capability: 'history',
    text: 'Swedish record\n\nSweden reduced emissions 30% within 20 years of the 1990 baseline.',
    pledges: [],
  },
]
