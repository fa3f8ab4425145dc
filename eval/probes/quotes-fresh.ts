import type { Probe } from './probe.js'

/**
 * Quote probes of a thirteenth round of our own paraphrases (speaker forms across paragraphs, bodies, roles):
 * a person called later by a trade they were not introduced with ("the scientist", "the chief executive"),
 * a body named after the nouns that say what it is ("the environmental group …", "the utility …"), a
 * surname that is also a title ("King said"), a family noun for the person just named ("the mother of
 * two"), a person named a paragraph before "she said", a quote standing alone and the next paragraph
 * naming its speaker, a body's name the tagger cuts, a round-up's "Name (Country): “…”", more verbs of
 * speech ("joked", "hit back", "testified"), "“…” The warning came from X"; and their near forms: one
 * quote given to two speakers, a headline's first word over a lede's quote, an office no one held, a news
 * outlet, a mother of someone else, a pronoun of the other gender, a document pointing back.
 */
export const FRESH_QUOTE_PROBES: readonly Probe[] = [
  // a trade the person was not introduced with
  {
    id: 'quote.fresh-role-trade.1', test: 'mft', capability: 'speaker',
    text: 'Ice loss speeds up in the fjords\n\nGlaciologist Sigrid Aune has measured the Jostedal ice since 2004.\n\n"The front moved back further this summer than in any year I have recorded," the scientist said.',
    quotes: ['Sigrid Aune: The front moved back further this summer than in any year I have recorded'],
  },
  {
    id: 'quote.fresh-role-trade.2', test: 'mft', capability: 'speaker',
    text: 'Cement maker turns to hydrogen\n\nMarta Kowalczyk, chief executive of Betonex, presented the plan on Monday.\n\n“The first kiln will burn hydrogen before the end of next year,” the chief executive said.',
    quotes: ['Marta Kowalczyk: The first kiln will burn hydrogen before the end of next year'],
  },
  {
    id: 'quote.fresh-role-trade.3', test: 'mft', capability: 'speaker',
    text: 'Fund urges a carbon price floor\n\nIMF managing director Ilse Vandermeer called for a floor on carbon prices in Washington.\n\n“A common floor would cut emissions faster than any subsidy,” the IMF chief said.',
    quotes: ['Ilse Vandermeer: A common floor would cut emissions faster than any subsidy'],
  },
  {
    id: 'quote.fresh-role-trade.4', test: 'neg', capability: 'not-speaker',
    text: 'Hail ruins the harvest\n\nFarmer Rosa Quintero lost most of her maize to the hail last week.\n\n“The state will pay for every hectare that was lost,” the minister said.',
  },

  // a body named after what it is
  {
    id: 'quote.fresh-described-body.1', test: 'mft', capability: 'body-speaker',
    text: 'Campaigners fight a new runway\n\n“A third runway makes a mockery of the climate law,” the environmental group Friends of the Marsh said on Tuesday.',
    quotes: ['Friends of the Marsh: A third runway makes a mockery of the climate law'],
  },
  {
    id: 'quote.fresh-described-body.2', test: 'mft', capability: 'body-speaker',
    text: 'Coal plant to shut on time\n\n“The plant will close in 2027 as planned,” a spokeswoman for the utility Valdora Energía told AFP on Monday.',
    quotes: ['Valdora Energía: The plant will close in 2027 as planned'],
  },
  {
    id: 'quote.fresh-described-body.3', test: 'neg', capability: 'not-speaker',
    text: 'Pipeline leaks again\n\n“The pipeline has leaked three times since the spring,” the newspaper Nordlys Tidende reported on Friday.',
  },
  {
    id: 'quote.fresh-described-body.4', test: 'neg', capability: 'not-speaker',
    text: 'Pipeline leaks again\n\n“The pipeline has leaked three times since the spring,” the broadcaster KTV said on Friday.',
  },

  // a surname that is also a title
  {
    id: 'quote.fresh-surname-title.1', test: 'mft', capability: 'speaker',
    text: 'Canberra approves a gas field\n\nResources Minister Joanne King approved the field on Friday. She said the gas would be needed for a decade.\n\n“Gas will stay in our energy mix for years to come,” King said in a statement.',
    quotes: ['Joanne King: Gas will stay in our energy mix for years to come'],
  },
  {
    id: 'quote.fresh-surname-title.2', test: 'neg', capability: 'not-speaker',
    text: 'Canberra approves a gas field\n\nThe government approved the field on Friday.\n\n“Gas will stay in our energy mix for years to come,” Minister said in a statement.',
  },

  // a family noun for the person just named
  {
    id: 'quote.fresh-family.1', test: 'mft', capability: 'speaker',
    text: 'Haze chokes the city\n\nDewi Anggraini keeps her children indoors on most days now.\n\n“They cough all night when the smoke is bad,” the mother of two said.',
    quotes: ['Dewi Anggraini: They cough all night when the smoke is bad'],
  },
  {
    id: 'quote.fresh-family.2', test: 'neg', capability: 'not-speaker',
    text: 'Haze chokes the city\n\nDewi Anggraini keeps her children indoors on most days now.\n\n“They cough all night when the smoke is bad,” the mother of a classmate said.',
  },

  // the person named a paragraph or two before "she said"
  {
    id: 'quote.fresh-pronoun-reach.1', test: 'mft', capability: 'pronoun',
    text: 'Valley counts the cost of the flood\n\nA wall of water swept down the valley in June, taking bridges and houses.\n\nSunita Tamang, 54, runs a tea house that the water spared. Her neighbours were not so lucky.\n\n“We heard a roar like a plane, and then the river was in the street,” she said.',
    quotes: ['Sunita Tamang: We heard a roar like a plane, and then the river was in the street'],
  },
  {
    id: 'quote.fresh-pronoun-reach.2', test: 'neg', capability: 'not-speaker',
    text: 'Wells run dry\n\nPeter Lindgren, 61, has farmed near Uppsala all his life. His wells are dry.\n\nThe village also lost its school this year.\n\n“We carry water from the river in buckets now,” she said.',
  },

  // a quote standing alone, its speaker in the next paragraph
  {
    id: 'quote.fresh-lede-message.1', test: 'mft', capability: 'speaker',
    text: 'Farmers drive on the capital\n\n“We feed this country and we are treated like criminals.”\n\nThat was the message from Joost Verhoeven, a pig farmer, as tractors rolled into the city on Tuesday.',
    quotes: ['Joost Verhoeven: We feed this country and we are treated like criminals.'],
  },
  {
    id: 'quote.fresh-lede-message.2', test: 'neg', capability: 'not-speaker',
    text: 'Farmers drive on the capital\n\n“We feed this country and we are treated like criminals.”\n\nThat was the message of a report by the farm lobby, published as tractors rolled into the city on Tuesday.',
  },
  // a body's name the tagger cuts: a first word read as a preposition, an "of"/"for" tail, "International"
  {
    id: 'quote.fresh-body-name.1', test: 'mft', capability: 'body-speaker',
    text: 'Campaigners target gas finance\n\n“Every new terminal locks the region into gas for thirty years,” the Beyond Gas Asia campaign said in a statement.',
    quotes: ['Beyond Gas Asia campaign: Every new terminal locks the region into gas for thirty years'],
  },
  {
    id: 'quote.fresh-body-name.2', test: 'mft', capability: 'body-speaker',
    text: 'Students join the strike\n\n“We will march every Friday until the coal plant has a closing date,” Parents for Future said on Thursday.',
    quotes: ['Parents for Future: We will march every Friday until the coal plant has a closing date'],
  },
  {
    id: 'quote.fresh-body-name.3', test: 'mft', capability: 'body-speaker',
    text: 'Pipeline approval challenged\n\n“The approval ignores the rivers that three towns drink from,” Friends of the Delta said in a statement.',
    quotes: ['Friends of the Delta: The approval ignores the rivers that three towns drink from'],
  },
  {
    id: 'quote.fresh-body-name.4', test: 'mft', capability: 'body-speaker',
    text: 'Lenders urged to drop coal\n\n“Public banks are still the biggest lenders to new coal mines,” Ocean Action International said in a report on Monday.',
    quotes: ['Ocean Action International: Public banks are still the biggest lenders to new coal mines'],
  },
  {
    id: 'quote.fresh-body-name.5', test: 'inv', capability: 'speaker',
    text: 'Pipeline approval challenged\n\nLawyer Tomasz Wrona has fought the pipeline for six years.\n\n“The approval ignores the rivers that three towns drink from,” Wrona of the Delta Defence Fund said.',
    quotes: ['Tomasz Wrona: The approval ignores the rivers that three towns drink from'],
  },
  {
    id: 'quote.fresh-body-name.6', test: 'mft', capability: 'body-speaker',
    text: 'Road blocked in Edinburgh\n\nActivists glued themselves to a road near the castle on Monday. “Officers are on the scene and the road will reopen shortly,” said a statement from the Lothian police.',
    quotes: ['Lothian police: Officers are on the scene and the road will reopen shortly'],
  },

  // a round-up's speaker, with the country in brackets before the colon
  {
    id: 'quote.fresh-roundup.1', test: 'mft', capability: 'speaker',
    text: 'Reactions to the deal\n\nRosa Quispe (Peru): “This is a good start, but the money is still not on the table.”\n\nHenrik Dahl (Norway): “We got the wording on methane that we came for.”',
    quotes: ['Rosa Quispe: This is a good start, but the money is still not on the table.', 'Henrik Dahl: We got the wording on methane that we came for.'],
  },
  {
    id: 'quote.fresh-roundup.2', test: 'neg', capability: 'not-speaker',
    text: 'Reactions to the deal\n\nPeru (for the Andean group): “This is a good start, but the money is still not on the table.”',
  },
  // how it was said: more verbs of speech in attributions, and particles ("hit back", "went on")
  {
    id: 'quote.fresh-speech-verb.1', test: 'mft', capability: 'speaker',
    text: 'Minister on the heat\n\n“At least the tomatoes are happy this summer,” Agriculture Minister Pavel Dvorak joked at the fair.',
    quotes: ['Pavel Dvorak: At least the tomatoes are happy this summer'],
  },
  {
    id: 'quote.fresh-speech-verb.2', test: 'mft', capability: 'speaker',
    text: 'Dikes under strain\n\n“The dikes in the north will not hold another storm like the last one,” Water Minister Femke de Wit underlined.',
    quotes: ['Femke de Wit: The dikes in the north will not hold another storm like the last one'],
  },
  {
    id: 'quote.fresh-speech-verb.3', test: 'mft', capability: 'speaker',
    text: 'Opposition attacks the levy\n\n“The opposition had twelve years to fix the grid and did nothing,” Energy Minister Grace Achieng hit back.',
    quotes: ['Grace Achieng: The opposition had twelve years to fix the grid and did nothing'],
  },
  {
    id: 'quote.fresh-speech-verb.4', test: 'mft', capability: 'speaker',
    text: 'Inquiry into the blackout\n\n“We warned the regulator twice that the reserve was too thin,” grid chief Oskar Lindahl testified on Tuesday.',
    quotes: ['Oskar Lindahl: We warned the regulator twice that the reserve was too thin'],
  },
  {
    id: 'quote.fresh-speech-verb.5', test: 'neg', capability: 'not-speaker',
    text: 'Drought report\n\nThe report highlighted that the region faced “the worst drought in four decades of records.”',
  },

  // one quote, two speakers
  {
    id: 'quote.fresh-two-speakers.1', test: 'neg', capability: 'not-speaker',
    text: 'Ocean pact signed\n\n“This is a good day for the ocean and for both our peoples,” President Ana Sousa and Prime Minister Jonas Berg said.',
  },
  {
    id: 'quote.fresh-two-speakers.2', test: 'neg', capability: 'not-speaker',
    text: 'Parties split on the target\n\nParty leaders Lena Maier and Tobias Kern stressed that the plan was still too vague. “Nobody can say what this will cost a family,” sai',
  },
  {
    id: 'quote.fresh-two-speakers.3', test: 'inv', capability: 'speaker',
    text: 'Talks enter last week\n\nEU energy commissioner and lead envoy Maarten Visser warned: “If we keep burning at this rate, the planet will boil.”',
    quotes: ['Maarten Visser: If we keep burning at this rate, the planet will boil.'],
  },
  // the sentence after a quote names whose words they were
  {
    id: 'quote.fresh-words-of.1', test: 'mft', capability: 'speaker',
    text: 'Island states dig in\n\n“We will not sign a deal that lets the sea take our homes.” The warning came from Palau envoy Ilana Seid on Monday.',
    quotes: ['Ilana Seid: We will not sign a deal that lets the sea take our homes.'],
  },
  {
    id: 'quote.fresh-words-of.2', test: 'mft', capability: 'speaker',
    text: 'Island states dig in\n\n“We will not sign a deal that lets the sea take our homes.” Those were the words of Palau envoy Ilana Seid on Monday.',
    quotes: ['Ilana Seid: We will not sign a deal that lets the sea take our homes.'],
  },
  {
    id: 'quote.fresh-words-of.3', test: 'neg', capability: 'not-speaker',
    text: 'Island states dig in\n\n“We will not sign a deal that lets the sea take our homes.” The warning came from a report by the island states.',
  },
]
