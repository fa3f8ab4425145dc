import type { Probe } from './probe.js'

/** Short articles of our own of the fifteenth round, continued (articles-round15.ts had passed 300 lines). */
export const ROUND15_ARTICLE_PROBES_MORE: readonly Probe[] = [
  {
    id: 'pledge.r15-article-list.2', test: 'mft', capability: 'owner',
    text: 'Germany funds South African coal exit\n\nBERLIN (Newswire) - Germany will give South Africa 700 million euros to retire coal plants, the German development ministry said on Tuesday. Germany has set a goal of climate neutrality by 2045.\n\nUnder its own plan, South Africa will:\n\n1. Cut emissions by 30 percent by 2035.\n2. Generate 40 percent of its power from renewables by 2030.\n\nThe first payments are due next year.',
    pledges: ['DEU net_zero 2045', 'ZAF reduction 2035 30', 'ZAF renewables 2030 40'],
    interactions: ['DEU cooperate ZAF'],
  },
  {
    id: 'pledge.r15-article-list.3', test: 'mft', capability: 'owner',
    text: 'Seoul and Jakarta sign battery pact\n\nSEOUL (Newswire) - South Korea will help Indonesia build battery plants, South Korean officials said on Wednesday. South Korea aims to be carbon neutral by 2050.\n\nIndonesia\'s main targets are:\n\n* a 32 percent cut in emissions by 2030\n* net zero emissions by 2060\n\nThe two governments will meet again in June.',
    pledges: ['KOR net_zero 2050', 'IDN reduction 2030 32', 'IDN net_zero 2060'],
    interactions: ['KOR cooperate IDN', 'KOR agree IDN', 'KOR meet IDN'],
  },
  {
    id: 'pledge.r15-article-list.4', test: 'neg', capability: 'urged',
    text: 'Japan backs Vietnam\'s energy shift\n\nTOKYO (Newswire) - Japan will lend Vietnam 2 billion dollars for its energy transition, Japanese officials said on Monday. Japan aims for net zero by 2050.\n\nCampaigners want Vietnam to:\n\n- cut greenhouse gas emissions by 60 percent by 2030;\n- close all of its coal plants by 2035.',
    pledges: ['JPN net_zero 2050'],
    interactions: ['JPN cooperate VNM'],
  },
  {
    id: 'pledge.r15-article-list.5', test: 'neg', capability: 'hypothetical',
    text: 'Japan backs Vietnam\'s energy shift\n\nTOKYO (Newswire) - Japan will lend Vietnam 2 billion dollars, officials said on Monday. Japan aims for net zero by 2050.\n\nIf the loan goes ahead, Vietnam could:\n\n- cut greenhouse gas emissions by 60 percent by 2030;\n- close all of its coal plants by 2035.',
    pledges: ['JPN net_zero 2050'],
    interactions: ['JPN cooperate VNM'],
  },

  // "his government", "her government" after an urge in the same sentence: the speaker's, not the party urged.
  {
    id: 'pledge.r15-article-owner.8', test: 'mft', capability: 'owner',
    text: 'Live: climate summit, day two\n\n09:10 Norway\'s prime minister Jonas Lie has just spoken. He said Norway would cut emissions by 55 percent by 2030.\n\n10:20 Colombia\'s president Andres Molina has finished his speech. He urged the United States to stop subsidising oil, and said his own government would reach net zero by 2050.',
    pledges: ['NOR reduction 2030 55', 'COL net_zero 2050'],
    interactions: ['COL urge USA'],
  },
  {
    id: 'pledge.r15-article-owner.9', test: 'mft', capability: 'owner',
    text: 'Kenya asks London for more\n\nNAIROBI (Newswire) - Kenyan President William Mutua met British envoys on Thursday. Mutua pressed Britain to double its climate finance for Africa, and said his government would produce all of Kenya\'s power from renewable sources by 2030.\n\nThe envoys promised an answer within a month.',
    pledges: ['KEN renewables 2030 100'],
    interactions: ['KEN meet GBR', 'KEN urge GBR'],
  },
  {
    id: 'pledge.r15-article-owner.10', test: 'neg', capability: 'urged',
    text: 'Fiji presses Canberra\n\nSUVA (Newswire) - Fiji\'s prime minister Litia Vunisea spoke at the forum on Thursday. She urged Australia to reach net zero by 2035, and said her government would keep up the pressure.\n\nAustralian officials did not comment.',
    interactions: ['FJI urge AUS'],
  },

  // "the decision" named back two sentences after a party withdrew, with another party's reaction between.
  {
    id: 'interaction.r15-article-answer.9', test: 'mft', capability: 'protest',
    text: 'Neighbours react to pact exit\n\nBUENOS AIRES (Newswire) - Argentina\'s new government said on Monday it would withdraw from the Paris Agreement.\n\nChile\'s foreign minister Ana Torres called the move a mistake. Brazil said it regretted the decision.',
    interactions: ['CHL protest ARG', 'BRA protest ARG'],
  },
  {
    id: 'interaction.r15-article-answer.10', test: 'mft', capability: 'protest',
    text: 'Neighbours react to fund exit\n\nCANBERRA (Newswire) - Australia withdrew from the regional coal transition fund on Tuesday, citing costs.\n\nFiji\'s prime minister Litia Vunisea called the move a betrayal. New Zealand criticised the decision as short-sighted.',
    interactions: ['FJI protest AUS', 'NZL protest AUS'],
  },

  // A description opening a sentence ("The kingdom", "The island nation", "The Gulf state") continues the sentence
  // before's subject when it fits it, not the last country named that fits.
  {
    id: 'pledge.r15-article-description.1', test: 'mft', capability: 'owner',
    text: 'Green money in the desert\n\nRIYADH (Newswire) - Saudi Arabia hosted a green investment forum on Monday, with ministers from Egypt and Jordan attending. The kingdom aims to reach net zero emissions by 2060.\n\nOrganisers said deals worth 10 billion dollars were signed.',
    pledges: ['SAU net_zero 2060'],
  },
  {
    id: 'pledge.r15-article-description.2', test: 'mft', capability: 'owner',
    text: 'Pacific energy ministers gather\n\nSUVA (Newswire) - Fiji hosted Pacific energy ministers on Monday, with Japan\'s ambassador attending as an observer. The island nation plans to generate all of its power from renewable sources by 2036.\n\nThe meeting ends on Wednesday.',
    pledges: ['FJI renewables 2036 100'],
  },
  {
    id: 'pledge.r15-article-description.3', test: 'mft', capability: 'owner',
    text: 'Gulf solar forum\n\nDOHA (Newswire) - Qatar welcomed energy ministers from Oman and Bahrain on Sunday. The Gulf state aims to cut its emissions by 25 percent by 2030.\n\nThe ministers toured a new solar farm outside the capital.',
    pledges: ['QAT reduction 2030 25'],
    interactions: ['QAT meet OMN', 'QAT meet BHR'],
  },
  {
    id: 'pledge.r15-article-description.4', test: 'inv', capability: 'owner',
    text: 'Desert forum\n\nCAIRO (Newswire) - Egypt hosted a green investment forum on Monday, with ministers from Jordan attending. The kingdom aims to generate 50 percent of its power from renewables by 2030.\n\nOrganisers said deals worth 2 billion dollars were signed.',
    pledges: ['JOR renewables 2030 50'],
  },
  {
    id: 'pledge.r15-article-description.5', test: 'inv', capability: 'owner',
    text: 'Oslo hosts Riyadh\n\nOSLO (Newswire) - Norway hosted Saudi Arabia\'s energy minister on Monday. The kingdom aims to reach net zero emissions by 2060, he told his hosts.\n\nThe two sides discussed carbon capture.',
    pledges: ['SAU net_zero 2060'],
    interactions: ['NOR meet SAU'],
  },

  // The pair just named, read back as "both", "they", "each country", "the former" or "the latter".
  {
    id: 'pledge.r15-article-pair.1', test: 'mft', capability: 'owner',
    text: 'Tokyo and Seoul compare notes\n\nSEOUL (Newswire) - Japan and South Korea held climate talks in Seoul on Monday. Both have pledged to reach net zero emissions by 2050.\n\nThe next round is due in Tokyo in the autumn.',
    pledges: ['JPN net_zero 2050', 'KOR net_zero 2050'],
    interactions: ['JPN meet KOR'],
  },
  {
    id: 'pledge.r15-article-pair.2', test: 'mft', capability: 'owner',
    text: 'Andean partners\n\nLIMA (Newswire) - Chile and Peru signed a clean energy deal in Lima on Monday. Each country will cut its emissions by 30 percent by 2030 under its own plan.\n\nThe deal covers grid links and green hydrogen.',
    pledges: ['CHL reduction 2030 30', 'PER reduction 2030 30'],
    interactions: ['CHL agree PER'],
  },
  {
    id: 'pledge.r15-article-pair.3', test: 'mft', capability: 'owner',
    text: 'Tokyo and Seoul compare notes\n\nSEOUL (Newswire) - Japan and South Korea held climate talks in Seoul on Monday. The former has pledged net zero by 2050, the latter a 40 percent cut in emissions by 2030.\n\nThe next round is due in Tokyo in the autumn.',
    pledges: ['JPN net_zero 2050', 'KOR reduction 2030 40'],
    interactions: ['JPN meet KOR'],
  },
  {
    id: 'pledge.r15-article-pair.4', test: 'mft', capability: 'owner',
    text: 'Paris and Berlin on energy\n\nPARIS (Newswire) - Germany and France held energy talks in Paris on Thursday. The latter wants nuclear power counted as green, while the former has agreed to phase out coal by 2038.\n\nNo joint statement was issued.',
    pledges: ['DEU phase_out 2038'],
    interactions: ['DEU meet FRA'],
  },
  {
    id: 'pledge.r15-article-pair.5', test: 'neg', capability: 'urged',
    text: 'Tokyo and Seoul under pressure\n\nSEOUL (Newswire) - Japan and South Korea held climate talks in Seoul on Monday. Both were urged by campaigners to reach net zero by 2040.\n\nNeither government responded.',
    interactions: ['JPN meet KOR'],
  },
  {
    id: 'pledge.r15-article-pair.6', test: 'neg', capability: 'negated',
    text: 'Paris and Berlin on energy\n\nPARIS (Newswire) - Germany and France held energy talks in Paris on Thursday. The former has refused to set a date for ending gas heating, the latter has not ruled out a 2040 date for it.\n\nNo joint statement was issued.',
    interactions: ['DEU meet FRA'],
  },

  // A trip named back ("the visit", "the trip") is the traveller's, not the place's, even after a headline
  // that names the place before the noun ("Taiwan visit draws fire").
  {
    id: 'interaction.r15-article-visit.1', test: 'mft', capability: 'protest',
    text: 'Delegation lands in Taipei\n\nTAIPEI (Newswire) - A U.S. congressional delegation arrived in Taipei on Sunday for two days of talks on chips and energy.\n\nChina condemned the visit, and its navy held drills off the island the next morning.',
    interactions: ['USA meet TWN', 'CHN protest USA'],
  },
  {
    id: 'interaction.r15-article-visit.2', test: 'mft', capability: 'protest',
    text: 'Taiwan trip goes ahead\n\nTOKYO (Newswire) - Japan\'s foreign minister Hiro Tanaka visited Taiwan on Sunday, the first such trip in decades.\n\nBeijing criticised the trip as a provocation.',
    interactions: ['JPN meet TWN', 'CHN protest JPN'],
  },
  {
    id: 'interaction.r15-article-visit.3', test: 'neg', capability: 'direction',
    text: 'Island trip goes smoothly\n\nTOKYO (Newswire) - Japan\'s foreign minister Hiro Tanaka visited Taiwan on Sunday to discuss offshore wind.\n\nBusiness groups in Taipei welcomed the visit.',
    interactions: ['JPN meet TWN'],
  },

  // "the measures" named back after a party imposed sanctions or tariffs: the imposer's.
  {
    id: 'interaction.r15-article-answer.11', test: 'mft', capability: 'protest',
    text: 'Brussels targets Russian gas\n\nBRUSSELS (Newswire) - The European Union imposed sanctions on Russian liquefied gas on Monday, closing its ports to the cargoes.\n\nMoscow condemned the measures and promised a response.',
    interactions: ['EU sanction RUS', 'RUS protest EU'],
  },
  {
    id: 'interaction.r15-article-answer.12', test: 'mft', capability: 'protest',
    text: 'Steel duties raised again\n\nWASHINGTON (Newswire) - The United States imposed new tariffs on Chinese steel on Tuesday.\n\nChina\'s commerce ministry denounced the measure as bullying.',
    interactions: ['USA sanction CHN', 'CHN protest USA'],
  },
  {
    id: 'interaction.r15-article-answer.13', test: 'neg', capability: 'direction',
    text: 'Steel duties raised again\n\nWASHINGTON (Newswire) - The United States imposed new tariffs on Chinese steel on Tuesday.\n\nChina said it would study the measures before deciding what to do.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'pledge.r15-article-pair.7', test: 'neg', capability: 'projection',
    text: 'Berlin and Warsaw weigh coal exit\n\nWARSAW (Newswire) - Germany and Poland held energy talks in Warsaw on Friday.\n\nResearchers at a Krakow institute calculated that the two grids could cope with less coal — and, in one scenario they ran, a full exit from coal by 2032, though they stressed that this was a model and not a plan.',
    interactions: ['DEU meet POL'],
  },
]
