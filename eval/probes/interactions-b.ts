import type { Probe } from './probe.js'

/** Interaction probes, part B: meet, agree, cooperate and sanction (CAMEO 04, 05, 057, 06, 16). */
export const INTERACTION_PROBES_B: readonly Probe[] = [
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

  // agree: signing, sealing, reaching and striking agreements (CAMEO 057)
  {
    id: 'interaction.agree.sign.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Indonesia signed a deal with Japan on Thursday to build three geothermal plants in Sumatra.',
    interactions: ['IDN agree JPN'],
  },
  {
    id: 'interaction.agree.seal.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Australia sealed a green hydrogen supply agreement with Germany.',
    interactions: ['AUS agree DEU'],
  },
  {
    id: 'interaction.agree.reach.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Chile reached an agreement with the EU on lithium exports.',
    interactions: ['CHL agree EU'],
  },
  {
    id: 'interaction.agree.strike.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Norway struck a deal with Gabon to pay for protecting its rainforest.',
    interactions: ['NOR agree GAB'],
  },
  {
    id: 'interaction.agree.agreed.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'South Korea and the UAE agreed on Tuesday on a $30 billion package of energy investments.',
    interactions: ['KOR agree ARE'],
  },
  {
    id: 'interaction.agree.between.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'An agreement between Vietnam and the Netherlands on delta flood defences was signed in Hanoi.',
    interactions: ['VNM agree NLD'],
  },
  {
    id: 'interaction.agree.pact.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Under the Peru–Switzerland carbon credit pact, Swiss firms can count emissions avoided by electric buses in Lima.',
    interactions: ['PER agree CHE'],
  },
  {
    id: 'interaction.agree.pact.2', test: 'mft', capability: 'agree', cameo: '057',
    text: 'The Egypt–Greece accord on an undersea power cable took effect in January.',
    interactions: ['EGY agree GRC'],
  },
  {
    id: 'interaction.agree.mou.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Ghana signed a memorandum of understanding with Singapore on carbon credits.',
    interactions: ['GHA agree SGP'],
  },
  {
    id: 'interaction.agree.ink.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Saudi Arabia inked a $2 billion solar power deal with Pakistan.',
    interactions: ['SAU agree PAK'],
  },
  {
    id: 'interaction.agree.announce.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Colombia and Spain announced an agreement to swap debt for forest protection.',
    interactions: ['COL agree ESP'],
  },
  {
    id: 'interaction.agree.inflect.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Japan and India have signed a string of clean-energy agreements since 2022.',
    interactions: ['JPN agree IND'],
  },
  {
    id: 'interaction.date.agree.1', test: 'mft', capability: 'date', cameo: '057',
    text: "Egypt and Sudan signed a treaty on sharing the Nile's waters in 1959.",
    interactions: ['EGY agree SDN'],
  },

  // agree: fronted phrases, lists, people, metonyms, passives and paraphrases
  {
    id: 'interaction.fronted.agree.1', test: 'mft', capability: 'fronted', cameo: '057',
    text: 'Following two days of talks in Manila, the Philippines and South Korea signed a deal on clean-energy trade.',
    interactions: ['PHL meet KOR', 'PHL agree KOR'],
  },
  {
    id: 'interaction.fronted.agree.2', test: 'inv', capability: 'fronted', cameo: '057',
    text: 'The Philippines and South Korea signed a deal on clean-energy trade after two days of talks in Manila.',
    interactions: ['PHL meet KOR', 'PHL agree KOR'],
  },
  {
    id: 'interaction.list.agree.1', test: 'mft', capability: 'list', cameo: '057',
    text: 'Canada, Mexico and the United States agreed to align their rules on methane leaks.',
    interactions: ['CAN agree MEX', 'CAN agree USA', 'MEX agree USA'],
  },
  {
    id: 'interaction.list.agree.2', test: 'mft', capability: 'list', cameo: '057',
    text: 'Spain, Portugal, France and Morocco signed an accord on a shared electricity grid.',
    interactions: ['ESP agree PRT', 'ESP agree FRA', 'ESP agree MAR', 'PRT agree FRA', 'PRT agree MAR', 'FRA agree MAR'],
  },
  {
    id: 'interaction.person.agree.1', test: 'mft', capability: 'person', cameo: '057',
    text: 'German Economy Minister Lars Brandt signed a hydrogen accord with Namibia on Monday.',
    interactions: ['DEU agree NAM'],
  },
  {
    id: 'interaction.counterpart.agree.1', test: 'mft', capability: 'counterpart', cameo: '057',
    text: 'Japanese Trade Minister Hiro Sakamoto and his Australian counterpart reached a deal on hydrogen shipping.',
    interactions: ['JPN agree AUS'],
  },
  {
    id: 'interaction.metonym.agree.1', test: 'mft', capability: 'metonym', cameo: '057',
    text: 'Brussels and Tokyo struck a deal on green hydrogen standards.',
    interactions: ['EU agree JPN'],
  },
  {
    id: 'interaction.metonym.agree.2', test: 'mft', capability: 'metonym', cameo: '057',
    text: 'New Delhi sealed an agreement with Canberra on critical minerals.',
    interactions: ['IND agree AUS'],
  },
  {
    id: 'interaction.passive.agree.1', test: 'mft', capability: 'passive', cameo: '057',
    text: 'The accord, signed by Chile and China last year, covers copper and lithium.',
    interactions: ['CHL agree CHN'],
  },
  {
    id: 'interaction.passive.agree.2', test: 'mft', capability: 'passive', cameo: '057',
    text: 'A gas supply deal was reached by Qatar and Germany on Tuesday.',
    interactions: ['QAT agree DEU'],
  },
  {
    id: 'interaction.passive.agree.3', test: 'inv', capability: 'noun-frame', cameo: '057',
    text: "Qatar's gas supply deal with Germany, reached on Tuesday, runs for fifteen years.",
    interactions: ['QAT agree DEU'],
  },
  {
    id: 'interaction.agree.sign.inv.1', test: 'inv', capability: 'swap', cameo: '057',
    text: 'Kenya signed a deal with Iceland on Thursday to build three geothermal plants in the Rift Valley.',
    interactions: ['KEN agree ISL'],
  },

  // agree: talks without a deal, a deal still far off, a deal that fell through
  {
    id: 'interaction.agree.no-deal.1', test: 'neg', capability: 'agree', cameo: '057',
    text: 'Talks between India and the EU ended on Friday without an agreement on a carbon border levy.',
    interactions: ['IND meet EU'],
  },
  {
    id: 'interaction.agree.far.1', test: 'neg', capability: 'agree', cameo: '057',
    text: 'Officials said Argentina and Chile were still far from a deal on glacier protection.',
  },
  {
    id: 'interaction.agree.fell-through.1', test: 'neg', capability: 'agree', cameo: '057',
    text: 'A planned deal between Australia and Indonesia on electric vehicle batteries fell through.',
  },

  // cooperate: working together, joint initiatives, funds and alliances founded together (CAMEO 05, 06)
  {
    id: 'interaction.cooperate.work-together.1', test: 'mft', capability: 'cooperate', cameo: '061',
    text: 'India and France have worked together on solar power since 2015.',
    interactions: ['IND cooperate FRA'],
  },
  {
    id: 'interaction.cooperate.team-up.1', test: 'mft', capability: 'cooperate', cameo: '061',
    text: 'Japan teamed up with Australia to ship liquefied hydrogen from Victoria.',
    interactions: ['JPN cooperate AUS'],
  },
  {
    id: 'interaction.cooperate.joint-initiative.1', test: 'mft', capability: 'cooperate', cameo: '050',
    text: 'Colombia and Germany launched a joint initiative to restore degraded pasture in the Andes.',
    interactions: ['COL cooperate DEU'],
  },
  {
    id: 'interaction.cooperate.co-found.1', test: 'mft', capability: 'cooperate', cameo: '061',
    text: 'The UAE and France co-founded a fund to back clean energy projects in Africa.',
    interactions: ['ARE cooperate FRA'],
  },
  {
    id: 'interaction.cooperate.join-forces.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Kenya joined forces with Ethiopia to fight desert locust swarms.',
    interactions: ['KEN cooperate ETH'],
  },
  {
    id: 'interaction.cooperate.partner.1', test: 'mft', capability: 'cooperate', cameo: '061',
    text: 'Egypt partnered with Norway to build a green ammonia plant near Suez.',
    interactions: ['EGY cooperate NOR'],
  },
  {
    id: 'interaction.cooperate.jointly.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Chile and Argentina jointly monitor the glaciers along their shared border.',
    interactions: ['CHL cooperate ARG'],
  },
  {
    id: 'interaction.cooperate.collaborate.1', test: 'mft', capability: 'cooperate', cameo: '061',
    text: 'South Korea is collaborating with Poland on building nuclear reactors.',
    interactions: ['KOR cooperate POL'],
  },
  {
    id: 'interaction.cooperate.patrols.1', test: 'mft', capability: 'cooperate', cameo: '062',
    text: 'Thailand and Cambodia carry out joint patrols against illegal logging along their border.',
    interactions: ['THA cooperate KHM'],
  },
  {
    id: 'interaction.cooperate.noun.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Cooperation between Finland and Vietnam on forest monitoring has grown since 2018.',
    interactions: ['FIN cooperate VNM'],
  },

  // cooperate: lists, metonyms, people and name swaps
  {
    id: 'interaction.list.cooperate.1', test: 'mft', capability: 'list', cameo: '050',
    text: 'Brazil, Indonesia and the Democratic Republic of Congo formed an alliance to protect tropical forests.',
    interactions: ['BRA cooperate IDN', 'BRA cooperate COD', 'IDN cooperate COD'],
  },
  {
    id: 'interaction.metonym.cooperate.1', test: 'mft', capability: 'metonym', cameo: '061',
    text: 'Washington and Ottawa are working together on a shared grid for clean power.',
    interactions: ['USA cooperate CAN'],
  },
  {
    id: 'interaction.counterpart.cooperate.1', test: 'mft', capability: 'counterpart', cameo: '061',
    text: 'Mexican Energy Secretary Ana Lucía Ferrer teamed up with her Colombian counterpart to launch a regional geothermal programme.',
    interactions: ['MEX cooperate COL'],
  },
  {
    id: 'interaction.cooperate.team-up.inv.1', test: 'inv', capability: 'swap', cameo: '061',
    text: 'South Korea teamed up with Oman to produce green hydrogen near Duqm.',
    interactions: ['KOR cooperate OMN'],
  },

  // cooperate: shelved and hypothetical joint work
  {
    id: 'interaction.cooperate.shelved.1', test: 'neg', capability: 'cooperate', cameo: '060',
    text: 'Plans for Chile and Peru to work together on anchovy surveys were shelved.',
  },
  {
    id: 'interaction.cooperate.hypothetical.1', test: 'neg', capability: 'cooperate', cameo: '060',
    text: 'Mexico and Guatemala could work together on reforestation if funding is found, officials said.',
  },

  // sanction: tariffs, sanctions, duties, import bans and embargoes imposed (CAMEO 163)
  {
    id: 'interaction.sanction.slap.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'The United States slapped tariffs of 100% on Chinese electric vehicles.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.impose.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'The European Union imposed new sanctions on Belarus on Monday.',
    interactions: ['EU sanction BLR'],
  },
  {
    id: 'interaction.sanction.ban-imports.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Canada banned imports of Russian steel and aluminium in 2023.',
    interactions: ['CAN sanction RUS'],
  },
  {
    id: 'interaction.sanction.embargo.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: "The European Union's oil embargo on Iran cut the country's exports by half.",
    interactions: ['EU sanction IRN'],
  },
  {
    id: 'interaction.sanction.noun.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'U.S. sanctions on Venezuelan oil have left its refineries short of parts.',
    interactions: ['USA sanction VEN'],
  },
  {
    id: 'interaction.sanction.duty.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'India imposed anti-dumping duties on solar glass from Vietnam.',
    interactions: ['IND sanction VNM'],
  },
  {
    id: 'interaction.sanction.levy.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: "The EU's levy on carbon-intensive steel from India came into force in January.",
    interactions: ['EU sanction IND'],
  },
  {
    id: 'interaction.sanction.retaliate.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'China retaliated with tariffs on Australian wine and barley.',
    interactions: ['CHN sanction AUS'],
  },
  {
    id: 'interaction.date.sanction.1', test: 'mft', capability: 'date', cameo: '163', date: '2024-06-20',
    text: 'Last week, Türkiye raised its tariffs on cars made in China to 40%.',
    interactions: ['TUR sanction CHN'],
  },

  // sanction: passives, nouns, metonyms, people, lists
  {
    id: 'interaction.sanction.slap.inv.1', test: 'inv', capability: 'passive', cameo: '163',
    text: 'Chinese electric vehicles were hit with 100% tariffs by the United States.',
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.sanction.slap.inv.2', test: 'inv', capability: 'noun-frame', cameo: '163',
    text: "The United States' 100% tariffs on Chinese electric vehicles took effect in August.",
    interactions: ['USA sanction CHN'],
  },
  {
    id: 'interaction.passive.sanction.1', test: 'mft', capability: 'passive', cameo: '163',
    text: 'Russian coal imports were banned by Japan in 2022.',
    interactions: ['JPN sanction RUS'],
  },
  {
    id: 'interaction.metonym.sanction.1', test: 'mft', capability: 'metonym', cameo: '163',
    text: "Washington imposed sanctions on Moscow's flagship Arctic gas project.",
    interactions: ['USA sanction RUS'],
  },
  {
    id: 'interaction.person.sanction.1', test: 'mft', capability: 'person', cameo: '163',
    text: 'Australian Trade Minister Tom Hadley imposed duties on steel imported from China.',
    interactions: ['AUS sanction CHN'],
  },
  {
    id: 'interaction.list.sanction.1', test: 'mft', capability: 'list', cameo: '163',
    text: "The United States, Britain and Canada imposed sanctions on Iran's oil ministry.",
    interactions: ['USA sanction IRN', 'GBR sanction IRN', 'CAN sanction IRN'],
  },

  // sanction: possible, considered, proposed or studied levies; bans with no target; negated
  {
    id: 'interaction.sanction.could.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'The United States could impose tariffs on Mexican steel if imports keep rising, an official said.',
  },
  {
    id: 'interaction.sanction.considering.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Japan is considering sanctions on Russian aluminium.',
  },
  {
    id: 'interaction.sanction.proposed.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'The European Commission proposed tariffs on Chinese electric vehicles, which member states must still approve.',
  },
  {
    id: 'interaction.sanction.studied.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Britain is studying a carbon border levy that would apply to steel from China and India.',
  },
  {
    id: 'interaction.domestic.sanction.1', test: 'neg', capability: 'domestic', cameo: '163',
    text: 'Indonesia banned exports of nickel ore to force processing at home.',
  },
  {
    id: 'interaction.domestic.sanction.2', test: 'neg', capability: 'domestic', cameo: '163',
    text: 'Kenya banned single-use plastic bags in 2017.',
  },
  {
    id: 'interaction.sanction.negated.1', test: 'neg', capability: 'sanction', cameo: '163',
    text: 'Brazil has not imposed any tariffs on Chinese solar panels.',
  },
]
