import type { Probe } from './probe.js'

/**
 * Quote probes of a fifteenth round of our own paraphrases: a quote opening the article with its
 * dashed signature line under it (before any long paragraph, where the header's labels are cut);
 * after "said", a description of a person that is no role phrase ("the harbour's chief engineer",
 * "the 58-year-old winemaker") with the name set beside it by a comma; a first name that is also a
 * title word ("Marine"), which opens the name and says "she"; a woman named only as an object after a
 * man as the subject ("Minister John Okoro thanked Amina Yusuf. “…,” she said"); a quoted paragraph signed
 * on the line under it by a name and a comma, with no dash ("Jane Roe, Harbour Workers' Union"); a quote
 * standing alone after a sentence whose speech verb has a role or trade as its subject ("…, the mayor
 * added. “…”", "…, the scientist said. “…”"); a surname that is also a verb, after a first name our
 * lists lack and before a speech verb ("Isla Grant said:"); a spokesperson for a body whose name lists its
 * fields after commas ("the Ministry of Agriculture, Fisheries and Food"); a newspaper named by its title
 * word ("the Valley Gazette", "the Morning Chronicle"), which quotes people and is no speaker itself;
 * the report's own reporter named with "our" or "the paper's" title after the name; an "as" clause
 * whose subject is a description and a name ("As the historian Karl Weiss once wrote, “…”"); a quote
 * opening the article given to "the president" or "the minister", who is named with that role just
 * after; "“…,” came the reply from …", the speech noun after an inverted "come"; after "said", two titles
 * joined by "and" before the name set beside them; and their near forms.
 */
