import type { Probe } from './probe.js'

/**
 * Quote probes in more wire forms ("was quoted as saying by", "told a news conference", "X, 47, said", "a
 * spokesperson for … told AFP", "the ministry" or "the company" after the body is named, "— that was the
 * message from X") and their near forms: an interview's answer with no interviewee, an apostrophe before a
 * quote, a company never named, a person described by their trade.
 */
export const WORLD_WIRE_QUOTE_PROBES: readonly Probe[] = [
  // more wire forms
  {
    id: 'quote.world-quoted-by.1', test: 'mft', capability: 'speaker',
    text: 'Mongolia plans a wind corridor\n\n"The steppe has wind enough for the whole region," energy minister Batbayar Dorj was quoted as saying by the state news agency Montsame.',
    quotes: ['Batbayar Dorj: The steppe has wind enough for the whole region'],
  },
  {
    id: 'quote.world-news-conference.1', test: 'mft', capability: 'speaker',
    text: 'Egypt to widen solar tender\n\nElectricity minister Karim Fahmy told a news conference in Cairo on Sunday: "We will double the size of the next tender because the bids came in so low."',
    quotes: ['Karim Fahmy: We will double the size of the next tender because the bids came in so low.'],
  },
  {
    id: 'quote.world-age.1', test: 'mft', capability: 'speaker',
    text: 'Herders lose their flocks\n\n"The winter took two hundred of my goats in one week," said Gantulga Erdene, 47, who herds near Ulaanbaatar.',
    quotes: ['Gantulga Erdene: The winter took two hundred of my goats in one week'],
  },
  {
    id: 'quote.world-spokesperson-for.1', test: 'mft', capability: 'body-speaker',
    text: 'Jakarta rejects deforestation report\n\n"The figures in this report are out of date by at least three years," a spokesperson for Indonesia\'s forestry ministry told AFP.',
    quotes: ['Indonesia\'s forestry ministry: The figures in this report are out of date by at least three years'],
  },
  {
    id: 'quote.world-ministry-after.1', test: 'mft', capability: 'body-speaker',
    text: 'Tokyo answers criticism of coal loans\n\nJapan\'s Ministry of Economy, Trade and Industry defended the loans on Monday.\n\n"Every plant we finance is more efficient than the one it replaces," the ministry said.',
    quotes: ['Ministry of Economy, Trade and Industry: Every plant we finance is more efficient than the one it replaces'],
  },
  {
    id: 'quote.world-company-after.1', test: 'mft', capability: 'body-speaker',
    text: 'Miner delays coal sale\n\nAustralian miner Redgum Resources said it would keep the mine until 2030.\n\n"Buyers in Asia still want our coal, and we will supply them while they do," the company said in a filing.',
    quotes: ['Redgum Resources: Buyers in Asia still want our coal, and we will supply them while they do'],
  },
  {
    id: 'quote.world-asked.1', test: 'mft', capability: 'speaker',
    text: 'Brazil keeps oil auction\n\nAsked whether the auction clashed with the climate goal, mines minister Renato Lobo said: "Oil revenue will pay for the transition, not block it."',
    quotes: ['Renato Lobo: Oil revenue will pay for the transition, not block it.'],
  },
  {
    id: 'quote.world-speaking.1', test: 'mft', capability: 'speaker',
    text: 'Brazil keeps oil auction\n\nThe minister, Renato Lobo, speaking in Brasília on Tuesday, said: "Oil revenue will pay for the transition, not block it."',
    quotes: ['Renato Lobo: Oil revenue will pay for the transition, not block it.'],
  },
  {
    id: 'quote.world-video.1', test: 'mft', capability: 'speaker',
    text: 'Maldives president appeals for aid\n\n"Our islands are not a bargaining chip," President Ahmed Naseem said in a video message to the summit.',
    quotes: ['Ahmed Naseem: Our islands are not a bargaining chip'],
  },
  {
    id: 'quote.world-quantity.1', test: 'neg', capability: 'not-speaker',
    text: 'Farmers block the motorway\n\nHundreds of farmers drove tractors into the city centre on Monday, waving banners that read "No farms, no food, no future for the valley."',
  },
  {
    id: 'quote.world-dash.1', test: 'mft', capability: 'speaker',
    text: 'Ireland sets a peat deadline\n\n"We cannot heat our homes with the bogs forever" — that was the message from Siobhán Keane, the environment minister, on Thursday.',
    quotes: ['Siobhán Keane: We cannot heat our homes with the bogs forever'],
  },
  {
    id: 'quote.world-two-speakers.1', test: 'mft', capability: 'speaker',
    text: 'Rival plans for the delta\n\n"The dykes must come first," said engineer Pieter de Graaf. His colleague Anouk Visser disagreed: "The river needs room, not higher walls."',
    quotes: ['Pieter de Graaf: The dykes must come first', 'Anouk Visser: The river needs room, not higher walls.'],
  },
  {
    id: 'quote.world-she-added-para.1', test: 'mft', capability: 'pronoun',
    text: 'Canada names a new envoy\n\nCanada\'s new climate envoy, Marie-Claire Tremblay, said her first trip would be to the Arctic.\n\nShe added: "The north is warming four times faster than the rest of the country, and the people there know it."',
    quotes: ['Marie-Claire Tremblay: The north is warming four times faster than the rest of the country, and the people there know it.'],
  },

  // the fixes' near forms
  {
    id: 'quote.world-qa.2', test: 'neg', capability: 'not-speaker',
    text: 'Explainer: the carbon border levy\n\nThe levy starts in two years and covers steel, cement and fertiliser.\n\nQ: Who pays it?\n\nA: "The importer pays it, at the price of the carbon market in the week of import."',
  },
  {
    id: 'quote.world-nested.3', test: 'neg', capability: 'split',
    text: 'A decade of delay\n\nIn the ‘90s the country burned little coal. "We built most of these plants in the last fifteen years," said Rafael Mendes, the grid operator.',
    quotes: ['Rafael Mendes: We built most of these plants in the last fifteen years'],
  },
  {
    id: 'quote.world-company-after.2', test: 'inv', capability: 'body-speaker',
    text: 'Utility drops coal plan\n\nThe utility Nordvolt Energy scrapped its plan for a new coal unit on Monday.\n\n"We no longer see a case for new coal capacity anywhere in our market," the firm said.',
    quotes: ['Nordvolt Energy: We no longer see a case for new coal capacity anywhere in our market'],
  },
  {
    id: 'quote.world-company-after.3', test: 'neg', capability: 'not-speaker',
    text: 'Utility drops coal plan\n\nA new coal unit planned for the coast will not be built, officials confirmed on Monday.\n\n"We no longer see a case for new coal capacity anywhere in our market," the company said.',
  },
  {
    id: 'quote.world-company-after.4', test: 'neg', capability: 'speaker',
    text: 'Mine closure hits the valley\n\nCoal miner Jack Doyle has worked underground for thirty years.\n\n"There is nothing else here for a man of my age," Doyle said.',
    quotes: ['Jack Doyle: There is nothing else here for a man of my age'],
  },
  {
    id: 'quote.world-dash.2', test: 'inv', capability: 'speaker',
    text: 'Ireland sets a peat deadline\n\n"We cannot heat our homes with the bogs forever" — this was the warning from the environment minister, Siobhán Keane, on Thursday.',
    quotes: ['Siobhán Keane: We cannot heat our homes with the bogs forever'],
  },
  // a quoted phrase after a sentence of indirect speech whose speech verb comes before its speaker
  {
    id: 'quote.world-inverted-says.1', test: 'mft', capability: 'speaker',
    text: 'Dubai talks enter last week\n\nGermany\'s foreign minister Hanna Vogel spoke in Dubai on Sunday. Nearly every delegation supports the text, says the former lawyer, adding that time is short. Two countries should not “hold every other nation hostage for a decade.”',
    quotes: ['Hanna Vogel: hold every other nation hostage for a decade.'],
  },
  {
    id: 'quote.world-inverted-says.2', test: 'inv', capability: 'speaker',
    text: 'Dubai talks enter last week\n\nGermany\'s foreign minister Hanna Vogel spoke in Dubai on Sunday. Nearly every delegation supports the text, said Vogel. Two countries should not “hold every other nation hostage for a decade.”',
    quotes: ['Hanna Vogel: hold every other nation hostage for a decade.'],
  },
  {
    id: 'quote.world-inverted-says.3', test: 'neg', capability: 'not-speaker',
    text: 'Dubai talks enter last week\n\nGermany\'s foreign minister Hanna Vogel spoke in Dubai on Sunday. Nearly every delegation supports the text, says a new survey. Two countries should not “hold every other nation hostage for a decade.”',
  },
  {
    id: 'quote.world-inverted-says.4', test: 'inv', capability: 'pronoun',
    text: 'Dubai talks enter last week\n\nFor foreign minister Hanna Vogel, the talks can still end well. Nearly every delegation supports the text, says the former lawyer. Two countries should not “hold every other nation hostage for a decade.”',
    quotes: ['Hanna Vogel: hold every other nation hostage for a decade.'],
  },
  {
    id: 'quote.world-mononym.1', test: 'mft', capability: 'pronoun',
    text: 'Amazon summit opens\n\nLula arrived in Belém on Monday for the summit. “We will protect this forest whatever it costs us,” he said.',
    quotes: ['Lula: We will protect this forest whatever it costs us'],
  },
  // a statement a body or person issues speaks for them; another's statement, or a joint one, for no one
  {
    id: 'quote.world-issued.1', test: 'mft', capability: 'body-speaker',
    text: 'Tokyo sets out its plan\n\nJapan\'s environment ministry released a statement on Friday saying “the new plan puts every sector on a path to lower emissions”.',
    quotes: ['Japan\'s environment ministry: the new plan puts every sector on a path to lower emissions'],
  },
  {
    id: 'quote.world-issued.2', test: 'inv', capability: 'speaker',
    text: 'Tokyo sets out its plan\n\nEnergy minister Jane Roe issued a statement saying “the new plan puts every sector on a path to lower emissions”.',
    quotes: ['Jane Roe: the new plan puts every sector on a path to lower emissions'],
  },
  {
    id: 'quote.world-issued.3', test: 'neg', capability: 'not-speaker',
    text: 'Tokyo sets out its plan\n\nThe ministry criticised a statement saying “the new plan puts every sector on a path to lower emissions”.',
  },
  {
    id: 'quote.world-issued.4', test: 'neg', capability: 'not-speaker',
    text: 'Tokyo sets out its plan\n\nThe two ministries issued a joint statement saying “the new plan puts both countries on a path to lower emissions”.',
  },
  {
    id: 'quote.world-issued.5', test: 'inv', capability: 'body-speaker',
    text: 'Beijing answers tariff threat\n\nThe Chinese commerce ministry issued a statement warning that “the measures will harm consumers on both sides of the Pacific”.',
    quotes: ['Chinese commerce ministry: the measures will harm consumers on both sides of the Pacific'],
  },
  {
    id: 'quote.world-issued.6', test: 'neg', capability: 'not-speaker',
    text: 'Science panel sounds the alarm\n\nThe panel published a report warning that “the window to act is closing faster than anyone expected”.',
  },
  // names and titles as wire copy shortens them
  {
    id: 'quote.world-family-first.1', test: 'mft', capability: 'person',
    text: 'Envoys meet in Beijing\n\nChinese climate envoy Xie Mingde met his American counterpart on Monday. “We will meet the targets we have set, and not a day later,” Xie said.',
    quotes: ['Xie Mingde: We will meet the targets we have set, and not a day later'],
    interactions: ['CHN meet USA'],
  },
  {
    id: 'quote.world-family-first.2', test: 'neg', capability: 'person',
    text: 'Envoys meet in Beijing\n\nUS envoy John Kerry met farmers. Kerry Ward, who farms near the city, joined them. “We will meet the targets we have set, and not a day later,” Kerry said.',
    quotes: ['John Kerry: We will meet the targets we have set, and not a day later'],
  },
  {
    id: 'quote.world-hyphen-title.1', test: 'mft', capability: 'speaker',
    text: 'UN chief opens the session\n\nUN Secretary-General Ana Lopes opened the session on Monday. “Every tenth of a degree matters to someone, somewhere,” the secretary-general said.',
    quotes: ['Ana Lopes: Every tenth of a degree matters to someone, somewhere'],
  },
  // a lede's quote, named by the words after it: in the next sentence, or the next paragraph
  {
    id: 'quote.world-lede.1', test: 'mft', capability: 'speaker',
    text: 'Coal fight in Baku\n\n“We will not accept a text that goes backwards on coal.”\n\nThat was the message on Monday from EU negotiator Lena Koch as talks entered their final week.',
    quotes: ['Lena Koch: We will not accept a text that goes backwards on coal.'],
  },
  {
    id: 'quote.world-lede.2', test: 'inv', capability: 'speaker',
    text: 'Coal fight in Baku\n\n“We will not accept a text that goes backwards on coal.” That was the warning last week from EU negotiator Lena Koch.',
    quotes: ['Lena Koch: We will not accept a text that goes backwards on coal.'],
  },
  {
    id: 'quote.world-lede.3', test: 'inv', capability: 'speaker',
    text: 'Coal fight in Baku\n\n“We will not accept a text that goes backwards on coal.”\n\nSo said EU negotiator Lena Koch on Monday as talks entered their final week.',
    quotes: ['Lena Koch: We will not accept a text that goes backwards on coal.'],
  },
  {
    id: 'quote.world-lede.4', test: 'neg', capability: 'not-speaker',
    text: 'Coal fight in Baku\n\n“We will not accept a text that goes backwards on coal.”\n\nThat was the verdict of a report published on Monday by a group of scientists.',
  },
]
