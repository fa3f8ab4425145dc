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
    text: 'Croatia will hit its 2030 goal of cutting emissions by 45%, analysts estimate.',
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
  // Power that is carbon-free, bans stated by a first year or by what will not be sold, coal wound down, all new exploration ended, green sources.
  {
    id: 'pledge.fresh.carbon-free-power.1', test: 'mft', capability: 'renewables',
    text: "The government wants all of Colombia's electricity to be carbon-free by 2040.",
    pledges: ['COL renewables 2040 100'],
  },
  {
    id: 'pledge.fresh.carbon-free-economy.1', test: 'mft', capability: 'net_zero',
    text: "Iceland aims to be carbon-free by 2040.",
    pledges: ['ISL net_zero 2040'],
  },
  {
    id: 'pledge.fresh.carbon-free-power.past.1', test: 'neg', capability: 'history',
    text: "All of Sweden's electricity was carbon-free last year.",
  },
  {
    id: 'pledge.fresh.ban-after-year.1', test: 'mft', capability: 'phase_out',
    text: "Slovenia will ban sales of new diesel cars after 2032.",
    pledges: ['SVN phase_out 2032'],
  },
  {
    id: 'pledge.fresh.ban-after-year.trend.1', test: 'neg', capability: 'decoy-pledge',
    text: "Emissions in Bolivia will keep rising after 2030, the ministry said.",
  },
  {
    id: 'pledge.fresh.no-new-cars.1', test: 'mft', capability: 'phase_out',
    text: "No new petrol or diesel cars will be sold in Malta after 2035, the government said.",
    pledges: ['MLT phase_out 2035'],
  },
  {
    id: 'pledge.fresh.no-new-cars.past.1', test: 'neg', capability: 'history',
    text: "No new petrol cars were sold in Malta last month, dealers said.",
  },
  {
    id: 'pledge.fresh.wind-down-coal.1', test: 'mft', capability: 'phase_out',
    text: "Bulgaria has agreed to wind down coal by 2038.",
    pledges: ['BGR phase_out 2038'],
  },
  {
    id: 'pledge.fresh.wind-down-coal.output.1', test: 'neg', capability: 'decoy-pledge',
    text: "Bulgaria's coal plants will wind down output this winter.",
  },
  {
    id: 'pledge.fresh.end-all-exploration.1', test: 'mft', capability: 'phase_out',
    text: "Costa Rica will end all new oil exploration off its coasts.",
    pledges: ['CRI phase_out null'],
  },
  {
    id: 'pledge.fresh.end-all-exploration.company.1', test: 'neg', capability: 'non-actor',
    text: "Costa Rica's state oil company will end all new oil exploration by 2030.",
  },
  {
    id: 'pledge.fresh.green-sources.1', test: 'mft', capability: 'renewables',
    text: "Jordan aims to generate 50 percent of its electricity from green sources by 2030.",
    pledges: ['JOR renewables 2030 50'],
  },
  {
    id: 'pledge.fresh.green-sources.past.1', test: 'neg', capability: 'history',
    text: "Green energy supplied 30% of Kenya's power in 2022.",
  },
  // Figures: a conditional one after its condition's verb or a few words on, a fiscal base year, a base after the target year, a share after a multiple.
  {
    id: 'pledge.fresh.conditional.if-receives.1', test: 'mft', capability: 'conditional',
    text: "Malawi will cut emissions 15% by 2030, rising to 51% if it receives international support.",
    pledges: ['MWI reduction 2030 15-51'],
  },
  {
    id: 'pledge.fresh.conditional.target-is.1', test: 'mft', capability: 'conditional',
    text: "Benin's unconditional target is a 12% cut by 2030; its conditional target is 40%.",
    pledges: ['BEN reduction 2030 12-40'],
  },
  {
    id: 'pledge.fresh.conditional.two-years.1', test: 'mft', capability: 'interim',
    text: "Malawi will cut emissions 15% by 2030 and 51% by 2040.",
    pledges: ['MWI reduction 2030 15', 'MWI reduction 2040 51'],
  },
  {
    id: 'pledge.fresh.base.fiscal.1', test: 'mft', capability: 'reduction',
    text: "Japan will cut emissions 70% by fiscal 2040 relative to fiscal 2013.",
    pledges: ['JPN reduction 2040 70 base 2013'],
  },
  {
    id: 'pledge.fresh.base.lower-by-than-in.1', test: 'mft', capability: 'reduction',
    text: "Finland wants emissions to be 80 percent lower by 2035 than in 1990.",
    pledges: ['FIN reduction 2035 80 base 1990'],
  },
  {
    id: 'pledge.fresh.base.lower-than-in.past.1', test: 'neg', capability: 'history',
    text: "Finland's emissions were 30 percent lower in 2022 than in 1990.",
  },
  {
    id: 'pledge.fresh.share-after-multiple.1', test: 'mft', capability: 'renewables',
    text: "Turkey's president said the country would triple solar capacity within the next decade, raising clean energy to over 40% of power use.",
    pledges: ['TUR renewables 2034 40'],
  },
  // Owners: a phrase fronting the clause ends at its comma, a framework that calls for a cut states it, a province or a city of a country is not the country.
  {
    id: 'pledge.fresh.fronted-object.demonym.1', test: 'mft', capability: 'owner',
    text: "In a speech to the UN, the Chilean president said his government would reach carbon neutrality by 2045.",
    pledges: ['CHL net_zero 2045'],
  },
  {
    id: 'pledge.fresh.fronted-object.name.1', test: 'mft', capability: 'owner',
    text: "In a letter to the UN, Peru said it would reach net zero by 2050.",
    pledges: ['PER net_zero 2050'],
  },
  {
    id: 'pledge.fresh.document-calls.framework.1', test: 'mft', capability: 'owner',
    text: "Austria's climate framework calls for emissions to fall 48 percent by 2030.",
    pledges: ['AUT reduction 2030 48'],
  },
  {
    id: 'pledge.fresh.document-calls.council.1', test: 'neg', capability: 'urged',
    text: "Austria's climate council calls for emissions to fall 60 percent by 2030.",
  },
  {
    id: 'pledge.fresh.non-state.province.1', test: 'neg', capability: 'non-actor',
    text: "The Canadian province of Nova Scotia aims to phase out coal power by 2030.",
  },
  {
    id: 'pledge.fresh.non-state.city.1', test: 'neg', capability: 'non-actor',
    text: "The Chinese city of Wuhan aims to peak its emissions by 2025.",
  },
  // A bloc's member states act for it, a contribution with its abbreviation in brackets that calls for a cut states it, coal plants decommissioned.
  {
    id: 'pledge.fresh.member-states.1', test: 'mft', capability: 'owner',
    text: "The European Union's 27 member states have agreed to become climate neutral by 2050.",
    pledges: ['EU net_zero 2050'],
  },
  {
    id: 'pledge.fresh.member-states.us-states.1', test: 'neg', capability: 'non-actor',
    text: "The United States' largest states aim to reach net zero by 2045.",
  },
  {
    id: 'pledge.fresh.document-calls.bracketed.1', test: 'mft', capability: 'owner',
    text: "South Korea's nationally determined contribution (NDC) calls for a 53% cut from 2018 levels by 2035.",
    pledges: ['KOR reduction 2035 53 base 2018'],
  },
  {
    id: 'pledge.fresh.decommission.1', test: 'mft', capability: 'phase_out',
    text: "South Africa plans to decommission its coal power plants by 2050, its energy minister said in a statement.",
    pledges: ['ZAF phase_out 2050'],
  },
  {
    id: 'pledge.fresh.decommission.past.1', test: 'neg', capability: 'history',
    text: "South Africa decommissioned two coal power plants last year.",
  },
  // Targets without a year that say so: a sized cut its owner commits to, net zero 'as soon as possible'.
  {
    id: 'pledge.fresh.no-year.commitment-to-cutting.1', test: 'mft', capability: 'reduction',
    text: "The minister affirmed Ghana's commitment to cutting emissions by 45 percent.",
    pledges: ['GHA reduction null 45'],
  },
  {
    id: 'pledge.fresh.no-year.cut-since.1', test: 'neg', capability: 'history',
    text: "Ghana has cut its emissions by 12 percent.",
  },
  {
    id: 'pledge.fresh.no-year.failed-pledge.1', test: 'neg', capability: 'resisted',
    text: "Ghana failed to meet its pledge to cut emissions by 20 percent.",
  },
  {
    id: 'pledge.fresh.no-year.asap.1', test: 'mft', capability: 'net_zero',
    text: "Peru has said it will be climate-neutral as soon as possible.",
    pledges: ['PER net_zero null'],
  },
  {
    id: 'pledge.fresh.no-year.asap.urged.1', test: 'neg', capability: 'urged',
    text: "Peru should be climate-neutral as soon as possible, campaigners said.",
  },
  // A leader's hope for the country, named between a possessive owner and the target.
  {
    id: 'pledge.fresh.hope.expressed.1', test: 'mft', capability: 'hedged',
    text: "Sri Lanka's president expressed hope the island could reach carbon neutrality by 2050.",
    pledges: ['LKA net_zero 2050'],
  },
  {
    id: 'pledge.fresh.hope.hopeful.1', test: 'mft', capability: 'hedged',
    text: "The Maldives' president is hopeful the country can reach net zero by 2030.",
    pledges: ['MDV net_zero 2030'],
  },
  {
    id: 'pledge.fresh.hope.if-paid.1', test: 'neg', capability: 'hypothetical',
    text: "Sri Lanka's president said the island could reach carbon neutrality by 2050 if rich nations paid.",
  },
  {
    id: 'pledge.fresh.hope.doubts.1', test: 'neg', capability: 'hypothetical',
    text: "Sri Lanka's opposition doubts the island could reach carbon neutrality by 2050.",
  },
  // Net zero stated as no net emissions, or net emissions brought to zero.
  {
    id: 'pledge.fresh.no-net-emissions.1', test: 'mft', capability: 'net_zero',
    text: "Sweden has a goal of having no net emissions of greenhouse gases by 2045.",
    pledges: ['SWE net_zero 2045'],
  },
  {
    id: 'pledge.fresh.emissions-to-zero.1', test: 'mft', capability: 'net_zero',
    text: "Poland has pledged to bring its net emissions to zero by 2050.",
    pledges: ['POL net_zero 2050'],
  },
  {
    id: 'pledge.fresh.emissions-to-zero.not-soon.1', test: 'neg', capability: 'projection',
    text: "Poland's emissions will not fall to zero anytime soon, analysts said.",
  },
  // A year set 'as its net zero date', 'as its peaking year': the kind may name the date.
  {
    id: 'pledge.fresh.year-as-kind-date.net-zero.1', test: 'mft', capability: 'year-phrase',
    text: "But Ghana, like many African nations, has set 2060 as its net zero date.",
    pledges: ['GHA net_zero 2060'],
  },
  {
    id: 'pledge.fresh.year-as-kind-date.peak.1', test: 'mft', capability: 'year-phrase',
    text: "Tanzania has named 2035 as its peaking year.",
    pledges: ['TZA peak 2035'],
  },
  {
    id: 'pledge.fresh.year-as-kind-date.census.1', test: 'neg', capability: 'decoy-pledge',
    text: "Tanzania named 2035 as the year of its next census.",
  },
  // "The country" opening a sentence continues the previous sentence's subject, not the country named last.
  { id: 'pledge.fresh.country-subject.1', test: 'mft', capability: 'owner', text: "Ghana's president returned from talks with Norway and Sweden.\n\nThe country has committed to net zero by 2060.", pledges: ['GHA net_zero 2060'] },
  { id: 'pledge.fresh.country-subject.could.1', test: 'neg', capability: 'projection', text: "Ghana's president returned from talks with Norway and Sweden.\n\nThe country could reach net zero by 2060, a study found." },
]
