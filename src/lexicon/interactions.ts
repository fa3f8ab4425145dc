import { checkEntries, InteractionEntrySchema, type InteractionEntry } from './schema.js'
import { DISAPPROVE } from './interactions-disapprove.js'
import { SANCTION } from './interactions-sanction.js'
import { CONSULT } from './interactions-meet.js'

/**
 * Interaction triggers, as data: which words state which act, through which frames, with the CAMEO
 * category each belongs to and examples of our own that lexicon.test.ts runs through the whole
 * pipeline. Adding a word is one line here; its entry's examples guard it from then on.
 * Lemmas are wink-nlp's (American spelling: "criticize" covers "criticised").
 */

/**
 * Words of money or aid in a phrase: what "gave Kenya …" must give to be help (cooperate.give), and what
 * makes "pledged … to help Kenya" a purpose its giver acts on (src/nlp/clause-links.ts).
 */
export const MONEY_WORDS: readonly string[] = ['million', 'billion', 'aid', 'funding', 'funds', 'finance', 'financing', 'grants', 'loans', 'money', 'assistance', 'support']

/** Nouns of material help (CAMEO 07): given to a party (cooperate.aid) or received from one (cooperate.aid-received). */
const AID_NOUNS = ['aid', 'payment', 'funding', 'assistance', 'grant', 'loan', 'financing', 'finance', 'contribution', 'donation']

