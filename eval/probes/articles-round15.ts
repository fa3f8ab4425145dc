import type { Probe } from './probe.js'

/** Short articles of our own (five to ten sentences over several paragraphs) of a fifteenth round: facts that need the discourse across sentences (who "he" is, whose target, whose quote). */
export const ROUND15_ARTICLE_PROBES: readonly Probe[] = [
  // A second country of the article, named in one sentence and meant by "it", "its government" or "he" in the next:
  // its target is its own, not the article's main country's.
  {
    id: 'pledge.r15-article-owner.1', test: 'mft', capability: 'owner',
    text: 'Two neighbours, two roads out of coal\n\nJAKARTA, May 6 (Newswire) - Indonesia\'s President Joko Harsono has promised to clean up the country\'s power sector. His government has set a goal of net zero emissions by 2060.\n\nAcross the strait, Malaysia has taken a different route. It plans to cut its carbon intensity by 45 percent by 2030.\n\nHarsono said Indonesia would watch its neighbour closely.',
    pledges: ['IDN net_zero 2060', 'MYS intensity 2030 45'],
  },
  {
    id: 'pledge.r15-article-owner.2', test: 'mft', capability: 'owner',
    text: 'Nordic neighbours split on oil\n\nOSLO (Newswire) - Norway\'s government says it will keep pumping oil for decades. Norway has a goal of net zero by 2050, and ministers in Oslo repeat it often.\n\nDenmark stopped issuing new oil licences in 2020. Its government aims to cut emissions by 70 percent by 2030 from 1990 levels.\n\nNorway\'s oil minister Per Dahl said the two countries simply had different economies.',
    pledges: ['NOR net_zero 2050', 'DNK reduction 2030 70 base 1990'],
  },
  {
    id: 'pledge.r15-article-owner.3', test: 'mft', capability: 'owner',
    text: 'Island and mainland leaders differ on coal\n\nWELLINGTON (Newswire) - New Zealand\'s prime minister Grace Tane opened the Pacific energy forum on Monday. Her government passed a law in 2019 for net zero by 2050.\n\nFiji\'s prime minister Josaia Raiwalui spoke next. He said his government would generate all of the country\'s power from renewable sources by 2036.\n\n"We are too small to wait for anyone," he told the forum.',
    pledges: ['NZL net_zero 2050', 'FJI renewables 2036 100'],
    quotes: ['Josaia Raiwalui: We are too small to wait for anyone'],
  },
  {
    id: 'pledge.r15-article-owner.4', test: 'mft', capability: 'owner',
    text: 'Two giants, two dates\n\nChina\'s emissions fell slightly last year. Beijing says its emissions will peak before 2030 and that China will reach carbon neutrality by 2060.\n\nIndia, the third largest emitter, is growing fast. It has promised net zero emissions by 2070.\n\nBoth countries say rich nations must pay more.',
    pledges: ['CHN peak 2030', 'CHN net_zero 2060', 'IND net_zero 2070'],
  },
  // … and where that country's sentence states no target of its own, neither country has one there.
  {
    id: 'pledge.r15-article-owner.5', test: 'neg', capability: 'projection',
    text: 'Two neighbours, two roads out of coal\n\nJAKARTA, May 6 (Newswire) - Indonesia\'s President Joko Harsono has promised to clean up the country\'s power sector. His government has set a goal of net zero emissions by 2060.\n\nAcross the strait, Malaysia has taken a different route. Analysts expect it to cut its carbon intensity by 45 percent by 2030.',
    pledges: ['IDN net_zero 2060'],
  },
  {
    id: 'pledge.r15-article-owner.6', test: 'neg', capability: 'urged',
    text: 'Nordic neighbours split on oil\n\nOSLO (Newswire) - Norway\'s government says it will keep pumping oil for decades. Norway has a goal of net zero by 2050.\n\nDenmark stopped issuing new oil licences in 2020. Campaigners have urged it to cut emissions by 80 percent by 2030.',
    pledges: ['NOR net_zero 2050'],
  },
  {
    id: 'pledge.r15-article-owner.7', test: 'neg', capability: 'hypothetical',
    text: 'Two giants, two dates\n\nChina says it will reach net zero by 2060.\n\nIndia, the third largest emitter, takes a different view. Its government says it could consider net zero by 2065 if rich nations pay for it.',
    pledges: ['CHN net_zero 2060'],
  },

  // A target named back by its owner or beside another, whose kind is the sentence before's: "China's target
  // is 2060", "Germany's deadline is 2045", "Finland has set an earlier date of 2035".
  {
    id: 'pledge.r15-article-kind-back.1', test: 'mft', capability: 'net_zero',
    text: 'Emerging economies name their dates\n\nNEW DELHI (Newswire) - The United States has a goal of net zero emissions by 2050. China\'s target is 2060, and India\'s target is 2070.\n\nOfficials in both Asian capitals said the later dates reflect their stage of growth.',
    pledges: ['USA net_zero 2050', 'CHN net_zero 2060', 'IND net_zero 2070'],
  },
  {
    id: 'pledge.r15-article-kind-back.2', test: 'mft', capability: 'phase_out',
    text: 'Coal exits across Europe\n\nBRUSSELS (Newswire) - Most European governments have now set dates for closing their coal plants. Spain will shut its last coal plant by 2025. Germany\'s legal deadline is 2038.\n\nPoland has named no date at all.',
    pledges: ['ESP phase_out 2025', 'DEU phase_out 2038'],
  },
  {
    id: 'pledge.r15-article-kind-back.3', test: 'mft', capability: 'net_zero',
    text: 'Nordic race to net zero\n\nSTOCKHOLM (Newswire) - Sweden plans to reach net zero emissions by 2045. Finland has set an earlier date of 2035, the earliest of any rich country.\n\nBoth governments lean heavily on forests to soak up carbon.',
    pledges: ['SWE net_zero 2045', 'FIN net_zero 2035'],
  },
  {
    id: 'pledge.r15-article-kind-back.4', test: 'mft', capability: 'net_zero',
    text: 'Andean neighbours compare notes\n\nLIMA (Newswire) - Chile wants to be carbon neutral by 2050. Peru\'s official goal is 2050 as well, its environment minister said on Monday.\n\nThe two countries plan to share data on glacier loss.',
    pledges: ['CHL net_zero 2050', 'PER net_zero 2050'],
  },
  // … not a target a party that no actor names holds, nor one others want.
  {
    id: 'pledge.r15-article-kind-back.5', test: 'neg', capability: 'non-actor',
    text: 'Opposition sets its own date\n\nCANBERRA (Newswire) - Australia aims for net zero emissions by 2050. Labor\'s target is 2040, its climate spokeswoman said.\n\nThe party is far behind in the polls.',
    pledges: ['AUS net_zero 2050'],
  },
  {
    id: 'pledge.r15-article-kind-back.6', test: 'neg', capability: 'urged',
    text: 'Nordic race to net zero\n\nSTOCKHOLM (Newswire) - Sweden plans to reach net zero emissions by 2045. Activists want an earlier date of 2035.\n\nThe government has rejected their demand.',
    pledges: ['SWE net_zero 2045'],
  },
  {
    id: 'pledge.r15-article-kind-back.7', test: 'neg', capability: 'pathway',
    text: 'Scientists sound alarm\n\nSYDNEY (Newswire) - Australia aims for net zero emissions by 2050. Scientists say the world\'s deadline is 2040.\n\nThe government did not respond.',
    pledges: ['AUS net_zero 2050'],
  },

  // An answer to what another party said, named back a sentence or two later: "rejected the accusation",
  // "dismissed the criticism" is the answerer's protest at whoever made it.
  {
    id: 'interaction.r15-article-answer.1', test: 'mft', capability: 'protest',
    text: 'Canada and India row over methane data\n\nOTTAWA (Newswire) - Canada\'s environment minister Louise Tremblay accused India on Monday of underreporting its methane emissions.\n\nIndia\'s environment ministry rejected the accusation on Tuesday.\n\n"The data is sound and was checked by independent experts," the ministry said in a statement.',
    interactions: ['CAN protest IND', 'IND protest CAN'],
    quotes: ["India's environment ministry: The data is sound and was checked by independent experts"],
  },
  {
    id: 'interaction.r15-article-answer.2', test: 'mft', capability: 'protest',
    text: 'France rebukes Brazil over forests\n\nPARIS (Newswire) - French President Luc Moreau criticised Brazil\'s forest record on Monday.\n\nHe said France would not sign the trade deal as long as the Amazon burned.\n\nBrazil\'s foreign minister Mauro Vieira dismissed the criticism as unfair to farmers.',
    interactions: ['FRA protest BRA', 'BRA protest FRA'],
  },
  {
    id: 'interaction.r15-article-answer.3', test: 'neg', capability: 'non-actor',
    text: 'Row over methane data\n\nNEW DELHI (Newswire) - Campaigners accused India on Monday of underreporting its methane emissions.\n\nIndia\'s environment ministry rejected the accusation on Tuesday.',
  },
  {
    id: 'interaction.r15-article-answer.4', test: 'neg', capability: 'direction',
    text: 'Row over methane data\n\nOTTAWA (Newswire) - Canada criticised India\'s methane data on Monday.\n\nIndia\'s environment ministry said it would study the criticism and promised a review.',
    interactions: ['CAN protest IND'],
  },
  {
    id: 'interaction.r15-article-answer.5', test: 'neg', capability: 'non-actor',
    text: 'Row over methane data\n\nOTTAWA (Newswire) - Canada criticised India\'s methane data on Monday.\n\nIndia rejected the criticism from campaigners at home, saying the data had been checked.',
    interactions: ['CAN protest IND'],
  },
  {
    id: 'interaction.r15-article-answer.6', test: 'mft', capability: 'protest',
    text: 'Berlin and Warsaw at odds on coal\n\nBERLIN (Newswire) - Germany urged Poland on Monday to set a date for leaving coal, saying the region\'s air could not wait.\n\nPoland\'s climate minister Anna Nowak rejected the call on Tuesday. She said Polish miners needed more time.',
    interactions: ['DEU urge POL', 'POL protest DEU'],
  },
  {
    id: 'interaction.r15-article-answer.7', test: 'mft', capability: 'protest',
    text: 'Mine closures fight\n\nBRUSSELS (Newswire) - The European Union on Friday demanded that Poland close its last hard coal mines within ten years.\n\nWarsaw dismissed the demand as unrealistic, a government spokesman said.',
    interactions: ['EU demand POL', 'POL protest EU'],
  },
  {
    id: 'interaction.r15-article-answer.8', test: 'neg', capability: 'direction',
    text: 'Berlin and Warsaw on coal\n\nBERLIN (Newswire) - Germany urged Poland on Monday to set a date for leaving coal.\n\nPoland\'s climate minister Anna Nowak welcomed the call on Tuesday and said a plan would follow.',
    interactions: ['DEU urge POL'],
  },

  // A speaker named with one title and quoted paragraphs later under a synonym: an energy secretary as
  // "the minister", a climate ambassador as "the envoy", a prime minister as "the premier".
  {
    id: 'quote.r15-article-title.1', test: 'mft', capability: 'speaker',
    text: 'Britain defends new North Sea licences\n\nLONDON (Newswire) - Britain\'s energy secretary Helen Marsh defended new oil and gas licences on Tuesday. Campaigners outside parliament booed.\n\n"These licences will keep the lights on while we build the grid of the future," the minister said.',
    quotes: ['Helen Marsh: These licences will keep the lights on while we build the grid of the future'],
  },
  {
    id: 'quote.r15-article-title.2', test: 'mft', capability: 'speaker',
    text: 'Seoul speeds up coal closures\n\nSEOUL (Newswire) - South Korea\'s climate ambassador Kim Soo-jin spoke at an energy forum on Wednesday. Activists protested outside the hall.\n\n"We are retiring our oldest coal plants ahead of schedule," the envoy said.',
    quotes: ['Kim Soo-jin: We are retiring our oldest coal plants ahead of schedule'],
  },
  {
    id: 'quote.r15-article-title.3', test: 'mft', capability: 'speaker',
    text: 'Ottawa unveils grid plan\n\nOTTAWA (Newswire) - Canadian Prime Minister Paul Gagnon spoke in the capital on Monday. Officials handed out copies of a new grid plan.\n\n"The plan is fully paid for and the work starts today," the premier said.',
    quotes: ['Paul Gagnon: The plan is fully paid for and the work starts today'],
  },
  {
    id: 'quote.r15-article-title.4', test: 'neg', capability: 'not-speaker',
    text: 'Fiji sets out its plan\n\nSUVA (Newswire) - Fiji\'s climate envoy Satyendra Prasad spoke in the capital on Monday. Officials handed out copies of a new plan.\n\n"The plan is fully paid for and the work starts today," the minister said.',
  },

  // The items of a list belong to the party its lead names ("Under its plan, Vietnam will: / - cut …"), not to
  // the article's main country; a lead that only wants or imagines them makes them no one's.
  {
    id: 'pledge.r15-article-list.1', test: 'mft', capability: 'owner',
    text: 'Japan backs Vietnam\'s energy shift\n\nTOKYO (Newswire) - Japan will lend Vietnam 2 billion dollars for its energy transition, Japanese officials said on Monday. Japan itself aims for net zero by 2050, and Japanese banks will lead the lending.\n\nVietnam\'s plan commits the country to:\n\n- cut greenhouse gas emissions by 43 percent by 2030;\n- reach net zero emissions by 2050.\n\nJapanese officials said the loan would be paid out over five years.',
    pledges: ['JPN net_zero 2050', 'VNM reduction 2030 43', 'VNM net_zero 2050'],
    interactions: ['JPN cooperate VNM'],
  },
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
