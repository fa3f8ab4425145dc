import type { Probe } from './probe.js'

/** Interaction probes: protest (CAMEO 11 disapprove, 12 reject). */
export const PROTEST_PROBES: readonly Probe[] = [
  // protest: verbs of criticism and disapproval, plainly (CAMEO 110, 111)
  {
    id: 'interaction.protest.castigate.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Fiji castigated Australia on Tuesday for approving two more coal mines in Queensland.',
    interactions: ['FJI protest AUS'],
  },
  {
    id: 'interaction.protest.excoriate.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'In a speech to parliament, the foreign minister of the Marshall Islands excoriated Japan over its financing of gas terminals across Asia.',
    interactions: ['MHL protest JPN'],
  },
  {
    id: 'interaction.protest.chide.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Sweden chided Hungary for holding up a vote on the bloc's forest rules.",
    interactions: ['SWE protest HUN'],
  },
  {
    id: 'interaction.protest.rebuke.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Mexico's foreign ministry rebuked the United States on Friday, saying a rollback of fuel-economy rules would worsen smog along the border.",
    interactions: ['MEX protest USA'],
  },
  {
    id: 'interaction.protest.lambast.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Pakistan lambasted India over a new dam on the Chenab river, calling it a threat to millions of farmers downstream.',
    interactions: ['PAK protest IND'],
  },
  {
    id: 'interaction.protest.slam.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Colombia slammed Brazil's decision to auction oil blocks near the mouth of the Amazon.",
    interactions: ['COL protest BRA'],
  },
  {
    id: 'interaction.protest.denounce.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Vanuatu denounced the United States for expanding offshore drilling leases in the Gulf of Mexico.',
    interactions: ['VUT protest USA'],
  },
  {
    id: 'interaction.protest.condemn.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Ukraine condemned Russia over the destruction of the Kakhovka dam, calling it an act of ecocide.',
    interactions: ['UKR protest RUS'],
  },
  {
    id: 'interaction.protest.criticise.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'South Africa criticised the European Union for dragging its feet on adaptation finance.',
    interactions: ['ZAF protest EU'],
  },
  {
    id: 'interaction.protest.criticize.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Chile criticized Argentina's plan to expand shale drilling near the Andes.",
    interactions: ['CHL protest ARG'],
  },
  {
    id: 'interaction.protest.deplore.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Denmark deplored Norway's decision to open parts of its seabed to mineral exploration.",
    interactions: ['DNK protest NOR'],
  },
  {
    id: 'interaction.protest.hit-out.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Egypt hit out at Ethiopia for filling the reservoir of its Nile dam without a binding deal.',
    interactions: ['EGY protest ETH'],
  },
  {
    id: 'interaction.protest.take-aim.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Canada took aim at China's subsidies for steelmakers, saying they undercut producers that invest in cleaner furnaces.",
    interactions: ['CAN protest CHN'],
  },
  {
    id: 'interaction.protest.frustration.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Kenya voiced frustration with Britain over repeated delays to climate finance for its drought-hit counties.',
    interactions: ['KEN protest GBR'],
  },

  // protest: accusing, blaming and complaining (CAMEO 112, 114, 115)
  {
    id: 'interaction.protest.accuse.1', test: 'mft', capability: 'protest', cameo: '112',
    text: 'The Philippines accused China of destroying coral reefs around a disputed shoal in the South China Sea.',
    interactions: ['PHL protest CHN'],
  },
  {
    id: 'interaction.protest.accuse.2', test: 'mft', capability: 'protest', cameo: '112',
    text: 'Tuvalu accused Australia of hypocrisy, saying it talks up Pacific solidarity while expanding gas exports.',
    interactions: ['TUV protest AUS'],
  },
  {
    id: 'interaction.protest.blame.1', test: 'mft', capability: 'protest', cameo: '112',
    text: 'Uganda blamed Kenya for fuel shortages after Nairobi changed its import rules overnight.',
    interactions: ['UGA protest KEN'],
  },
  {
    id: 'interaction.protest.object.1', test: 'mft', capability: 'protest', cameo: '114',
    text: 'Poland objected to the EU plan to extend carbon pricing to heating fuels and petrol.',
    interactions: ['POL protest EU'],
  },
  {
    id: 'interaction.protest.complain.1', test: 'mft', capability: 'protest', cameo: '114',
    text: "Bangladesh complained about India's decision to hold back water from the Teesta river during the dry season.",
    interactions: ['BGD protest IND'],
  },
  {
    id: 'interaction.protest.complain.2', test: 'mft', capability: 'protest', cameo: '114',
    text: 'Vietnam lodged a formal complaint with China about a new dam on the upper Mekong.',
    interactions: ['VNM protest CHN'],
  },
  {
    id: 'interaction.protest.complain.3', test: 'mft', capability: 'protest', cameo: '114',
    text: 'Australia complained to Beijing about coal dust blowing ashore from Chinese bulk carriers, its foreign minister, Claire Whitby, said.',
    interactions: ['AUS protest CHN'],
  },
  {
    id: 'interaction.protest.lawsuit.1', test: 'mft', capability: 'protest', cameo: '115',
    text: "Argentina's complaint against Uruguay over the pulp mill ended up before the International Court of Justice.",
    interactions: ['ARG protest URY'],
  },

  // protest: rejecting, snubbing and dismissing (CAMEO 12)
  {
    id: 'interaction.protest.reject.1', test: 'mft', capability: 'protest', cameo: '120',
    text: "Indonesia flatly rejected Norway's claim that forest loss had risen last year.",
    interactions: ['IDN protest NOR'],
  },
  {
    id: 'interaction.protest.snub.1', test: 'mft', capability: 'protest', cameo: '120',
    text: 'Brazil snubbed a French proposal on forest finance, dismissing it as paternalistic.',
    interactions: ['BRA protest FRA'],
  },
  {
    id: 'interaction.protest.dismiss.1', test: 'mft', capability: 'protest', cameo: '120',
    text: "Moscow dismissed the EU's price cap on Russian crude as illegal and unworkable.",
    interactions: ['RUS protest EU', 'EU sanction RUS'],
  },

  // protest: tenses and inflections
  {
    id: 'interaction.protest.inflect.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Norway has repeatedly criticised Brazil over illegal logging in the Amazon.',
    interactions: ['NOR protest BRA'],
  },
  {
    id: 'interaction.protest.inflect.2', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Senegal routinely criticises France over fishing licences granted to foreign trawlers.',
    interactions: ['SEN protest FRA'],
  },
  {
    id: 'interaction.protest.inflect.3', test: 'mft', capability: 'protest', cameo: '111',
    text: "Morocco is protesting Spain's plan to drill for gas off the Canary Islands.",
    interactions: ['MAR protest ESP'],
  },
  {
    id: 'interaction.protest.inflect.4', test: 'mft', capability: 'protest', cameo: '111',
    text: "Jordan issued a statement condemning Israel's diversion of water from the Jordan River.",
    interactions: ['JOR protest ISR'],
  },

  // protest: people acting for a country
  {
    id: 'interaction.person.protest.1', test: 'mft', capability: 'person', cameo: '111',
    text: 'Ivorian Environment Minister Awa Koné criticised Ghana on Monday for letting illegal gold miners poison shared rivers.',
    interactions: ['CIV protest GHA'],
  },
  {
    id: 'interaction.person.protest.2', test: 'mft', capability: 'person', cameo: '112',
    text: 'Turkish Foreign Minister Selin Aydemir accused Greece of ignoring sewage spills in the Aegean.',
    interactions: ['TUR protest GRC'],
  },
  {
    id: 'interaction.person.protest.3', test: 'mft', capability: 'person', cameo: '111',
    text: "Pakistan's climate minister, Saima Qureshi, lashed out at India over smoke from crop burning that settles on Lahore every winter.",
    interactions: ['PAK protest IND'],
  },

  // protest: the same fact in other words (passive, noun frame, name swap)
  {
    id: 'interaction.protest.castigate.inv.1', test: 'inv', capability: 'passive', cameo: '111',
    text: 'Australia was castigated by Fiji on Tuesday for approving two more coal mines in Queensland.',
    interactions: ['FJI protest AUS'],
  },
  {
    id: 'interaction.protest.criticise.inv.1', test: 'inv', capability: 'noun-frame', cameo: '111',
    text: "South Africa's criticism of the European Union centred on the slow pace of adaptation finance.",
    interactions: ['ZAF protest EU'],
  },
  {
    id: 'interaction.protest.lambast.inv.1', test: 'inv', capability: 'swap', cameo: '111',
    text: 'The Netherlands lambasted Belgium over a new dam on the Meuse, calling it a threat to thousands of farmers downstream.',
    interactions: ['NLD protest BEL'],
  },
  {
    id: 'interaction.protest.slam.inv.1', test: 'inv', capability: 'noun-frame', cameo: '111',
    text: "Colombia's attack on Brazil's decision to auction oil blocks near the mouth of the Amazon was unusually blunt.",
    interactions: ['COL protest BRA'],
  },
  {
    id: 'interaction.passive.protest.1', test: 'mft', capability: 'passive', cameo: '111',
    text: 'Japan was sharply criticised by South Korea over the release of treated water from the Fukushima plant.',
    interactions: ['KOR protest JPN'],
  },
  {
    id: 'interaction.passive.protest.2', test: 'mft', capability: 'passive', cameo: '111',
    text: 'Australia came under fire from Samoa and Tonga over its plans to expand gas exports.',
    interactions: ['WSM protest AUS', 'TON protest AUS'],
  },
  {
    id: 'interaction.noun-frame.protest.1', test: 'mft', capability: 'noun-frame', cameo: '111',
    text: "China's criticism of the EU's deforestation law was echoed on Wednesday by Malaysia.",
    interactions: ['CHN protest EU', 'MYS protest EU'],
  },

  // protest: bodies (a COP text, a G20 communiqué) and what named countries did to a text; acting inside a body is no interaction
  {
    id: 'interaction.body.protest.1', test: 'mft', capability: 'body', cameo: '120',
    text: 'Saudi Arabia rejected the draft COP decision on fossil fuels, saying it would accept no reference to winding them down.',
    interactions: ['SAU protest UNFCCC'],
  },
  {
    id: 'interaction.body.protest.2', test: 'mft', capability: 'body', cameo: '111',
    text: 'OPEC condemned the final agreement of the Dubai climate summit as an attack on oil producers.',
    interactions: ['OPEC protest UNFCCC'],
  },
  {
    id: 'interaction.body.protest.3', test: 'mft', capability: 'body', cameo: '120',
    text: 'Russia refused to endorse the G20 communiqué, calling its language on energy one-sided.',
    interactions: ['RUS protest G20'],
  },
  {
    id: 'interaction.body.protest.4', test: 'mft', capability: 'body', cameo: '114',
    text: 'Colombia objected to changes that Saudi Arabia and Russia had made to the draft overnight.',
    interactions: ['COL protest SAU', 'COL protest RUS'],
  },
  {
    id: 'interaction.body.neg.1', test: 'neg', capability: 'body', cameo: '111',
    text: 'At the talks, India argued for softer language on coal in the final text.',
  },
  {
    id: 'interaction.body.neg.2', test: 'neg', capability: 'body', cameo: '111',
    text: 'Bolivia sponsored a resolution at the UN General Assembly on the rights of Mother Earth.',
  },

  // protest: negated, domestic politics, and one act reported one way only
  {
    id: 'interaction.protest.negated.1', test: 'neg', capability: 'protest', cameo: '111',
    text: "Germany did not criticise China's new coal approvals, officials in Berlin said.",
  },
  {
    id: 'interaction.protest.negated.2', test: 'neg', capability: 'protest', cameo: '111',
    text: 'Kenya declined to criticise Britain over the delayed payments.',
  },
  {
    id: 'interaction.protest.negated.3', test: 'neg', capability: 'protest', cameo: '111',
    text: "Asked about Japan's whaling fleet, New Zealand's foreign minister refused to condemn Tokyo.",
  },
  {
    id: 'interaction.domestic.protest.1', test: 'neg', capability: 'domestic', cameo: '111',
    text: "Australia's opposition leader criticised the government's new gas strategy as reckless.",
  },
  {
    id: 'interaction.domestic.protest.2', test: 'neg', capability: 'domestic', cameo: '111',
    text: 'Brazilian senators attacked the environment ministry over the slow pace of land titling.',
  },
  {
    id: 'interaction.domestic.protest.3', test: 'neg', capability: 'domestic', cameo: '111',
    text: "In Canada, the opposition condemned the Liberal government's approval of a new offshore oil project.",
  },
  {
    id: 'interaction.direction.protest.1', test: 'neg', capability: 'direction', cameo: '111',
    text: 'Nauru criticised Australia, its largest aid donor, over the slow pace of coal closures.',
    interactions: ['NRU protest AUS'],
  },
  {
    id: 'interaction.direction.protest.2', test: 'neg', capability: 'direction', cameo: '111',
    text: 'Beijing hit back at Washington on Thursday, calling a State Department report on its coal plants biased.',
    interactions: ['CHN protest USA'],
  },
  {
    id: 'interaction.direction.protest.3', test: 'neg', capability: 'direction', cameo: '114',
    text: 'Protesting to India about the Farakka barrage, Bangladesh said fish stocks downstream had collapsed.',
    interactions: ['BGD protest IND'],
  },
]
