import type { Probe } from './probe.js'

/** Probes that state no fact of any kind, though they look close to one (`test: 'none'`). */
export const NOTHING_PROBES: readonly Probe[] = [
  // nothing: countries next to interaction words used in other senses (meet, talks, host, visit, agree, ban, demand, criticise, sanction)
  {
    id: 'none.meeting-room.1', test: 'none', capability: 'decoy-interaction',
    text: 'The meeting room in Tokyo was so cold that delegates kept their coats on all afternoon.',
  },
  {
    id: 'none.weather-talk.1', test: 'none', capability: 'decoy-interaction',
    text: 'The presenters spent most of the morning show on talk about the weather in Scotland.',
  },
  {
    id: 'none.world-cup.1', test: 'none', capability: 'decoy-interaction',
    text: 'Germany hosted the football World Cup in 2006, and Qatar hosted it in 2022.',
  },
  {
    id: 'none.football.1', test: 'none', capability: 'decoy-interaction',
    text: 'Brazil beat Argentina 2-1 in Buenos Aires on Tuesday night.',
  },
  {
    id: 'none.cricket.1', test: 'none', capability: 'decoy-interaction',
    text: 'Australia met India in the final in Ahmedabad and won by six wickets.',
  },
  {
    id: 'none.friendly.1', test: 'none', capability: 'decoy-interaction',
    text: 'Senegal met Mali in a friendly in Dakar and drew 1-1.',
  },
  {
    id: 'none.trading-partners.1', test: 'none', capability: 'decoy-trade',
    text: 'Thailand and China are the biggest trading partners of Laos.',
  },
  {
    id: 'none.tourists.1', test: 'none', capability: 'decoy-interaction',
    text: 'More than three million Chinese tourists visited Thailand in the first half of 2024.',
  },
  {
    id: 'none.smoking-ban.1', test: 'none', capability: 'decoy-interaction',
    text: 'Thailand extended its ban on smoking to all public beaches this year.',
  },
  {
    id: 'none.fishing-ban.1', test: 'none', capability: 'decoy-interaction',
    text: 'A ban on fishing in Ha Long Bay will be lifted in June, Vietnamese officials said.',
  },
  {
    id: 'none.critics.1', test: 'none', capability: 'decoy-interaction',
    text: "India's critics say its coal expansion will lock in emissions for decades.",
  },
  {
    id: 'none.protesters.1', test: 'none', capability: 'decoy-interaction',
    text: 'Protesters in Nairobi marched against higher fuel prices on Tuesday.',
  },
  {
    id: 'none.demand-noun.1', test: 'none', capability: 'decoy-interaction',
    text: 'Demand for air conditioners in India jumped 30 percent during the heatwave.',
  },
  {
    id: 'none.in-agreement.1', test: 'none', capability: 'decoy-interaction',
    text: 'Most economists in Mexico are in agreement that interest rates will fall next year.',
  },
  {
    id: 'none.referee.1', test: 'none', capability: 'decoy-interaction',
    text: 'The referee sanctioned both teams after a brawl at the stadium in Seoul.',
  },
  {
    id: 'none.cricket-board.1', test: 'none', capability: 'decoy-interaction',
    text: "Pakistan's cricket board criticised the scheduling of the tour.",
  },
  {
    id: 'none.stadium-talks.1', test: 'none', capability: 'decoy-interaction',
    text: 'Talks between Istanbul city hall and a developer over a new stadium dragged on for months.',
  },
  {
    id: 'none.companies.1', test: 'none', capability: 'decoy-interaction',
    text: 'Japanese carmakers agreed on a common charging plug for electric vehicles.',
  },

  // nothing: trade and economy figures between two countries
  {
    id: 'none.exports.1', test: 'none', capability: 'decoy-trade',
    text: 'Exports to China fell 4% in March, the statistics office said.',
  },
  {
    id: 'none.exports.2', test: 'none', capability: 'decoy-trade',
    text: "Chile's copper exports to China rose 8% in 2023.",
  },
  {
    id: 'none.rice.1', test: 'none', capability: 'decoy-trade',
    text: "Rice prices in the Philippines rose after Vietnam's harvest fell short.",
  },
  {
    id: 'none.fans.1', test: 'none', capability: 'decoy-interaction',
    text: 'Fans in Washington and Beijing watched the final on giant screens.',
  },
  {
    id: 'none.kremlin.1', test: 'none', capability: 'decoy-interaction',
    text: "The Kremlin's cathedrals reopened to tourists after a year of restoration.",
  },

  // nothing: years, percentages and target-like words that are no pledge (weather, economy, science pathways, forecasts)
  {
    id: 'none.inflation.1', test: 'none', capability: 'decoy-pledge',
    text: "France's inflation rate fell to 2.3% in April from 3% a year earlier.",
  },
  {
    id: 'none.hot-july.1', test: 'none', capability: 'decoy-pledge',
    text: 'Spain recorded its hottest July since 1961, with average temperatures 2.4 degrees above normal.',
  },
  {
    id: 'none.pathway.1', test: 'none', capability: 'decoy-pledge',
    text: 'According to a new UN assessment, the world would have to cut greenhouse gas emissions by 42 percent by 2030 to stay within safe limits.',
  },
  {
    id: 'none.solar-forecast.1', test: 'none', capability: 'decoy-pledge',
    text: 'The IEA estimates that global solar capacity will double by 2028.',
  },
  {
    id: 'none.coal-output.1', test: 'none', capability: 'decoy-pledge',
    text: "China's coal output rose 2.9% last year to a record 4.7 billion tonnes.",
  },
  {
    id: 'none.population.1', test: 'none', capability: 'decoy-pledge',
    text: "Japan's population shrank for the 15th straight year in 2023.",
  },
  {
    id: 'none.population.2', test: 'none', capability: 'decoy-pledge',
    text: "Nigeria's population is projected to pass 300 million by the mid-2030s.",
  },
  {
    id: 'none.budget.1', test: 'none', capability: 'decoy-pledge',
    text: "Indonesia's parliament passed a budget that raises spending on roads by 12 percent.",
  },
  {
    id: 'none.oil-output.1', test: 'none', capability: 'decoy-pledge',
    text: "Nigeria's oil production averaged 1.3 million barrels a day in 2023.",
  },
  {
    id: 'none.typhoons.1', test: 'none', capability: 'decoy-pledge',
    text: 'The Philippines was hit by 22 typhoons last year, three more than the average.',
  },
  {
    id: 'none.wealth-fund.1', test: 'none', capability: 'decoy-pledge',
    text: "Saudi Arabia's sovereign wealth fund reported a 15% rise in assets.",
  },
  {
    id: 'none.sea-level.1', test: 'none', capability: 'decoy-pledge',
    text: 'About a quarter of the Netherlands lies below sea level.',
  },
  {
    id: 'none.chipmakers.1', test: 'none', capability: 'decoy-pledge',
    text: "South Korea's chipmakers called on suppliers to cut prices by 10% by 2025.",
  },
  {
    id: 'none.cocoa-peak.1', test: 'none', capability: 'decoy-pledge',
    text: 'Ivorian cocoa farmers expect the harvest to peak in December.',
  },
  {
    id: 'none.met-office.1', test: 'none', capability: 'decoy-pledge',
    text: "Britain's Met Office said 2023 was the second-warmest year on record for the country.",
  },
  {
    id: 'none.suez.1', test: 'none', capability: 'decoy-pledge',
    text: "Egypt's Suez Canal revenue fell by half in the first six months of 2024.",
  },
  {
    id: 'none.survey.1', test: 'none', capability: 'decoy-pledge',
    text: 'A survey found that 62% of Canadians want to cut their household energy use by 2030.',
  },
  {
    id: 'none.ankara-heat.1', test: 'none', capability: 'decoy-pledge',
    text: 'Ankara hit 40C for the first time since 2007 as a heatwave settled over Türkiye.',
  },
  {
    id: 'none.net-zero-building.1', test: 'none', capability: 'decoy-pledge',
    text: 'A net-zero office building opened in Copenhagen on Monday, its architects said.',
  },
  {
    id: 'none.dairy.1', test: 'none', capability: 'decoy-pledge',
    text: 'A dairy cooperative in New Zealand cut its milk price by 5% for the season.',
  },
  {
    id: 'none.metro-phase.1', test: 'none', capability: 'decoy-pledge',
    text: 'The second phase of the metro in Hanoi opened in 2024, two years late.',
  },
  {
    id: 'none.marathon.1', test: 'none', capability: 'decoy-pledge',
    text: "Kenya's runners swept the top three places at the Boston Marathon for the third year.",
  },
  {
    id: 'none.football.2', test: 'none', capability: 'decoy-interaction',
    text: 'Brazil met Argentina in the semi-final of the Copa America and lost on penalties.',
  },
  // An act others say a party is only obliged to do ("will need to", "should") is no act of it.
  {
    id: 'none.obliged-act.1', test: 'none', capability: 'decoy-interaction',
    text: 'Observers say Chile and Peru will need to cooperate if the river is to be saved.',
  },
  {
    id: 'none.obliged-act.2', test: 'none', capability: 'decoy-interaction',
    text: 'Critics argue the EU should put more pressure on Brazil over the dam.',
  },
  {
    id: 'none.expects-thing.1', test: 'none', capability: 'decoy-interaction',
    text: "Japan expects Ghana's cocoa exports to recover next year.",
  },
]
