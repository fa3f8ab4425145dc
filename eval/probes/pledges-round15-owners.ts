import type { Probe } from './probe.js'

/**
 * Pledge probes of the fifteenth round on whose target it is: a sector body's figure, a scenario or forecast,
 * a subdivision, a capital as its city, a delay pushed back, others' wishes for "the government"
 * (joined into ROUND15_PLEDGE_PROBES in pledges-round15.ts).
 */
export const ROUND15_PLEDGE_OWNER_PROBES: readonly Probe[] = [
  // A sector's own figure stated by its trade body is the industry's, not the state's; a minister's or the
  // cabinet's stays the country's.
  {
    id: 'pledge.r15.sector-body.association.1', test: 'neg', capability: 'non-actor',
    text: "Miners forecast cuts\n\nAustralia's mining sector emissions will fall 30% by 2030, an industry association said in a report on Thursday.",
    pledges: [],
  },
  {
    id: 'pledge.r15.sector-body.association.2', test: 'neg', capability: 'non-actor',
    text: "Steel lobby sets out path\n\nGermany's steel industry emissions will drop 30% by 2030, the steelmakers' trade association said.",
    pledges: [],
  },
  {
    id: 'pledge.r15.sector-body.minister.1', test: 'mft', capability: 'peak',
    text: "Delhi on power\n\nIndia's power sector emissions will peak by 2030, the power minister said.",
    pledges: ['IND peak 2030'],
  },
  {
    id: 'pledge.r15.sector-body.council.1', test: 'mft', capability: 'peak',
    text: "Beijing on power\n\nChina's power sector emissions will peak by 2025, the State Council said.",
    pledges: ['CHN peak 2025'],
  },
  // A modelled scenario framing the sentence ("In the agency's net zero scenario, India would …") and a
  // forecaster's verb whose clause the owner opens ("The IEA projects that China's …") are forecasts.
  {
    id: 'pledge.r15.scenario.frame.1', test: 'neg', capability: 'projection',
    text: "What the model says\n\nIn the agency's net zero scenario, India would phase out unabated coal by 2050.",
    pledges: [],
  },
  {
    id: 'pledge.r15.scenario.frame.2', test: 'neg', capability: 'projection',
    text: 'A faster exit\n\nIn a high-ambition scenario modelled by the think tank, Indonesia would retire all its coal plants by 2040.',
    pledges: [],
  },
  {
    id: 'pledge.r15.scenario.plan.1', test: 'mft', capability: 'phase_out',
    text: 'Jakarta plan\n\nUnder its new electricity plan, Indonesia would retire all its coal plants by 2040.',
    pledges: ['IDN phase_out 2040'],
  },
  {
    id: 'pledge.r15.forecast-that.projects.1', test: 'neg', capability: 'projection',
    text: "Coal outlook\n\nThe IEA projects that China's coal use will peak in 2025.",
    pledges: [],
  },
  {
    id: 'pledge.r15.forecast-that.calculate.1', test: 'neg', capability: 'projection',
    text: "Peak in sight\n\nResearchers calculate that Mexico's emissions will peak in 2026.",
    pledges: [],
  },
  {
    id: 'pledge.r15.forecast-that.confirmed.1', test: 'mft', capability: 'peak',
    text: "Hanoi sets peak\n\nThe ministry confirmed that Vietnam's emissions will peak in 2035.",
    pledges: ['VNM peak 2035'],
  },
  // "pushed back its coal exit to 2027": delaying one's own target is no urge ("pushed" is not "push" of an urge).
  {
    id: 'pledge.r15.pushed-back.1', test: 'mft', capability: 'phase_out',
    text: 'Paris moves coal date\n\nFrance pushed back its coal exit to 2027 from 2022, the energy ministry said.',
    pledges: ['FRA phase_out 2027'],
  },
  {
    id: 'pledge.r15.pushed-back.2', test: 'mft', capability: 'phase_out',
    text: 'Berlin delays\n\nGermany pushed back the end of its coal power to 2035, the cabinet decided.',
    pledges: ['DEU phase_out 2035'],
  },
  {
    id: 'pledge.r15.pushed-urge.1', test: 'neg', capability: 'urged',
    text: 'Brussels presses Warsaw\n\nThe EU pushed Poland to phase out coal by 2035.',
    pledges: [],
    interactions: ['EU urge POL'],
  },
  {
    id: 'pledge.r15.pushed-urge.2', test: 'neg', capability: 'urged',
    text: 'Campaign grows\n\nActivists are pushing Japan to exit coal by 2030.',
    pledges: [],
  },
  // A subdivision named by its kind, whether or not the list of named places holds it ("the state of Bahia",
  // "Fujian province", "the Northern Territory"), or by its government's office ("its chief minister"): its
  // target is no country's. A country described by a kind ("the Gulf state", "the island state") stays.
  {
    id: 'pledge.r15.subdivision.state-of.1', test: 'neg', capability: 'non-actor',
    text: 'Salvador sets a date\n\nBrazil is preparing to host the climate talks. The state of Bahia plans to reach net zero by 2050.',
    pledges: [],
  },
  {
    id: 'pledge.r15.subdivision.state-of.2', test: 'neg', capability: 'non-actor',
    text: 'Monterrey acts alone\n\nMexico presented its plan on Monday. The northern state of Nuevo Leon will cut emissions 20% by 2030.',
    pledges: [],
  },
  {
    id: 'pledge.r15.subdivision.suffix.1', test: 'neg', capability: 'non-actor',
    text: 'Darwin goes green\n\nAustralia is counting the cost of drought. The Northern Territory wants to reach net zero by 2050.',
    pledges: [],
  },
  {
    id: 'pledge.r15.subdivision.suffix.2', test: 'neg', capability: 'non-actor',
    text: 'Lakeside power\n\nKenya plans to expand geothermal power. Kisumu County aims to get 60% of its power from renewables by 2030.',
    pledges: [],
  },
  {
    id: 'pledge.r15.subdivision.office.1', test: 'neg', capability: 'non-actor',
    text: "Bhubaneswar's plan\n\nIndia is expanding solar power. Odisha aims to reach net zero by 2050, its chief minister said.",
    pledges: [],
  },
  {
    id: 'pledge.r15.subdivision.office.2', test: 'neg', capability: 'non-actor',
    text: 'Kiel goes first\n\nGermany is building more wind farms in the north. Schleswig-Holstein wants to be climate neutral by 2040, its state premier said.',
    pledges: [],
  },
  {
    id: 'pledge.r15.subdivision.country-described.1', test: 'mft', capability: 'owner',
    text: "Doha's date\n\nThe Gulf state aims to reach net zero by 2060, Qatar's energy minister said.",
    pledges: ['QAT net_zero 2060'],
  },
  {
    id: 'pledge.r15.subdivision.country-described.2', test: 'mft', capability: 'owner',
    text: 'Abuja looks ahead\n\nNigeria is the continent\'s top oil producer. The West African state plans to reach net zero by 2060.',
    pledges: ['NGA net_zero 2060'],
  },
  // A capital the sentence calls a city ("the first carbon-neutral capital", "the Tokyo metropolitan
  // government"), or names by its country's adjective ("the Danish capital"), sets the city's target; a capital
  // standing for its government stays the country's.
  {
    id: 'pledge.r15.capital-city.first.1', test: 'neg', capability: 'non-actor',
    text: 'A greener capital\n\nCopenhagen aims to be the first carbon-neutral capital by 2025.',
    pledges: [],
  },
  {
    id: 'pledge.r15.capital-city.first.2', test: 'neg', capability: 'non-actor',
    text: 'Lisbon leads\n\nLisbon, the first European capital to do so, aims for carbon neutrality by 2030.',
    pledges: [],
  },
  {
    id: 'pledge.r15.capital-city.metropolitan.1', test: 'neg', capability: 'non-actor',
    text: 'City hall plan\n\nThe Tokyo metropolitan government aims to halve emissions by 2030.',
    pledges: [],
  },
  {
    id: 'pledge.r15.capital-city.adjective.1', test: 'neg', capability: 'non-actor',
    text: 'Bikes and heat pumps\n\nThe Danish capital aims to be carbon neutral by 2025.',
    pledges: [],
  },
  {
    id: 'pledge.r15.capital-city.government.1', test: 'mft', capability: 'metonym',
    text: 'Tokyo restates goal\n\nTokyo aims to cut emissions 46% by 2030 from 2013 levels, the government said.',
    pledges: ['JPN reduction 2030 46 base 2013'],
  },
  {
    id: 'pledge.r15.capital-city.national.1', test: 'mft', capability: 'metonym',
    text: 'Danes hold course\n\nCopenhagen has pledged to cut national emissions 70% by 2030 from 1990 levels.',
    pledges: ['DNK reduction 2030 70 base 1990'],
  },
  // Others' wish for the state named by a description or pronoun ("want the government to", "told it to") is an
  // urge, whoever the article is about; the government's own wish stays.
  {
    id: 'pledge.r15.urged-anaphor.want.1', test: 'neg', capability: 'urged',
    text: 'Oslo weighs deeper cut\n\nNorway is debating its plans. Campaigners want the government to cut emissions by 75 per cent by 2035.',
    pledges: [],
  },
  {
    id: 'pledge.r15.urged-anaphor.told.1', test: 'neg', capability: 'urged',
    text: 'Pressure on Nairobi\n\nKenya is under pressure. Critics have told the government to phase out coal by 2030.',
    pledges: [],
  },
  {
    id: 'pledge.r15.urged-anaphor.own.1', test: 'mft', capability: 'reduction',
    text: 'Oslo decides\n\nNorway is debating its plans. The government wants to cut emissions by 75 per cent by 2035.',
    pledges: ['NOR reduction 2035 75'],
  },
]
