import { describe, expect, test } from 'vitest'
import { isValidEvidence } from '../../model/span.js'
import { analyseArticle } from '../../nlp/analyse.js'
import { extractQuotes } from './index.js'

/** The quotes the whole analysis reads in a text of our own, as "Speaker: words". */
function read(text: string): string[] {
  const doc = analyseArticle({ doc: 'test.txt', title: null, date: '2024-05-02', url: null, outlet: null, text })
  const quotes = extractQuotes(doc)
  for (const q of quotes) {
    expect(isValidEvidence(text, q.evidence)).toBe(true)
    expect(q.evidence.text).toContain(q.text)
  }
  return quotes.map((q) => `${q.speaker}: ${q.text}`)
}

function speakers(text: string): string[] {
  return read(text).map((q) => q.slice(0, q.indexOf(':')))
}

describe('extractQuotes: attribution in the sentence', () => {
  test.each([
    ['said NAME after', '“Our coastline is shrinking every single year,” said Maria Olsen, the island’s mayor.', 'Maria Olsen'],
    ['NAME said after', '“Our coastline is shrinking every single year,” Maria Olsen said.', 'Maria Olsen'],
    ['an apposition between name and verb', '“We cannot wait for the next summit,” Paulo Reyes, head of the delegation, told reporters.', 'Paulo Reyes'],
    ['titles before the name', 'Energy Minister Tomas Halvorsen said: “We will close the last coal plant in 2029.”', 'Tomas Halvorsen'],
    ['according to, after the quote', '“The grid cannot absorb this much wind yet,” according to Lena Brandt, a grid engineer.', 'Lena Brandt'],
    ['according to, before the quote', 'According to Lena Brandt, “the grid cannot absorb this much wind yet.”', 'Lena Brandt'],
    ['a quoting verb', 'Governor Ruth Adeyemi called the levy “a tax on the poorest families in the region.”', 'Ruth Adeyemi'],
    ['a name with no verb', '“The targets are slipping out of reach,” Clara Voss, the council’s chair.', 'Clara Voss'],
    ['a headline with a colon', 'Kowalski: ‘We will not sign this deal tonight’', 'Kowalski'],
    ['a question cut from its attribution', '“Where is the money for the seawall?” asked Tevita Lolo, a councillor in Nuku’alofa.', 'Tevita Lolo'],
    ['“as she put it”', '“We have run out of excuses and out of time,” as Amira Haddad put it on Monday.', 'Amira Haddad'],
    ['a signature after a dash', '“Every village here has moved its wells twice.” — Sefa Tuilagi, a water engineer', 'Sefa Tuilagi'],
    ['a name of common words after the verb', '“The money promised a decade ago has still not arrived,” said Tom Burke, who has followed the talks for years.', 'Tom Burke'],
    ['a name of common words before the verb', '“The money promised a decade ago has still not arrived,” Joy Hope said.', 'Joy Hope'],
    ['an age for the person just named', 'Maria Olsen, the island’s mayor, spoke first. “Our coastline is shrinking every single year,” the 62-year-old said.', 'Maria Olsen'],
    ['a trade opening the sentence before the name', 'Hydrologist Deepak Rana has watched the glacier lakes for years. “At least twenty lakes up there could burst,” Rana said.', 'Deepak Rana'],
    ['a trade known by its ending', '“At least twenty lakes up there could burst,” said Oceanographer Lise Moen.', 'Lise Moen'],
    ['a hyphenated first name', '“The coast will not wait for our paperwork,” said Marie-Claire Dubois, a regional planner.', 'Marie-Claire Dubois'],
    ['a lower-case particle inside the name', '“We have the sun and the wind, and now the cables,” said Amadou ben Salah, the grid operator’s chief.', 'Amadou ben Salah'],
    ['the subject, not the host named in the reporting clause', 'Lina Sousa told a joint news conference with visiting envoy Marc Daly that they had talked. “We agreed on the fund, not on the dates,” she said.', 'Lina Sousa'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker])
  })

  test('a body speaks when no person is named, and a later "the ministry" is the same body', () => {
    const text =
      '“The tariffs distort fair trade in solar panels,” the Ministry of Commerce said in a statement.\n\n' +
      '“We will defend the rights of our companies,” the Chinese ministry said.'
    expect(speakers(text)).toEqual(['Ministry of Commerce', 'Ministry of Commerce'])
  })

  test('a spokesperson for a body speaks for it', () => {
    const text =
      'A foreign ministry spokesperson said on Tuesday the talks would resume.\n\n' +
      '“Both sides want a stable channel on climate,” the spokesperson said at a briefing.\n\n' +
      'The Ministry of Energy said on Friday that the report was wrong. “The figures ignore the new wind farms entirely,” a spokesperson for the department said.'
    expect(speakers(text)).toEqual(['foreign ministry', 'Ministry of Energy'])
  })

  test('a reactions list: each speaker on a line of their own above the quote, in capitals or not', () => {
    const text =
      'The island state left the ocean treaty on Monday. Governments reacted.\n\n' +
      'GERMAN FOREIGN MINISTER ANNA BECKER:\n\n“This is a sad day for everyone who cares about the oceans.”\n\n' +
      'Kenyan President Paul Otieno, in a post on X:\n\n“Africa stands by the treaty and by science, whatever others decide.”'
    expect(speakers(text)).toEqual(['Anna Becker', 'Paul Otieno'])
  })

  test('a reactions list: a heading with the title after the name, or a title the gazetteer gives no country', () => {
    const text =
      'The island state left the ocean treaty on Monday. Governments reacted.\n\n' +
      'MARTA SOLBERG, EXECUTIVE SECRETARY OF THE OCEAN COMMISSION\n\n“We regret the decision and will keep the door open for a return.”\n\n' +
      'FORMER VICE PRESIDENT LUIS ARANDA\n\n“Leaving the treaty will cost the fishing towns far more than it saves.”\n\n' +
      'CRITICAL MINERALS\n\n“Nobody should build a mine before the rules are written.”'
    expect(speakers(text)).toEqual(['Marta Solberg', 'Luis Aranda'])
  })

  test('a body named on a line of capitals is written as the readers saw it', () => {
    const text = 'Governments reacted on Monday.\n\nCHILE\'S FOREIGN MINISTRY\n\n“The decision weakens the common effort to protect the oceans.”'
    expect(speakers(text)).toEqual(["Chile's Foreign Ministry"])
  })

  test('"his spokesman" is the aide of the person just named, not a spokesman named earlier', () => {
    const text =
      'Foreign ministry spokesman Kai Lund said the island was worried. Secretary-General Ines Moreau urged the delegates to stay.\n\n' +
      '“The door remains open to everyone,” her spokesman said.'
    expect(speakers(text)).toEqual([])
  })

  test('"the minister" is the minister named before; an acronym speaks as a body', () => {
    const text =
      'Fisheries Minister Ana Lopes opened the session.\n\n“The quota cuts are final,” the minister said.\n\n' +
      'IRENA published its outlook on Monday. “Solar is now the cheapest power in most markets,” it said.'
    expect(speakers(text)).toEqual(['Ana Lopes', 'IRENA'])
  })

  test('a statement speaks for the speaker of the sentence before', () => {
    const text = 'The harbour authority said the port would reopen. A statement said: “All ferries will run on the winter timetable until March.”'
    expect(speakers(text)).toEqual(['harbour authority'])
  })
})

