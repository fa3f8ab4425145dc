import type { Probe } from './probe.js'

/**
 * Pledge probes on whose target news states: a multilateral initiative's collective goal (no target of
 * the countries that launched or joined it), "the group" for a bloc named just before, and a target of
 * the article's own year ("will close its last coal plant in 2024" in a 2024 story), and a decade named by its
 * digits ("by the mid-2030s", "by the end of the 2030s").
 */
export const NEWS_OWNER_PLEDGE_PROBES: readonly Probe[] = [
  // an initiative's goal
  {
    id: 'pledge.news.initiative.launched.1', test: 'neg', capability: 'owner',
    text: 'Norway and Chile launched the Clean Shipping Compact, which aims to cut shipping emissions 40% by 2035.',
  },
  {
    id: 'pledge.news.initiative.appositive.1', test: 'neg', capability: 'owner',
    text: 'Fuel makers wait for rules\n\nThe Clean Shipping Compact, founded by Norway last year, seeks a 40% cut in shipping emissions by 2035.',
  },
  {
    id: 'pledge.news.initiative.members.1', test: 'neg', capability: 'owner',
    text: 'Peru hosts ocean forum\n\nUnder the Blue Carbon Initiative, members aim to cut methane from fisheries by 25% by 2032.',
  },
  {
    id: 'pledge.news.initiative.own-goal.1', test: 'inv', capability: 'owner',
    text: 'Morocco, which joined the Clean Shipping Compact in 2023, aims to cut its own emissions 45% by 2030.',
    pledges: ['MAR reduction 2030 45'],
  },
  {
    id: 'pledge.news.initiative.under.1', test: 'mft', capability: 'owner',
    text: 'Morocco has pledged to cut its methane emissions by 25% by 2032 under the Blue Carbon Initiative.',
    pledges: ['MAR reduction 2032 25 gas CH4'],
  },
  // "the group" for the bloc just named
  {
    id: 'pledge.news.group.possessive.1', test: 'mft', capability: 'owner',
    text: 'G20 ministers met in Durban on Thursday. The group\'s shared goal is net zero emissions by 2060.',
    pledges: ['G20 net_zero 2060'],
  },
  {
    id: 'pledge.news.group.subject.1', test: 'inv', capability: 'owner',
    text: 'ASEAN energy ministers gathered in Manila this week. The group reaffirmed its aim of getting 35% of its power from renewables by 2030.',
    pledges: ['ASEAN renewables 2030 35'],
  },
  {
    id: 'pledge.news.group.far.1', test: 'neg', capability: 'owner',
    text: 'Ministers of the G20 met in March to discuss debt relief, trade and the reform of the development banks, and they agreed to meet again before the end of the year in a smaller format. Their talks on taxes also went on late into the night without a deal.\n\nSeparately, a coalition of farmers\' associations published its own plan on Monday. The group\'s goal is net zero emissions on its members\' farms by 2045.',
  },
  {
    id: 'pledge.news.non-state.company.1', test: 'neg', capability: 'non-actor',
    text: 'Japan bets on offshore wind\n\nJapan is auctioning three new sites off Akita this year.\n\nThe company\'s stated goal is net zero emissions across its wind farms by 2040.',
  },
  // A governing coalition is the government: its target is the country's.
  {
    id: 'pledge.news.coalition.government.1', test: 'mft', capability: 'owner',
    text: "Austria sets a date for coal\n\nAustria's new government took office on Monday.\n\nThe three-party coalition agreed to end coal power by 2030.",
    pledges: ['AUT phase_out 2030'],
  },
  // a target of the article's own year
  {
    id: 'pledge.news.this-year.1', test: 'mft', capability: 'phase_out', date: '2025-03-02',
    text: 'Slovakia will shut its last coal-fired power plant in 2025, the economy ministry said.',
    pledges: ['SVK phase_out 2025'],
  },
  {
    id: 'pledge.news.this-year.2', test: 'inv', capability: 'phase_out', date: '2025-03-02',
    text: 'Slovakia plans to stop burning coal for electricity in 2025.',
    pledges: ['SVK phase_out 2025'],
  },
  {
    id: 'pledge.news.this-year.3', test: 'neg', capability: 'date', date: '2025-03-02',
    text: 'Slovakia announced in 2025 that it would reach net zero by 2050.',
    pledges: ['SVK net_zero 2050'],
  },
  // a decade named by its digits
  {
    id: 'pledge.news.decade.mid.1', test: 'mft', capability: 'year-phrase',
    text: 'Bulgaria will close all of its lignite plants by the mid-2030s, the government said.',
    pledges: ['BGR phase_out 2035'],
  },
  {
    id: 'pledge.news.decade.end.1', test: 'mft', capability: 'year-phrase',
    text: 'Bulgaria will close all of its lignite plants by the end of the 2030s.',
    pledges: ['BGR phase_out 2040'],
  },
  {
    id: 'pledge.news.decade.past.1', test: 'neg', capability: 'history',
    text: 'Bulgaria closed most of its coal mines in the 1990s, when heavy industry collapsed.',
  },
]
