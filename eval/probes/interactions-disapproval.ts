import type { Probe } from './probe.js'

/**
 * Protest probes of disapproval said in ordinary news words: verdicts ("an act of bullying", "a farce"),
 * concern and worry, scorn ("scoffed at"), complaints sent or delivered.
 */
export const DISAPPROVAL_PROBES: readonly Probe[] = [
  // A verdict noun after "an act of", "a form of", "a case of" (src/lexicon/links.ts KIND_NOUNS): the noun after "of" is the verdict.
  {
    id: 'interaction.protest.kind-of-verdict.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Chip curbs\n\nChina\'s foreign ministry said Washington\'s new export curbs were a blatant act of bullying.',
    interactions: ['CHN protest USA'],
  },
  {
    id: 'interaction.protest.kind-of-verdict.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Levy row\n\nSouth Africa's president said the EU levy was a form of protectionism dressed up as climate policy.",
    interactions: ['ZAF protest EU'],
  },
  {
    id: 'interaction.protest.kind-of-verdict.3', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: "Levy row\n\nIndia's trade minister said the EU's carbon tax was a form of climate policy.",
  },
  {
    id: 'interaction.protest.kind-of-verdict.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: "Aid offer\n\nKenya's president said Germany's offer of help was an act of good faith.",
  },
  // Concern and worry as a predicate ("is concerned about", "was worried about", "alarmed by"), as the noun ("voiced concern over") already is.
  {
    id: 'interaction.protest.concerned.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Coal plants\n\nThe EU is deeply concerned about China's continued approval of new coal plants, a spokesperson said.",
    interactions: ['EU protest CHN'],
  },
  {
    id: 'interaction.protest.concerned.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Coal plants\n\nWashington is worried about Beijing's coal expansion, a US official said on Friday.",
    interactions: ['USA protest CHN'],
  },
  {
    id: 'interaction.protest.concerned.3', test: 'mft', capability: 'provoked', cameo: '111',
    text: "Coal mines\n\nAustralia's new coal mines have alarmed Fiji and its Pacific neighbours.",
    interactions: ['FJI protest AUS'],
  },
  {
    id: 'interaction.protest.concerned.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Dry season\n\nKenya is worried about the drought in the north, its environment minister said.',
  },
  {
    id: 'interaction.protest.concerned.5', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Rising seas\n\nFiji is alarmed by the rising seas and is concerned about its own debt.',
  },
  // Verbs of scorn with "at" (fume, scoff, balk, chafe, bridle, sneer) and a complaint "sent" or "delivered" to a party.
  {
    id: 'interaction.protest.scorn-at.1', test: 'mft', capability: 'protest', cameo: '110',
    text: "Forest rules\n\nBrazil's president scoffed at the EU's new demands on deforestation during a visit to Manaus.",
    interactions: ['BRA protest EU'],
  },
  {
    id: 'interaction.protest.scorn-at.2', test: 'mft', capability: 'protest', cameo: '110',
    text: "Chip curbs\n\nBeijing bridled at Washington's latest chip curbs on Tuesday.",
    interactions: ['CHN protest USA'],
  },
  {
    id: 'interaction.protest.scorn-at.3', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'Bond sale\n\nInvestors balked at the price of the green bonds Chile offered on Monday.',
  },
  {
    id: 'interaction.protest.sent-complaint.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Survey ship\n\nAthens delivered a strong protest to Ankara over the survey ship on Monday.',
    interactions: ['GRC protest TUR'],
  },
  {
    id: 'interaction.protest.sent-complaint.2', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'Survey ship\n\nGreece sent a team of engineers to Turkey after the earthquake.',
  },
  // Verdict nouns of scorn: a joke, a farce, a sham, a charade, a fiasco.
  {
    id: 'interaction.protest.scorn-verdict.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Aid row\n\nKenya's president said Britain's new aid offer was a farce.",
    interactions: ['KEN protest GBR'],
  },
  {
    id: 'interaction.protest.scorn-verdict.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Forest rules\n\nBrazil's environment minister called the EU's forest audit a sham on Thursday.",
    interactions: ['BRA protest EU'],
  },
  {
    id: 'interaction.protest.scorn-verdict.3', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: "Cup final\n\nKenya's coach said the final against Ghana was a farce because of the rain.",
  },
  // A party said not to be doing enough: a verdict on its acts (protest.judged-not-enough).
  {
    id: 'interaction.protest.not-enough.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Pacific forum\n\nFiji's prime minister said Australia was not doing enough to cut its emissions.",
    interactions: ['FJI protest AUS'],
  },
  {
    id: 'interaction.protest.not-enough.2', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Aid talks\n\nKenya said on Monday that the United States had not done enough for poor nations hit by drought.',
    interactions: ['KEN protest USA'],
  },
  {
    id: 'interaction.protest.not-enough.3', test: 'neg', capability: 'negated', cameo: '111',
    text: "Pacific forum\n\nFiji's prime minister said Australia was doing enough to cut its emissions.",
  },
  {
    id: 'interaction.protest.not-enough.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Aid talks\n\nKenya said it had not done enough for its own farmers.',
  },
  // A critic or opponent named in apposition to the subject ("Fiji, a fierce critic of …, will …"), as after "be".
  {
    id: 'interaction.protest.critic-apposition.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Forum host\n\nFiji, a fierce critic of Australia's coal exports, will host the forum next year.",
    interactions: ['FJI protest AUS'],
  },
  {
    id: 'interaction.protest.critic-apposition.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Water talks\n\nPeru, a long-standing opponent of Chile's water plan, walked out of the talks on Friday.",
    interactions: ['PER protest CHL'],
  },
  {
    id: 'interaction.protest.critic-apposition.3', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Forum host\n\nFiji, a close partner of Australia in fisheries, will host the forum next year.',
  },
]