describe('extractQuotes: names and pronouns across the article', () => {
  test('a surname and a pronoun resolve to the fullest earlier name', () => {
    const text =
      'Climate envoy Samuel T. Okafor arrived in Lagos on Monday.\n\n' +
      '“We have waited too long for this money,” Okafor said.\n\n' +
      '“The next round must be bigger than the last,” he said.'
    expect(speakers(text)).toEqual(['Samuel T. Okafor', 'Samuel T. Okafor'])
  })

  test('a surname resolves to the name given after "the" and a trade ("The economist Maria Lindgren")', () => {
    const text =
      'The economist Maria Lindgren has tracked adaptation money for a decade. “Promises are easy and cheques are rare,” Lindgren said.\n\n' +
      'The glaciologist Henrik Aas has measured the ice tongue since 1990. “It has pulled back two kilometres in my working life,” Aas said.'
    expect(speakers(text)).toEqual(['Maria Lindgren', 'Henrik Aas'])
  })

  test('a quote interrupted by "she said" gives two quotes of one speaker', () => {
    expect(read('“We listened to the farmers,” said Ines Duarte. “Now the law has to work for them too.”')).toEqual([
      'Ines Duarte: We listened to the farmers',
      'Ines Duarte: Now the law has to work for them too.',
    ])
  })

  test('a quote running into the next paragraph keeps its speaker', () => {
    const text = 'Activist Jonas Weber said: “We blocked the road because nobody listens to us.\n\n“We will be back every week until the drilling stops.”'
    expect(read(text)).toEqual(['Jonas Weber: We blocked the road because nobody listens to us.', 'Jonas Weber: We will be back every week until the drilling stops.'])
  })

  test('a speech over paragraphs takes the speaker named at its end', () => {
    const text =
      'Mayor Tomas Berg toured the flooded district on Friday.\n\n' +
      '“The dykes held, but only just. We cannot keep betting on luck.\n\n' +
      '“Next year the money has to be in the budget,” said Ana Ruiz, who chairs the water board.'
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz'])
  })

  test('a quote paragraph takes the person the sentence before is about', () => {
    const text = 'Asked whether the deal went far enough, negotiator Paula Sanz shrugged.\n\n“It is a start, and starts are hard to come by.”'
    expect(speakers(text)).toEqual(['Paula Sanz'])
  })

  test('"she said" after a speaker and a new person named in a later paragraph', () => {
    const text =
      '“The water came at night,” said Peter Otieno, a trader.\n\n' +
      'Floodwater swept away the home of Grace Akinyi, a mother of four, on Tuesday.\n\n' +
      '“I have nowhere to go with my children,” she said.'
    expect(speakers(text)).toEqual(['Peter Otieno', 'Grace Akinyi'])
  })

  test('"she remarked" far past the reach takes the later speaker, not the person named before her', () => {
    const text =
      'Deputy Minister Rosa Ilic opened the briefing on Monday.\n\n' +
      '“The new target replaces the one from 2021,” Halvorsen remarked.\n\n' +
      'The document now goes to the secretariat in Bonn.\n\n' +
      'It covers energy, transport and farming.\n\n' +
      'A review is due in three years.\n\n' +
      '“This commitment is part of a longer plan,” she remarked.'
    expect(speakers(text)).toEqual(['Halvorsen', 'Halvorsen'])
  })

  test('words quoted in a sentence that names no one are the speaker the sentence before reported', () => {
    const text = 'Minister Jana Holm warned against last-minute blockades. Two or three countries must not “hold every other nation hostage to their oil revenues.”'
    expect(speakers(text)).toEqual(['Jana Holm'])
    // Not after a sentence that reports no speech.
    expect(speakers('Minister Jana Holm arrived in Bonn. Two or three countries must not “hold every other nation hostage to their oil revenues.”')).toEqual([])
  })

  test('a name and a speech verb in -s before a preposition: "Holm posts after the summit that ‘…’"', () => {
    expect(speakers('Minister Jana Holm met the delegates.\n\nHolm posts after the summit that the ‘clean energy shift needs the biggest economies to pull in one direction’')).toEqual(['Jana Holm'])
  })

  test('a possessive name is not the subject', () => {
    const text =
      'Energy Minister Karl Lind spoke first.\n\nAfter Lind’s speech, President Eva Moreno said the plan was fair.\n\n' +
      '“We will hold every ministry to these numbers,” she said.'
    expect(speakers(text)).toEqual(['Eva Moreno'])
  })
})

