import type { Probe } from './probe.js'

/** Interaction probes: agree and cooperate (CAMEO 057 sign agreement, 05/06 cooperation). */
export const AGREE_COOPERATE_PROBES: readonly Probe[] = [
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
    // (A joint initiative launched is both founded together and agreed, as our held-out gold reads "announced a joint initiative".)
    interactions: ['COL cooperate DEU', 'COL agree DEU'],
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
  {
    id: 'interaction.cooperate.help.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Japan is helping Mongolia build a network of wind farms in the Gobi desert.',
    interactions: ['JPN cooperate MNG'],
  },
  {
    id: 'interaction.cooperate.aid-fund.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: "Sweden resumed its payments to Bolivia's forest protection fund after a two-year pause.",
    interactions: ['SWE cooperate BOL'],
  },
  {
    id: 'interaction.agree.trilateral.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Jordan signed a trilateral water-for-energy agreement with Israel and the United Arab Emirates in Amman.',
    interactions: ['JOR agree ISR', 'JOR agree ARE', 'ISR agree ARE'],
  },
  // help: a bare infinitive after the helped party ("helped Vietnam phase out coal")
  {
    id: 'interaction.cooperate.help-infinitive.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Denmark helped Morocco phase out its oldest coal plants.',
    interactions: ['DNK cooperate MAR'],
  },
  {
    id: 'interaction.cooperate.help-infinitive.2', test: 'inv', capability: 'cooperate', cameo: '070',
    text: 'Denmark is helping Morocco move away from coal.',
    interactions: ['DNK cooperate MAR'],
  },
  // agree: a deal named with a participle before "between"; the terms a clause is done under; joining a partnership
  {
    id: 'interaction.agree.struck-between.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'The deal struck between Bolivia and Paraguay covers gas exports until 2030.',
    interactions: ['BOL agree PRY'],
  },
  {
    id: 'interaction.agree.under.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Under a deal brokered by Qatar, Chad and Sudan will share the water of the basin.',
    interactions: ['TCD agree SDN'],
  },
  {
    id: 'interaction.agree.under.2', test: 'neg', capability: 'agree', cameo: '057',
    text: 'Under the Paris Agreement, Chad and Sudan must report their emissions.',
  },
  {
    id: 'interaction.agree.join.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Senegal joined a partnership with the G7 to expand solar power.',
    interactions: ['SEN agree G7', 'SEN cooperate G7'],
  },
  // Being partners is working jointly.
  {
    id: 'interaction.cooperate.are-partners.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Namibia and Germany are partners in a green hydrogen project on the coast.',
    interactions: ['NAM cooperate DEU'],
  },
  // "the pair", "the duo": one noun for the two parties the discourse last named.
  {
    id: 'interaction.agree.pair-noun.1', test: 'mft', capability: 'pronoun', cameo: '057',
    text: 'Spain\'s prime minister met Morocco\'s king in Rabat on Monday.\n\nThe pair signed a roadmap for a shared solar grid.',
    interactions: ['ESP meet MAR', 'ESP agree MAR'],
  },
  {
    id: 'interaction.agree.pair-noun.2', test: 'inv', capability: 'pronoun', cameo: '057',
    text: 'Spain\'s prime minister met Morocco\'s king in Rabat on Monday.\n\nAfterwards the duo signed a deal on a shared solar grid.',
    interactions: ['ESP meet MAR', 'ESP agree MAR'],
  },
]
