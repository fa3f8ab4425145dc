import type { Probe } from './probe.js'
import { ROUND14_INTERACTION_PROBES_MORE } from './interactions-round14-more.js'

/** Interaction probes of a fourteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND14_INTERACTION_PROBES: readonly Probe[] = [
  // "his Norwegian counterpart Ingrid Solvang": "counterpart" is a title, so a name no list knows takes the country before it.
  {
    id: 'interaction.round14.counterpart-named.1', test: 'mft', capability: 'counterpart', cameo: '040',
    text: 'Oslo talks\n\nCanadian Environment Minister Luc Bergeron held talks with his Norwegian counterpart Ingrid Solvang in Oslo on Tuesday.',
    interactions: ['CAN meet NOR'],
  },
  {
    id: 'interaction.round14.counterpart-named.2', test: 'mft', capability: 'counterpart', cameo: '057',
    text: 'Lake deal\n\nPeruvian Foreign Minister Ana Quispe and her Bolivian counterpart, Jorge Mamani, signed an accord on the lake on Friday.',
    interactions: ['PER agree BOL'],
  },
  {
    id: 'interaction.round14.counterpart-named.3', test: 'neg', capability: 'negated', cameo: '040',
    text: 'No meeting\n\nCanadian Environment Minister Luc Bergeron did not meet his Norwegian counterpart Ingrid Solvang at the summit.',
  },
  // A verdict on a party's act that has an infinitive ("described X's plan to scrap the ban as regrettable",
  // "called X's decision to halt imports a mistake"): the verdict comes after the infinitive.
  {
    id: 'interaction.round14.verdict-infinitive.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Strong words\n\nIreland described Britain's plan to scrap its petrol car ban as deeply regrettable.",
    interactions: ['IRL protest GBR'],
  },
  {
    id: 'interaction.round14.verdict-infinitive.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Seafood row\n\nTokyo called Beijing's decision to halt seafood imports a mistake on Thursday.",
    interactions: ['JPN protest CHN'],
  },
  {
    id: 'interaction.round14.verdict-infinitive.3', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: "Dam plan\n\nKenya called Ethiopia's plan to finish the dam a success for the whole region.",
  },
  {
    id: 'interaction.round14.verdict-infinitive.4', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: "Car ban\n\nIreland described Britain's plan to scrap its petrol car ban in some detail.",
  },
  // "X joined Y and Z in signing …": those joined took part in the joint act too.
  {
    id: 'interaction.round14.joined-in-signing.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Ocean research\n\nBritain joined Canada and Norway in signing a charter on ocean research in the Arctic.',
    interactions: ['GBR agree CAN', 'GBR agree NOR', 'CAN agree NOR'],
  },
  {
    id: 'interaction.round14.joined-in-signing.2', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Clean cooking\n\nKenya joined Ghana on Monday in signing a memorandum on clean cooking stoves.',
    interactions: ['KEN agree GHA'],
  },
  {
    id: 'interaction.round14.joined-in-signing.3', test: 'neg', capability: 'negated', cameo: '057',
    text: 'Coal finance\n\nBritain did not join Canada and Norway in signing the pledge.',
  },
  {
    id: 'interaction.round14.joined-in-signing.4', test: 'neg', capability: 'negated', cameo: '111',
    text: "Wastewater\n\nFiji did not join Samoa and Tonga in condemning Japan's decision to release the water.",
  },
  // Endorsing a declaration or a roadmap together is agreeing it, as adopting or approving one is.
  {
    id: 'interaction.round14.endorse.1', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Coal declaration\n\nBritain, France and Italy endorsed a declaration on phasing out coal power at the end of the meeting in Rome.',
    interactions: ['GBR agree FRA', 'GBR agree ITA', 'FRA agree ITA'],
  },
  {
    id: 'interaction.round14.endorse.2', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Lithium trade\n\nChile and Peru endorsed a roadmap for the lithium trade on Wednesday.',
    interactions: ['CHL agree PER'],
  },
  {
    id: 'interaction.round14.endorse.3', test: 'neg', capability: 'decoy-interaction', cameo: '057',
    text: 'Candidates\n\nChile and Peru endorsed the same candidate for the post of secretary general.',
  },
  // A measure agreed is a measure imposed, as one approved or adopted is ("the EU agreed an embargo on Russian coal").
  {
    id: 'interaction.round14.sanction-agreed.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Coal embargo\n\nThe European Union agreed an embargo on Russian coal as part of its fifth package of measures.',
    interactions: ['EU sanction RUS'],
  },
  {
    id: 'interaction.round14.sanction-agreed.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'New measures\n\nEU foreign ministers agreed fresh sanctions on Belarus in Luxembourg on Monday.',
    interactions: ['EU sanction BLR'],
  },
  {
    id: 'interaction.round14.sanction-agreed.3', test: 'neg', capability: 'decoy-interaction', cameo: '163',
    text: 'No deal\n\nEU foreign ministers failed to agree fresh sanctions on Belarus on Monday.',
  },
  // Paying for a project in a party's land is aid to it: "will fund a mangrove programme in Mozambique".
  {
    id: 'interaction.round14.fund-in.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Mangroves\n\nGermany will fund a mangrove restoration programme in Mozambique, the development ministry said on Tuesday.',
    interactions: ['DEU cooperate MOZ'],
  },
  {
    id: 'interaction.round14.fund-in.2', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Geothermal\n\nJapan has agreed to finance a $2 billion geothermal project in Kenya, the embassy said.',
    interactions: ['JPN cooperate KEN'],
  },
  {
    id: 'interaction.round14.fund-in.3', test: 'neg', capability: 'non-actor', cameo: '070',
    text: 'Geothermal\n\nPrivate investors will finance a new geothermal project in Kenya, the energy ministry said.',
  },
  {
    id: 'interaction.round14.fund-in.4', test: 'neg', capability: 'negated', cameo: '070',
    text: 'Mangroves\n\nGermany will not fund the mangrove programme in Mozambique after all, officials said.',
  },
  // Goods "imported from" or "made in" a list of countries: a measure on them falls on each.
  {
    id: 'interaction.round14.made-in-list.1', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Solar glass\n\nIndia will levy anti-dumping duties on solar glass imported from China and Vietnam, the finance ministry said.',
    interactions: ['IND sanction CHN', 'IND sanction VNM'],
  },
  {
    id: 'interaction.round14.made-in-list.2', test: 'mft', capability: 'sanction', cameo: '163',
    text: 'Steel tariffs\n\nCanada imposed tariffs on steel wire made in Malaysia, Vietnam and Thailand on Friday.',
    interactions: ['CAN sanction MYS', 'CAN sanction VNM', 'CAN sanction THA'],
  },
  {
    id: 'interaction.round14.made-in-list.3', test: 'neg', capability: 'hypothetical', cameo: '163',
    text: 'Steel tariffs\n\nCanada is considering tariffs on steel wire made in Malaysia, Vietnam and Thailand.',
  },
  // "offshore wind" ending a phrase is the energy, not a verb: the tagger's "wind" as a verb broke the clause.
  {
    id: 'interaction.round14.offshore-wind.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Wind partnership\n\nBritain announced a partnership with India to develop offshore wind on Monday.',
    interactions: ['GBR agree IND', 'GBR cooperate IND'],
  },
  {
    id: 'interaction.round14.offshore-wind.2', test: 'mft', capability: 'agree', cameo: '057',
    text: 'Baltic deal\n\nPoland and Lithuania signed a pact to build onshore wind along their border, officials said.',
    interactions: ['POL agree LTU'],
  },
  {
    id: 'interaction.round14.offshore-wind.3', test: 'neg', capability: 'decoy-interaction', cameo: '060',
    text: 'Wind plans\n\nBritain announced a plan to develop offshore wind on Monday, with India watching closely.',
  },
  // A verdict that a party's act is "incompatible" with a goal disapproves of it.
  {
    id: 'interaction.round14.incompatible.1', test: 'mft', capability: 'protest', cameo: '111',
    text: "Coal plans\n\nTuvalu said Australia's approval of three coal mines was incompatible with the Paris Agreement.",
    interactions: ['TUV protest AUS'],
  },
  {
    id: 'interaction.round14.incompatible.2', test: 'mft', capability: 'protest', cameo: '111',
    text: "Oil licences\n\nNorway's climate minister called Britain's new oil licences incompatible with a safe climate.",
    interactions: ['NOR protest GBR'],
  },
  {
    id: 'interaction.round14.incompatible.3', test: 'neg', capability: 'decoy-interaction', cameo: '111',
    text: 'Grid link\n\nEngineers in Norway said the British and Danish grids were incompatible without new converters.',
  },
  // Refusing to sign a body's text protests the body, as refusing to endorse it does; "has not yet signed" is pending.
  {
    id: 'interaction.round14.refused-sign.1', test: 'mft', capability: 'protest', cameo: '120',
    text: 'Communique\n\nRussia refused to sign the G20 communique on climate and energy.',
    interactions: ['RUS protest G20'],
  },
  {
    id: 'interaction.round14.refused-sign.2', test: 'mft', capability: 'protest', cameo: '120',
    text: 'Walkout\n\nBolivia declined to sign the COP29 decision on finance, calling it a betrayal of the poor.',
    interactions: ['BOL protest UNFCCC'],
  },
  {
    id: 'interaction.round14.refused-sign.3', test: 'neg', capability: 'hedged', cameo: '120',
    text: 'Communique\n\nIndia has not yet signed the G20 declaration, which is still being drafted.',
  },
  {
    id: 'interaction.round14.refused-sign.4', test: 'neg', capability: 'hedged', cameo: '120',
    text: 'Red lines\n\nKuwait said at COP29 that it would never sign texts that single out oil and gas.',
  },
  {
    id: 'interaction.round14.refused-sign.5', test: 'neg', capability: 'hedged', cameo: '120',
    text: 'Red lines\n\nQatar will not accept decisions that target its gas exports, its envoy told the G20 meeting.',
  },
  // "help A and B build …": each party of the list before the bare infinitive is helped.
  {
    id: 'interaction.round14.help-list.1', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Reactors\n\nJapan will help Vietnam and the Philippines build small nuclear reactors, the trade ministry said.',
    interactions: ['JPN cooperate VNM', 'JPN cooperate PHL'],
  },
  {
    id: 'interaction.round14.help-list.2', test: 'mft', capability: 'cooperate', cameo: '070',
    text: 'Hydrogen hubs\n\nGermany helped Namibia and South Africa set up hydrogen hubs on their coasts.',
    interactions: ['DEU cooperate NAM', 'DEU cooperate ZAF'],
  },
  {
    id: 'interaction.round14.help-list.3', test: 'neg', capability: 'hypothetical', cameo: '070',
    text: 'Hydrogen hubs\n\nGermany could help Namibia and South Africa set up hydrogen hubs if funding is found.',
  },
  // "denounced X for failing to deliver aid, and singled out Y": an inflected verb after "and" pairs with the finite
  // clause, not with the gerund or infinitive between (whose subject is the one denounced).
  {
    id: 'interaction.round14.coordinated-finite.1', test: 'mft', capability: 'coordinated', cameo: '111',
    text: 'Island anger\n\nMaldives President Ali Hassan denounced rich nations for failing to deliver climate finance, and singled out Canada for expanding its oil sands.',
    interactions: ['MDV protest CAN'],
  },
  {
    id: 'interaction.round14.coordinated-finite.2', test: 'mft', capability: 'coordinated', cameo: '111',
    text: "Summit speech\n\nKenya's president thanked donors for promising to fund the dam and criticised Britain for cutting its aid.",
    interactions: ['KEN protest GBR'],
  },
  {
    id: 'interaction.round14.coordinated-finite.3', test: 'neg', capability: 'negated', cameo: '040',
    text: 'Snub\n\nFiji refused to meet the Australian minister and sign the fisheries pact with Canberra.',
  },
  // "agreed to share data on glacier melt and to build …": a clause before with no subject (the tagger's verb "melt")
  // hands on none; the infinitive takes the nearest subject before it.
  {
    id: 'interaction.round14.infinitive-after-and.1', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Andes accord\n\nChile and Argentina agreed to share data on glacier melt and to build a joint monitoring network.',
    interactions: ['CHL agree ARG', 'CHL cooperate ARG'],
  },
  {
    id: 'interaction.round14.infinitive-after-and.2', test: 'mft', capability: 'cooperate', cameo: '060',
    text: 'Coastal pact\n\nFiji and Tonga agreed to track sea level rise and to launch a joint survey of their reefs.',
    interactions: ['FJI agree TON', 'FJI cooperate TON'],
  },
  {
    id: 'interaction.round14.infinitive-after-and.3', test: 'neg', capability: 'negated', cameo: '060',
    text: 'Andes talks\n\nChile and Argentina did not agree to share data on glacier melt and to build a joint monitoring network.',
  },
  ...ROUND14_INTERACTION_PROBES_MORE,
]