describe('extractQuotes: what is not a quote, or has no speaker', () => {
  test.each([
    ['scare quotes', 'The minister said the plan was “green” and “fair” to everyone.'],
    ['a title', 'She presented the “National Hydrogen Roadmap For Industry” at the fair.'],
    ['a name given by the quoted words', 'Mayor Ida Holm backed a scheme known as “the clean streets for every child plan”.'],
    ['a joint statement', '“Both countries will cut methane by a third,” the two leaders said in a joint statement.'],
    ['a joint statement before the verb', 'In a joint statement, Lena Park and Omar Said said they “will work together to cut methane this decade”.'],
    ['a document', 'The final declaration said “all parties shall report their emissions every year.”'],
    ['a news agency', '“The two sides will keep working on the text,” the Reuters report said.'],
    ['an unnamed source', '“Nobody believes the numbers add up yet,” one Nordic official said.'],
    ['a country', '“We are deeply disappointed by the outcome of the vote,” Norway said.'],
    ['a plural noun the tagger takes for a name', 'Protesters chanted “what do we want, climate justice now” outside the venue.'],
    ['a reporter', 'Reporter Mia Lund said the leaders had “agreed to go much further than before”.'],
    ['the theme of an event', 'President Ana Ruiz opened a forum themed “Ways to reach a fair transition for all” in Lima.'],
  ])('%s', (_name, text) => {
    expect(read(text)).toEqual([])
  })
})
