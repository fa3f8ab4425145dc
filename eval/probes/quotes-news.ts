import type { Probe } from './probe.js'

/**
 * Quote probes in the ordinary ways news reports speech: where the attribution stands, quotes in
 * parts or running over paragraphs, speech verbs of many kinds, and quoted words that are no one's
 * speech. Headlines first, as articles have them. Who the speaker is: quotes-news-speakers.ts.
 */
export const NEWS_QUOTE_PROBES: readonly Probe[] = [
  // where the attribution stands
  {
    id: 'quote.news-after.1', test: 'mft', capability: 'quote',
    text: 'Battery prices keep falling\n\n"The cost of storage has dropped faster than any of our models predicted," Priya Raman said on Tuesday.',
    quotes: ['Priya Raman: The cost of storage has dropped faster than any of our models predicted'],
  },
  {
    id: 'quote.news-after.2', test: 'mft', capability: 'quote',
    text: 'Coal towns wait for a plan\n\n"Our grid was built around coal and every winter reminds us of it," Tomasz Wrona, Poland\'s deputy energy minister, told a news conference in Warsaw.',
    quotes: ['Tomasz Wrona: Our grid was built around coal and every winter reminds us of it'],
  },
  {
    id: 'quote.news-after.3', test: 'mft', capability: 'quote',
    text: 'Ports brace for higher seas\n\n"Half of our docks will sit below the tide line within forty years," said Marta Ilves, the head of the port authority in Tallinn.',
    quotes: ['Marta Ilves: Half of our docks will sit below the tide line within forty years'],
  },
  {
    id: 'quote.news-colon.1', test: 'mft', capability: 'quote',
    text: 'Island leaders speak out\n\nPrime Minister Tevita Lolo told the summit: "My people are not asking for charity, they are asking for the bill to be paid."',
    quotes: ['Tevita Lolo: My people are not asking for charity, they are asking for the bill to be paid.'],
  },
  {
    id: 'quote.news-colon.2', test: 'mft', capability: 'quote',
    text: 'Parliament debates the heat plan\n\nIn a speech to parliament, Ana Ruiz said: "Every summer we count the dead and every autumn we forget them."',
    quotes: ['Ana Ruiz: Every summer we count the dead and every autumn we forget them.'],
  },
  {
    id: 'quote.news-told-reporters.1', test: 'mft', capability: 'quote',
    text: 'Talks stall on finance\n\n"There is no agreement on the numbers yet, and I will not pretend otherwise," Jonas Lindqvist told reporters after the meeting.',
    quotes: ['Jonas Lindqvist: There is no agreement on the numbers yet, and I will not pretend otherwise'],
  },
  {
    id: 'quote.news-statement.1', test: 'mft', capability: 'quote',
    text: 'France backs the methane plan\n\n"Cutting methane is the fastest brake we have on warming," Claire Dubois said in a statement.',
    quotes: ['Claire Dubois: Cutting methane is the fastest brake we have on warming'],
  },
  {
    id: 'quote.news-interview.1', test: 'mft', capability: 'quote',
    text: 'Japan weighs new reactors\n\n"We cannot meet our targets without nuclear power, and the public knows it," Kenji Arai said in an interview with a local newspaper.',
    quotes: ['Kenji Arai: We cannot meet our targets without nuclear power, and the public knows it'],
  },
  {
    id: 'quote.news-posted.1', test: 'mft', capability: 'quote',
    text: 'Minister hits back at critics\n\n"Those who mock the plan have never had to keep the lights on in a heat wave," Sandra Okafor posted on X late on Sunday.',
    quotes: ['Sandra Okafor: Those who mock the plan have never had to keep the lights on in a heat wave'],
  },
  {
    id: 'quote.news-according.1', test: 'mft', capability: 'quote',
    text: 'Dry rivers slow the barges\n\nAccording to Lucia Ferrari, a hydrologist in Turin, "the river has never carried so little water in early summer."',
    quotes: ['Lucia Ferrari: the river has never carried so little water in early summer.'],
  },
  {
    id: 'quote.news-put-it.1', test: 'mft', capability: 'quote',
    text: 'A long night of talks\n\nAs Mateus Costa put it, "nobody left the room happy, and that is usually the sign of a fair outcome."',
    quotes: ['Mateus Costa: nobody left the room happy, and that is usually the sign of a fair outcome.'],
  },
  {
    id: 'quote.news-partial.1', test: 'mft', capability: 'quote',
    text: 'Drought talks end early\n\nSpeaking in Lima on Friday, Rosa Paredes said the talks had "made more progress in a week than in the whole of last year."',
    quotes: ['Rosa Paredes: made more progress in a week than in the whole of last year.'],
  },

  // quotes in parts, and speech that runs on
  {
    id: 'quote.news-split.1', test: 'mft', capability: 'split',
    text: 'A modest deal in Bonn\n\nAnna Sjöberg, Sweden\'s climate envoy, had pushed for more. "The deal," she said, "is a first step and nothing more than that."',
    quotes: ['Anna Sjöberg: is a first step and nothing more than that.'],
  },
  {
    id: 'quote.news-split.2', test: 'mft', capability: 'split',
    text: 'Farmers count the losses\n\n"We lost the wheat in June and the maize in August," said Olena Marchenko, who farms near Poltava, "and the insurance covers neither of them."',
    quotes: ['Olena Marchenko: We lost the wheat in June and the maize in August', 'Olena Marchenko: and the insurance covers neither of them.'],
  },
  {
    id: 'quote.news-second-sentence.1', test: 'mft', capability: 'split',
    text: 'Spain defends its record\n\n"We have cut more than anyone asked of us," Ana Ruiz said on Monday. "Now it is the turn of the bigger economies to do the same."',
    quotes: ['Ana Ruiz: We have cut more than anyone asked of us', 'Ana Ruiz: Now it is the turn of the bigger economies to do the same.'],
  },
  {
    id: 'quote.news-continued.1', test: 'mft', capability: 'split',
    text: 'Nigeria seeks funds for its grid\n\nSamuel Adeyemi, Nigeria\'s environment minister, said the plan would need foreign money. "We cannot build this grid on our own," he said.\n\n"Every year of delay raises the cost for all of us."',
    quotes: ['Samuel Adeyemi: We cannot build this grid on our own', 'Samuel Adeyemi: Every year of delay raises the cost for all of us.'],
  },
  {
    id: 'quote.news-continued.2', test: 'mft', capability: 'split',
    text: 'Glaciers retreat in the Andes\n\nSofía Mamani, a glaciologist in La Paz, said: "The ice we measured as students is gone.\n\n"What is left will be gone before my daughter finishes school."',
    quotes: ['Sofía Mamani: The ice we measured as students is gone.', 'Sofía Mamani: What is left will be gone before my daughter finishes school.'],
  },
  {
    id: 'quote.news-continued.3', test: 'mft', capability: 'split',
    text: 'Heat shuts the steelworks\n\n"We sent the night shift home at two in the morning," said Marek Novak, the plant manager.\n\n"The floor was too hot to stand on, and the fans could not keep up.\n\n"We will lose a week of output, maybe more."',
    quotes: [
      'Marek Novak: We sent the night shift home at two in the morning',
      'Marek Novak: The floor was too hot to stand on, and the fans could not keep up.',
      'Marek Novak: We will lose a week of output, maybe more.',
    ],
  },

  // interviews: answers under the questions are the interviewee's
  {
    id: 'quote.news-interview.2', test: 'mft', capability: 'split',
    text: 'Interview: the fisheries minister on electric boats\n\nWe spoke to the fisheries minister, Ingrid Solberg, in Tromsø this week.\n\nQ: Why now?\n\n"Because waiting has become the expensive choice for every harbour town on this coast."\n\nQ: Will the fleet owners accept it?\n\n"Some will complain, but most of them have already ordered electric engines."',
    quotes: ['Ingrid Solberg: Because waiting has become the expensive choice for every harbour town on this coast.', 'Ingrid Solberg: Some will complain, but most of them have already ordered electric engines.'],
  },
  {
    id: 'quote.news-interview.3', test: 'mft', capability: 'split',
    text: 'Chile\'s lead negotiator looks back\n\nIts lead negotiator, Paula Rojas, talked to us between sessions.\n\nWhat changed this year?\n\n"The price of solar in the north fell so far that the old plan looked timid," Rojas said.\n\nThe northern desert now hosts more than forty solar parks.\n\n"Nobody in Santiago had to be persuaded twice. The numbers did the persuading."',
    quotes: ['Paula Rojas: The price of solar in the north fell so far that the old plan looked timid', 'Paula Rojas: Nobody in Santiago had to be persuaded twice. The numbers did the persuading.'],
  },
  {
    id: 'quote.news-interview.4', test: 'neg', capability: 'not-speaker',
    text: 'Coastal towns weigh retreat\n\nThe sea wall was finished in 2019 and has been breached twice since.\n\nWhy does it keep failing?\n\n"Because the coast is moving inland faster than anyone planned for."',
  },

  // speech verbs of all kinds
  {
    id: 'quote.news-verb.insisted', test: 'mft', capability: 'quote',
    text: 'Ministers defend the carbon tax\n\n"The tax stays, whatever the polls say about it," Julia Brandt insisted on Wednesday.',
    quotes: ['Julia Brandt: The tax stays, whatever the polls say about it'],
  },
  {
    id: 'quote.news-verb.warned', test: 'mft', capability: 'quote',
    text: 'Scientists sound the alarm\n\n"The reef can recover from one bad summer, but not from five in a row," warned Dr. Leilani Kahale, a marine biologist.',
    quotes: ['Leilani Kahale: The reef can recover from one bad summer, but not from five in a row'],
  },
  {
    id: 'quote.news-verb.argued', test: 'mft', capability: 'quote',
    text: 'Economists split on subsidies\n\n"Paying people to buy cars they would have bought anyway is not climate policy," argued Tobias Engel, an economist in Munich.',
    quotes: ['Tobias Engel: Paying people to buy cars they would have bought anyway is not climate policy'],
  },
  {
    id: 'quote.news-verb.stressed', test: 'mft', capability: 'quote',
    text: 'Funding talks resume\n\nNadia Haddad stressed that "no country should have to choose between paying its debts and protecting its people."',
    quotes: ['Nadia Haddad: no country should have to choose between paying its debts and protecting its people.'],
  },
  {
    id: 'quote.news-verb.conceded', test: 'mft', capability: 'quote',
    text: 'Rail project runs late\n\n"We promised too much and we built too little," Oskar Lund conceded at the hearing.',
    quotes: ['Oskar Lund: We promised too much and we built too little'],
  },
  {
    id: 'quote.news-verb.quipped', test: 'mft', capability: 'quote',
    text: 'A heat record in the capital\n\n"At least the solar panels are having a good week," quipped Maria Santos, who manages the city\'s grid.',
    quotes: ['Maria Santos: At least the solar panels are having a good week'],
  },
  {
    id: 'quote.news-verb.noted', test: 'mft', capability: 'quote',
    text: 'Wind output hits a record\n\n"The turbines made more power last month than the coal plants did," noted Ewan Fraser, who follows the market for a trade group.',
    quotes: ['Ewan Fraser: The turbines made more power last month than the coal plants did'],
  },
  {
    id: 'quote.news-verb.tweeted', test: 'mft', capability: 'quote',
    text: 'Last coal plant goes quiet\n\n"Today the last coal boiler in the country went cold, a year early," tweeted Lukas Brenner, the energy minister.',
    quotes: ['Lukas Brenner: Today the last coal boiler in the country went cold, a year early'],
  },
  {
    id: 'quote.news-verb.wrote', test: 'mft', capability: 'quote',
    text: 'Mayors write to the president\n\n"Our cities are ready to do more if the money reaches us directly," Carmen Ortiz wrote in a letter to the cabinet.',
    quotes: ['Carmen Ortiz: Our cities are ready to do more if the money reaches us directly'],
  },
  {
    id: 'quote.news-verb.explained', test: 'mft', capability: 'quote',
    text: 'Farmers try new seeds\n\nAbdou Ndiaye explained: "These seeds need half the water and they still give us a harvest in a dry year."',
    quotes: ['Abdou Ndiaye: These seeds need half the water and they still give us a harvest in a dry year.'],
  },

  // a quote in the headline is the article's summary of the speech; the body's words are the quote
  {
    id: 'quote.news-headline.1', test: 'neg', capability: 'not-quote',
    title: 'Vogel: ‘We will not sign a weak deal’',
    text: 'German negotiator Hannah Vogel spoke before the final session on Saturday.',
  },
  {
    id: 'quote.news-headline.2', test: 'mft', capability: 'quote',
    title: 'Vogel: ‘We will not sign a weak deal’',
    text: 'German negotiator Hannah Vogel spoke before the final session on Saturday. "We will not sign a weak deal, whatever the hour," she said.',
    quotes: ['Hannah Vogel: We will not sign a weak deal, whatever the hour'],
  },

  // where one clause ends and another begins
  {
    id: 'quote.news-semicolon.1', test: 'mft', capability: 'speaker',
    text: 'Reactions to the fuel levy\n\nThe Green Party called the levy "a tax on the poor and a gift to polluters"; the Federation of Small Firms said it was "workable for most of our members".',
    quotes: ['Green Party: a tax on the poor and a gift to polluters', 'Federation of Small Firms: workable for most of our members'],
  },
  {
    id: 'quote.news-parenthetical.1', test: 'mft', capability: 'speaker',
    text: 'Grid talks resume\n\nThe target, said Lena Moreau, remained "within reach if the grid money arrives on time."',
    quotes: ['Lena Moreau: within reach if the grid money arrives on time.'],
  },

  // single and nested marks
  {
    id: 'quote.news-single.1', test: 'mft', capability: 'quote',
    text: 'Wind farm wins approval\n\n‘We waited eleven years for this permit,’ said Gareth Powell, who runs the cooperative.',
    quotes: ['Gareth Powell: We waited eleven years for this permit'],
  },
  {
    id: 'quote.news-nested.1', test: 'mft', capability: 'quote',
    text: 'Minister rejects another delay\n\n“They told us ‘wait for the next round’ three rounds ago,” said Amina Diallo, Senegal\'s environment minister.',
    quotes: ['Amina Diallo: They told us ‘wait for the next round’ three rounds ago'],
  },
  {
    id: 'quote.news-single.2', test: 'mft', capability: 'split',
    text: "Growers count the cost\n\n'We cannot keep paying for the dry years on our own,' said Tom Ellis. 'It is the farmers' problem today, and it will be everyone's tomorrow.'",
    quotes: ['Tom Ellis: We cannot keep paying for the dry years on our own', "Tom Ellis: It is the farmers' problem today, and it will be everyone's tomorrow."],
  },
  {
    id: 'quote.news-single.3', test: 'inv', capability: 'split',
    text: 'Growers count the cost\n\n‘We cannot keep paying for the dry years on our own,’ said Tom Ellis. ‘It is the farmers’ problem today, and it will be everyone’s tomorrow.’',
    quotes: ['Tom Ellis: We cannot keep paying for the dry years on our own', 'Tom Ellis: It is the farmers’ problem today, and it will be everyone’s tomorrow.'],
  },

  // not quotes, or not this speaker
  {
    id: 'quote.news-unnamed.1', test: 'neg', capability: 'not-speaker',
    text: 'Deadline likely to slip\n\n"We expect the talks to run past the deadline again," said one official who asked not to be named.',
  },
  {
    id: 'quote.news-unnamed.2', test: 'neg', capability: 'not-speaker',
    text: 'Deadline likely to slip\n\n"Nobody in the room thinks the text will be ready by Friday," a senior European diplomat told reporters.',
  },
  {
    id: 'quote.news-book.1', test: 'neg', capability: 'not-quote',
    text: 'A memoir of the floods\n\nMaria Santos spent three years writing her book, "What the River Took From Us," which came out this spring.',
  },
  {
    id: 'quote.news-report-title.1', test: 'neg', capability: 'not-quote',
    text: 'New study on coastal cities\n\nThe institute published a report entitled "cities at the edge of the water" on Monday.',
  },
  {
    id: 'quote.news-scare.1', test: 'neg', capability: 'not-quote',
    text: 'Debate over offsets grows\n\nCritics say the so-called "nature credits" do little for the forests they claim to protect.',
  },
  {
    id: 'quote.news-heading.1', test: 'neg', capability: 'not-speaker',
    text: 'Harbour plan approved\n\nCoastal Defences\n\n"The wall will be finished before the next storm season, if the weather allows."',
  },
  {
    id: 'quote.news-reporter.1', test: 'mft', capability: 'not-speaker',
    text: 'Flood victims wait for help\n\n"We have been sleeping in the school for three weeks," Amara Kone told our reporter Jane Whitfield.',
    quotes: ['Amara Kone: We have been sleeping in the school for three weeks'],
  },
  {
    id: 'quote.news-one-speaker.1', test: 'mft', capability: 'speaker',
    text: 'Ministers clash over coal\n\n"Nobody will build another coal plant here after this decade," said Peter Holm, echoing his colleague Erik Dahl.',
    quotes: ['Peter Holm: Nobody will build another coal plant here after this decade'],
  },
  {
    id: 'quote.news-one-speaker.2', test: 'mft', capability: 'speaker',
    text: 'Ministers clash over coal\n\n"We should have closed these plants ten years ago," Sara Lind told Tomas Berg during the debate.',
    quotes: ['Sara Lind: We should have closed these plants ten years ago'],
  },
]
