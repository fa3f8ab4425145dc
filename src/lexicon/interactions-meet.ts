/**
 * Verbs by which a trip names its stops, with the particle they take first: "a tour taking in Kenya and
 * Ghana", "a trip that will also take in Laos" (read by the nominal frame; "including" lists examples, src/nlp/retag.ts).
 */
export const STOP_VERBS: ReadonlyMap<string, string | null> = new Map([['take', 'in']])
/** Nouns of a trip's stops, and the verbs by which a trip holds them: "the president's trip includes stops in Ghana". */
export const STOP_NOUNS: ReadonlySet<string> = new Set(['stop', 'stopover', 'leg'])
export const HOLDING_VERBS: ReadonlySet<string> = new Set(['include', 'have', 'feature'])

/**
 * Interaction triggers of CAMEO 04 (consult), all of them type `meet`: meetings, talks, calls, visits
 * and contact, the part of src/lexicon/interactions.ts that grew past one file. Same shape, same tests
 * (lexicon.test.ts).
 */
export const CONSULT: unknown[] = [
  { id: 'meet.meet', type: 'meet', cameo: '040', frames: ['active', 'passive', 'pair'], preps: ['with'], partyObject: true,
    verbs: ['meet', 'visit', 'host', 'receive', 'welcome', 'greet'],
    examples: {
      hit: [['Kerry met his Chinese counterpart in Tianjin.', 'USA meet CHN'], ['Japan hosted the Indian prime minister in Tokyo.', 'JPN meet IND'], ['The Canadian and Mexican leaders met on Friday.', 'CAN meet MEX'],
        ['The Omani sultan greeted the Indian prime minister at the palace.', 'OMN meet IND']],
      miss: ['Japan hosted the summit in 2023.', 'Oman greeted the Indian plan with caution.', 'The ministers will not meet the Chinese delegation.', 'Chile and Peru said they would need more money to meet that target.', 'Canada and Mexico met their 2020 goals.'],
    } },
  { id: 'meet.join-for', type: 'meet', cameo: '040', frames: ['active'], partyObject: true, verbs: ['join'],
    objectNeeds: ['talks', 'session', 'meeting', 'dinner', 'lunch', 'breakfast', 'summit', 'discussions', 'consultations'],
    note: 'joining a party for talks or a session is meeting it: "the leaders of India and Senegal joined the G7 for a session on energy"',
    examples: {
      hit: [['The leaders of Chile and Peru joined the G7 for a session on energy.', 'CHL meet G7'], ['Lula joined Macron for talks at the Elysee.', 'BRA meet FRA']],
      miss: ['Chile joined the alliance in 2021.', 'Lula did not join Macron for talks.'],
    } },
  { id: 'meet.talk', type: 'meet', cameo: '040', frames: ['active'], direct: false, preps: ['with'],
    verbs: ['talk', 'speak', 'confer', 'negotiate', 'consult', 'sit down', 'meet up', 'engage', 'discuss', 'shake hands'],
    examples: {
      hit: [['Germany sat down with Namibia to discuss hydrogen.', 'DEU meet NAM'], ['The Thai premier spoke by phone with the Vietnamese president.', 'THA meet VNM']],
      miss: ['The Thai premier spoke with reporters.', 'Germany talked about hydrogen.'],
    } },
  { id: 'meet.together', type: 'meet', cameo: '040', frames: ['pair'], verbs: ['talk', 'confer', 'negotiate', 'consult', 'discuss', 'shake hands', 'sit down'],
    note: 'two parties as one subject of an act only done together: "the Indian and Australian ministers conferred", "A and B discussed trade"',
    examples: {
      hit: [['The Indian and Australian foreign ministers conferred on the sidelines of the summit.', 'IND meet AUS'], ['The leaders of Japan and South Korea shook hands at the summit.', 'JPN meet KOR'],
        ['Peru and Chile discussed lithium at their first meeting in a decade.', 'PER meet CHL'], ['Chilean and Bolivian officials sat down in La Paz for two days of talks.', 'CHL meet BOL']],
      miss: ['Peru and Chile did not discuss lithium.', 'Japan and Korea talked up the deal.'],
    } },
  { id: 'meet.alongside', type: 'meet', cameo: '040', frames: ['active'], direct: false, preps: ['alongside', 'beside'],
    verbs: ['stand', 'speak', 'appear', 'sit', 'walk'],
    note: 'a joint appearance: "Speaking alongside Lula in Brasilia, Macron pledged …"',
    examples: {
      hit: [['Speaking alongside the Chilean president in Santiago, the Peruvian leader pledged new funds.', 'PER meet CHL'], ['Standing beside Lula, Macron praised the forest plan.', 'FRA meet BRA']],
      miss: ['Speaking alongside activists, the Peruvian leader pledged new funds.', 'The Peruvian leader spoke after the Chilean president.'],
    } },
  { id: 'meet.spoke', type: 'meet', cameo: '040', frames: ['pair'], verbs: ['speak', 'chat'], pairNeeds: ['phone', 'telephone', 'video', 'privately', 'bilaterally'],
    note: 'two parties who spoke to each other: only with the way they spoke ("A and B spoke at the UN" is two speeches)',
    examples: {
      hit: [['Xi and Biden spoke by phone for two hours on Tuesday.', 'CHN meet USA']],
      miss: ['China and India spoke at the UN on Tuesday.'],
    } },
  { id: 'meet.video', type: 'meet', cameo: '040', frames: ['nominal', 'pair'], preps: ['with'], light: ['hold', 'have', 'join', 'conduct'],
    nouns: ['videoconference', 'teleconference'], adjectives: ['video'], adjectiveNouns: ['conference'],
    note: 'a video conference is a call between its parties (a "conference" alone is a gathering of many)',
    examples: {
      hit: [['EU and Chinese officials held a video conference on climate.', 'EU meet CHN'], ['Kenya held a video conference with Germany on Monday.', 'KEN meet DEU']],
      miss: ['Kenya hosted a climate conference in Nairobi.'],
    } },
  { id: 'meet.meal', type: 'meet', cameo: '040', frames: ['nominal'], preps: ['with'], light: ['have', 'host', 'hold', 'join', 'share', 'give'], nouns: ['lunch', 'dinner', 'breakfast'],
    note: 'a meal with a party is a meeting with it ("had lunch with Scholz"); a dinner of many is a gathering, not a meeting of each with each',
    examples: {
      hit: [['Macron had lunch with Scholz in Paris.', 'FRA meet DEU']],
      miss: ['At the dinner, Chile, Peru and Bolivia pressed Brazil to protect the forest.'],
    } },
  { id: 'meet.phone', type: 'meet', cameo: '040', frames: ['active'], partyObject: true,
    verbs: ['phone', 'telephone', 'ring', 'contact'],
    examples: {
      hit: [['The British prime minister phoned his German counterpart on Sunday.', 'GBR meet DEU'], ['Oslo contacted the Peruvian government about the forest payments.', 'NOR meet PER']],
      miss: ['The British prime minister phoned the hospital.', 'Oslo contacted the bank about the payments.', 'Norway has not contacted Peru since March.'],
    } },
  { id: 'meet.gathered', type: 'meet', cameo: '040', frames: ['gathered'], verbs: ['bring', 'get'], pairNeeds: ['together'],
    note: 'talks or a host that brought parties together: the parties met (a summit that brought many together is no meeting of each with each)',
    examples: {
      hit: [['Talks in Lima brought together Peru, Chile and Bolivia.', 'PER meet CHL'], ['Qatar brought the Chadian and Sudanese envoys together in Doha.', 'QAT meet TCD']],
      miss: ['The summit brought together more than 190 countries, including Chile and Peru.', 'The storm brought together rain and wind.', 'The report brought together data from Chile and Peru.', 'The flood crisis has brought Japan and Korea together.'],
    } },
  { id: 'meet.visit-received', type: 'meet', cameo: '042', frames: ['reverse'], nouns: ['visit', 'delegation', 'call'], light: ['receive', 'get', 'welcome', 'host', 'take'], agentPreps: ['from', 'by'],
    note: 'a visit or a phone call a party receives from another: "Kenya received a visit from the German chancellor", "took a call from Biden" (the caller met the host; a call with an appeal after it is urge.call-noun)',
    examples: {
      hit: [['Ghana received a visit from the Irish president on Monday.', 'IRL meet GHA'], ['Ghana welcomed a delegation from Ireland on Monday.', 'IRL meet GHA'],
        ["Ghana's president received a call from the Irish prime minister on Monday.", 'IRL meet GHA']],
      miss: ['Ghana received a visit from tourists on Monday.', 'Ghana will not receive a visit from the Irish president.', 'Ghana received calls from Ireland to end gas flaring.'],
    } },
  { id: 'meet.call-on', type: 'meet', cameo: '042', frames: ['active'], direct: false, preps: ['on', 'upon'], verbs: ['pay call'],
    note: 'a courtesy call paid on a party is a visit to it ("paid a call on the emperor"): the verb with "call" as its object; a call "on" a party to act is an appeal (urge.call-noun)',
    examples: {
      hit: [["India's prime minister paid a courtesy call on the Japanese emperor.", 'IND meet JPN']],
      miss: ["India's prime minister made a call on Japan to cut coal.", "India's prime minister paid a call on a Tokyo temple."],
    } },
  { id: 'meet.play-host', type: 'meet', cameo: '042', frames: ['active'], direct: false, preps: ['to'], verbs: ['play host'],
    note: '"Ghana played host to the Irish president": hosted a party (a summit hosted is no meeting: the party must be named)',
    examples: {
      hit: [['Ghana played host to the Irish president this week.', 'GHA meet IRL']],
      miss: ['Ghana played host to the football final this week.'],
    } },
  { id: 'meet.reach-out', type: 'meet', cameo: '040', frames: ['active'], direct: false, preps: ['to'], verbs: ['reach out'],
    note: 'making contact with a party, as "contacted" does: "Madrid reached out to Rabat"',
    examples: {
      hit: [['Madrid reached out to Rabat after the border closure.', 'ESP meet MAR']],
      miss: ['Madrid reached out to investors after the border closure.', 'Spain has not reached out to Morocco.'],
    } },
  { id: 'meet.trip', type: 'meet', cameo: '042', frames: ['active', 'nominal'], direct: false, preps: ['to', 'in'],
    verbs: ['travel', 'fly', 'arrive', 'land', 'head'],
    nouns: ['visit', 'trip', 'tour', 'journey'],
    note: 'an official trip to a country is a meeting with it (ANNOTATION.md)',
    examples: {
      hit: [['The Chinese premier travelled to Australia for the first time in seven years.', 'CHN meet AUS'], ["Kerry's visit to Beijing was his third.", 'USA meet CHN'],
        ['British trade minister Ann Holt arrived in Hanoi on Friday to discuss the energy deal.', 'GBR meet VNM'], ['The Indian prime minister landed in Tokyo for a two-day visit.', 'IND meet JPN'],
        ['The Chilean president headed to Peru on Saturday.', 'CHL meet PER']],
      miss: ['Tourists travelled to Spain in record numbers.', 'A visit to the museum was cancelled.', 'The ship arrived in Rotterdam on Friday.', 'Kerry headed the US delegation to the talks.'],
    } },
  { id: 'meet.tour-of', type: 'meet', cameo: '042', frames: ['nominal'], direct: false, preps: ['of'], nouns: ['tour'],
    note: 'a tour of countries visits each ("began a tour of Ghana and Togo"); "of" names where a tour goes, as "to" does for a visit (a visit "of" a leader names who visits, so "tour" alone)',
    examples: {
      hit: [['The Irish president began a tour of Ghana and Togo on Monday.', 'IRL meet GHA'], ["Japan's prime minister is on a week-long tour of Kenya and Ghana.", 'JPN meet KEN']],
      miss: ['The Irish president began a tour of a solar farm on Monday.', 'The Irish president cancelled his tour of Ghana.'],
    } },
  { id: 'meet.go', type: 'meet', cameo: '042', frames: ['active'], direct: false, preps: ['to'], verbs: ['go'],
    note: 'an official who went to a country visited it, as "travelled to" says (only "to": "went in" is no trip)',
    examples: {
      hit: [['The Irish president went to Ghana for talks on debt.', 'IRL meet GHA']],
      miss: ['Most of the money went to Ghana.', 'The Irish president did not go to Ghana.', 'Ireland went to the polls on Friday.'],
    } },
  { id: 'meet.tour', type: 'meet', cameo: '042', frames: ['active'], partyObject: true, verbs: ['tour'],
    note: 'an official touring a country visits it ("toured Kenya"); touring a place that names no party is no visit',
    examples: {
      hit: [['The Irish president toured Ghana last week.', 'IRL meet GHA']],
      miss: ['The Irish president toured a solar farm last week.', 'Irish dancers toured Ghana last week.'],
    } },
  { id: 'meet.talks', type: 'meet', cameo: '040', frames: ['nominal', 'between', 'pair', 'compound'], preps: ['with'],
    light: ['hold', 'have', 'conduct', 'begin', 'start', 'resume', 'revive', 'continue', 'open', 'launch', 'schedule', 'plan', 'arrange', 'enter', 'wrap', 'conclude', 'attend', 'join', 'chair', 'co-chair', 'host', 'set', 'convene'],
    nouns: ['talk', 'meeting', 'summit', 'discussion', 'consultation', 'dialogue', 'dialog', 'negotiation', 'call', 'conversation', 'bilateral', 'encounter', 'audience', 'conference', 'appearance'],
    examples: {
      hit: [['Indonesia held talks with Japan on Monday.', 'IDN meet JPN'], ['Talks between Egypt and Ethiopia resumed.', 'EGY meet ETH'], ['The U.S.-China talks ended without a deal.', 'USA meet CHN'],
        ['At a joint news conference with the Chilean president, Peru announced a new park.', 'PER meet CHL']],
      miss: ['The UN climate talks ended in Dubai.', 'Egypt suspended talks with Ethiopia.', 'Japan held a press conference on Monday.', 'Chile and Peru raised their targets at the virtual summit on Thursday.',
        'At the COP27 gathering in Egypt, Chile and Peru each raised their targets.', 'Japan halts climate talks with Korea over island dispute'],
    } },
]
