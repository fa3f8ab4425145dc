import type { Probe } from './probe.js'

/**
 * Quote probes in the forms of world news outlets (wire services, British and Asian papers): speech that runs
 * over paragraphs whose closing mark is left off, a speaker named in the paragraph before a colon, "according
 * to X", a speaker named by role only after the first mention, "X told <outlet>", posts on social media, "said
 * in a statement", "said X, who …", single marks, bodies that speak, Q:/A: interviews, "she added"; and the
 * near forms that have no speaker: titles, scare quotes, slogans, the words of a law.
 */
export const WORLD_QUOTE_PROBES: readonly Probe[] = [
  // speech over several paragraphs: each paragraph opens a mark, only the last closes it
  {
    id: 'quote.world-run-on.1', test: 'mft', capability: 'split',
    text: 'Rivers run dry in the north\n\nHydrologist Ilse Brandvold said the basin had never been so low in spring.\n\n"We have gauges going back ninety years and none of them has read this figure before.\n\n"If the snow does not come next winter, the power plants downstream will have to stop."',
    quotes: ['Ilse Brandvold: We have gauges going back ninety years and none of them has read this figure before.', 'Ilse Brandvold: If the snow does not come next winter, the power plants downstream will have to stop.'],
  },
  {
    id: 'quote.world-run-on.2', test: 'mft', capability: 'split',
    text: 'Fishing fleet stays in port\n\n"The quota was cut by a third and the fuel price doubled in the same year," said Ruairi Dolan, who chairs the fishermen\'s union in Killybegs.\n\n"Half of the boats in this harbour will be sold before Christmas.\n\n"The young ones are already leaving for the building sites."',
    quotes: [
      'Ruairi Dolan: The quota was cut by a third and the fuel price doubled in the same year',
      'Ruairi Dolan: Half of the boats in this harbour will be sold before Christmas.',
      'Ruairi Dolan: The young ones are already leaving for the building sites.',
    ],
  },
  {
    id: 'quote.world-run-on.3', test: 'mft', capability: 'split',
    text: 'Island asks for help\n\nTuvaluan envoy Losa Tafua told the assembly: "Our school was moved inland twice in ten years.\n\n"There is no third place to move it to."',
    quotes: ['Losa Tafua: Our school was moved inland twice in ten years.', 'Losa Tafua: There is no third place to move it to.'],
  },

  // the speaker named in the paragraph before, ending with a colon
  {
    id: 'quote.world-colon-before.1', test: 'mft', capability: 'speaker',
    text: 'Bonn talks stall\n\nKenya\'s chief negotiator, Wanjiru Kamau, put the blame on the richest delegations:\n\n"They came with speeches and left without a single number on the table."',
    quotes: ['Wanjiru Kamau: They came with speeches and left without a single number on the table.'],
  },
  {
    id: 'quote.world-colon-before.2', test: 'inv', capability: 'speaker',
    text: 'Bonn talks stall\n\nWanjiru Kamau, who leads Kenya\'s delegation, told reporters after the session:\n\n"They came with speeches and left without a single number on the table."',
    quotes: ['Wanjiru Kamau: They came with speeches and left without a single number on the table.'],
  },
  {
    id: 'quote.world-colon-before.3', test: 'neg', capability: 'not-quote',
    text: 'Bonn talks stall\n\nThe draft was circulated late on Thursday. Its key line reads:\n\n"Parties are invited to consider further action on finance at the next session."',
  },

  // "according to X"
  {
    id: 'quote.world-according.1', test: 'mft', capability: 'speaker',
    text: 'Smog returns to the capital\n\n"The inversion will hold the smoke over the valley until Thursday at least," according to Bolormaa Ganbold, who heads the city\'s air monitoring office.',
    quotes: ['Bolormaa Ganbold: The inversion will hold the smoke over the valley until Thursday at least'],
  },
  {
    id: 'quote.world-according.2', test: 'inv', capability: 'speaker',
    text: 'Smog returns to the capital\n\nAccording to Bolormaa Ganbold, who heads the city\'s air monitoring office, "the inversion will hold the smoke over the valley until Thursday at least."',
    quotes: ['Bolormaa Ganbold: the inversion will hold the smoke over the valley until Thursday at least.'],
  },
  {
    id: 'quote.world-according.3', test: 'neg', capability: 'not-quote',
    text: 'Smog returns to the capital\n\nAccording to the weather service, the inversion may hold until Thursday, raising the risk of a "red day" for schools.',
  },

  // the role alone after the first mention
  {
    id: 'quote.world-role-after.1', test: 'mft', capability: 'speaker',
    text: 'Vietnam seeks grid funds\n\nVietnam\'s industry minister, Tran Minh Khoa, met lenders in Hanoi on Monday.\n\n"We need the transmission lines before we need more panels," the minister said.',
    quotes: ['Tran Minh Khoa: We need the transmission lines before we need more panels'],
  },
  {
    id: 'quote.world-role-after.2', test: 'mft', capability: 'speaker',
    text: 'Peru hosts Amazon summit\n\nPeru\'s climate envoy Lucía Quispe opened the meeting in Iquitos. She said the river had fallen to a record low.\n\n"No country can save this forest alone," the envoy told delegates.',
    quotes: ['Lucía Quispe: No country can save this forest alone'],
  },
  {
    id: 'quote.world-role-after.3', test: 'mft', capability: 'speaker',
    text: 'Ministry defends pipeline\n\nThe pipeline was approved last year over protests. Ministry spokeswoman Dagny Holt said on Tuesday that the route had been changed twice.\n\n"Every objection from the villages was heard and answered in writing," the spokeswoman said.',
    quotes: ['Dagny Holt: Every objection from the villages was heard and answered in writing'],
  },
  {
    id: 'quote.world-role-after.4', test: 'inv', capability: 'speaker',
    text: 'Ministry defends pipeline\n\nDagny Holt, a spokeswoman for the energy ministry, said on Tuesday that the route had been changed twice.\n\n"Every objection from the villages was heard and answered in writing," said the spokeswoman.',
    quotes: ['Dagny Holt: Every objection from the villages was heard and answered in writing'],
  },

  // "told <outlet>"
  {
    id: 'quote.world-told-outlet.1', test: 'mft', capability: 'speaker',
    text: 'Cocoa farmers hit by rains\n\n"We lost almost half of the pods to black rot this season," Kwame Asante, a farmer near Kumasi, told Reuters.',
    quotes: ['Kwame Asante: We lost almost half of the pods to black rot this season'],
  },
  {
    id: 'quote.world-told-outlet.2', test: 'inv', capability: 'speaker',
    text: 'Cocoa farmers hit by rains\n\nKwame Asante, a farmer near Kumasi, told the BBC: "We lost almost half of the pods to black rot this season."',
    quotes: ['Kwame Asante: We lost almost half of the pods to black rot this season.'],
  },
  {
    id: 'quote.world-told-outlet.3', test: 'inv', capability: 'speaker',
    text: 'Cocoa farmers hit by rains\n\n"We lost almost half of the pods to black rot this season," Kwame Asante told Agence France-Presse by telephone.',
    quotes: ['Kwame Asante: We lost almost half of the pods to black rot this season'],
  },

  // posts on social media
  {
    id: 'quote.world-posted.1', test: 'mft', capability: 'speaker',
    text: 'Minister welcomes deal\n\n"A good day for the Baltic and for everyone who fishes in it," Latvian minister Inga Ozola wrote on X.',
    quotes: ['Inga Ozola: A good day for the Baltic and for everyone who fishes in it'],
  },
  {
    id: 'quote.world-posted.2', test: 'inv', capability: 'speaker',
    text: 'Minister welcomes deal\n\nLatvian minister Inga Ozola wrote on X, formerly Twitter: "A good day for the Baltic and for everyone who fishes in it."',
    quotes: ['Inga Ozola: A good day for the Baltic and for everyone who fishes in it.'],
  },
  {
    id: 'quote.world-posted.3', test: 'inv', capability: 'speaker',
    text: 'Minister welcomes deal\n\n"A good day for the Baltic and for everyone who fishes in it," Inga Ozola posted on Twitter shortly after the vote.',
    quotes: ['Inga Ozola: A good day for the Baltic and for everyone who fishes in it'],
  },

  // "said in a statement"
  {
    id: 'quote.world-statement.1', test: 'mft', capability: 'speaker',
    text: 'Refinery to close in 2027\n\n"This was the hardest decision in the company\'s history," chief executive Henrik Sand said in a statement on Wednesday.',
    quotes: ['Henrik Sand: This was the hardest decision in the company\'s history'],
  },
  {
    id: 'quote.world-statement.2', test: 'inv', capability: 'speaker',
    text: 'Refinery to close in 2027\n\nIn a statement on Wednesday, chief executive Henrik Sand said: "This was the hardest decision in the company\'s history."',
    quotes: ['Henrik Sand: This was the hardest decision in the company\'s history.'],
  },

  // "said X, who …"
  {
    id: 'quote.world-said-who.1', test: 'mft', capability: 'speaker',
    text: 'Heat closes schools\n\n"The classrooms reached forty degrees by eleven in the morning," said Nasrin Akter, who teaches at a girls\' school in Dhaka.',
    quotes: ['Nasrin Akter: The classrooms reached forty degrees by eleven in the morning'],
  },
  {
    id: 'quote.world-said-who.2', test: 'inv', capability: 'speaker',
    text: 'Heat closes schools\n\n"The classrooms reached forty degrees by eleven in the morning," said Nasrin Akter, who has taught in Dhaka for twenty years and who led the walkout on Monday.',
    quotes: ['Nasrin Akter: The classrooms reached forty degrees by eleven in the morning'],
  },

  // partial quotes inside a sentence
  {
    id: 'quote.world-partial.1', test: 'mft', capability: 'quote',
    text: 'Fiji criticises slow finance\n\nFijian prime minister Jone Vakarau said the fund was "a promise that has been made at every summit and kept at none of them" and asked for a date.',
    quotes: ['Jone Vakarau: a promise that has been made at every summit and kept at none of them'],
  },
  {
    id: 'quote.world-partial.2', test: 'mft', capability: 'quote',
    text: 'Fiji criticises slow finance\n\nJone Vakarau called the fund "a promise made at every summit" and said the islands would "not wait another decade for the money to arrive."',
    quotes: ['Jone Vakarau: a promise made at every summit', 'Jone Vakarau: not wait another decade for the money to arrive.'],
  },

  // single marks, as British papers and headlines use them
  {
    id: 'quote.world-single.1', test: 'mft', capability: 'quote',
    title: 'Minister: ‘Onshore wind is back’',
    text: 'Energy minister Owen Pritchard lifted the ban on new onshore turbines on Thursday.\n\n‘The ban cost us a decade of cheap power and we will not make that mistake again,’ Mr Pritchard said.',
    quotes: ['Owen Pritchard: The ban cost us a decade of cheap power and we will not make that mistake again'],
  },
  {
    id: 'quote.world-single.2', test: 'inv', capability: 'quote',
    text: 'Onshore wind is back\n\nEnergy minister Owen Pritchard said: \'The ban cost us a decade of cheap power and we will not make that mistake again.\'',
    quotes: ['Owen Pritchard: The ban cost us a decade of cheap power and we will not make that mistake again.'],
  },
  {
    id: 'quote.world-single.3', test: 'neg', capability: 'not-quote',
    title: '‘Climate anxiety’ rises among teenagers',
    text: 'A survey of four thousand pupils found that most of them worried about the weather of the future.',
  },

  // a quote that quotes someone else
  {
    id: 'quote.world-nested.1', test: 'mft', capability: 'quote',
    text: 'Pacific leaders grow impatient\n\n"Every year a delegate tells me \'next year, the money will come\' and every year we are still waiting for it," said Sione Fifita of Tonga.',
    quotes: ['Sione Fifita: Every year a delegate tells me \'next year, the money will come\' and every year we are still waiting for it'],
  },
  {
    id: 'quote.world-nested.2', test: 'inv', capability: 'quote',
    text: 'Pacific leaders grow impatient\n\n‘Every year a delegate tells me “next year, the money will come” and every year we are still waiting for it,’ said Sione Fifita of Tonga.',
    quotes: ['Sione Fifita: Every year a delegate tells me “next year, the money will come” and every year we are still waiting for it'],
  },

  // bodies that speak
  {
    id: 'quote.world-body.1', test: 'mft', capability: 'body-speaker',
    text: 'Beijing answers tariff threat\n\n"Such measures violate the rules of fair trade and will be met with a firm response," the Chinese Commerce Ministry said on Friday.',
    quotes: ['Chinese Commerce Ministry: Such measures violate the rules of fair trade and will be met with a firm response'],
  },
  {
    id: 'quote.world-body.2', test: 'mft', capability: 'body-speaker',
    text: 'Heatwave warning for the south\n\n"Temperatures above 44 degrees are likely in the river valleys through the weekend," the Meteorological Agency said in its Friday bulletin.',
    quotes: ['Meteorological Agency: Temperatures above 44 degrees are likely in the river valleys through the weekend'],
  },
  {
    id: 'quote.world-body.3', test: 'mft', capability: 'body-speaker',
    text: 'Utility drops coal plan\n\n"We no longer see a case for new coal capacity anywhere in our market," Nordvolt Energy said in a statement.',
    quotes: ['Nordvolt Energy: We no longer see a case for new coal capacity anywhere in our market'],
  },

  // Q: / A: interviews
  {
    id: 'quote.world-qa.1', test: 'mft', capability: 'split',
    text: 'Interview: Nepal\'s forest minister on carbon credits\n\nWe spoke to Nepal\'s forest minister, Bishnu Thapa, in Kathmandu.\n\nQ: Why sell credits at all?\n\nA: "Because the villages that protect the forest have never been paid for it."\n\nQ: Who gets the money?\n\nA: "The community groups, directly, and not the ministry."',
    quotes: ['Bishnu Thapa: Because the villages that protect the forest have never been paid for it.', 'Bishnu Thapa: The community groups, directly, and not the ministry.'],
  },

  // a quote, then "she added"
  {
    id: 'quote.world-added.1', test: 'mft', capability: 'split',
    text: 'Chile raises lithium royalties\n\nMining minister Carolina Vera said the new rates would apply from January. "The lithium belongs to all Chileans," she added, "and the state will take its fair share."',
    quotes: ['Carolina Vera: The lithium belongs to all Chileans', 'Carolina Vera: and the state will take its fair share.'],
  },
  {
    id: 'quote.world-added.2', test: 'mft', capability: 'split',
    text: 'Chile raises lithium royalties\n\n"The rates apply from January," mining minister Carolina Vera said.\n\nThe industry has objected to the change.\n\n"The lithium belongs to all Chileans and the state will take its fair share," she added.',
    quotes: ['Carolina Vera: The rates apply from January', 'Carolina Vera: The lithium belongs to all Chileans and the state will take its fair share'],
  },

  // near negatives: titles, scare quotes, slogans, the words of a law
  {
    id: 'quote.world-report-title.1', test: 'neg', capability: 'not-quote',
    text: 'Agency warns on cooling demand\n\nThe agency\'s new report, "The Future of Cooling in Hot Cities and Crowded Coasts," was published on Tuesday.',
  },
  {
    id: 'quote.world-film-title.1', test: 'neg', capability: 'not-quote',
    text: 'Documentary opens in Lagos\n\nDirector Chidi Okafor\'s film "The Water Will Come Back For Us" opened the festival on Saturday night.',
  },
  {
    id: 'quote.world-scare.1', test: 'neg', capability: 'not-quote',
    text: 'Airline pulls green adverts\n\nThe regulator said the airline\'s "carbon neutral flights" claims could not be backed by evidence.',
  },
  {
    id: 'quote.world-slogan.1', test: 'neg', capability: 'not-quote',
    text: 'Students march in Manila\n\nThousands of students marched through Manila on Friday chanting "No more coal, no more floods, no more delay."',
  },
  {
    id: 'quote.world-vision.1', test: 'neg', capability: 'not-quote',
    text: 'Canada reforms its grid\n\nCanada will rebuild its grid to match a vision of “clean power for every province by the end of the decade,” Prime Minister Mark Halden announced on Monday.',
  },
  {
    id: 'quote.world-vision.2', test: 'mft', capability: 'quote',
    text: 'Canada reforms its grid\n\nPrime Minister Mark Halden set out his vision on Monday: “Clean power for every province by the end of the decade.”',
    quotes: ['Mark Halden: Clean power for every province by the end of the decade.'],
  },
  {
    id: 'quote.world-law.1', test: 'neg', capability: 'not-quote',
    text: 'Court rules on climate law\n\nThe court held that the act\'s duty to "take all reasonable steps to reduce emissions" applied to the state\'s own companies.',
  },
  {
    id: 'quote.world-law.2', test: 'neg', capability: 'not-quote',
    text: 'Court rules on climate law\n\nSection 4 of the law says: "The Minister shall publish a carbon budget for each period of five years."',
  },
  {
    id: 'quote.world-law.3', test: 'neg', capability: 'not-quote',
    text: 'President signs climate bill\n\nPresident Jo Park signed the bill, which requires the state to “reduce greenhouse gas emissions by at least half by 2030”.',
  },
  {
    id: 'quote.world-law.4', test: 'neg', capability: 'not-quote',
    text: 'Leaders sign the pact\n\nMinister Jo Park signed the pact, which commits members to “pursue efforts to limit the temperature increase to 1.5C”.',
  },
  {
    id: 'quote.world-slogan.2', test: 'neg', capability: 'not-quote',
    text: 'Minister meets the march\n\nMinister Jo Park walked past protesters holding a banner reading “There is no planet B for anyone”.',
  },
  {
    id: 'quote.world-slogan.3', test: 'mft', capability: 'quote',
    text: 'Minister meets the march\n\nProtest leader Ana Silva, holding a megaphone, shouted “There is no planet B for anyone” as the minister passed.',
    quotes: ['Ana Silva: There is no planet B for anyone'],
  },
  {
    id: 'quote.world-so-called.1', test: 'neg', capability: 'not-quote',
    text: 'Minister defends levy\n\nMinister Jo Park defended the so-called “polluter pays for every tonne” rule on Monday.',
  },
  {
    id: 'quote.world-what-called.1', test: 'mft', capability: 'pronoun',
    text: 'Minister shrugs off critics\n\nMinister Jo Park dismissed what she called “the usual noise from the opposition benches”.',
    quotes: ['Jo Park: the usual noise from the opposition benches'],
  },
  {
    id: 'quote.world-what-called.2', test: 'neg', capability: 'not-quote',
    text: 'Minister shrugs off critics\n\nMinister Jo Park praised a report called “Pathways to a Cleaner Grid for All of Us”.',
  },
]
