import type { Probe } from './probe.js'
import { ROUND15_ARTICLE_PROBES_MORE } from './articles-round15-more.js'

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
  ...ROUND15_ARTICLE_PROBES_MORE,
]
