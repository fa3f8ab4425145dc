import type { Probe } from './probe.js'

/** Quote probes: direct quotes and their speakers, and quoted words that are not quotes. */
export const QUOTE_PROBES: readonly Probe[] = [
  // quote: attribution before or after the quote, with and without an apposition
  {
    id: 'quote.said-after.1', test: 'mft', capability: 'quote',
    text: '"We are not going to let the coastline disappear without a fight," said Maria Teixeira, Cape Verde\'s environment minister.',
    quotes: ['Maria Teixeira: We are not going to let the coastline disappear without a fight'],
  },
  {
    id: 'quote.said-colon.1', test: 'mft', capability: 'quote',
    text: 'Amir Haddad, Jordan\'s water minister, said: "Every drop we save this summer buys us time."',
    quotes: ['Amir Haddad: Every drop we save this summer buys us time.'],
  },
  {
    id: 'quote.apposition.1', test: 'mft', capability: 'quote',
    text: '"The negotiators are exhausted and the text is a mess," Henrik Dahl, a former Danish diplomat, said.',
    quotes: ['Henrik Dahl: The negotiators are exhausted and the text is a mess'],
  },
  {
    id: 'quote.curly.1', test: 'mft', capability: 'quote',
    text: '“We need the money before the next storm, not after it,” said Lani Tuilagi, a Samoan climate negotiator.',
    quotes: ['Lani Tuilagi: We need the money before the next storm, not after it'],
  },
  {
    id: 'quote.single-marks.1', test: 'mft', capability: 'quote',
    text: "'We have to be honest about what the money can do,' said Owen Pryce, a councillor in Swansea.",
    quotes: ['Owen Pryce: We have to be honest about what the money can do'],
  },
  {
    id: 'quote.says.1', test: 'mft', capability: 'quote',
    text: '"You cannot eat a promise," says Nomvula Dlamini, who farms maize outside Polokwane.',
    quotes: ['Nomvula Dlamini: You cannot eat a promise'],
  },
  {
    id: 'quote.told.1', test: 'mft', capability: 'quote',
    text: '"Nobody here trusts the forecasts any more," Kaveh Rostami told Reuters in Tehran.',
    quotes: ['Kaveh Rostami: Nobody here trusts the forecasts any more'],
  },
  {
    id: 'quote.told-colon.1', test: 'mft', capability: 'quote',
    text: 'Asked about the delay, Mei Lin Koh told reporters in Singapore: "We are still reading the text, line by line."',
    quotes: ['Mei Lin Koh: We are still reading the text, line by line.'],
  },
  {
    id: 'quote.wrote.1', test: 'mft', capability: 'quote',
    text: '"The draft is weaker than the one we saw on Monday," Elena Varga wrote on social media.',
    quotes: ['Elena Varga: The draft is weaker than the one we saw on Monday'],
  },
  {
    id: 'quote.according.1', test: 'mft', capability: 'quote',
    text: '"The grid cannot take more solar until we fix the lines," according to Óscar Villalobos, Chile\'s deputy energy minister.',
    quotes: ['Óscar Villalobos: The grid cannot take more solar until we fix the lines'],
  },
  {
    id: 'quote.long-apposition.1', test: 'mft', capability: 'quote',
    text: '"Nobody at the table wanted to be the one who said no," said Mariam Al Hashemi, who has led the Emirati delegation at every round since 2019.',
    quotes: ['Mariam Al Hashemi: Nobody at the table wanted to be the one who said no'],
  },
  {
    id: 'quote.multi-sentence.1', test: 'mft', capability: 'quote',
    text: '"The harvest failed in May. Then the river flooded in July. We have had no normal months this year," said Ruth Achieng, a farmer near Kisumu.',
    quotes: ['Ruth Achieng: The harvest failed in May. Then the river flooded in July. We have had no normal months this year'],
  },
  {
    id: 'quote.nested.1', test: 'mft', capability: 'quote',
    text: '"They keep telling us \'next year\', and next year never comes," said Farida Nurlanovna, a teacher in Almaty.',
    quotes: ["Farida Nurlanovna: They keep telling us 'next year', and next year never comes"],
  },

  // quote: the speaker is the fullest name in the text (a later surname, a title, a suffix)
  {
    id: 'quote.fullest-name.1', test: 'mft', capability: 'speaker',
    text: 'Brazilian Environment Minister Helena Duarte spent the morning in Belém. "The forest does not wait for negotiators to finish their coffee," Duarte said.',
    quotes: ['Helena Duarte: The forest does not wait for negotiators to finish their coffee'],
  },
  {
    id: 'quote.title.1', test: 'mft', capability: 'speaker',
    text: '"The glacier has lost a third of its mass since I started," said Dr. Aiyana Redcloud, a hydrologist at the University of Manitoba.',
    quotes: ['Aiyana Redcloud: The glacier has lost a third of its mass since I started'],
  },
  {
    id: 'quote.suffix.1', test: 'mft', capability: 'speaker',
    text: '"We will publish the data, all of it, every month," said Robert Hale Jr., who runs a ranch near Amarillo.',
    quotes: ['Robert Hale Jr.: We will publish the data, all of it, every month'],
  },
  {
    id: 'quote.two-speakers.1', test: 'mft', capability: 'speaker',
    text: '"We want the fund running by next year," said Palesa Mokoena, an activist from Lesotho. "That timeline is not realistic," replied Jonas Berg, an economist in Stockholm.',
    quotes: ['Palesa Mokoena: We want the fund running by next year', 'Jonas Berg: That timeline is not realistic'],
  },

  // quote: a pronoun after a named person ("she said", "he added")
  {
    id: 'quote.pronoun.1', test: 'mft', capability: 'pronoun',
    text: 'Ingrid Haugland, Norway\'s climate minister, spoke after the vote. "There is work to do on the grid that nobody wants to talk about," she said.',
    quotes: ['Ingrid Haugland: There is work to do on the grid that nobody wants to talk about'],
  },
  {
    id: 'quote.pronoun.2', test: 'inv', capability: 'pronoun',
    text: 'Lars Haugland, Norway\'s climate minister, spoke after the vote. "There is work to do on the grid that nobody wants to talk about," he said.',
    quotes: ['Lars Haugland: There is work to do on the grid that nobody wants to talk about'],
  },
  {
    id: 'quote.pronoun.3', test: 'mft', capability: 'pronoun',
    text: 'Siosaia Fifita, a fisherman from Tonga, described the reef outside his village. "Half of it is white now," he added.',
    quotes: ['Siosaia Fifita: Half of it is white now'],
  },

  // quote: one speech in two segments (interrupted by "he said", or running over two paragraphs)
  {
    id: 'quote.split.1', test: 'mft', capability: 'split',
    text: '"This is the hardest round I have seen," Teodora Ilić said. "But nobody is walking away yet."',
    quotes: ['Teodora Ilić: This is the hardest round I have seen', 'Teodora Ilić: But nobody is walking away yet.'],
  },
  {
    id: 'quote.split.2', test: 'mft', capability: 'split',
    text: 'Kofi Mensah, who heads Ghana\'s forestry commission, was candid. "We came here to listen," he said, "and we are leaving with a long list of homework."',
    quotes: ['Kofi Mensah: We came here to listen', 'Kofi Mensah: and we are leaving with a long list of homework.'],
  },
  {
    id: 'quote.split.3', test: 'mft', capability: 'split',
    text: '"Adaptation is not charity," said Carlos Mejía Ruiz, "it is the price of the damage already done."',
    quotes: ['Carlos Mejía Ruiz: Adaptation is not charity', 'Carlos Mejía Ruiz: it is the price of the damage already done.'],
  },
  {
    id: 'quote.paragraphs.1', test: 'mft', capability: 'split',
    text: 'Flood-hit town counts the cost\n\nRahima Akter, a councillor in Sylhet, described the night the river rose. "The water came through the walls faster than anyone expected, and by morning the clinic was gone.\n\n"We have rebuilt twice in five years. We cannot do it a third time," she said.',
    quotes: ['Rahima Akter: The water came through the walls faster than anyone expected, and by morning the clinic was gone.', 'Rahima Akter: We have rebuilt twice in five years. We cannot do it a third time'],
  },
  {
    id: 'quote.paragraphs.2', test: 'mft', capability: 'split',
    text: 'Heat closes schools across Punjab\n\nFarooq Anwar, a headmaster in Multan, said the classrooms had become unbearable. “By eleven the fans only push hot air around.\n\n“We sent the children home on Monday and we will do the same tomorrow,” he said.',
    quotes: ['Farooq Anwar: By eleven the fans only push hot air around.', 'Farooq Anwar: We sent the children home on Monday and we will do the same tomorrow'],
  },

  // quote: a body as speaker when no person is named
  {
    id: 'quote.body.1', test: 'mft', capability: 'body-speaker',
    text: '"China has always honoured its commitments and will continue to do so," the Chinese Foreign Ministry said on Tuesday.',
    quotes: ['Chinese Foreign Ministry: China has always honoured its commitments and will continue to do so'],
  },
  {
    id: 'quote.body.2', test: 'mft', capability: 'body-speaker',
    text: '"Technical work will continue next month in Geneva," the Brazilian Foreign Ministry said on Friday.',
    quotes: ['Brazilian Foreign Ministry: Technical work will continue next month in Geneva'],
  },

  // quote: a dateline place or a reporter's byline is not the speaker
  {
    id: 'quote.dateline.1', test: 'mft', capability: 'not-speaker',
    text: 'SUVA, Fiji, June 3 — "We will not trade our future for a few more years of exports," said Fijian Foreign Minister Eroni Vakatawa.',
    quotes: ['Eroni Vakatawa: We will not trade our future for a few more years of exports'],
  },
  {
    id: 'quote.dateline.2', test: 'mft', capability: 'not-speaker',
    text: 'NAIROBI — "The rains came late and then all at once," said Amina Wekesa, who leads a farmers\' group in the Rift Valley.',
    quotes: ['Amina Wekesa: The rains came late and then all at once'],
  },
  {
    id: 'quote.byline.1', test: 'mft', capability: 'not-speaker',
    text: 'Pacific ministers gather in Apia\n\nBy Hannah Kettle\n\n"Every island here has lost land to the sea in my lifetime," said Tuvaluan Finance Minister Lopa Tesi.',
    quotes: ['Lopa Tesi: Every island here has lost land to the sea in my lifetime'],
  },
  {
    id: 'quote.byline.2', test: 'mft', capability: 'not-speaker',
    text: 'Drought grips southern Madagascar\n\nBy Pierre Lemaire, Antananarivo\n\nFarmers have planted three times since November. "Nothing grows, so we plant again and pray," said Voahangy Rasoanaivo.',
    quotes: ['Voahangy Rasoanaivo: Nothing grows, so we plant again and pray'],
  },

  // not quotes: fragments under four words, scare quotes, titles, slogans, document wording, an unnamed source
  {
    id: 'quote.fragment.1', test: 'neg', capability: 'not-quote',
    text: 'Lucas Moreau called the compromise "a good start" but said the finance was still missing.',
  },
  {
    id: 'quote.fragment.2', test: 'neg', capability: 'not-quote',
    text: 'Environment Minister Aditi Rao described the monsoon forecast as "broadly normal".',
  },
  {
    id: 'quote.scare.1', test: 'neg', capability: 'not-quote',
    text: 'Several delegations questioned the "ambition" of the draft.',
  },
  {
    id: 'quote.scare.2', test: 'neg', capability: 'not-quote',
    text: 'Critics call the scheme a "green" coat of paint on business as usual.',
  },
  {
    id: 'quote.title.2', test: 'neg', capability: 'not-quote',
    text: 'The report, titled "Living With Water in a Warmer World," was released on Monday.',
  },
  {
    id: 'quote.slogan.1', test: 'neg', capability: 'not-quote',
    text: 'Marchers in Lisbon carried banners reading "There Is No Planet B".',
  },
  {
    id: 'quote.joint-statement.1', test: 'neg', capability: 'not-quote',
    text: 'A joint statement released after the Pacific Islands Forum said members "remain deeply concerned about the pace of sea-level rise."',
  },
  {
    id: 'quote.communique.1', test: 'neg', capability: 'not-quote',
    text: 'The G20 communiqué said leaders "recognise the need to mobilise finance at scale for developing countries."',
  },
  {
    id: 'quote.agreement-text.1', test: 'neg', capability: 'not-quote',
    text: 'The text of the agreement asks parties to "strengthen cooperation on early warning systems for floods and droughts."',
  },
  {
    id: 'quote.unnamed.1', test: 'neg', capability: 'not-quote',
    text: '"We are not happy with the draft at all," one delegate said.',
  },

  // quote: attributions the sentence splitter or the tagger cut apart (issue 13, item 5)
  {
    id: 'quote.question.1', test: 'mft', capability: 'quote',
    text: '"Who will pay for the seawall when the next cyclone comes?" asked Losana Vuki, a councillor in Lautoka.',
    quotes: ['Losana Vuki: Who will pay for the seawall when the next cyclone comes?'],
  },
  {
    id: 'quote.put-it.1', test: 'mft', capability: 'quote',
    text: '"We have run out of excuses and we have run out of time," as Amira Haddad put it at the opening session.',
    quotes: ['Amira Haddad: We have run out of excuses and we have run out of time'],
  },
  {
    id: 'quote.dash.1', test: 'mft', capability: 'quote',
    text: '"Every village on this coast has moved its wells twice." - Sefa Tuilagi, a water engineer in Apia',
    quotes: ['Sefa Tuilagi: Every village on this coast has moved its wells twice.'],
  },

  // quote: who "she" and "the ministry" are
  {
    id: 'quote.pronoun.4', test: 'mft', capability: 'pronoun',
    text: 'Floods hit Mombasa\n\n"The water came at night and took the market stalls," said Peter Otieno, a trader.\n\nFloodwater swept away the home of Grace Akinyi, a mother of four, on Tuesday.\n\n"I have nowhere to go with my children," she said.',
    quotes: ['Peter Otieno: The water came at night and took the market stalls', 'Grace Akinyi: I have nowhere to go with my children'],
  },
  {
    id: 'quote.pronoun.5', test: 'mft', capability: 'pronoun',
    text: 'Lina Sousa told a joint news conference with visiting envoy Marc Daly that the talks had gone well. "We agreed on the fund, but not on the dates," she said.',
    quotes: ['Lina Sousa: We agreed on the fund, but not on the dates'],
  },
  {
    id: 'quote.body.3', test: 'mft', capability: 'body-speaker',
    text: '"The new duties distort fair trade in steel," the Ministry of Commerce said on Monday. "We will defend the rights of our exporters," the Chinese ministry added.',
    quotes: ['Ministry of Commerce: The new duties distort fair trade in steel', 'Ministry of Commerce: We will defend the rights of our exporters'],
  },
  {
    id: 'quote.body.4', test: 'mft', capability: 'body-speaker',
    text: 'The Ministry of Energy said on Friday that the audit was wrong. "The figures ignore the new wind farms entirely," a spokesperson for the department said.',
    quotes: ['Ministry of Energy: The figures ignore the new wind farms entirely'],
  },
  {
    id: 'quote.role.1', test: 'mft', capability: 'speaker',
    text: 'Fisheries Minister Ana Lopes opened the session in Praia.\n\n"The quota cuts are final and they start in March," the minister said.',
    quotes: ['Ana Lopes: The quota cuts are final and they start in March'],
  },

  // not a speaker: a country, a plural noun, a name given by the quoted words, a fronted joint statement
  {
    id: 'quote.country.1', test: 'neg', capability: 'not-speaker',
    text: '"We are deeply disappointed by the outcome of the vote," Norway said on Friday.',
  },
  {
    id: 'quote.plural-noun.1', test: 'neg', capability: 'not-speaker',
    text: 'Protesters chanted "what do we want, climate justice now" outside the venue.',
  },
  {
    id: 'quote.naming.1', test: 'neg', capability: 'not-quote',
    text: 'Mayor Ida Holm backed a scheme known as "the clean streets for every child plan".',
  },
  {
    id: 'quote.joint-statement.2', test: 'neg', capability: 'not-quote',
    text: 'In a joint statement, Lena Park and Omar Haddad said the two governments "will work together to cut methane this decade".',
  },
]
