import type { Probe } from './probe.js'

/**
 * Pledge probes: what news says about targets that is no national target (companies and cities,
 * past cuts, forecasts and on-track judgements, science's pathways, questions and denials).
 */
export const NEWS_NOT_A_PLEDGE_PROBES: readonly Probe[] = [
  {
    id: 'pledge.news.not.company.1', test: 'neg', capability: 'non-actor',
    text: 'Japanese carmaker Hanabi Motors plans to reach carbon neutrality by 2045.',
  },
  {
    id: 'pledge.news.not.mayor.1', test: 'neg', capability: 'non-actor',
    text: 'Mayor Ana Lima said Lisbon would be carbon neutral by 2030.',
  },
  {
    id: 'pledge.news.not.past-cut.1', test: 'neg', capability: 'history',
    text: 'Sweden has cut its emissions by 35% since 1990.',
  },
  {
    id: 'pledge.news.not.past-cut.2', test: 'neg', capability: 'history',
    text: 'Denmark reduced its greenhouse gas output by 40 percent between 1990 and 2020.',
  },
  {
    id: 'pledge.news.not.projection.1', test: 'neg', capability: 'projection',
    text: 'Researchers estimate that Brazil will cut emissions only 20% by 2030 under current policies.',
  },
  {
    id: 'pledge.news.not.projection.2', test: 'neg', capability: 'projection',
    text: "India's emissions will keep growing until at least 2040, according to a forecast by the energy agency.",
  },
  {
    id: 'pledge.news.not.on-track.1', test: 'neg', capability: 'projection',
    text: 'Analysts say Germany is on course to cut emissions by only 55% by 2030.',
  },
  {
    id: 'pledge.news.not.science.1', test: 'neg', capability: 'pathway',
    text: 'Scientists say the world must halve emissions by 2030 to keep warming in check.',
  },
  {
    id: 'pledge.news.not.question.1', test: 'neg', capability: 'hypothetical',
    text: 'Will Australia commit to net zero by 2040?',
  },
  {
    id: 'pledge.news.not.denial.1', test: 'neg', capability: 'negated',
    text: 'Indonesia denied that it plans to phase out coal by 2040.',
  },
  {
    id: 'pledge.news.not.no-plans.1', test: 'neg', capability: 'negated',
    text: 'Poland has no plans to set a date for climate neutrality.',
  },
  {
    id: 'pledge.news.not.pushing-for.1', test: 'neg', capability: 'urged',
    text: 'Campaigners were pushing for Canada to adopt a 2035 target of a 60% cut.',
  },
  {
    id: 'pledge.news.not.chance.1', test: 'neg', capability: 'hypothetical',
    text: 'Brazil has a chance to commit to net zero by 2040 at the summit.',
  },
  {
    id: 'pledge.news.not.needed.1', test: 'neg', capability: 'pathway',
    text: "Mexico's plan falls well short of the 60% reduction by 2035 that researchers consider necessary.",
  },
  {
    id: 'pledge.news.not.executive.1', test: 'neg', capability: 'non-actor',
    text: 'Lisa Brandt, chief executive of Danish shipping group Nordmark, said it would be carbon neutral by 2040.',
  },
  {
    id: 'pledge.news.not.executive.2', test: 'neg', capability: 'non-actor',
    text: 'Kenji Mori, chief executive of Japanese carmaker Hanabi Motors, said: “We will be carbon neutral by 2040.”',
    quotes: ['Kenji Mori: We will be carbon neutral by 2040.'],
  },
  {
    id: 'pledge.news.not.city-council.1', test: 'neg', capability: 'non-actor',
    text: "Nairobi's city council voted to make the capital carbon neutral by 2035.",
  },
  {
    id: 'pledge.news.not.on-track.2', test: 'neg', capability: 'projection',
    text: 'Japan is on track to reach net zero by 2050, analysts say.',
  },
  {
    id: 'pledge.news.not.reckon.1', test: 'neg', capability: 'projection',
    text: 'Analysts reckon Brazil will cut emissions 20% by 2030.',
  },
]
