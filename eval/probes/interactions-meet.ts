import type { Probe } from './probe.js'

/** Interaction probes: meet (CAMEO 04 consult). */
export const MEET_PROBES: readonly Probe[] = [
  // meet: talks, meetings, calls and visits, plainly (CAMEO 04)
  {
    id: 'interaction.meet.held-talks.1', test: 'mft', capability: 'meet', cameo: '046',
    text: 'Egypt held talks with Sudan on Sunday about sharing data on Nile flows.',
    interactions: ['EGY meet SDN'],
  },
  {
    id: 'interaction.meet.sat-down.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Canada's environment minister sat down with Mexican officials in Monterrey to compare notes on methane.",
    interactions: ['CAN meet MEX'],
  },
  {
    id: 'interaction.meet.hosted.1', test: 'mft', capability: 'meet', cameo: '043',
    text: 'Kenya hosted the president of Finland for two days of talks on geothermal power.',
    interactions: ['KEN meet FIN'],
  },
  {
    id: 'interaction.meet.received.1', test: 'mft', capability: 'meet', cameo: '043',
    text: "The Ivorian president received Ghana's foreign minister in Abidjan on Wednesday.",
    interactions: ['CIV meet GHA'],
  },
  {
    id: 'interaction.meet.visited.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Dutch prime minister visited Indonesia last week, his first trip to Jakarta since taking office.',
    interactions: ['NLD meet IDN'],
  },
  {
    id: 'interaction.meet.visited.2', test: 'mft', capability: 'meet', cameo: '042',
    text: 'Czech Foreign Minister Tomas Hruby visited Taiwan in March to discuss chip supply chains.',
    interactions: ['CZE meet TWN'],
  },
  {
    id: 'interaction.meet.state-visit.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'During a state visit to South Korea, the Emirati president toured a nuclear power plant.',
    interactions: ['ARE meet KOR'],
  },
  {
    id: 'interaction.meet.phone.1', test: 'mft', capability: 'meet', cameo: '041',
    text: "Turkish President Kemal Arslan spoke by phone with Sweden's prime minister on Thursday.",
    interactions: ['TUR meet SWE'],
  },
  {
    id: 'interaction.meet.video-call.1', test: 'mft', capability: 'meet', cameo: '041',
    text: 'The leaders of Chile and New Zealand held a video call to prepare for the summit.',
    interactions: ['CHL meet NZL'],
  },
  {
    id: 'interaction.meet.talks-between.1', test: 'mft', capability: 'meet', cameo: '046',
    text: 'Talks between Chile and Bolivia over shared lithium brines resumed in La Paz this week.',
    interactions: ['CHL meet BOL'],
  },
  {
    id: 'interaction.meet.meeting-of.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'A meeting of the Saudi and Emirati energy ministers in Riyadh ended without a statement.',
    interactions: ['SAU meet ARE'],
  },
  {
    id: 'interaction.meet.scheduled.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Indonesia's president will meet the Australian prime minister in Bali next month.",
    interactions: ['IDN meet AUS'],
  },
  {
    id: 'interaction.meet.sidelines.1', test: 'mft', capability: 'meet', cameo: '044',
    text: "On the sidelines of the G20 summit in Rio, Brazil's president met Nigeria's president.",
    interactions: ['BRA meet NGA'],
  },
  {
    id: 'interaction.meet.noun.1', test: 'mft', capability: 'meet', cameo: '046',
    text: "Kenya's talks with Ethiopia on a shared power grid went into a second day.",
    interactions: ['KEN meet ETH'],
  },
  {
    id: 'interaction.meet.fronted.1', test: 'mft', capability: 'fronted', cameo: '040',
    text: 'At a meeting in Oslo on Tuesday, Norway and Ghana discussed trading carbon credits.',
    interactions: ['NOR meet GHA'],
  },

  // meet: dates in the clause
  {
    id: 'interaction.date.meet.1', test: 'mft', capability: 'date', cameo: '040',
    text: 'The presidents of Peru and Ecuador first met in 2013 to settle a dispute over a border river.',
    interactions: ['PER meet ECU'],
  },
  {
    id: 'interaction.date.meet.2', test: 'mft', capability: 'date', cameo: '040', date: '2024-03-14',
    text: "Last week, Japan's foreign minister sat down with her counterpart from the Philippines in Manila.",
    interactions: ['JPN meet PHL'],
  },

  // meet: counterparts, people, metonyms, passives, and pronoun or name swaps
  {
    id: 'interaction.counterpart.meet.1', test: 'mft', capability: 'counterpart', cameo: '040',
    text: "Vietnam's prime minister met his Japanese counterpart in Hanoi on Saturday to discuss offshore wind.",
    interactions: ['VNM meet JPN'],
  },
  {
    id: 'interaction.counterpart.meet.2', test: 'inv', capability: 'counterpart', cameo: '040',
    text: "Vietnam's prime minister met her Japanese counterpart in Hanoi on Saturday to discuss offshore wind.",
    interactions: ['VNM meet JPN'],
  },
  {
    id: 'interaction.counterpart.meet.3', test: 'inv', capability: 'swap', cameo: '040',
    text: "Mexico's foreign minister met his Canadian counterpart in Ottawa on Saturday to discuss methane rules.",
    interactions: ['MEX meet CAN'],
  },
  {
    id: 'interaction.person.meet.1', test: 'mft', capability: 'person', cameo: '040',
    text: 'German Foreign Minister Katrin Vollmer met Namibian President Joseph Amutenya in Windhoek.',
    interactions: ['DEU meet NAM'],
  },
  {
    id: 'interaction.metonym.meet.1', test: 'mft', capability: 'metonym', cameo: '046',
    text: 'Paris and Berlin held talks on Monday about hydrogen pipelines.',
    interactions: ['FRA meet DEU'],
  },
  {
    id: 'interaction.metonym.meet.2', test: 'mft', capability: 'metonym', cameo: '046',
    text: 'Tokyo and Seoul resumed talks on linking their carbon markets after a two-year pause.',
    interactions: ['JPN meet KOR'],
  },
  {
    id: 'interaction.metonym.meet.3', test: 'mft', capability: 'metonym', cameo: '043',
    text: "The Kremlin hosted Kazakhstan's president for talks on gas supplies.",
    interactions: ['RUS meet KAZ'],
  },
  {
    id: 'interaction.metonym.meet.4', test: 'mft', capability: 'metonym', cameo: '043',
    text: 'The White House welcomed the Kenyan president on Thursday for a state visit.',
    interactions: ['USA meet KEN'],
  },
  {
    id: 'interaction.passive.meet.1', test: 'mft', capability: 'passive', cameo: '043',
    text: "The Philippine president was hosted by Japan's prime minister at a dinner in Tokyo.",
    interactions: ['PHL meet JPN'],
  },
  {
    id: 'interaction.meet.held-talks.inv.1', test: 'inv', capability: 'meet', cameo: '046',
    text: 'Egypt and Sudan held talks on Sunday about sharing data on Nile flows.',
    interactions: ['EGY meet SDN'],
  },
  {
    id: 'interaction.meet.held-talks.inv.2', test: 'inv', capability: 'noun-frame', cameo: '046',
    text: 'Talks between Egypt and Sudan on Sunday were about sharing data on Nile flows.',
    interactions: ['EGY meet SDN'],
  },

  // meet: lists of parties (each pair meets)
  {
    id: 'interaction.list.meet.1', test: 'mft', capability: 'list', cameo: '040',
    text: 'Foreign ministers from Japan, Australia and India met in Tokyo on Friday.',
    interactions: ['JPN meet AUS', 'JPN meet IND', 'AUS meet IND'],
  },
  {
    id: 'interaction.list.meet.2', test: 'mft', capability: 'list', cameo: '040',
    text: 'Envoys from Brazil, South Africa, India and China met in Beijing ahead of the climate talks.',
    interactions: ['BRA meet ZAF', 'BRA meet IND', 'BRA meet CHN', 'ZAF meet IND', 'ZAF meet CHN', 'IND meet CHN'],
  },

  // meet: suspended, called off, cancelled, merely possible, not held; attending a conference; co-hosting
  {
    id: 'interaction.meet.suspended.1', test: 'neg', capability: 'meet', cameo: '164',
    text: 'Greece suspended talks with Türkiye on maritime boundaries after a naval standoff.',
  },
  {
    id: 'interaction.meet.called-off.1', test: 'neg', capability: 'meet', cameo: '164',
    text: "Japan called off a planned meeting with South Korea's trade minister.",
  },
  {
    id: 'interaction.meet.cancelled.1', test: 'neg', capability: 'meet', cameo: '164',
    text: 'The Dutch prime minister cancelled a trip to Vietnam because of floods at home.',
  },
  {
    id: 'interaction.meet.possible.1', test: 'neg', capability: 'meet', cameo: '040',
    text: 'Officials said a meeting between Japan and China was possible but nothing had been scheduled.',
  },
  {
    id: 'interaction.meet.negated.1', test: 'neg', capability: 'meet', cameo: '040',
    text: 'The presidents of Colombia and Venezuela did not meet during the Amazon summit.',
  },
  {
    id: 'interaction.attend.meet.1', test: 'neg', capability: 'attend', cameo: '040',
    text: 'Bhutan attended the UN climate conference in Baku with a delegation of twelve.',
  },
  {
    id: 'interaction.attend.meet.2', test: 'neg', capability: 'attend', cameo: '040',
    text: 'More than 190 countries, Chad and Laos among them, sent delegations to the UN talks.',
  },
  {
    id: 'interaction.cohost.cooperate.1', test: 'neg', capability: 'cohost', cameo: '050',
    text: 'Ghana and Denmark co-hosted a ministerial forum on adaptation in Accra, drawing delegates from 40 countries.',
  },
  {
    id: 'interaction.meet.round.1', test: 'inv', capability: 'meet', cameo: '040',
    text: 'Lula met Milei in the first round of talks on the river treaty.',
    interactions: ['BRA meet ARG'],
  },
  // meet: acts only done together, by a coordinated subject; calls; meals
  {
    id: 'interaction.meet.spoke-phone.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Ramaphosa and Lula spoke by phone on Wednesday about the G20 agenda.',
    interactions: ['ZAF meet BRA'],
  },
  {
    id: 'interaction.meet.spoke-phone.2', test: 'neg', capability: 'meet', cameo: '040',
    text: 'South Africa and Brazil spoke at the UN General Assembly on Wednesday.',
  },
  {
    id: 'interaction.meet.conferred.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Kenyan and Ethiopian energy ministers conferred on the sidelines of the forum.',
    interactions: ['KEN meet ETH'],
  },
  {
    id: 'interaction.meet.handshake.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The leaders of Serbia and Albania shook hands in Brussels.',
    interactions: ['SRB meet ALB'],
  },
  {
    id: 'interaction.meet.meal.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Spain's prime minister had dinner with his Portuguese counterpart in Lisbon on Friday.",
    interactions: ['ESP meet PRT'],
  },
  {
    id: 'interaction.meet.video.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Spanish and Moroccan officials held a video conference on the power cable.',
    interactions: ['ESP meet MAR'],
  },
  // Two parties as one subject that sat down (to talk) together.
  {
    id: 'interaction.meet.sat-down-together.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Kenyan and Ethiopian water ministers sat down together in Nairobi on Tuesday.',
    interactions: ['KEN meet ETH'],
  },
  // "a bilateral" as a noun for a meeting, which the tagger reads as an adjective.
  {
    id: 'interaction.meet.bilateral-noun.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Chile and Peru held a short bilateral on the sidelines of the Lima summit.',
    interactions: ['CHL meet PER'],
  },
  {
    id: 'interaction.meet.bilateral-noun.2', test: 'inv', capability: 'meet', cameo: '040',
    text: 'The presidents of Chile and Peru had a brief bilateral, officials said.',
    interactions: ['CHL meet PER'],
  },
  // "for talks with X" where the subject went or is: its own errand, whatever the verb.
  {
    id: 'interaction.meet.errand.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'The Kenyan president was in Berlin this week for talks with Chancellor Scholz on green hydrogen.',
    interactions: ['KEN meet DEU'],
  },
  {
    id: 'interaction.meet.errand.2', test: 'inv', capability: 'meet', cameo: '040',
    text: "Chile's foreign minister was in Geneva on Monday for talks with Peru.",
    interactions: ['CHL meet PER'],
  },
  {
    id: 'interaction.meet.errand.3', test: 'neg', capability: 'meet', cameo: '040',
    text: 'Japan is in a good position for talks with China, an analyst wrote.',
  },
  // "is expected to meet": a meeting scheduled, not an urging; talks cancelled were not held.
  {
    id: 'interaction.meet.expected-to.1', test: 'mft', capability: 'meet', cameo: '040',
    text: "Peru's president is expected to meet Lula in Brasilia next week.",
    interactions: ['PER meet BRA'],
  },
  {
    id: 'interaction.meet.talks-cancelled.1', test: 'neg', capability: 'meet', cameo: '164',
    text: 'The talks between Chile and Argentina were cancelled after the border incident.',
  },
  // A news conference held together is a meeting.
  {
    id: 'interaction.meet.joint-conference.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'At a joint news conference with the Kenyan president, the German chancellor announced new funding.',
    interactions: ['DEU meet KEN'],
  },
  // A headline with no verb: its opening name does the act its noun names.
  {
    id: 'interaction.meet.verbless-headline.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Ruto in Berlin for hydrogen talks with Scholz\n\nThe two leaders are expected to sign a supply agreement before the end of the visit.\n\nOfficials said the first shipments could leave Mombasa within three years.',
    interactions: ['KEN meet DEU'],
  },
  {
    id: 'interaction.meet.verbless-headline.2', test: 'neg', capability: 'meet', cameo: '040',
    text: 'Hydrogen talks with Germany in focus\n\nAnalysts in Nairobi expect the government to publish a new energy plan before the end of the year.\n\nOfficials said the first shipments could leave Mombasa within three years.',
  },
  // A joint appearance: speaking or standing alongside a party.
  {
    id: 'interaction.meet.alongside.1', test: 'mft', capability: 'meet', cameo: '040',
    text: 'Speaking alongside the Kenyan president in Nairobi, the German chancellor promised faster visas for students.',
    interactions: ['DEU meet KEN'],
  },
  {
    id: 'interaction.meet.alongside.2', test: 'neg', capability: 'meet', cameo: '040',
    text: 'Speaking alongside young activists in Nairobi, the German chancellor promised faster visas for students.',
  },
]
