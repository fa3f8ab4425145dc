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
  // A base year named by a clause ("from where they stood in 2010"), as a reference year ("with 2016 as the
  // reference year"), or by pointing back to the sentence before ("from that level").
  {
    id: 'pledge.r14.base.where-stood.1', test: 'mft', capability: 'reduction',
    text: 'Lima sets a deeper goal\n\nPeru will cut emissions 40% from where they stood in 2010 by 2035, Environment Minister Julia Castro told reporters.',
    pledges: ['PER reduction 2035 40 base 2010'],
  },
  {
    id: 'pledge.r14.base.where-were.1', test: 'mft', capability: 'reduction',
    text: 'Uruguay files its plan\n\nUruguay pledged to bring emissions 25 percent below where they were in 2005 by 2030.',
    pledges: ['URY reduction 2030 25 base 2005'],
  },
  {
    id: 'pledge.r14.base.reference-year.1', test: 'mft', capability: 'reduction',
    text: 'Buenos Aires files update\n\nArgentina committed to cutting emissions 19 percent by 2030, with 2016 as the reference year.',
    pledges: ['ARG reduction 2030 19 base 2016'],
  },
  {
    id: 'pledge.r14.base.as-baseline.1', test: 'mft', capability: 'reduction',
    text: 'Quito plan\n\nUsing 2019 as its baseline, Ecuador will reduce emissions by 22% by 2035, the environment ministry said.',
    pledges: ['ECU reduction 2035 22 base 2019'],
  },
  {
    id: 'pledge.r14.base.that-level.1', test: 'mft', capability: 'reduction',
    text: "Nairobi tightens its goal\n\nKenya's emissions in 2015 stood at 93 million tonnes. The government now plans to cut them by 32% by 2030 from that level.",
    pledges: ['KEN reduction 2030 32 base 2015'],
  },
  {
    id: 'pledge.r14.base.that-level.2', test: 'mft', capability: 'reduction',
    text: 'La Paz pledge\n\nIn 2019, Bolivia emitted 60 million tonnes of carbon dioxide. It pledged on Tuesday to cut emissions 20% below that level by 2035.',
    pledges: ['BOL reduction 2035 20 base 2019'],
  },
  {
    id: 'pledge.r14.base.that-level.two-years.1', test: 'neg', capability: 'reduction',
    text: 'La Paz pledge\n\nBolivia emitted 60 million tonnes in 2019, up from 52 million in 2015. It pledged on Tuesday to cut emissions 20% below that level by 2035.',
    pledges: ['BOL reduction 2035 20'],
  },
  // Conditional figures: "20% … unconditionally and 47% conditional on …" (the first figure's word does not
  // speak for the second), "45.5% if donors help", "a 64% cut …, with 10% unconditional".
  {
    id: 'pledge.r14.conditional.and.1', test: 'mft', capability: 'conditional',
    text: 'Abuja files its plan\n\nNigeria has pledged a 20% cut in emissions by 2030 unconditionally and 47% conditional on foreign finance.',
    pledges: ['NGA reduction 2030 20-47'],
  },
  {
    id: 'pledge.r14.conditional.and.2', test: 'mft', capability: 'conditional',
    text: 'Cotonou plan\n\nBenin will cut emissions 12% by 2030 unconditionally and 40% conditional on climate finance, its environment minister said.',
    pledges: ['BEN reduction 2030 12-40'],
  },
  {
    id: 'pledge.r14.conditional.donors.1', test: 'mft', capability: 'conditional',
    text: 'Rabat keeps its goal\n\nMorocco aims to cut emissions by 18.3% by 2030, a figure that could rise to 45.5% if donors help.',
    pledges: ['MAR reduction 2030 18.3-45.5'],
  },
  {
    id: 'pledge.r14.conditional.rich-pay.1', test: 'mft', capability: 'conditional',
    text: 'Lome sets out its ask\n\nTogo targets a 20.5% cut in emissions by 2030, or 50.6% if rich countries pay.',
    pledges: ['TGO reduction 2030 20.5-50.6'],
  },
  {
    id: 'pledge.r14.conditional.with-own.1', test: 'mft', capability: 'conditional',
    text: 'Monrovia plan\n\nLiberia pledged a 64% emissions cut by 2030, with 10% unconditional.',
    pledges: ['LBR reduction 2030 10-64'],
  },
  {
    id: 'pledge.r14.conditional.own-first.1', test: 'neg', capability: 'conditional',
    text: "N'Djamena plan\n\nChad pledged a 10% unconditional cut by 2030, while 50% of its power will come from renewables by 2035.",
    pledges: ['TCD reduction 2030 10', 'TCD renewables 2035 50'],
  },
  {
    id: 'pledge.r14.assessed.from.1', test: 'neg', capability: 'projection',
    text: 'Hanoi study\n\nVietnam could reach net zero by 2050 if it drops coal, an analysis from a Hanoi institute suggested.',
    pledges: [],
  },
  // A peak in a decade named whole ("in the 2040s", "during the 2030s"): the decade's first year, as written.
  {
    id: 'pledge.r14.decade.peak.1', test: 'mft', capability: 'peak',
    text: 'Delhi on its peak\n\nIndia has said its emissions will peak in the 2040s, a senior official told the conference.',
    pledges: ['IND peak 2040'],
  },
  {
    id: 'pledge.r14.decade.peak.2', test: 'mft', capability: 'peak',
    text: 'Abuja plan\n\nNigeria plans to peak its emissions during the 2030s and reach net zero by 2060.',
    pledges: ['NGA peak 2030', 'NGA net_zero 2060'],
  },
  {
    id: 'pledge.r14.decade.analysts.1', test: 'neg', capability: 'projection',
    text: 'Forecast\n\nAnalysts say Indian emissions are likely to peak in the 2040s.',
    pledges: [],
  },
  // A promise whose deadline has passed is history, not a phase-out without a year.
  {
    id: 'pledge.r14.lapsed.1', test: 'neg', capability: 'history',
    text: 'Athens rethinks\n\nGreece had once promised to shut all lignite plants by 2023, a goal it later dropped.',
    pledges: [],
  },
  {
    id: 'pledge.r14.lapsed.2', test: 'neg', capability: 'history',
    text: 'Sofia delays\n\nBulgaria pledged in 2019 to close its coal mines by 2022 but kept them open.',
    pledges: [],
  },
  {
    id: 'pledge.r14.lapsed.renewed.1', test: 'mft', capability: 'phase_out',
    text: 'Paris resets\n\nFrance promised to phase out coal by 2022 and now says it will do so by 2027.',
    pledges: ['FRA phase_out 2027'],
  },
  // A country's giant or conglomerate ("Brazil's oil giant Petrobras") is a firm: its target is not the country's.
  {
    id: 'pledge.r14.firm.giant.1', test: 'neg', capability: 'non-actor',
    text: "Rio oil major's goal\n\nBrazil's oil giant Petrobras aims for net zero by 2050, the company said.",
    pledges: [],
  },
  {
    id: 'pledge.r14.firm.giant.2', test: 'neg', capability: 'non-actor',
    text: "Steelmaker's plan\n\nSouth Korea's steel giant Posco plans to cut emissions 40% by 2035.",
    pledges: [],
  },
  {
    id: 'pledge.r14.firm.giant.apposition.1', test: 'mft', capability: 'owner',
    text: 'Beijing plan\n\nChina, the Asian giant, aims to peak its emissions by 2030.',
    pledges: ['CHN peak 2030'],
  },
  // A campaign's promise on winning an election is no government's target.
  {
    id: 'pledge.r14.elected.1', test: 'neg', capability: 'hypothetical',
    text: 'Warsaw campaign\n\nThe opposition party in Poland promised a 2040 coal exit if elected.',
    pledges: [],
  },
  {
    id: 'pledge.r14.elected.2', test: 'neg', capability: 'hypothetical',
    text: "Campaign trail\n\nCanada's Conservatives would scrap the 2035 ban on new petrol cars if they win the election.",
    pledges: [],
  },
  {
    id: 'pledge.r14.elected.government.1', test: 'mft', capability: 'phase_out',
    text: "Warsaw's new cabinet\n\nPoland's new government, elected in October, will exit coal by 2040.",
    pledges: ['POL phase_out 2040'],
  },
  // Ending a fuel by scrapping, eliminating or abolishing it: "scrap its fossil fuel subsidies", "abolish coal power".
  {
    id: 'pledge.r14.phase-out.scrap.1', test: 'mft', capability: 'phase_out',
    text: 'Jakarta budget\n\nIndonesia pledged to scrap its fossil fuel subsidies by 2030, the finance minister said.',
    pledges: ['IDN phase_out 2030'],
  },
  {
    id: 'pledge.r14.phase-out.eliminate.1', test: 'mft', capability: 'phase_out',
    text: 'Cairo reform\n\nEgypt will eliminate fossil fuel subsidies by 2027, the cabinet said.',
    pledges: ['EGY phase_out 2027'],
  },
  {
    id: 'pledge.r14.phase-out.scrapped-plans.1', test: 'neg', capability: 'history',
    text: 'Nairobi drops a project\n\nKenya scrapped plans for a coal plant in 2020.',
    pledges: [],
  },
  {
    id: 'pledge.r14.phase-out.refused-scrap.1', test: 'neg', capability: 'resisted',
    text: 'Accra holds firm\n\nGhana has refused to scrap its coal plans before 2040.',
    pledges: [],
  },
  // "from that year": a base pointed back to, its year in the sentence before.
  {
    id: 'pledge.r14.base.that-year.1', test: 'mft', capability: 'reduction',
    text: 'Stockholm sets a cut\n\nIn 1990, Sweden emitted 71 million tonnes. Sweden will cut net emissions 63% from that year by 2030.',
    pledges: ['SWE reduction 2030 63 base 1990'],
  },
  {
    id: 'pledge.r14.base.that-year.2', test: 'mft', capability: 'reduction',
    text: 'Santiago plan\n\nChile peaked its emissions in 2019. It now plans to cut them 30% compared with that year by 2035.',
    pledges: ['CHL reduction 2035 30 base 2019'],
  },
  // "a fifth" as a size, as "a quarter" and "a third" are.
  {
    id: 'pledge.r14.fraction.fifth.1', test: 'mft', capability: 'reduction',
    text: 'Buenos Aires sets a cut\n\nArgentina will cut its emissions by a fifth by 2030, the environment secretary said.',
    pledges: ['ARG reduction 2030 20'],
  },
  {
    id: 'pledge.r14.fraction.fifth.2', test: 'mft', capability: 'renewables',
    text: 'Montevideo solar plan\n\nUruguay aims to get a fifth of its power from solar by 2030.',
    pledges: ['URY renewables 2030 20'],
  },
  {
    id: 'pledge.r14.fraction.fifth-country.1', test: 'mft', capability: 'net_zero',
    text: 'Nairobi joins the club\n\nKenya is the fifth country in Africa to set a 2050 net zero target.',
    pledges: ['KEN net_zero 2050'],
  },
  // A law that requires emissions to fall states its target: "its climate law requires emissions to fall 65% by 2030".
  {
    id: 'pledge.r14.law-requires-fall.1', test: 'mft', capability: 'reduction',
    text: "Berlin's law\n\nGermany's climate law requires emissions to fall 65% by 2030.",
    pledges: ['DEU reduction 2030 65'],
  },
  {
    id: 'pledge.r14.law-requires-fall.2', test: 'mft', capability: 'reduction',
    text: "Stockholm's law\n\nSweden's climate law requires net emissions to fall 63% by 2030, the environment agency noted.",
    pledges: ['SWE reduction 2030 63'],
  },
  {
    id: 'pledge.r14.law-requires-fall.pathway.1', test: 'neg', capability: 'pathway',
    text: 'What science asks\n\nMeeting the Paris goals would require emissions to fall 43% by 2030, scientists say.',
    pledges: [],
  },
  // "under the 2021 act": a document's year, not a base year.
  {
    id: 'pledge.r14.base.under-act.1', test: 'mft', capability: 'reduction',
    text: 'Copenhagen law\n\nUnder the 2021 act, Denmark will cut emissions 70% by 2030.',
    pledges: ['DNK reduction 2030 70'],
  },
  {
    id: 'pledge.r14.base.under-law.1', test: 'mft', capability: 'reduction',
    text: 'Santiago law\n\nUnder its 2022 climate law, Chile will cut emissions 30% by 2030.',
    pledges: ['CHL reduction 2030 30'],
  },
  {
    id: 'pledge.r14.base.under-year.1', test: 'mft', capability: 'reduction',
    text: 'Santiago plan\n\nChile will cut emissions 30% below 2016 levels by 2030.',
    pledges: ['CHL reduction 2030 30 base 2016'],
  },
  // A state's, province's or named firm's target is its own, not the country's the article is about
  // (ANNOTATION.md): "Bavaria aims for …", "Victoria's target …", "Saudi Aramco aims for …".
  { id: 'pledge.r14.sub-national.state.1', test: 'mft', capability: 'owner',
    text: 'Berlin keeps its course\n\nGermany will cut emissions 65% by 2030. Saxony aims for climate neutrality by 2040, the state premier said.', pledges: ['DEU reduction 2030 65'] },
  { id: 'pledge.r14.sub-national.possessive.1', test: 'mft', capability: 'owner',
    text: "Canberra and the states\n\nAustralia has a net zero target for 2050. Queensland's own target is net zero by 2045, state officials said.", pledges: ['AUS net_zero 2050'] },
  { id: 'pledge.r14.sub-national.province.1', test: 'neg', capability: 'non-actor',
    text: 'Prairie plan\n\nManitoba has committed to cutting emissions 40% by 2030 from 2005 levels, the provincial government said.', pledges: [] },
  { id: 'pledge.r14.sub-national.firm.1', test: 'neg', capability: 'non-actor',
    text: 'Oil major sets goal\n\nSaudi Aramco aims for net zero operational emissions by 2050, the company said on Sunday.', pledges: [] },
  { id: 'pledge.r14.sub-national.firm.2', test: 'mft', capability: 'owner',
    text: 'Brasilia and its oil firm\n\nPetrobras plans to cut its emissions 25% by 2030. Brazil aims for net zero by 2050, the government said.', pledges: ['BRA net_zero 2050'] },
  { id: 'pledge.r14.sub-national.venue.1', test: 'mft', capability: 'owner',
    text: 'Chancellor in Munich\n\nSpeaking in Bavaria on Monday, Germany pledged to reach net zero by 2045.', pledges: ['DEU net_zero 2045'] },
  { id: 'pledge.r14.sub-national.island.1', test: 'mft', capability: 'owner',
    text: 'Athens sets coal dates\n\nGreece will close its coal plants by 2026, except on Crete, where the deadline is 2029.', pledges: ['GRC phase_out 2026', 'GRC phase_out 2029'] },
  // A window of years, "between 2020 and 2025": the later year is the deadline.
  { id: 'pledge.r14.window.peak.1', test: 'mft', capability: 'peak',
    text: 'Beijing sets its peak\n\nChina plans for its emissions to peak between 2020 and 2026, officials said on Friday.', pledges: ['CHN peak 2026'] },
  { id: 'pledge.r14.window.coal.1', test: 'mft', capability: 'phase_out',
    text: 'Ljubljana coal timetable\n\nSlovenia will phase out coal power between 2033 and 2038, the economy ministry said.', pledges: ['SVN phase_out 2038'] },
  { id: 'pledge.r14.window.forecast.1', test: 'neg', capability: 'projection',
    text: 'Ankara outlook\n\nAnalysts expect Turkey\'s emissions to peak between 2030 and 2035, a report said.', pledges: [] },
  { id: 'pledge.r14.window.trend.1', test: 'neg', capability: 'decoy-pledge',
    text: 'Lima figures\n\nEmissions in Peru fell 4% between 2015 and 2022, the statistics office said.', pledges: [] },
  // A sector named before "emissions" is what the target measures, not a non-state owner ("X's power sector emissions will peak").
  { id: 'pledge.r14.sector-emissions.peak.1', test: 'mft', capability: 'peak',
    text: 'Delhi power plan\n\nIndia\'s power sector emissions will peak by 2031, under a plan the ministry released on Tuesday.', pledges: ['IND peak 2031'] },
  { id: 'pledge.r14.sector-emissions.cut.1', test: 'mft', capability: 'reduction',
    text: 'Seoul steel roadmap\n\nSouth Korea\'s steel industry emissions will fall 20% by 2030 under a government roadmap, officials said.', pledges: ['KOR reduction 2030 20'] },
  { id: 'pledge.r14.sector-emissions.forecast.1', test: 'neg', capability: 'projection',
    text: 'Warsaw outlook\n\nPoland\'s industrial sector emissions are expected to peak by 2028, analysts said.', pledges: [] },
  { id: 'pledge.r14.sector-emissions.producers.1', test: 'neg', capability: 'non-actor',
    text: 'Oil sands goal\n\nCanada\'s oil sands producers aim for net zero emissions by 2050, their alliance said.', pledges: [] },
  // A gas's output that will fall is its emissions ("its methane output would fall by a fifth"); oil output is not.
  { id: 'pledge.r14.gas-output.methane.1', test: 'mft', capability: 'methane',
    text: 'Abuja flaring plan\n\nNigeria said its methane output would fall by a fifth by 2031, the oil regulator said.', pledges: ['NGA reduction 2031 20 gas CH4'] },
  { id: 'pledge.r14.gas-output.carbon.1', test: 'mft', capability: 'reduction',
    text: 'Muscat goal\n\nOman said its carbon output will fall 15% by 2035, the environment authority said.', pledges: ['OMN reduction 2035 15'] },
  { id: 'pledge.r14.gas-output.oil.1', test: 'neg', capability: 'decoy-pledge',
    text: 'Riyadh output\n\nSaudi Arabia said its oil output would fall 10% by 2030 as fields age.', pledges: [] },
]
