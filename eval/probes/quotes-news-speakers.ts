import type { Probe } from './probe.js'

/**
 * Quote probes on who speaks, as news names them: in the sentence before, by a role or a pronoun,
 * a body or an unnamed official of one, and whoever judged something "as “…”".
 */
export const NEWS_SPEAKER_PROBES: readonly Probe[] = [
  // the speaker named in the sentence before, by a role, a pronoun or a colon
  {
    id: 'quote.news-previous.1', test: 'mft', capability: 'speaker',
    text: 'Gas prices squeeze industry\n\nHannah Vogel, who runs a glassworks near Dresden, was blunt. "If gas stays at this price we will close the furnaces by spring."',
    quotes: ['Hannah Vogel: If gas stays at this price we will close the furnaces by spring.'],
  },
  {
    id: 'quote.news-added.1', test: 'mft', capability: 'pronoun',
    text: 'Solar auction draws record bids\n\nEnergy Minister Rafael Ortega said the auction had beaten every forecast. "We will hold the next one before the year is out," he added.',
    quotes: ['Rafael Ortega: We will hold the next one before the year is out'],
  },
  {
    id: 'quote.news-role.1', test: 'mft', capability: 'speaker',
    text: 'Kenya opens a geothermal plant\n\nEnergy Minister Wanjiku Mwangi opened the plant near Naivasha on Thursday.\n\n"This valley will power half of the country within ten years," the minister told the crowd.',
    quotes: ['Wanjiku Mwangi: This valley will power half of the country within ten years'],
  },
  {
    id: 'quote.news-role.2', test: 'inv', capability: 'speaker',
    text: 'Kenya opens a geothermal plant\n\nWanjiku Mwangi, the energy minister, opened the plant near Naivasha on Thursday.\n\n"This valley will power half of the country within ten years," said the minister.',
    quotes: ['Wanjiku Mwangi: This valley will power half of the country within ten years'],
  },
  {
    id: 'quote.news-pronoun.1', test: 'mft', capability: 'pronoun',
    text: 'Neighbours plan a power line\n\nPeter Holm met the grid operator Erik Dahl in Bergen on Monday. "We agreed to share the cost of the new cable," he said afterwards.',
    quotes: ['Peter Holm: We agreed to share the cost of the new cable'],
  },
  {
    id: 'quote.news-pronoun.2', test: 'mft', capability: 'pronoun',
    text: 'Cyclone season begins early\n\nMele Taufa has run the shelter in Nuku\'alofa for a decade.\n\n"Each year the storms come sooner and leave later," she said. "We used to have a quiet month. Not any more."',
    quotes: ['Mele Taufa: Each year the storms come sooner and leave later', 'Mele Taufa: We used to have a quiet month. Not any more.'],
  },
  {
    id: 'quote.news-reply.1', test: 'mft', capability: 'speaker',
    text: 'Union rejects the mine closures\n\nThe union asked Martin Kowal about the timetable. Kowal\'s reply: "The last shaft closes when the new jobs are open, not a day before."',
    quotes: ['Martin Kowal: The last shaft closes when the new jobs are open, not a day before.'],
  },

  // bodies as speakers
  {
    id: 'quote.news-body.1', test: 'mft', capability: 'body-speaker',
    text: 'India rejects the border levy\n\n"The measure is discriminatory and runs against the spirit of the climate talks," the Indian foreign ministry said in a statement.',
    quotes: ['Indian foreign ministry: The measure is discriminatory and runs against the spirit of the climate talks'],
  },
  {
    id: 'quote.news-body.2', test: 'mft', capability: 'body-speaker',
    text: 'Pipeline review goes on\n\n"No decision will be taken before the review is complete," a spokesperson for the Ministry of Natural Resources said.',
    quotes: ['Ministry of Natural Resources: No decision will be taken before the review is complete'],
  },
  {
    id: 'quote.news-body.4', test: 'mft', capability: 'body-speaker',
    text: 'Brussels answers the critics\n\n"The rules apply to every importer in the same way, wherever the steel is made," the European Commission said.',
    quotes: ['European Commission: The rules apply to every importer in the same way, wherever the steel is made'],
  },

  {
    id: 'quote.news-body.3', test: 'mft', capability: 'body-speaker',
    text: 'Weather office issues a warning\n\nThe Meteorological Service of Jamaica warned of heavy rain on Sunday. "Residents of low-lying areas should move to higher ground tonight," it said.',
    quotes: ['Meteorological Service of Jamaica: Residents of low-lying areas should move to higher ground tonight'],
  },

  // a characterisation in quotes: "X condemned the draft as “…”" is X's wording
  {
    id: 'quote.news-as.1', test: 'mft', capability: 'quote',
    text: 'Island states reject the draft\n\nThe Pacific Islands Forum condemned the decision as "a betrayal of every island nation in the region."',
    quotes: ['Pacific Islands Forum: a betrayal of every island nation in the region.'],
  },
  {
    id: 'quote.news-as.2', test: 'mft', capability: 'quote',
    text: 'Audit of the coal fund\n\nFinance Minister Ruth Abara dismissed the audit as "a list of guesses dressed up as arithmetic."',
    quotes: ['Ruth Abara: a list of guesses dressed up as arithmetic.'],
  },
  {
    id: 'quote.news-as.3', test: 'neg', capability: 'not-speaker',
    text: 'Audit of the coal fund\n\nThe new fund was described as "a bridge to a cleaner grid for everyone" when it opened.',
  },

  // an official of a body, unnamed, speaks for the body
  {
    id: 'quote.news-official.1', test: 'mft', capability: 'body-speaker',
    text: 'Tariff review drags on\n\n"No decision will be taken until the autumn," a finance ministry official told reporters.',
    quotes: ['finance ministry official: No decision will be taken until the autumn'],
  },
  {
    id: 'quote.news-official.2', test: 'inv', capability: 'body-speaker',
    text: 'Tariff review drags on\n\nThe Ministry of Finance opened a review of the tariffs in March. "No decision will be taken until the autumn," a ministry official said.',
    quotes: ['Ministry of Finance: No decision will be taken until the autumn'],
  },
  {
    id: 'quote.news-official.3', test: 'inv', capability: 'body-speaker',
    text: 'Tariff review drags on\n\nAn EU official said the review would take months. "No decision will be taken until the autumn," the official told reporters.',
    quotes: ['EU: No decision will be taken until the autumn'],
  },
  {
    id: 'quote.news-official.4', test: 'neg', capability: 'not-speaker',
    text: 'Tariff review drags on\n\n"No decision will be taken until the autumn," a Canadian official told reporters.',
  },
  {
    id: 'quote.news-official.5', test: 'mft', capability: 'body-speaker',
    text: 'Tariff review drags on\n\nThe Ministry of Finance opened a review of the tariffs in March.\n\nAsked whether the review would end by Friday, a ministry official said "that is not going to happen this year".',
    quotes: ['Ministry of Finance: that is not going to happen this year'],
  },

  // a word for whoever leads a body: the person named before with a title of it
  {
    id: 'quote.news-chief.1', test: 'mft', capability: 'speaker',
    text: 'UN opens the climate session\n\nUN Secretary-General Carlos Mendes opened the session in Bonn on Monday.\n\n"Nobody can negotiate with the laws of physics," the UN chief said.',
    quotes: ['Carlos Mendes: Nobody can negotiate with the laws of physics'],
  },
  {
    id: 'quote.news-chief.2', test: 'inv', capability: 'speaker',
    text: 'Brussels holds its line\n\nEU climate commissioner Lars Berg spoke to ministers on Monday.\n\n"We will not reopen the 2040 target," the EU climate chief said.',
    quotes: ['Lars Berg: We will not reopen the 2040 target'],
  },

  // names: a double surname, a place is no person, a person after a description
  {
    id: 'quote.news-double-surname.1', test: 'mft', capability: 'speaker',
    text: 'Forum opens in Bogotá\n\nEnvironment Minister Camila Herrera Zúñiga opened the forum on Monday.\n\n"We are not here to ask for permission to protect our own rivers," Herrera told delegates.',
    quotes: ['Camila Herrera Zúñiga: We are not here to ask for permission to protect our own rivers'],
  },
  {
    id: 'quote.news-place.1', test: 'mft', capability: 'pronoun',
    text: 'The clinic by the sea\n\nAna Lopes has run the clinic in Praia for twenty years. "We see more heat stroke every summer," she said.\n\nBeside her desk hangs a photo of the beach at Ponta Sol, where her family once had a house. "The sea took that house the winter I turned ten," she said.',
    quotes: ['Ana Lopes: We see more heat stroke every summer', 'Ana Lopes: The sea took that house the winter I turned ten'],
  },
  {
    id: 'quote.news-described.1', test: 'mft', capability: 'pronoun',
    text: 'Tide gauges tell the story\n\nThe records were checked last year by the oceanographer Ines Varga. "The sea has risen faster here than anywhere else on the coast," she said.',
    quotes: ['Ines Varga: The sea has risen faster here than anywhere else on the coast'],
  },

  // a title the tagger may read as a verb; a company's legal form; a description for the person just named
  {
    id: 'quote.news-title-verb.1', test: 'mft', capability: 'speaker',
    text: 'Glacier survey published\n\n"Half of the ice we measured in 2015 is already gone," said lead author Petra Holub.',
    quotes: ['Petra Holub: Half of the ice we measured in 2015 is already gone'],
  },
  {
    id: 'quote.news-title-verb.2', test: 'inv', capability: 'speaker',
    text: 'Glacier survey published\n\n"Half of the ice we measured in 2015 is already gone," said acting director Petra Holub of the alpine institute.',
    quotes: ['Petra Holub: Half of the ice we measured in 2015 is already gone'],
  },
  {
    id: 'quote.news-company.1', test: 'mft', capability: 'speaker',
    text: 'Meter maker expands\n\n"Our meters are now installed in forty countries," Halvor Brekke, chief executive of Nordvent, Inc., said on Tuesday.',
    quotes: ['Halvor Brekke: Our meters are now installed in forty countries'],
  },
  {
    id: 'quote.news-company.2', test: 'neg', capability: 'not-speaker',
    text: 'Meter maker expands\n\n"Sales of our meters rose in every region last year," the annual report of Nordvent, Inc., said.',
  },
  {
    id: 'quote.news-epithet.1', test: 'mft', capability: 'pronoun',
    text: 'Students strike again\n\nSigrid Lund, 17, led the school strike in Uppsala and said politicians had failed.\n\nThe Swedish teenager then addressed the crowd, saying: "You promised us a future and you are selling it off."',
    quotes: ['Sigrid Lund: You promised us a future and you are selling it off.'],
  },
  {
    id: 'quote.news-epithet.2', test: 'inv', capability: 'pronoun',
    text: 'Coal exit date in doubt\n\nEconomy Minister Bernd Kessler said on Monday that the coal exit could not wait.\n\n"Every year we delay costs us jobs in the industries of the future," the Social Democrat told reporters.',
    quotes: ['Bernd Kessler: Every year we delay costs us jobs in the industries of the future'],
  },
  {
    id: 'quote.news-epithet.3', test: 'neg', capability: 'not-speaker',
    text: 'Wind farm approved\n\nCouncillor Tomas Ek opened the hearing on Monday.\n\n"The turbines will be seen from every farm in this valley," the farmers said.',
  },
  {
    id: 'quote.news-epithet.4', test: 'mft', capability: 'pronoun',
    text: 'Budget talks drag on\n\nLater on Friday, Pieter Claes said he still expected a deal. "There is time to land this before the weekend," the Dutchman said.',
    quotes: ['Pieter Claes: There is time to land this before the weekend'],
  },
  {
    id: 'quote.news-epithet.5', test: 'neg', capability: 'not-speaker',
    text: 'Budget talks drag on\n\nPieter Claes said on Friday that he still expected a deal.\n\n"There is time to land this before the weekend," the Dutchmen in the delegation said.',
  },
  // a title kept inside the name ("Prince …") is the role a later "the prince" points back to
  {
    id: 'quote.news-title-in-name.1', test: 'mft', capability: 'speaker',
    text: 'Oil producers dig in\n\nBahrain\'s oil minister, Prince Salman bin Khalid, rejected any wording on fossil fuels.\n\n"We will not sign a text that singles out one source of energy," the prince told reporters.',
    quotes: ['Prince Salman bin Khalid: We will not sign a text that singles out one source of energy'],
  },
  {
    id: 'quote.news-title-in-name.2', test: 'inv', capability: 'speaker',
    text: 'Oil producers dig in\n\nThe delegation was led by its energy minister, Prince Faisal bin Saud, who rejected any wording on fossil fuels.\n\n"We will not sign a text that singles out one source of energy," said the prince.',
    quotes: ['Prince Faisal bin Saud: We will not sign a text that singles out one source of energy'],
  },
  // words after the quote that point back to it name its speaker
  {
    id: 'quote.news-message-from.1', test: 'mft', capability: 'speaker',
    text: 'Delegates walk out\n\n"We did not travel this far to sign away our islands," was the blunt message from Tuvalu\'s climate minister, Maina Talia, on Thursday.',
    quotes: ['Maina Talia: We did not travel this far to sign away our islands'],
  },
  {
    id: 'quote.news-so-said.1', test: 'inv', capability: 'speaker',
    text: 'Delegates walk out\n\n"We did not travel this far to sign away our islands." So said Tuvalu\'s climate minister, Maina Talia, as he left the hall.',
    quotes: ['Maina Talia: We did not travel this far to sign away our islands.'],
  },
  {
    id: 'quote.news-those-words.1', test: 'inv', capability: 'speaker',
    text: 'Delegates walk out\n\n"We did not travel this far to sign away our islands." With those words, Tuvalu\'s climate minister Maina Talia walked out of the talks.',
    quotes: ['Maina Talia: We did not travel this far to sign away our islands.'],
  },
  {
    id: 'quote.news-message-from.2', test: 'neg', capability: 'not-speaker',
    text: 'Delegates walk out\n\n"We did not travel this far to watch you sign away our islands," was the message from protesters outside the hall.',
  },
  // a seat of government speaks as a body; a capital reports its country's position
  {
    id: 'quote.news-seat.1', test: 'mft', capability: 'body-speaker',
    text: 'Summit plans change\n\n"The president will not travel to the talks but remains committed to them," the White House said on Friday.',
    quotes: ['White House: The president will not travel to the talks but remains committed to them'],
  },
  {
    id: 'quote.news-seat.2', test: 'inv', capability: 'body-speaker',
    text: 'Summit plans change\n\n"The prime minister will not travel to the talks but remains committed to them," Downing Street said in a statement.',
    quotes: ['Downing Street: The prime minister will not travel to the talks but remains committed to them'],
  },
  {
    id: 'quote.news-seat.3', test: 'neg', capability: 'not-speaker',
    text: 'Summit plans change\n\n"The president will not travel to the talks but remains committed to them," Washington said on Friday.',
  },
]