const RAW: unknown[] = [
  // ── 02 appeal ────────────────────────────────────────────────────────────────────────────────
  { id: 'urge.press', type: 'urge', cameo: '020', frames: ['active', 'passive'], preps: ['for'],
    verbs: ['urge', 'press', 'push', 'encourage', 'implore', 'pressure', 'pressurize', 'lobby', 'exhort', 'nudge', 'prod', 'spur', 'goad', 'persuade', 'convince', 'coax', 'entreat', 'beseech', 'beg'],
    examples: {
      hit: [['Japan urged China to peak its emissions sooner.', 'JPN urge CHN'], ['Norway was pressed by Kenya to scrap its oil subsidies.', 'KEN urge NOR'], ['Chile has been lobbying Peru to join the pact.', 'CHL urge PER'], ['Seoul pushed for Canada to drop its steel levy.', 'KOR urge CAN'],
        ['Indian Prime Minister Narendra Modi arrived in Paris on Monday. French President Emmanuel Macron urged him to set a coal exit date.', 'FRA urge IND'],
        ['Kenyan President William Ruto said he would not sign a text that ignored the forests, and urged Norway to restore its payments.', 'KEN urge NOR'],
        ['Several ministers at the meeting, among them Ghana’s, urged Nigeria to cut gas flaring.', 'GHA urge NGA']],
      miss: ['Japan did not urge China to act.', 'Campaigners urged all nations to do more.', 'Canada said it would push for the COP29 outcome to include a reference to methane.'],
    } },
  { id: 'urge.appeal', type: 'urge', cameo: '020', frames: ['active'], direct: false, preps: ['on', 'upon', 'to', 'with'],
    verbs: ['call', 'appeal', 'plead'],
    examples: {
      hit: [['Fiji called on Australia to end new coal mines.', 'FJI urge AUS'], ['Tuvalu appealed to New Zealand for faster action.', 'TUV urge NZL'], ['The EU called for China to peak its emissions by 2025.', 'EU urge CHN']],
      miss: ['Fiji called for an end to new coal mines.', 'The minister called the plan a good start.'],
    } },
  { id: 'urge.appeal-from', type: 'urge', cameo: '020', frames: ['active'], direct: false, preps: ['from'], verbs: ['appeal', 'plead'],
    note: '"appealed for aid from Japan": the party an appeal is made to, after "from" (not for "call", whose "from" is where the caller is)',
    examples: {
      hit: [['Bangladesh appealed for aid from Japan after the floods.', 'BGD urge JPN']],
      miss: ['Bangladesh appealed for calm after the floods.'],
    } },
  { id: 'urge.seek-aid', type: 'urge', cameo: '020', frames: ['active'], direct: false, preps: ['from'],
    verbs: ['seek help', 'seek aid', 'seek assistance', 'seek support', 'seek funding', 'seek financing', 'seek loans', 'request help', 'request aid', 'request assistance'],
    note: 'asking a party for help (CAMEO 02, appeal for aid), as "appealed for aid from Japan" does: the help sought as the object, the party after "from"',
    examples: {
      hit: [['Pakistan sought help from China after the floods.', 'PAK urge CHN'], ['Tonga requested assistance from New Zealand after the eruption.', 'TON urge NZL']],
      miss: ['Kenya is seeking investment from China.', 'Pakistan sought help from donors after the floods.', 'Pakistan did not seek help from India.'],
    } },
  { id: 'urge.lean', type: 'urge', cameo: '020', frames: ['active'], direct: false, preps: ['on', 'upon'], needsInfinitive: true, verbs: ['lean'],
    note: '"leaning on India to commit": pressing, only with "on" and an infinitive',
    examples: {
      hit: [['Britain is leaning on India to commit to a net-zero date.', 'GBR urge IND']],
      miss: ['Japan leaned towards a deal with Korea.', 'Fiji leaned on its neighbours for help.'],
    } },
  { id: 'urge.ask', type: 'urge', cameo: '020', frames: ['active'], needsInfinitive: true, partyObject: true,
    verbs: ['ask', 'request', 'tell', 'want', 'expect', 'challenge', 'invite', 'warn', 'caution'],
    note: 'the one asked is a party, not a thing it owns: "expects China\'s coal demand to peak" is a forecast',
    examples: {
      hit: [['Brazil asked Norway to resume its payments.', 'BRA urge NOR'], ['The EU expects China to submit a stronger plan.', 'EU urge CHN']],
      miss: ['Reporters asked the Chinese minister about coal.', 'India expects to reach the goal early.', "The IEA expects China's coal demand to peak by 2025."],
    } },
  { id: 'urge.warn-against', type: 'urge', cameo: '020', frames: ['active'], partyObject: true,
    verbs: ['warn', 'caution'],
    objectNeeds: ['against'],
    note: 'warning a party against an act urges it not to act, as "warned Japan not to" does',
    examples: {
      hit: [['China warned the US against imposing new chip curbs.', 'CHN urge USA'], ['India cautioned Britain against cutting aid to Africa.', 'IND urge GBR']],
      miss: ['China warned the US on Monday.', 'The ministry warned farmers against burning stubble.'],
    } },
  { id: 'urge.ask-for', type: 'urge', cameo: '020', frames: ['active'], partyObject: true,
    verbs: ['ask', 'beg', 'petition'],
    objectNeeds: [...MONEY_WORDS, 'help', 'compensation'],
    note: 'an appeal for aid (CAMEO 02): the party asked, then what it is asked for ("asked Japan for aid")',
    examples: {
      hit: [['Pakistan asked China for help with flood reconstruction.', 'PAK urge CHN'], ['Tonga asked Australia for emergency aid after the eruption.', 'TON urge AUS']],
      miss: ['Reporters asked the Chinese minister about coal.', 'Pakistan asked China for a comment.', 'Tonga asked for emergency aid.'],
    } },
  { id: 'urge.call-noun', type: 'urge', cameo: '020', frames: ['reverse', 'nominal'], preps: ['on', 'upon', 'to'],
    light: ['resist', 'reject', 'ignore', 'heed', 'face', 'come', 'receive', 'defy', 'rebuff', 'dismiss', 'bow', 'yield', 'feel',
      'be', 'increase', 'step', 'put', 'exert', 'mount', 'ramp', 'pile', 'ratchet', 'keep', 'maintain', 'renew', 'issue', 'make', 'repeat', 'reiterate', 'launch', 'send', 'direct'],
    note: '"resisted calls from Washington", "came under pressure from Britain": the "from" party urges the subject (reverse frame)',
    nouns: ['call', 'appeal', 'plea', 'pressure', 'urging'],
    examples: {
      hit: [["Mexico's appeal to Canada for help went unanswered.", 'MEX urge CAN'], ['Germany increased the pressure on Poland to drop coal.', 'DEU urge POL'], ['Vietnam came under pressure from Britain to set a coal date.', 'GBR urge VNM']],
      miss: ['There was pressure on prices across Asia.', 'An appeal for calm was issued.'],
    } },
  { id: 'urge.hope', type: 'urge', cameo: '020', frames: ['active'], direct: false, complementTarget: true,
    verbs: ['hope', 'trust'],
    note: 'a hope that another party will act ("we hope the U.S. can …"); a hope for oneself is no interaction',
    examples: {
      hit: [['“We hope the United States can take real action,” the Chinese ministry said.', 'CHN urge USA']],
      miss: ['China hopes to reach its goal early.', 'China hopes it can reach its goal early.'],
    } },
  { id: 'urge.need', type: 'urge', cameo: '020', frames: ['nominal'], preps: ['for'],
    light: ['stress', 'emphasize', 'underline', 'underscore', 'highlight', 'reiterate', 'cite', 'point'],
    nouns: ['need', 'importance', 'necessity'],
    examples: {
      hit: [['Japan stressed the need for Australia to keep gas exports stable.', 'JPN urge AUS']],
      miss: ['Japan stressed the need for more gas.'],
    } },
  { id: 'urge.expect', type: 'urge', cameo: '020', frames: ['active'], direct: false, preps: ['to'],
    verbs: ['look forward'],
    examples: {
      hit: [['The EU looks forward to India submitting a stronger plan.', 'EU urge IND']],
      miss: ['The EU looks forward to the summit in India.'],
    } },
  { id: 'urge.obliged', type: 'urge', cameo: '020', frames: ['obliged'], direct: false,
    modals: ['must', 'should', 'need', 'have', 'ought'],
    note: 'an obligation said of another party is pressing it: "“Australia must stop approving coal mines,” Tuvalu said"',
    examples: {
      hit: [['\u201cAustralia must stop approving new coal mines,\u201d the Tuvaluan leader said.', 'TUV urge AUS'], ['Kerry said China should peak its emissions before 2030.', 'USA urge CHN'],
        ['\u201cThe United States and China must work together,\u201d the Kenyan president said.', 'KEN urge USA'], ['\u201cAustralia needs to do much more on coal,\u201d the Tuvaluan leader said.', 'TUV urge AUS']],
      miss: ['\u201cWe must act now,\u201d the Tuvaluan leader said.', 'Australia must stop approving new coal mines.', 'Kerry said the world should peak its emissions before 2030.', 'Fiji said it must adapt.'],
    } },
  // ── 10 demand ────────────────────────────────────────────────────────────────────────────────
  { id: 'demand.verb', type: 'demand', cameo: '100', frames: ['active', 'passive'], preps: ['from', 'of'], complementTarget: true,
    verbs: ['demand', 'insist'],
    examples: {
      hit: [['China demanded that Japan withdraw the report.', 'CHN demand JPN'], ['Kenya demanded compensation from Britain.', 'KEN demand GBR'], ['Bolivia insisted that Canada pay its share.', 'BOL demand CAN']],
      miss: ['Farmers demanded lower fuel prices.', 'Bolivia did not demand anything from Canada.'],
    } },
  // ("A demand from Fiji": "from" names who demands, not of whom.)
  { id: 'demand.seek', type: 'demand', cameo: '100', frames: ['active'], direct: false, preps: ['from'],
    verbs: ['seek compensation', 'seek reparations', 'seek apology', 'seek damages', 'seek redress', 'claim compensation', 'claim damages', 'claim reparations'],
    note: 'seeking what is owed from a party demands it of that party: "Ukraine is seeking compensation from Russia"',
    examples: {
      hit: [['Ukraine is seeking compensation from Russia for the destroyed dam.', 'UKR demand RUS'], ['Namibia claimed reparations from Germany.', 'NAM demand DEU']],
      miss: ['Kenya is seeking investment from China.', 'Ukraine is seeking compensation for the farmers.'],
    } },
  { id: 'demand.noun', type: 'demand', cameo: '100', frames: ['nominal'], preps: ['on', 'of'], complementTarget: true,
    nouns: ['demand', 'ultimatum'],
    examples: {
      hit: [["Egypt's demand on Ethiopia was repeated at the summit.", 'EGY demand ETH'], ['A demand from Fiji that Australia close its coal mines was ignored.', 'FJI demand AUS'], ['Demands by Samoa that Japan stop the discharge grew louder.', 'WSM demand JPN']],
      miss: ['Demand for gas fell sharply in Egypt.'],
    } },
  // ── 11 disapprove, 12 reject: src/lexicon/interactions-disapprove.ts ─────────────────────────
  ...DISAPPROVE,
  // ── 04 consult: src/lexicon/interactions-meet.ts ────────────────────────────────────────────
  ...CONSULT,
  // ── 057 sign agreement, 03 intent to cooperate ──────────────────────────────────────────────
  { id: 'agree.deal', type: 'agree', cameo: '057', frames: ['nominal', 'between', 'pair', 'compound', 'passive', 'relative'], preps: ['with'],
    light: ['sign', 'reach', 'strike', 'seal', 'clinch', 'ink', 'pen', 'conclude', 'finalize', 'agree', 'forge', 'hammer', 'announce', 'unveil', 'secure', 'broker', 'enter', 'join', 'adopt', 'have', 'finalise', 'renew', 'cut', 'make', 'approve', 'ratify', 'withdraw', 'exit', 'quit', 'leave', 'endorse', 'co-sign', 'cosign'],
    note: 'leaving a deal ("withdrew from the partnership with South Africa") says the deal was made',
    nouns: ['deal', 'agreement', 'pact', 'accord', 'treaty', 'memorandum', 'mou', 'declaration', 'partnership', 'compact', 'arrangement', 'charter', 'protocol', 'contract', 'understanding', 'breakthrough', 'roadmap'],
    examples: {
      hit: [['Senegal signed a deal with Canada on renewable power.', 'SEN agree CAN'], ['Vietnam and Japan inked a pact on clean energy.', 'VNM agree JPN'], ['An agreement between Chile and Peru was signed on Tuesday.', 'CHL agree PER'],
        ['Senegal on Tuesday agreed a $2.5 billion Just Energy Transition Partnership (JETP) with a group of rich nations led by France.', 'SEN agree FRA']],
      miss: ['Senegal wants a deal on renewable power.', 'The Paris Agreement sets a limit of 1.5C.', 'Kenya and Germany hope to sign a hydrogen pact next year.', 'Vietnam is seeking a partnership with Japan on grid upgrades.'],
    } },
  { id: 'agree.joint', type: 'agree', cameo: '057', frames: ['pair', 'nominal'], adjectives: ['joint'], preps: ['with'],
    adjectiveNouns: ['statement', 'declaration', 'communique', 'communiqué', 'initiative', 'roadmap', 'plan'],
    light: ['issue', 'release', 'sign', 'adopt', 'publish', 'unveil', 'announce', 'agree', 'launch', 'present'],
    note: 'a joint statement or initiative is a text both sides agreed',
    examples: {
      hit: [['The European Union and China issued a joint statement on climate change on Thursday.', 'EU agree CHN'], ['The United States and the EU announced a joint initiative to cut methane.', 'USA agree EU']],
      miss: ['China issued a statement on climate change on Thursday.', 'The two ministers read the joint statement aloud.'],
    } },
  { id: 'agree.sign', type: 'agree', cameo: '057', frames: ['active', 'between', 'pair'], direct: false, preps: ['with'],
    verbs: ['sign', 'ink', 'pen', 'seal', 'conclude', 'clinch', 'finalize', 'finalise', 'ratify'],
    examples: {
      hit: [['The pact was inked between India and the United Kingdom last year.', 'IND agree GBR'], ['Peru sealed a gas accord with Bolivia.', 'PER agree BOL']],
      miss: ['Peru sealed its borders.', 'India signed the Paris Agreement in 2016.'],
    } },
  { id: 'agree.verb', type: 'agree', cameo: '057', frames: ['active', 'pair'], direct: false, preps: ['with'], opinionBeforeThat: true,
    verbs: ['agree'],
    examples: {
      hit: [['The UK, France and Germany agreed to fund the plan jointly.', 'GBR agree FRA'], ['Kenya agreed with Germany on a hydrogen roadmap.', 'KEN agree DEU']],
      miss: ['Kenya agreed with Germany that coal must go.', 'Kenya agreed to phase out coal.'],
    } },
  { id: 'agree.settle', type: 'agree', cameo: '057', frames: ['active'], direct: false, preps: ['with'],
    verbs: ['settle dispute', 'resolve dispute', 'end dispute', 'settle row', 'resolve row', 'end row', 'settle differences', 'resolve differences', 'settle feud', 'end feud'],
    note: 'settling a dispute with a party is reaching an agreement with it: the verb with "dispute", "row", "feud" or "differences" as its object, the party after "with" (not the pair frame: "A and B met to settle a dispute" is an aim)',
    examples: {
      hit: [['Chile settled its water dispute with Bolivia on Tuesday.', 'CHL agree BOL'], ['Egypt resolved its row with Sudan over the dam.', 'EGY agree SDN']],
      miss: ['Chile settled a dispute between two of its regions.', 'Chile failed to settle its water dispute with Bolivia.', 'Egypt hopes to resolve its row with Sudan.', 'The presidents of Chile and Bolivia met to settle a water dispute.'],
    } },
  // ── 05/06 cooperation ────────────────────────────────────────────────────────────────────────
  { id: 'cooperate.work', type: 'cooperate', cameo: '050', frames: ['active', 'pair'], direct: false, preps: ['with', 'alongside'],
    verbs: ['cooperate', 'collaborate', 'partner', 'team up', 'join forces', 'join hands', 'ally', 'coordinate', 'co-operate', 'co-fund', 'co-finance', 'co-develop', 'co-invest'],
    examples: {
      hit: [['Ghana will cooperate with Norway on forest monitoring.', 'GHA cooperate NOR'], ['Chile and Peru teamed up to clean the lake.', 'CHL cooperate PER']],
      miss: ['Ghana will cooperate with investors.', 'Ghana refused to cooperate with Norway.'],
    } },
  { id: 'cooperate.together', type: 'cooperate', cameo: '050', frames: ['active', 'pair'], direct: false, preps: ['with', 'alongside'], pairNeeds: ['together', 'jointly', 'closely'],
    verbs: ['work', 'act'],
    examples: {
      hit: [['Brazil and Indonesia will work together to protect forests.', 'BRA cooperate IDN'], ['Ghana worked closely with Norway on the survey.', 'GHA cooperate NOR']],
      miss: ['Brazil will work to protect forests.', 'Brazil and Indonesia work in different ways.'],
    } },
  { id: 'cooperate.noun', type: 'cooperate', cameo: '060', frames: ['nominal', 'pair', 'between', 'compound', 'passive', 'relative'], preps: ['with'],
    light: ['work', 'deepen', 'strengthen', 'boost', 'expand', 'enhance', 'step', 'promote', 'forge', 'launch', 'form', 'found', 'establish', 'build', 'set', 'create', 'co-found', 'bolster', 'pledge', 'announce', 'start', 'begin', 'unveil', 'join'],
    nouns: ['cooperation', 'co-operation', 'collaboration', 'alliance', 'coalition', 'fund', 'ties', 'coordination', 'venture', 'initiative', 'team', 'taskforce', 'group', 'programme', 'program', 'facility', 'mechanism', 'partnership', 'framework', 'campaign'],
    examples: {
      hit: [['Kenya and Germany launched a fund for green hydrogen.', 'KEN cooperate DEU'], ['Peru will deepen cooperation with Chile on water.', 'PER cooperate CHL'],
        ['Ghana joined a Dutch-led initiative on clean cooking.', 'GHA cooperate NLD']],
      miss: ['Kenya launched a fund for green hydrogen.', 'Cooperation on water is vital.', 'Ghana joined a UN initiative on clean cooking.'],
    } },
  { id: 'cooperate.partners', type: 'cooperate', cameo: '060', frames: ['pair', 'active'], preps: ['of', 'with'],
    predicates: ['partner', 'partners'],
    note: 'being partners is working jointly: "A and B are partners in …", "A is a close partner of B"',
    examples: {
      hit: [['Kenya and Germany are partners in the green hydrogen alliance.', 'KEN cooperate DEU'], ['Chile is a close partner of Peru on lithium.', 'CHL cooperate PER']],
      miss: ['Kenya is a partner in the fund.', 'Chile and Peru were not partners in the deal.'],
    } },
  { id: 'cooperate.aid', type: 'cooperate', cameo: '070', frames: ['nominal', 'relative'], preps: ['to', 'for'],
    light: ['resume', 'provide', 'give', 'send', 'pay', 'pledge', 'commit', 'extend', 'deliver', 'offer', 'increase', 'release', 'unlock', 'approve', 'disburse', 'channel', 'mobilize', 'mobilise', 'double', 'contribute', 'grant', 'boost', 'restore', 'announce'],
    nouns: AID_NOUNS,
    note: 'material help given to a party (CAMEO 07, provide aid), read as cooperation',
    examples: {
      hit: [['Norway will resume its forest payments to Brazil.', 'NOR cooperate BRA'], ['Japan pledged new grants for Vietnam on Monday.', 'JPN cooperate VNM'],
        ['The aid that Norway pledged to Brazil arrived in May.', 'NOR cooperate BRA']],
      miss: ['Norway will resume its forest payments.', 'Brazil asked for more aid.'],
    } },
  { id: 'cooperate.backed', type: 'cooperate', cameo: '070', frames: ['backed'],
    nouns: ['help', 'support', 'backing', 'expertise'],
    note: 'what the helped party does "with" another\'s help (src/frames/backed.ts); money nouns (aid, funding) stay out, as the dev gold counts funding as cooperation in some articles and not in others',
    examples: {
      hit: [['Kenya will build the plant with German help.', 'DEU cooperate KEN'], ['With support from Norway, Peru will map its glaciers.', 'NOR cooperate PER'],
        ['Ghana, with Japan’s backing, will upgrade its grid.', 'JPN cooperate GHA']],
      miss: ['Kenya will build the plant with German machinery.', 'With help from its farmers, Kenya will plant trees.', 'Kenya will not build the plant with German help.'],
    } },
  { id: 'cooperate.aid-received', type: 'cooperate', cameo: '070', frames: ['reverse'], nouns: AID_NOUNS,
    light: ['receive', 'get', 'accept', 'secure', 'obtain', 'win', 'take'],
    note: 'aid a party receives from another is the giver\'s help to it (CAMEO 07), as "drew criticism from" is the critic\'s act: "Pakistan received emergency aid from China"',
    examples: {
      hit: [['Pakistan received emergency aid from China after the floods.', 'CHN cooperate PAK'], ['Sri Lanka accepted a loan from India to pay for fuel imports.', 'IND cooperate LKA'],
        ['Kenya secured funding from Germany for its geothermal plants.', 'DEU cooperate KEN']],
      miss: ['Kenya did not receive any aid from Japan.', 'Kenya received a loan from the World Bank.', 'Kenya received a complaint from Japan about the port.'],
    } },
  { id: 'cooperate.help', type: 'cooperate', cameo: '070', frames: ['active'], partyObject: true,
    verbs: ['help', 'assist', 'aid', 'support'],
    note: 'helping a party (CAMEO 07, provide aid): the object must name the party',
    examples: {
      hit: [['Germany is helping Namibia build a green hydrogen industry.', 'DEU cooperate NAM'], ['France will assist Senegal in expanding its solar grid.', 'FRA cooperate SEN'],
        ["Britain will provide new grants to support Kenya's green transition.", 'GBR cooperate KEN']],
      miss: ['Germany is helping the industry grow.', 'The new rules will help Namibia.'],
    } },
  { id: 'cooperate.train', type: 'cooperate', cameo: '062', frames: ['active', 'passive'],
    verbs: ['train', 'equip', 'mentor', 'retrain'],
    note: 'training or equipping a party\'s people is help to the party (CAMEO 06, material cooperation): "Norway is training Gabonese rangers"; the object names the party or its people (WORKER_NOUNS)',
    examples: {
      hit: [['Norway is training Gabonese rangers to track illegal logging.', 'NOR cooperate GAB'], ['France equipped Senegalese engineers with new testing kits.', 'FRA cooperate SEN'],
        ['Kenyan police officers were trained by Britain in forensic work.', 'GBR cooperate KEN']],
      miss: ['Norway is training its own rangers.', 'The company trained Kenyan workers.', 'Norway did not train the Gabonese rangers.'],
    } },
  { id: 'cooperate.fund', type: 'cooperate', cameo: '070', frames: ['active'], preps: ['in'],
    verbs: ['fund', 'finance', 'bankroll', 'underwrite', 'co-finance', 'co-fund'],
    note: 'paying for a party, or for a project in its land, is aid to that party (CAMEO 07): "is financing Vietnam\'s wind farm", "will fund a mangrove programme in Mozambique"',
    examples: {
      hit: [['Japan is financing Vietnam\'s first offshore wind farm.', 'JPN cooperate VNM'], ['Germany will fund a mangrove restoration programme in Mozambique.', 'DEU cooperate MOZ'],
        ['Japan will finance a geothermal plant in Kenya.', 'JPN cooperate KEN']],
      miss: ['Japan is funding its own wind farms with green bonds.', 'Germany will fund a mangrove programme in 2025.', 'Japan will not finance the plant in Kenya.', 'Investors will finance a geothermal plant in Kenya.'],
    } },
  { id: 'cooperate.give', type: 'cooperate', cameo: '070', frames: ['active'], partyObject: true,
    verbs: ['give', 'provide', 'grant', 'lend', 'offer', 'supply', 'pay', 'award'],
    objectNeeds: [...MONEY_WORDS],
    note: 'money or aid given to a party (CAMEO 07): "gave Kenya $100 million", "will provide Indonesia with funding"',
    examples: {
      hit: [['Japan will provide Vietnam with 300 million dollars for its grid.', 'JPN cooperate VNM'], ['Sweden gave Zambia 40 million dollars in grants for solar power.', 'SWE cooperate ZMB'],
        ['Sweden gave Zambia $40 million for solar power.', 'SWE cooperate ZMB']],
      miss: ['Japan will provide Vietnam with a report on its grid.', 'Sweden gave Zambia a warning.', 'Sweden did not give Zambia any new grants.'],
    } },
  { id: 'cooperate.jointly', type: 'cooperate', cameo: '060', frames: ['pair'], adverbs: ['jointly'], adjectives: ['joint'],
    light: ['carry', 'conduct', 'run', 'launch', 'hold', 'start', 'set', 'form', 'establish', 'operate', 'build', 'develop', 'undertake', 'stage', 'mount', 'finance', 'fund', 'create',
      'expand', 'resume', 'continue', 'step', 'increase', 'intensify', 'extend', 'deepen', 'strengthen', 'scale'],
    note: 'any act two parties do jointly ("jointly monitor", "carry out joint patrols", "expanded their joint patrols": a joint work widened or resumed is done); co-hosting is not cooperation (ANNOTATION.md)',
    examples: {
      hit: [['Chile and Argentina jointly monitor the glaciers on their border.', 'CHL cooperate ARG'], ['Thailand and Cambodia carry out joint patrols against logging.', 'THA cooperate KHM']],
      miss: ['Chile jointly monitors the glaciers with scientists.', 'Thailand and Cambodia jointly hosted the forum.'],
    } },
  // ── 16 reduce relations, 163 sanctions and embargo: src/lexicon/interactions-sanction.ts ─────
  ...SANCTION,
]

/** Words that make a joint act's parties each other's partners: "a trilateral pact with Chile and Peru". */
export const THREE_SIDED = /\b(?:trilateral(?:ly)?|tripartite|three-(?:way|nation|country|party|sided))\b/i

export const INTERACTION_ENTRIES: readonly InteractionEntry[] = checkEntries(InteractionEntrySchema, RAW, 'interactions')
