import type { Probe } from './probe.js'

/**
 * Interaction probes in the wording of world news, headlines included: the forms the brief of this
 * round named (slapped sanctions, summoned an ambassador, a memorandum signed, hosted, lashed out,
 * retaliatory tariffs, "amid tensions with") and the verbs of regret (CAMEO 110), each beside a decoy
 * that uses the same words and states nothing between parties.
 */
export const WORLD_NEWS_PROBES: readonly Probe[] = [
  // sanction (CAMEO 163)
  {
    id: 'interaction.world-news.slapped.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Canada slapped sanctions on three Nicaraguan officials on Wednesday.',
    interactions: ['CAN sanction NIC'],
  },
  {
    id: 'interaction.world-news.slapped.2', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Canada slapped a tax on sugary drinks on Wednesday.',
  },
  {
    id: 'interaction.world-news.retaliatory.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'India imposed retaliatory tariffs on American almonds and apples.',
    interactions: ['IND sanction USA'],
  },
  {
    id: 'interaction.world-news.retaliatory.2', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'India is weighing retaliatory tariffs on American almonds and apples.',
  },
  {
    id: 'interaction.world-news.headline-duties.1', test: 'mft', capability: 'sanction', cameo: '163',
    title: 'Mexico slaps duties on Chinese steel',
    text: 'The finance ministry said the new duties would take effect in June.',
    interactions: ['MEX sanction CHN'],
  },
  // protest (CAMEO 11)
  {
    id: 'interaction.world-news.summoned.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Lithuania summoned the Belarusian charge d’affaires over the balloons.',
    interactions: ['LTU protest BLR'],
  },
  {
    id: 'interaction.world-news.summoned.2', test: 'inv', capability: 'protest', cameo: '110',
    text: 'Vilnius summoned the ambassador of Belarus over the balloons.',
    interactions: ['LTU protest BLR'],
  },
  {
    id: 'interaction.world-news.summoned.3', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'The Lithuanian parliament summoned the energy minister over the blackout.',
  },
  {
    id: 'interaction.world-news.lashed.1', test: 'mft', capability: 'protest', cameo: '111',
    title: 'Venezuela lashes out at Guyana over oil licences',
    text: 'Caracas said the licences were a provocation.',
    interactions: ['VEN protest GUY'],
  },
  {
    id: 'interaction.world-news.lashed.2', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Venezuelan fans lashed out at the referee after the match in Georgetown.',
  },
  {
    id: 'interaction.world-news.regret.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Seoul regretted Tokyo’s decision to list the mine as a heritage site.',
    interactions: ['KOR protest JPN'],
  },
  {
    id: 'interaction.world-news.regret.2', test: 'inv', capability: 'protest', cameo: '110',
    text: 'South Korea bemoaned Japan’s decision to list the mine as a heritage site.',
    interactions: ['KOR protest JPN'],
  },
  {
    id: 'interaction.world-news.regret.3', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Pakistan resented India’s remarks on the river treaty.',
    interactions: ['PAK protest IND'],
  },
  {
    id: 'interaction.world-news.regret.4', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'South Korea lamented the loss of two fishing boats in the storm.',
  },
  {
    id: 'interaction.world-news.regret.5', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'Seoul regrets that it cannot send a minister to the ceremony.',
  },
  // agree (CAMEO 057) and meet (CAMEO 04)
  {
    id: 'interaction.world-news.memorandum.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Oman signed a memorandum of understanding with Egypt on green ammonia.',
    interactions: ['OMN agree EGY'],
  },
  {
    id: 'interaction.world-news.memorandum.2', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Oman’s port authority signed a memorandum with a Dutch engineering firm.',
  },
  {
    id: 'interaction.world-news.hosted.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'Qatar hosted the Emir of Kuwait for talks on gas supplies.',
    interactions: ['QAT meet KWT'],
  },
  {
    id: 'interaction.world-news.hosted.2', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'Qatar hosted a gas conference for traders and bankers.',
  },
  {
    id: 'interaction.world-news.amid-tensions.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Amid tensions with Russia, Finland signed a defence cooperation agreement with Sweden.',
    interactions: ['FIN agree SWE'],
  },
  {
    id: 'interaction.world-news.amid-tensions.2', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Amid tensions with Russia, Finland raised its defence budget.',
  },
  // A country's firm is not the country: protesting it protests no party; a measure on its firms still falls on it.
  {
    id: 'interaction.world-news.firm.1', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Tanzania criticised a Chinese contractor over delays on the railway.',
  },
  {
    id: 'interaction.world-news.firm.2', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'Zambia complained about Indian manufacturers flooding its market with cheap panels.',
  },
  {
    id: 'interaction.world-news.firm.3', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Britain sanctioned four Iranian firms over drone sales.',
    interactions: ['GBR sanction IRN'],
  },
  // Verdicts of wrongdoing on a party's act (CAMEO 111): a violation, a breach, a provocation, bullying.
  {
    id: 'interaction.world-news.verdict.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Sudan said Egypt’s new canal was a violation of the 1959 water agreement.',
    interactions: ['SDN protest EGY'],
  },
  {
    id: 'interaction.world-news.verdict.2', test: 'inv', capability: 'protest', cameo: '111',
    text: 'Khartoum called the Egyptian canal a breach of the water agreement.',
    interactions: ['SDN protest EGY'],
  },
  {
    id: 'interaction.world-news.verdict.3', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Taipei branded the Chinese drills near the island as bullying.',
    interactions: ['TWN protest CHN'],
  },
  {
    id: 'interaction.world-news.verdict.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Sudan said the flooding of the farms was a violation of safety rules.',
  },
  // Supplies cut to a party: an embargo on it (CAMEO 163).
  {
    id: 'interaction.world-news.supplies.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Algeria halted gas supplies to Spain after the row over Western Sahara.',
    interactions: ['DZA sanction ESP'],
  },
  {
    id: 'interaction.world-news.supplies.2', test: 'inv', capability: 'sanction', cameo: '163',
    text: 'Algeria has stopped gas deliveries to Spain.',
    interactions: ['DZA sanction ESP'],
  },
  {
    id: 'interaction.world-news.supplies.3', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'A pipeline fire halted gas supplies to southern Spain for two days.',
  },
  {
    id: 'interaction.world-news.supplies.4', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'Algeria could halt gas supplies to Spain if the row deepens.',
  },
  // An errand in a named place: "was in Beijing for talks", "is in Seoul on a state visit" (CAMEO 042).
  {
    id: 'interaction.world-news.errand.1', test: 'mft', capability: 'meet', cameo: '042',
    text: 'The Ethiopian prime minister is in Rome on a three-day state visit.',
    interactions: ['ETH meet ITA'],
  },
  {
    id: 'interaction.world-news.errand.2', test: 'inv', capability: 'meet', cameo: '042',
    text: 'Ethiopia’s foreign minister was in Rome last week for talks.',
    interactions: ['ETH meet ITA'],
  },
  {
    id: 'interaction.world-news.errand.3', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'The Ethiopian prime minister is in Rome for a food security forum.',
  },
  {
    id: 'interaction.world-news.errand.4', test: 'neg', capability: 'decoy-interaction', cameo: '042',
    text: 'The Ethiopian prime minister was in Addis Ababa for talks with business leaders.',
  },
  // Aid given to a party, the amount in a currency after its name (CAMEO 070).
  {
    id: 'interaction.world-news.gave-amount.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Ireland gave Malawi $25 million for flood recovery.',
    interactions: ['IRL cooperate MWI'],
  },
  {
    id: 'interaction.world-news.gave-amount.2', test: 'neg', capability: 'decoy-interaction', cameo: '070',
    text: 'Ireland gave Malawi’s football team a warm welcome.',
  },
  // Help sought from a party: an appeal for aid (CAMEO 02).
  {
    id: 'interaction.world-news.sought-help.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Mozambique sought help from South Africa after the cyclone.',
    interactions: ['MOZ urge ZAF'],
  },
  {
    id: 'interaction.world-news.sought-help.2', test: 'inv', capability: 'urge', cameo: '020',
    text: 'Mozambique has requested assistance from South Africa after the cyclone.',
    interactions: ['MOZ urge ZAF'],
  },
  {
    id: 'interaction.world-news.sought-help.3', test: 'neg', capability: 'decoy-interaction', cameo: '020',
    text: 'Mozambique sought investment from South African banks for the port.',
  },
]
