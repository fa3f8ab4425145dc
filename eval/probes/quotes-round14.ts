import type { Probe } from './probe.js'

/**
 * Quote probes of a fourteenth round of our own paraphrases (speakers the tagger misreads):
 * after an inverted "said", a job noun that is also a verb ("Oxfam's policy lead, …") and a body's
 * name after "the" whose words the tagger reads as verbs ("the Ocean Shipping Council's …"); and their
 * near forms: a body's report, which quotes no one.
 */
export const ROUND14_QUOTE_PROBES: readonly Probe[] = [
  // a job noun that is also a verb, and a body's name after "the", in the phrase after "said"
  {
    id: 'quote.r14-said-job.1', test: 'mft', capability: 'speaker',
    text: 'Loss fund called too small\n\n"The fund would not cover a single bad cyclone season in the Pacific," said Oxfam\'s climate policy lead, Nafisa Rahmani.',
    quotes: ['Nafisa Rahmani: The fund would not cover a single bad cyclone season in the Pacific'],
  },
  {
    id: 'quote.r14-said-job.2', test: 'mft', capability: 'speaker',
    text: 'Arctic ice at a new low\n\n“Ice cover in the strait was the thinnest in forty winters,” said the Polar Research Council\'s science lead Pavel Orlov.',
    quotes: ['Pavel Orlov: Ice cover in the strait was the thinnest in forty winters'],
  },
  {
    id: 'quote.r14-said-job.3', test: 'mft', capability: 'speaker',
    text: 'Shipping levy talks drag on\n\n"The levy has to be settled this year or the 2050 goal slips away," said the Ocean Shipping Council\'s decarbonisation director, Maren Lindqvist.',
    quotes: ['Maren Lindqvist: The levy has to be settled this year or the 2050 goal slips away'],
  },
  {
    id: 'quote.r14-said-job.4', test: 'neg', capability: 'not-speaker',
    text: 'Heat deaths outpace floods\n\n“Heat killed more people than floods did last year in every region we studied,” said the Red Cross\'s annual report.',
  },

  // a first name that says the gender ("Tomas", "Piotr"), and a trade opening the sentence before the name ("Nurse …")
  {
    id: 'quote.r14-first-name.1', test: 'mft', capability: 'pronoun',
    text: 'Baltic wind tender opens\n\nEnergy minister Tomas Vaitkus spoke after the economist Rasa Jankauskiene had presented the costs. "The sea off Klaipeda can light half the country by 2035," he said.',
    quotes: ['Tomas Vaitkus: The sea off Klaipeda can light half the country by 2035'],
  },
  {
    id: 'quote.r14-first-name.2', test: 'mft', capability: 'pronoun',
    text: 'Clinic swelters in the heatwave\n\nNurse Olga Petrenko worked through the heatwave at the district clinic. Her colleague Marek Horvat kept the generator running when the power failed.\n\n“We had forty patients and one fan between them,” she said.',
    quotes: ['Olga Petrenko: We had forty patients and one fan between them'],
  },
  {
    id: 'quote.r14-first-name.3', test: 'mft', capability: 'pronoun',
    text: 'Villages move after the flood\n\nTeacher Imran Shah stayed behind when the water came. Relief worker Sadia Karim led the families up to the new site. “We carried the children across the ice because the bridge was gone,” he said.',
    quotes: ['Imran Shah: We carried the children across the ice because the bridge was gone'],
  },
  {
    id: 'quote.r14-first-name.4', test: 'neg', capability: 'not-speaker',
    text: 'Lakes run dry in the east\n\nFarmer Piotr Nowak showed the dry wells to visitors from the ministry.\n\n“Nobody here has seen the lake this low,” she said.',
  },

  // a surname that is an ordinary word ("Bird", "Hope", "Rain") after a first name we know
  {
    id: 'quote.r14-word-surname.1', test: 'mft', capability: 'pronoun',
    text: 'Beekeepers count the cost of the frost\n\nThomas Bird lost forty hives in the late frost. His neighbour Ruth Cole lost none. "I had never seen a spring like it in thirty years of keeping bees," he said.',
    quotes: ['Thomas Bird: I had never seen a spring like it in thirty years of keeping bees'],
  },
  {
    id: 'quote.r14-word-surname.2', test: 'mft', capability: 'pronoun',
    text: 'Agency gets a new head\n\nRachel Hope took over the flood agency in March. The transport minister, Mark Carr, visited its control room on Friday. "A plan gives people something better than wishful thinking," she said.',
    quotes: ['Rachel Hope: A plan gives people something better than wishful thinking'],
  },
  {
    id: 'quote.r14-word-surname.3', test: 'mft', capability: 'pronoun',
    text: 'Hail strips the vineyards\n\nHail flattened the vines of Mary Rain on the upper slope. "The whole slope was bare in ten minutes," she said.',
    quotes: ['Mary Rain: The whole slope was bare in ten minutes'],
  },
  {
    id: 'quote.r14-word-surname.4', test: 'neg', capability: 'not-speaker',
    text: 'Beekeepers count the cost of the frost\n\nThomas Bird lost forty hives in the late frost. "I had never seen a spring like it in thirty years of keeping bees," she said.',
  },

  // a spokesperson for a company whose name has no body noun ("Nordvik Energy", "Kessel Airways")
  {
    id: 'quote.r14-spokes-for.1', test: 'mft', capability: 'body-speaker',
    text: 'Oil firm stands by its targets\n\n"We still aim for net zero by 2050 and we are on track for our 2030 aims," a spokesperson for Nordvik Energy said.',
    quotes: ['Nordvik Energy: We still aim for net zero by 2050 and we are on track for our 2030 aims'],
  },
  {
    id: 'quote.r14-spokes-for.2', test: 'mft', capability: 'body-speaker',
    text: 'Airline delays its new fleet\n\n“The new aircraft will arrive a year later than planned, but they will arrive,” said a spokeswoman for Kessel Airways on Monday.',
    quotes: ['Kessel Airways: The new aircraft will arrive a year later than planned, but they will arrive'],
  },
  {
    id: 'quote.r14-spokes-for.3', test: 'neg', capability: 'not-speaker',
    text: 'Minister stays silent on the mine\n\n"The minister will not comment while the review is under way," a spokesman for Jane Roe said.',
  },

  // a newspaper's one-word title that "reported" the words; a person named in full who reports
  {
    id: 'quote.r14-outlet-reported.1', test: 'neg', capability: 'not-speaker',
    text: 'Paris streets under water\n\n“The city has never seen rain like this in June,” Le Parisien reported on Thursday, quoting the weather service.',
  },
  {
    id: 'quote.r14-outlet-reported.2', test: 'neg', capability: 'not-speaker',
    text: 'Haze closes schools in Riau\n\n"Children should stay indoors until the smoke clears from the province," Kompas reported, citing a health office circular.',
  },
  {
    id: 'quote.r14-outlet-reported.3', test: 'mft', capability: 'speaker',
    text: 'Maize harvest falls by a third\n\nAgriculture minister Sipho Dlamini toured the farms on Monday. “The maize crop is down by a third this year,” Dlamini reported to the cabinet.',
    quotes: ['Sipho Dlamini: The maize crop is down by a third this year'],
  },

  // the person named two paragraphs before "she said", or before "the scientist said" with a sentence between
  {
    id: 'quote.r14-reach.1', test: 'mft', capability: 'pronoun',
    text: 'Ferry cancelled again\n\nIngrid Berg has run the island ferry for twenty years.\n\nThe crossing takes an hour in calm weather, and three when the storms come in from the west.\n\n“There were eleven days this winter when we could not sail at all,” she said.',
    quotes: ['Ingrid Berg: There were eleven days this winter when we could not sail at all'],
  },
  {
    id: 'quote.r14-reach.2', test: 'mft', capability: 'pronoun',
    text: 'Five questions for a forest ranger\n\nMaria Tuyuka has patrolled the reserve for nine years.\n\nWhat has changed?\n\n“The loggers come with drones now, and they know where we are before we know where they are,” she says.',
    quotes: ['Maria Tuyuka: The loggers come with drones now, and they know where we are before we know where they are'],
  },
  {
    id: 'quote.r14-reach.3', test: 'mft', capability: 'speaker',
    text: 'Dam on a fault line\n\nSeismologist Ruth Adeyemi has warned for a decade that the dam sits on a live fault. Engineers dismissed her findings.\n\n“One strong tremor and the spillway would crack,” the scientist said.',
    quotes: ['Ruth Adeyemi: One strong tremor and the spillway would crack'],
  },
  {
    id: 'quote.r14-reach.4', test: 'neg', capability: 'not-speaker',
    text: 'Five questions for a forest ranger\n\nMaria Tuyuka has patrolled the reserve for nine years.\n\nWhat has changed?\n\n“The loggers come with drones now, and they know where we are before we know where they are,” he says.',
  },

  // "That was how X put it": the words after the quote name who told it
  {
    id: 'quote.r14-how-told.1', test: 'mft', capability: 'speaker',
    text: 'Coastal town votes to retreat\n\n"It is time to move the school and the clinic up the hill before the sea takes them."\n\nThat was how councillor Hemi Walker put it at Tuesday\'s meeting.',
    quotes: ['Hemi Walker: It is time to move the school and the clinic up the hill before the sea takes them.'],
  },
  {
    id: 'quote.r14-how-told.2', test: 'mft', capability: 'speaker',
    text: 'Islanders weigh a move inland\n\nThe island voted on Tuesday. “We cannot go on rebuilding the sea wall after every winter storm.” That is how Mayor Tane Rewi described it to the council.',
    quotes: ['Tane Rewi: We cannot go on rebuilding the sea wall after every winter storm.'],
  },
  {
    id: 'quote.r14-how-told.3', test: 'neg', capability: 'not-speaker',
    text: 'Coastal town votes to retreat\n\n"It is time to move the school and the clinic up the hill before the sea takes them."\n\nThat was how the Pacific Wave Trust saw it.',
  },

  // a company whose name ends in a plural of trade ("Minerals", "Motors") speaks as "it"
  {
    id: 'quote.r14-company-it.1', test: 'mft', capability: 'body-speaker',
    text: 'Miner denies spill charges\n\nKestrel Minerals denied the charges on Friday. "We have met every condition of our licence and will show this in court," it said in a statement.',
    quotes: ['Kestrel Minerals: We have met every condition of our licence and will show this in court'],
  },
  {
    id: 'quote.r14-company-it.2', test: 'mft', capability: 'body-speaker',
    text: 'Carmaker trims its forecast\n\nVolkner Motors cut its sales forecast on Tuesday. “Demand for electric cars in Europe has grown more slowly than we expected,” it said.',
    quotes: ['Volkner Motors: Demand for electric cars in Europe has grown more slowly than we expected'],
  },
  {
    id: 'quote.r14-company-it.3', test: 'neg', capability: 'not-speaker',
    text: 'Miner denies spill charges\n\nKestrel Minerals denied the charges on Friday. "We have met every condition of our licence and will show this in court," she said.',
  },

  // an interview whose introduction names the interviewee by a name the gazetteer does not know
  {
    id: 'quote.r14-interview.1', test: 'mft', capability: 'speaker',
    text: 'Five minutes with a negotiator\n\nAhmed Rahimi leads the delegation at the talks.\n\nQ: What do you want from the fund?\n\nA: "We want the money to reach the villages, not to stay in the capitals of the donors."',
    quotes: ['Ahmed Rahimi: We want the money to reach the villages, not to stay in the capitals of the donors.'],
  },
  {
    id: 'quote.r14-interview.2', test: 'mft', capability: 'speaker',
    text: 'On the record: a reef warden\n\nLeilani Kahale has counted the reef\'s corals every spring since 2009.\n\nQ: How bad was this year?\n\n“Half the colonies on the outer reef had turned white by the end of March,” Kahale said.\n\nQ: Can they recover?\n\n“Some will, if the water cools before the summer.”',
    quotes: ['Leilani Kahale: Half the colonies on the outer reef had turned white by the end of March', 'Leilani Kahale: Some will, if the water cools before the summer.'],
  },
  {
    id: 'quote.r14-interview.3', test: 'neg', capability: 'not-speaker',
    text: 'Five minutes on the fund\n\nThe fund\'s board met in the capital on Monday.\n\nQ: What do the villages want from the fund?\n\nA: "They want the money to reach them, not to stay in the capitals of the donors."',
  },
  // A surname that is also a capital's name, after a first name our lists know ("Paulo Lima", "Ana Lima").
  {
    id: 'quote.capital-surname.1', test: 'mft', capability: 'speaker',
    text: 'Brazil opens bidding for offshore wind\n\nPaulo Lima, Brazil\'s energy minister, opened the first round in Fortaleza on Monday. It covers six areas off the north-east coast.\n\n“We expect bids from at least ten companies,” he said.',
    quotes: ['Paulo Lima: We expect bids from at least ten companies'],
  },
  {
    id: 'quote.capital-surname.2', test: 'inv', capability: 'speaker',
    text: 'Brazil opens bidding for offshore wind\n\nThe first round covers six areas off the north-east coast.\n\n“We expect bids from at least ten companies,” said the energy minister, Paulo Lima.',
    quotes: ['Paulo Lima: We expect bids from at least ten companies'],
  },
  {
    id: 'quote.capital-surname.3', test: 'neg', capability: 'not-speaker',
    text: 'Talks stall in Lima\n\nDelegates from twelve countries left Lima on Friday without a text.\n\n“We will meet again in the spring,” the chair told them.',
  },
  // A quote paragraph signed on the line below it with a dash ("— Jane Doe, negotiator"): the cleaner kept
  // the line and the speaker reader looked only inside the quote's paragraph.
  {
    id: 'quote.r14-signed-below.1', test: 'mft', capability: 'speaker',
    text: 'Ferry workers walk out\n\nCrews on the island ferries stopped work on Monday after talks on night shifts broke down.\n\n“We will not sail another night route until the rota is fixed.”\n\n— Lucia Ferrante, crew representative\n\nThe operator said it would run a reduced timetable.',
    quotes: ['Lucia Ferrante: We will not sail another night route until the rota is fixed.'],
  },
  {
    id: 'quote.r14-signed-below.2', test: 'mft', capability: 'speaker',
    text: 'What the delegates said\n\nThe adaptation talks closed late on Sunday with a draft that leaves the finance figure blank.\n\n"A blank line is not a plan."\n— Tevita Fonua, Tonga\'s chief negotiator\n\n"We leave with less than we came for."\n— Grete Halvorsen, youth delegate\n\nThe draft goes to ministers in June.',
    quotes: ['Tevita Fonua: A blank line is not a plan.', 'Grete Halvorsen: We leave with less than we came for.'],
  },
  {
    id: 'quote.r14-signed-below.3', test: 'neg', capability: 'not-speaker',
    text: 'Grants for heat pumps\n\nHouseholds can now apply for the new heat pump grant, which pays for half of the unit.\n\n"Apply before the end of July to be paid this year."\n\n— The Ministry of Energy\n\nThe scheme closes on July 31.',
  },
  {
    id: 'quote.r14-signed-below.4', test: 'neg', capability: 'not-speaker',
    text: 'River levels fall\n\nThe river dropped a metre overnight at the northern gauge, the water board said.\n\n— Oskar Lind, hydrologist, took the reading at dawn\n\nBarges will wait for rain.',
  },
  // A reporter's title with the reporter's name beside it ("said the paper's correspondent, Tom Doe"): the name
  // is the reporter's, who never speaks the words reported (lexicon REPORTER_TITLES); a named expert still does.
  {
    id: 'quote.r14-reporter-name.1', test: 'neg', capability: 'not-speaker',
    text: 'Wells run dry in the valley\n\n"Half the wells in the valley gave no water this week," wrote the paper\'s correspondent, Ilse Brandt.',
  },
  {
    id: 'quote.r14-reporter-name.2', test: 'neg', capability: 'not-speaker',
    text: 'Harbour floods again\n\n"The sea came over the quay twice before noon," the channel\'s reporter, Omar Falk, said from the harbour.',
  },
  {
    id: 'quote.r14-reporter-name.3', test: 'mft', capability: 'speaker',
    text: 'Harbour floods again\n\n"The sea came over the quay twice before noon," the port\'s director, Omar Falk, said.',
    quotes: ['Omar Falk: The sea came over the quay twice before noon'],
  },
  // A capitalised particle opening a surname ("Le Pen", "De Groot", "Di Matteo") is part of it; an outlet's
  // title of the same shape that reports the words ("Le Monde reported") is no one.
  {
    id: 'quote.r14-particle-surname.1', test: 'mft', capability: 'speaker',
    text: 'Dike bill doubles\n\n"Raising the northern dike will cost twice what the province budgeted," De Groot told the council on Monday.',
    quotes: ['De Groot: Raising the northern dike will cost twice what the province budgeted'],
  },
  {
    id: 'quote.r14-particle-surname.2', test: 'mft', capability: 'speaker',
    text: 'Ski towns wait for snow\n\n"There was no snow below two thousand metres in January," Di Matteo said at the lift station.',
    quotes: ['Di Matteo: There was no snow below two thousand metres in January'],
  },
  {
    id: 'quote.r14-particle-surname.3', test: 'neg', capability: 'not-speaker',
    text: 'Paris swelters\n\n"The city had its warmest night since records began," Le Monde reported on Tuesday, citing the weather office.',
  },
]
