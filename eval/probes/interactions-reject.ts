import type { Probe } from './probe.js'

/** Interaction probes: protests by rounding on a party, rejecting, turning down and brushing aside its acts, and criticism named back (CAMEO 111, 120). */
export const REJECT_PROBES: readonly Probe[] = [
  // protest: rounding on a party, casting doubt on its acts, diplomatic representations
  {
    id: 'interaction.protest.round-on.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Kiribati rounded on New Zealand over its fishing quotas.',
    interactions: ['KIR protest NZL'],
  },
  {
    id: 'interaction.protest.cast-doubt.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Ghana cast doubt on France's promise of climate finance.",
    interactions: ['GHA protest FRA'],
  },
  {
    id: 'interaction.protest.representations.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Vietnam lodged stern representations with China over the survey ship.',
    interactions: ['VNM protest CHN'],
  },
  {
    id: 'interaction.protest.critic.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Barbados is among the fiercest critics of Britain's aid cuts.",
    interactions: ['BRB protest GBR'],
  },
  {
    id: 'interaction.protest.reject-from.1', test: 'mft', capability: 'owner', cameo: '120',
    text: 'Uganda rejected the proposal from Tanzania on the pipeline route.',
    interactions: ['UGA protest TZA'],
  },
  {
    id: 'interaction.protest.reject-levelled.1', test: 'inv', capability: 'owner', cameo: '120',
    text: 'Uganda has rejected the accusations levelled by Tanzania over the pipeline.',
    // (Tanzania's accusations, which Uganda answers, were levelled at Uganda: two acts, one each way.)
    interactions: ['UGA protest TZA', 'TZA protest UGA'],
  },
  {
    id: 'interaction.protest.draft-presidency.1', test: 'mft', capability: 'owner', cameo: '120',
    text: 'At the COP29 talks in Baku, Uganda objected to a draft from the Azerbaijani presidency.',
    interactions: ['UGA protest UNFCCC'],
  },
  {
    id: 'interaction.protest.turn-down.1', test: 'mft', capability: 'protest', cameo: '120',
    text: "Ethiopia turned down Egypt's offer of mediation on the dam.",
    interactions: ['ETH protest EGY'],
  },
  {
    id: 'interaction.protest.brush-aside.1', test: 'inv', capability: 'protest', cameo: '120',
    text: "Ethiopia brushed aside Egypt's concerns about the dam.",
    interactions: ['ETH protest EGY'],
  },
  // A "from" phrase after the target names where the act left, not who protests.
  {
    id: 'interaction.protest.from-after-target.1', test: 'mft', capability: 'protest', cameo: '110',
    text: "Chile voiced anger over Argentina's exit from the lithium pact.",
    interactions: ['CHL protest ARG'],
  },
  {
    id: 'interaction.protest.from-after-target.2', test: 'inv', capability: 'protest', cameo: '110',
    text: 'Ghana expressed frustration at the British withdrawal from the adaptation fund.',
    interactions: ['GHA protest GBR'],
  },
  // "be opposed to": the subject's stance, not a passive.
  {
    id: 'interaction.protest.opposed-to.1', test: 'mft', capability: 'protest', cameo: '120',
    text: "Indonesia is strongly opposed to the European Union's palm oil rules.",
    interactions: ['IDN protest EU'],
  },
  {
    id: 'interaction.protest.opposed-to.2', test: 'inv', capability: 'protest', cameo: '120',
    text: 'Norway opened new oil fields in the Arctic last year.\n\nSweden said it was firmly opposed to the Norwegian drilling.',
    interactions: ['SWE protest NOR'],
  },
  {
    id: 'interaction.protest.opposed-to.3', test: 'neg', capability: 'protest', cameo: '120',
    text: 'Farmers in Kenya are strongly opposed to the new water rules.',
  },
  // "it" as the object of a preposition is the act just told, as an object "it" is.
  {
    id: 'interaction.protest.about-it.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: 'Canada introduced a levy on imported steel in March.\n\nMexico has complained about it at the WTO.',
    interactions: ['MEX protest CAN'],
  },
  {
    id: 'interaction.protest.about-it.2', test: 'inv', capability: 'pronoun', cameo: '111',
    text: 'Japan approved a new coal plant last week.\n\nThe Philippines spoke out against it on Monday.',
    interactions: ['PHL protest JPN'],
  },
  // A verdict reported on a party's act whose subject carries the party after it: an "of" phrase,
  // a participle with its agent, an infinitive ("said the decision to quit … was a mistake").
  {
    id: 'interaction.protest.verdict-of.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'Peru said the decision of Chile to close the border crossing was unfair.',
    interactions: ['PER protest CHL'],
  },
  {
    id: 'interaction.protest.verdict-made-by.1', test: 'mft', capability: 'owner', cameo: '111',
    text: "Ghana's foreign minister said the accusations made by Togo against its army were unacceptable.",
    interactions: ['GHA protest TGO'],
  },
  {
    id: 'interaction.protest.verdict-to.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'Canada said the Chinese decision to halt canola imports was a serious mistake.',
    interactions: ['CAN protest CHN'],
  },
  {
    id: 'interaction.protest.verdict-to.2', test: 'inv', capability: 'owner', cameo: '111',
    text: "Germany said Washington's decision to quit the accord was a mistake.",
    interactions: ['DEU protest USA'],
  },
  {
    id: 'interaction.protest.verdict-of.2', test: 'neg', capability: 'owner', cameo: '111',
    text: 'Norway said the report of the World Bank on Sweden was balanced.',
  },
  // The party named in a phrase after the thing rejected: its author, before any body whose text it might be.
  {
    id: 'interaction.protest.text-of-party.1', test: 'mft', capability: 'owner', cameo: '120',
    text: 'Peru rejected the decision of Chile.',
    interactions: ['PER protest CHL'],
  },
  {
    id: 'interaction.protest.text-of-party.2', test: 'inv', capability: 'owner', cameo: '120',
    text: 'Ecuador turned down the offer of Peru to mediate.',
    interactions: ['ECU protest PER'],
  },
  {
    id: 'interaction.protest.subject-from.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'The plan from the Chilean government drew criticism from Bolivia.',
    interactions: ['BOL protest CHL'],
  },
  {
    id: 'interaction.protest.subject-from.2', test: 'neg', capability: 'owner', cameo: '111',
    text: 'The proposal from the committee drew criticism from India.',
  },
  // "remains opposed to": a copula other than "be" before the stance participle.
  {
    id: 'interaction.protest.remains-opposed.1', test: 'mft', capability: 'protest', cameo: '120',
    text: "Kenya remains opposed to Britain's plan for the new port.",
    interactions: ['KEN protest GBR'],
  },
  {
    id: 'interaction.protest.remains-opposed.2', test: 'inv', capability: 'protest', cameo: '120',
    text: 'Ghana stayed firmly opposed to the Nigerian pipeline route.',
    interactions: ['GHA protest NGA'],
  },
  // A disapproving adjective after "has long been": "long" belongs to the verb group.
  {
    id: 'interaction.protest.long-been.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Tonga has long been critical of New Zealand\'s fishing quotas.',
    interactions: ['TON protest NZL'],
  },
  {
    id: 'interaction.protest.long-been.2', test: 'inv', capability: 'protest', cameo: '111',
    text: 'Tonga had long been angry with New Zealand over the fishing quotas.',
    interactions: ['TON protest NZL'],
  },
  // A role noun after another noun heads its phrase ("the trade chief said"), and a pronoun after it is that role.
  {
    id: 'interaction.protest.role-chief.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: 'Japan\'s trade chief said she was dismayed by South Korea\'s new export rules.',
    interactions: ['JPN protest KOR'],
  },
  // Opposition an act meets or faces comes from the party named after "from".
  {
    id: 'interaction.protest.faced-opposition.1', test: 'mft', capability: 'protest', cameo: '110',
    text: 'Norway\'s seabed mining plan has faced strong opposition from Iceland and Denmark.',
    interactions: ['ISL protest NOR', 'DNK protest NOR'],
  },
  {
    id: 'interaction.protest.faced-opposition.2', test: 'neg', capability: 'decoy-interaction', cameo: '110',
    text: 'Norway\'s seabed mining plan has faced strong opposition from fishing groups.',
  },
  // A verdict that a party's plan will not work disapproves of it.
  {
    id: 'interaction.protest.verdict-unworkable.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'Kenya said Britain\'s new aid rules were unworkable.',
    interactions: ['KEN protest GBR'],
  },
  {
    id: 'interaction.protest.verdict-unworkable.2', test: 'inv', capability: 'protest', cameo: '111',
    text: '"The British aid rules are simply unrealistic," Kenya\'s trade minister said on Monday.',
    interactions: ['KEN protest GBR'],
  },
]