export const ROUND15_QUOTE_PROBES: readonly Probe[] = [
  // a quote opening the article, signed on the line under it
  {
    id: 'quote.r15-opening-signature.1', test: 'mft', capability: 'speaker',
    text: 'Poland holds on to coal\n\n“We will not give up coal in this decade or the next.”\n\n— Jan Nowak, Polish climate minister\n\nPoland burns coal for most of its power.',
    quotes: ['Jan Nowak: We will not give up coal in this decade or the next.'],
  },
  {
    id: 'quote.r15-opening-signature.2', test: 'mft', capability: 'speaker',
    text: 'A harbour learns to float\n\n"Every new pier in this port will rise with the tide."\n— Ines Carvalho, harbour engineer\n\nThe port has raised three quays since the storm.',
    quotes: ['Ines Carvalho: Every new pier in this port will rise with the tide.'],
  },
  {
    id: 'quote.r15-opening-signature.3', test: 'neg', capability: 'not-quote',
    text: 'A harbour learns to float\n\n“Cities Built for the Next Flood”\n\n— Ines Carvalho, Harbour Press\n\nThe port has raised three quays since the storm.',
  },

  // after "said", a description of a person with the name beside it
  {
    id: 'quote.r15-said-description.1', test: 'mft', capability: 'speaker',
    text: 'Port goes electric\n\n"We will have every crane running on shore power by 2028," said the harbour\'s chief engineer, Omar Falk.',
    quotes: ['Omar Falk: We will have every crane running on shore power by 2028'],
  },
  {
    id: 'quote.r15-said-description.2', test: 'mft', capability: 'speaker',
    text: 'Vineyards burn\n\n“We lost the harvest of three years in one afternoon,” said the 58-year-old winemaker, Claire Dubois, standing among the blackened vines.',
    quotes: ['Claire Dubois: We lost the harvest of three years in one afternoon'],
  },
  {
    id: 'quote.r15-said-description.3', test: 'mft', capability: 'speaker',
    text: 'Glacier survey\n\n“The ice tongue has pulled back two kilometres since 1990,” said the expedition\'s senior glaciologist, Henrik Aas.',
    quotes: ['Henrik Aas: The ice tongue has pulled back two kilometres since 1990'],
  },
  {
    id: 'quote.r15-said-description.4', test: 'neg', capability: 'not-speaker',
    text: 'Port goes electric\n\n"Every crane will run on shore power by 2028," said the harbour\'s chief engineer, who was not allowed to give her name.',
  },

  // a first name that is also a title word: the name keeps it, and it says the gender
  {
    id: 'quote.r15-title-first-name.1', test: 'mft', capability: 'pronoun',
    text: 'Trawlers to get new engines\n\nFisheries minister Marine Lefort answered questions after Pierre Aubry had spoken. “Our trawlers will need help to change their engines,” she said.',
    quotes: ['Marine Lefort: Our trawlers will need help to change their engines'],
  },
  {
    id: 'quote.r15-title-first-name.2', test: 'mft', capability: 'pronoun',
    text: 'Greens split over the levy\n\nMarine Dubreuil walked out of the meeting with Paul Girard on Monday. “Nobody in this room is serious about the levy,” she said.',
    quotes: ['Marine Dubreuil: Nobody in this room is serious about the levy'],
  },
  {
    id: 'quote.r15-title-first-name.3', test: 'neg', capability: 'not-speaker',
    text: 'Reef bleaching spreads\n\nMarine heatwaves bleached the reef again this year, the survey by Tom Reid found. “We have lost a third of the coral since 2016,” she said.',
  },

  // a woman named as an object, when the subject is a man: "she" is her
  {
    id: 'quote.r15-object-she.1', test: 'mft', capability: 'pronoun',
    text: 'Award for river work\n\nEnvironment Minister John Okoro thanked Amina Yusuf for her work on the river. “We never stopped cleaning it, even in the war,” she said.',
    quotes: ['Amina Yusuf: We never stopped cleaning it, even in the war'],
  },
  {
    id: 'quote.r15-object-she.2', test: 'mft', capability: 'pronoun',
    text: 'Heat wave in the fields\n\nDr Peter Lang treated Grace Otieno for heatstroke on Tuesday. “I thought I would die in that field,” she told reporters.',
    quotes: ['Grace Otieno: I thought I would die in that field'],
  },
  {
    id: 'quote.r15-object-she.3', test: 'neg', capability: 'not-speaker',
    text: 'Award for river work\n\nEnvironment Minister John Okoro thanked the river volunteers for their work. “We never stopped cleaning it, even in the war,” she said.',
  },

  // a quoted paragraph signed on the line under it without a dash
  {
    id: 'quote.r15-signed-below.1', test: 'mft', capability: 'speaker',
    text: 'Voices from the summit\n\nThe talks ended a day late. Reactions came quickly from the delegations.\n\n"This is a good start, but the sums are tiny next to the damage our islands face every year."\n\nLagi Tuilagi, Pacific Islands Forum\n\n"Finally the rich countries have put money on the table. Now they must keep it coming."\n\nHannah Moser, Climate Action Europe',
    quotes: [
      'Lagi Tuilagi: This is a good start, but the sums are tiny next to the damage our islands face every year.',
      'Hannah Moser: Finally the rich countries have put money on the table. Now they must keep it coming.',
    ],
  },
  {
    id: 'quote.r15-signed-below.2', test: 'mft', capability: 'speaker',
    text: 'Coal row at the summit\n\nMinisters welcomed the agreement on Sunday. Jan Pieters, the Belgian envoy, said "the text is balanced and fair to all".\n\n"We wanted more on coal, and we will keep pushing for it at the next summit."\n\nSara Lind, Swedish climate minister\n\nThe summit closed a day late after talks ran through the night.',
    quotes: [
      'Jan Pieters: the text is balanced and fair to all',
      'Sara Lind: We wanted more on coal, and we will keep pushing for it at the next summit.',
    ],
  },
  {
    id: 'quote.r15-signed-below.3', test: 'neg', capability: 'not-quote',
    text: 'What the treaty says\n\nThe goal was set in 2015 and has not changed since.\n\n"Parties shall keep warming well under two degrees and strive to stop it at one and a half."\n\nParis Agreement, Article 2\n\nScientists say the world is far off that path.',
  },

  // a standalone quote after a sentence whose speaker is a role or a trade
  {
    id: 'quote.r15-role-before.1', test: 'mft', capability: 'speaker',
    text: 'Heat plan for the capital\n\nThe city will plant ten thousand trees, Mayor Elena Ruiz said. The shade, the mayor added, would cool streets by several degrees. "We cannot air-condition a whole city, but we can shade it."',
    quotes: ['Elena Ruiz: We cannot air-condition a whole city, but we can shade it.'],
  },
  {
    id: 'quote.r15-role-before.2', test: 'mft', capability: 'speaker',
    text: 'Reef survey\n\nBiologist Ruth Cole led the survey off the northern coast. Half the coral was bleached, the scientist said. “I have never seen the reef this white in twenty years of diving.”',
    quotes: ['Ruth Cole: I have never seen the reef this white in twenty years of diving.'],
  },
  {
    id: 'quote.r15-role-before.3', test: 'mft', capability: 'speaker',
    text: 'Carbon price climbs\n\nEconomist Lena Fischer has studied the market since it opened. Heavy industry had already priced in the rise, the economist said on Monday. “The firms that planned ahead will barely notice the jump.”',
    quotes: ['Lena Fischer: The firms that planned ahead will barely notice the jump.'],
  },
  {
    id: 'quote.r15-role-before.4', test: 'neg', capability: 'not-speaker',
    text: 'Heat plan for the capital\n\nThe city will plant ten thousand trees next year. The shade, the mayor added, would cool streets by several degrees. "We cannot air-condition a whole city, but we can shade it."',
  },

  // a surname that is also a verb, between a first name we do not know and a speech verb
  {
    id: 'quote.r15-verb-surname.1', test: 'mft', capability: 'speaker',
    text: "North Sea licences\n\nCampaigner Isla Grant said: 'New licences make a mockery of the government's climate promises.'",
    quotes: ["Isla Grant: New licences make a mockery of the government's climate promises."],
  },
  {
    id: 'quote.r15-verb-surname.2', test: 'mft', capability: 'speaker',
    text: 'Flood defences questioned\n\nFarmer Oisin Wade told the inquiry: “The embankment was built for a river that no longer exists.”',
    quotes: ['Oisin Wade: The embankment was built for a river that no longer exists.'],
  },
  {
    id: 'quote.r15-verb-surname.3', test: 'neg', capability: 'not-quote',
    text: 'North Sea licences\n\nCampaigner Isla Grant said the new licences were "a mockery".',
  },

  // a spokesperson for a body whose name lists its fields after commas: the list is no person set beside it
  {
    id: 'quote.r15-listed-body.1', test: 'mft', capability: 'body-speaker',
    text: 'India restates its targets\n\n"India is committed to its updated targets and will report on them transparently," a spokesperson for India\'s Ministry of Environment, Forest and Climate Change said.',
    quotes: ["India's Ministry of Environment, Forest and Climate Change: India is committed to its updated targets and will report on them transparently"],
  },
  {
    id: 'quote.r15-listed-body.2', test: 'mft', capability: 'body-speaker',
    text: 'Drought aid promised\n\n"Farmers in the north will receive support within weeks," said a spokeswoman for the Ministry of Agriculture, Fisheries and Food.',
    quotes: ['Ministry of Agriculture, Fisheries and Food: Farmers in the north will receive support within weeks'],
  },
  {
    id: 'quote.r15-listed-body.3', test: 'mft', capability: 'speaker',
    text: 'Drought aid promised\n\n"Farmers in the north will receive support within weeks," said a spokeswoman for the Ministry of Agriculture, Fisheries and Food, Anna Kowalczyk.',
    quotes: ['Anna Kowalczyk: Farmers in the north will receive support within weeks'],
  },
  {
    id: 'quote.r15-listed-body.4', test: 'neg', capability: 'not-quote',
    text: 'Drought aid promised\n\n"Farmers in the north will receive support within weeks," said a draft plan of the Ministry of Agriculture, Fisheries and Food.',
  },

  // a newspaper named by its title word quotes people, and its editorial is no quote of a speaker
  {
    id: 'quote.r15-newspaper.1', test: 'neg', capability: 'not-speaker',
    text: 'Editorial on the levy\n\n"The deal will not survive the next election," the Financial Herald wrote in an editorial.',
  },
  {
    id: 'quote.r15-newspaper.2', test: 'neg', capability: 'not-speaker',
    text: 'Editorial on the levy\n\n"Ministers have once again chosen the easy road over the right one," the Morning Chronicle said in its leader on Sunday.',
  },
  {
    id: 'quote.r15-newspaper.3', test: 'mft', capability: 'speaker',
    text: 'Dairy farms shrink\n\n"Half the herds in this valley will be gone in ten years," farmer Tom Hale told the Valley Gazette.',
    quotes: ['Tom Hale: Half the herds in this valley will be gone in ten years'],
  },

  // the report's own reporter, the title after the name, is no speaker; a former editor quoted as a source is one
  {
    id: 'quote.r15-own-reporter.1', test: 'neg', capability: 'not-speaker',
    text: 'Talks drag on in Baku\n\n"The delegates are exhausted and the text is still full of brackets," reported Tom Hale, our correspondent in Baku.',
  },
  {
    id: 'quote.r15-own-reporter.2', test: 'neg', capability: 'not-speaker',
    text: 'Talks drag on in Brussels\n\n"Nobody in the building expects a vote on the levy before the summer," wrote Anna Berg, the paper\'s Brussels correspondent.',
  },
  {
    id: 'quote.r15-own-reporter.3', test: 'mft', capability: 'speaker',
    text: 'Talks drag on in Baku\n\n"The delegates are exhausted and the text is still full of brackets," said Tom Hale, a former editor who now runs a climate charity.',
    quotes: ['Tom Hale: The delegates are exhausted and the text is still full of brackets'],
  },

  // "As the historian Karl Weiss once wrote, “…”": the speaker of an "as" clause before the quote
  {
    id: 'quote.r15-as-clause.1', test: 'mft', capability: 'speaker',
    text: 'Every crisis feels like the last\n\nAs the historian Karl Weiss once wrote, "every age believes its crisis is the last one the world will face".',
    quotes: ['Karl Weiss: every age believes its crisis is the last one the world will face'],
  },
  {
    id: 'quote.r15-as-clause.2', test: 'mft', capability: 'speaker',
    text: 'Adaptation has limits\n\nAs the minister, Ana Cruz, put it on Monday: "We cannot adapt to a world that is four degrees warmer."',
    quotes: ['Ana Cruz: We cannot adapt to a world that is four degrees warmer.'],
  },
  {
    id: 'quote.r15-as-clause.3', test: 'neg', capability: 'not-quote',
    text: 'Adaptation has limits\n\nAs the report warned, "the cost of acting is far smaller than the cost of waiting".',
  },

  // "“…,” the president concluded. ¶ President Jane Doe spoke at …": the role is named just after
  {
    id: 'quote.r15-role-ahead.1', test: 'mft', capability: 'speaker',
    text: 'Steppe nation sets coal exit\n\nASTANA — "Coal plants will be closed one by one as the wind farms come online," the president concluded.\n\nPresident Aidar Nurlanov spoke at a conference on carbon neutrality.',
    quotes: ['Aidar Nurlanov: Coal plants will be closed one by one as the wind farms come online'],
  },
  {
    id: 'quote.r15-role-ahead.2', test: 'mft', capability: 'speaker',
    text: 'Levy row in parliament\n\n"The levy will be paid by the polluters, not by the families," the minister told parliament.\n\nFinance Minister Greta Holm faced three hours of questions on the bill.',
    quotes: ['Greta Holm: The levy will be paid by the polluters, not by the families'],
  },
  {
    id: 'quote.r15-role-ahead.3', test: 'neg', capability: 'not-speaker',
    text: 'Levy row in parliament\n\n"The levy will be paid by the polluters, not by the families," the minister told parliament.\n\nThe opposition leader, Tom Berg, faced three hours of questions on the bill.',
  },

  // "“…,” came the reply from Jane Doe": "come" before its subject, as "was the message from"
  {
    id: 'quote.r15-came-reply.1', test: 'mft', capability: 'speaker',
    text: 'Finance fight in Bonn\n\nRich countries said the fund would grow over time. “Then show us the money now, not in ten years,” came the reply from Ghana\'s envoy, Kwame Asante.',
    quotes: ['Kwame Asante: Then show us the money now, not in ten years'],
  },
  {
    id: 'quote.r15-came-reply.2', test: 'mft', capability: 'speaker',
    text: 'Coal row in the valley\n\n“Nobody in this valley will lose a job without a new one waiting,” came the swift response from Energy Minister Petra Novak.',
    quotes: ['Petra Novak: Nobody in this valley will lose a job without a new one waiting'],
  },
  {
    id: 'quote.r15-came-reply.3', test: 'neg', capability: 'not-quote',
    text: 'Coal row in the valley\n\n“Nobody in this valley will lose a job without a new one waiting,” came the headline of the local paper.',
  },

  // after "said", two titles joined by "and", then the name
  {
    id: 'quote.r15-two-titles.1', test: 'mft', capability: 'speaker',
    text: 'Baku roadmap due in November\n\n"We will present the roadmap to Baku in November," said Azerbaijan\'s deputy minister of ecology and natural resources and chief negotiator for COP29, Yalchin Rafiyev.',
    quotes: ['Yalchin Rafiyev: We will present the roadmap to Baku in November'],
  },
  {
    id: 'quote.r15-two-titles.2', test: 'mft', capability: 'speaker',
    text: 'Drought plans for every city\n\n"Every city will have a drought plan by next year," said the minister of water and sanitation and head of the drought taskforce, Thandi Mokoena.',
    quotes: ['Thandi Mokoena: Every city will have a drought plan by next year'],
  },
  {
    id: 'quote.r15-two-titles.3', test: 'neg', capability: 'not-speaker',
    text: 'Drought plans for every city\n\n"Every city will have a drought plan by next year," said the minister of water and Thandi Mokoena, her deputy.',
  },
]
