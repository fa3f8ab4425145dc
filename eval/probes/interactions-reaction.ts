import type { Probe } from './probe.js'

/**
 * Interaction probes: protests told as a feeling one party's act stirs in another, as a campaign or
 * a case brought against a party, and parties named again by "them" or "the two countries".
 */
export const REACTION_PROBES: readonly Probe[] = [
  {
    id: 'interaction.protest.provoked.1', test: 'mft', capability: 'provoked', cameo: '110',
    text: "Norway's decision to open new Arctic oil fields has angered Iceland, whose fishing fleet depends on clean waters.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.provoked.2', test: 'inv', capability: 'provoked', cameo: '110',
    text: "Iceland was infuriated by Norway's decision to open new Arctic oil fields.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.provoked.3', test: 'neg', capability: 'provoked', cameo: '110',
    text: 'The long drought has angered farmers across Morocco.',
  },
  {
    id: 'interaction.protest.campaign.1', test: 'mft', capability: 'campaign', cameo: '115',
    text: "Ecuador and Peru have launched a joint campaign against Colombia's plan to drill near their shared border.",
    interactions: ['ECU protest COL', 'PER protest COL', 'ECU cooperate PER'],
  },
  {
    id: 'interaction.protest.campaign.2', test: 'mft', capability: 'campaign', cameo: '115',
    text: 'Indonesia filed a case at the World Trade Organization against the European Union over its nickel export rules.',
    interactions: ['IDN protest EU'],
  },
  {
    id: 'interaction.protest.campaign.3', test: 'neg', capability: 'campaign', cameo: '115',
    text: 'Ghana launched a campaign against illegal gold mining in its forests.',
  },
  {
    id: 'interaction.protest.them.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: 'The Solomon Islands hosted Australia and New Zealand for talks on Monday. The Solomon Islands later criticised them over the slow pace of climate finance.',
    interactions: ['SLB meet AUS', 'SLB meet NZL', 'SLB protest AUS', 'SLB protest NZL'],
  },
  {
    id: 'interaction.protest.long-accused.1', test: 'mft', capability: 'protest', cameo: '112',
    text: 'Bangladesh has long accused India of holding back water from the Teesta river in the dry season.',
    interactions: ['BGD protest IND'],
  },
  {
    id: 'interaction.protest.by-agent.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'The decision by Canada to approve a new oil pipeline drew sharp criticism from Denmark.',
    interactions: ['DNK protest CAN'],
  },
  {
    id: 'interaction.protest.call-out.1', test: 'mft', capability: 'protest', cameo: '111',
    text: 'The Maldives called out India for building two new coal plants near its coast.',
    interactions: ['MDV protest IND'],
  },
  {
    id: 'interaction.protest.what-called.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Egypt denounced what it described as Ethiopia's reckless filling of the dam.",
    interactions: ['EGY protest ETH'],
  },
  {
    id: 'interaction.protest.angry-response.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Poland's plan to build new coal mines prompted a furious reaction from Germany.",
    interactions: ['DEU protest POL'],
  },

  // A measure named again ("the border tax", "the levy", "it"): its owner from the sentence that made it.
  {
    id: 'interaction.protest.owner-verb.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'The European Union will tax imports of steel from 2026.\n\nSouth Africa, which has condemned the border tax, says it hurts poor countries.',
    interactions: ['ZAF protest EU'],
  },
  {
    id: 'interaction.protest.owner-verb.2', test: 'inv', capability: 'owner', cameo: '111',
    text: 'Japan plans to release treated water from the plant into the sea.\n\nSouth Korea, which has condemned the plan, wants more tests.',
    interactions: ['KOR protest JPN'],
  },
  {
    id: 'interaction.protest.it-thing.1', test: 'mft', capability: 'owner', cameo: '111',
    text: "China has said it will buy more palm oil.\n\nThe EU's deforestation law has been criticised by Indonesia, which calls it discriminatory.",
    interactions: ['IDN protest EU'],
  },
  // A feeling or complaint an act is done with ("reacted with anger to", "greeted … with scepticism").
  {
    id: 'interaction.protest.manner.1', test: 'mft', capability: 'provoked', cameo: '110',
    text: "China reacted with anger to Japan's decision to release the water.",
    interactions: ['CHN protest JPN'],
  },
  {
    id: 'interaction.protest.manner.2', test: 'inv', capability: 'provoked', cameo: '110',
    text: 'Brazil greeted the French proposal on forest finance with scepticism.',
    interactions: ['BRA protest FRA'],
  },
  {
    id: 'interaction.protest.manner.3', test: 'inv', capability: 'provoked', cameo: '110',
    text: "India wrote to the WTO with concerns about the EU's carbon levy.",
    interactions: ['IND protest EU'],
  },
  {
    id: 'interaction.protest.manner.4', test: 'inv', capability: 'provoked', cameo: '110',
    text: 'Peru views the Chilean mining plan with concern.',
    interactions: ['PER protest CHL'],
  },
  {
    id: 'interaction.protest.manner.5', test: 'neg', capability: 'provoked', cameo: '110',
    text: 'Fiji met Australia with concerns about rising seas on the agenda.',
    interactions: ['FJI meet AUS'],
  },
  {
    id: 'interaction.protest.manner.6', test: 'neg', capability: 'provoked', cameo: '110',
    text: 'Farmers in Spain reacted with anger to the new fuel tax.',
  },
  // A protest given as the reason for an act, or against it, holds whatever became of the act.
  {
    id: 'interaction.protest.reason.1', test: 'mft', capability: 'protest', cameo: '110',
    text: "Indonesia threatened to quit the accord because of its objections to the EU's palm oil rules.",
    interactions: ['IDN protest EU'],
  },
  {
    id: 'interaction.protest.reason.2', test: 'inv', capability: 'protest', cameo: '110',
    text: "Malaysia did not leave the talks, despite its anger at the EU's palm oil rules.",
    interactions: ['MYS protest EU'],
  },
  {
    id: 'interaction.protest.reason.3', test: 'inv', capability: 'protest', cameo: '110',
    text: "India pulled out of the deal, citing concerns over the EU's carbon levy.",
    interactions: ['IND protest EU'],
  },
  {
    id: 'interaction.protest.reason.4', test: 'neg', capability: 'protest', cameo: '110',
    text: 'Chile called off the talks with Peru because of the strike.',
  },
  // The act just told, named again by "it" or "the move" in the next sentence.
  {
    id: 'interaction.protest.it-act.1', test: 'mft', capability: 'owner', cameo: '111',
    text: "Norway approved new drilling in the Barents Sea on Monday.\n\nIceland's foreign minister condemned it as reckless.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.the-move.1', test: 'inv', capability: 'owner', cameo: '111',
    text: 'Norway approved new drilling in the Barents Sea on Monday.\n\nThe move was condemned by Iceland.',
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.release.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'Japan began releasing treated water from the plant in August.\n\nBeijing called the release selfish and irresponsible.',
    interactions: ['CHN protest JPN'],
  },
  {
    id: 'interaction.protest.it-act.2', test: 'neg', capability: 'owner', cameo: '111',
    text: "Norway approved new drilling in the Barents Sea on Monday.\n\nIceland's foreign minister said she would study it closely.",
  },
  // The act named as the subject, the party after "came from".
  {
    id: 'interaction.protest.came-from.1', test: 'mft', capability: 'noun-frame', cameo: '111',
    text: "Criticism of Norway's drilling plan came from Iceland and Denmark.",
    interactions: ['ISL protest NOR', 'DNK protest NOR'],
  },
  {
    id: 'interaction.urge.came-from.1', test: 'inv', capability: 'noun-frame', cameo: '020',
    text: 'Calls on Norway to halt the drilling came from Iceland.',
    interactions: ['ISL urge NOR'],
  },
  {
    id: 'interaction.protest.came-from.2', test: 'neg', capability: 'noun-frame', cameo: '111',
    text: "Praise for Norway's drilling plan came from Iceland.",
  },
  // A stance named back with "the" ("the idea", "the remarks"): the sentence before's subject's.
  {
    id: 'interaction.protest.stance.1', test: 'mft', capability: 'owner', cameo: '111',
    text: 'Austria wants to keep its gas deals with Russia for another decade.\n\nHungary criticised the idea on Tuesday.',
    interactions: ['HUN protest AUT'],
  },
  {
    id: 'interaction.protest.stance.2', test: 'inv', capability: 'owner', cameo: '111',
    text: 'The Austrian chancellor said the gas deals would stay.\n\nHungary criticised the remarks on Tuesday.',
    interactions: ['HUN protest AUT'],
  },
  {
    id: 'interaction.protest.stance.3', test: 'neg', capability: 'owner', cameo: '111',
    text: 'Scientists want to keep the gas deals under review.\n\nHungary criticised the idea on Tuesday.',
  },
  {
    id: 'interaction.protest.both.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: "Iceland and Denmark spoke at the Arctic Council on Monday.\n\nBoth condemned Norway's drilling plan.",
    interactions: ['ISL protest NOR', 'DNK protest NOR'],
  },
  {
    id: 'interaction.urge.both-floating.1', test: 'inv', capability: 'pronoun', cameo: '020',
    text: 'Iceland and Denmark have both pressed Norway to halt the drilling.',
    interactions: ['ISL urge NOR', 'DNK urge NOR'],
  },
  // A concern told to a party is addressed to it.
  {
    id: 'interaction.protest.told-concerns.1', test: 'mft', capability: 'addressee', cameo: '110',
    text: "Petro told von der Leyen of Colombia's deep concerns over the new import rules.",
    interactions: ['COL protest EU'],
  },
  {
    id: 'interaction.protest.told-concerns.2', test: 'inv', capability: 'addressee', cameo: '110',
    text: "Petro told von der Leyen of his deep concerns about the EU's new import rules.",
    interactions: ['COL protest EU'],
  },
  // A known person after a fronted phrase ending in another country's title keeps their own country.
  {
    id: 'interaction.meet.fronted-title.1', test: 'mft', capability: 'person', cameo: '040',
    text: "At a meeting with Japan's foreign minister, Wang Yi raised the issue of seafood exports.",
    interactions: ['CHN meet JPN'],
  },
  // A feeling an act stirs in a party, told from the act's side.
  {
    id: 'interaction.protest.sparked.1', test: 'mft', capability: 'provoked', cameo: '110',
    text: "Norway's drilling decision sparked anger in Iceland.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.sparked.2', test: 'inv', capability: 'provoked', cameo: '110',
    text: "Norway's drilling decision was met with dismay in Reykjavik.",
    interactions: ['ISL protest NOR'],
  },
  {
    id: 'interaction.protest.sparked.3', test: 'neg', capability: 'provoked', cameo: '110',
    text: 'The storm sparked alarm in Iceland.',
  },
  // A verdict or an obligation inside a quote whose attribution stands in another sentence: the quote's speaker's.
  {
    id: 'interaction.protest.quoted-verdict.1', test: 'mft', capability: 'quote', cameo: '111',
    text: 'Ghana\'s foreign minister, Kwame Asante, spoke after the vote.\n\n"We will not stay silent. The remarks made by the Togolese president against Ghana are unacceptable."',
    interactions: ['GHA protest TGO'],
    quotes: ['Kwame Asante: We will not stay silent. The remarks made by the Togolese president against Ghana are unacceptable.'],
  },
  {
    id: 'interaction.urge.quoted-must.1', test: 'mft', capability: 'quote', cameo: '020',
    text: 'Ghana\'s foreign minister, Kwame Asante, spoke after the vote.\n\n"We are a patient people. Togo must reopen the border now."',
    interactions: ['GHA urge TGO'],
    quotes: ['Kwame Asante: We are a patient people. Togo must reopen the border now.'],
  },
  {
    id: 'interaction.urge.quoted-must.2', test: 'neg', capability: 'quote', cameo: '020',
    text: 'Ghana\'s foreign minister, Kwame Asante, spoke after the vote.\n\n"We are a patient people. We must reopen the border now."',
    quotes: ['Kwame Asante: We are a patient people. We must reopen the border now.'],
  },
  // A protest with no party of its own answers the act the sentence before told.
  {
    id: 'interaction.protest.answers-act.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: 'Norway approved three new oil fields in the Barents Sea on Monday.\n\nSweden hit back within hours.',
    interactions: ['SWE protest NOR'],
  },
  {
    id: 'interaction.protest.answers-act.2', test: 'inv', capability: 'pronoun', cameo: '110',
    text: 'Norway approved three new oil fields in the Barents Sea on Monday.\n\nSweden voiced deep regret.',
    interactions: ['SWE protest NOR'],
  },
  {
    id: 'interaction.protest.answers-act.3', test: 'mft', capability: 'pronoun', cameo: '110',
    text: 'Chile announced a ban on lithium exports in May.\n\nIn Buenos Aires, Argentina strongly objected.',
    interactions: ['ARG protest CHL'],
  },
  {
    id: 'interaction.protest.answers-act.4', test: 'neg', capability: 'pronoun', cameo: '111',
    text: 'Norway approved three new oil fields in the Barents Sea on Monday.\n\nFishermen in the north hit back within hours.',
  },
  // "told X it must …": the pronoun subject of the obligation is the party spoken to.
  {
    id: 'interaction.urge.told-it-must.1', test: 'mft', capability: 'urge', cameo: '020',
    text: 'Norway told Sweden it must stop burning peat for power within ten years.',
    interactions: ['NOR urge SWE'],
  },
  {
    id: 'interaction.urge.told-it-must.2', test: 'neg', capability: 'urge', cameo: '020',
    text: 'Norway told Sweden it would stop burning peat for power at home.',
  },
  {
    id: 'interaction.urge.told-it-must.3', test: 'inv', capability: 'urge', cameo: '020',
    text: 'At the border talks, Ghana warned Togo it should reopen the crossing within a week.',
    interactions: ['GHA urge TGO'],
  },
  // A protest whose object is only "it": the act just told.
  {
    id: 'interaction.protest.object-it.1', test: 'mft', capability: 'pronoun', cameo: '111',
    text: 'Chile raised its export tax on lithium in May.\n\nArgentina rejected it on Friday.',
    interactions: ['ARG protest CHL'],
  },
  {
    id: 'interaction.protest.object-it.2', test: 'inv', capability: 'pronoun', cameo: '120',
    text: 'The COP29 presidency released a new draft on Monday.\n\nSmall island states rejected it.',
    interactions: ['AOSIS protest UNFCCC'],
  },
  {
    id: 'interaction.protest.object-it.3', test: 'neg', capability: 'pronoun', cameo: '111',
    text: 'Japan approved a new coal plant last week.\n\nThe Philippines welcomed it.',
  },
]
