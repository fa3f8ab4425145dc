import { describe, expect, test } from 'vitest'
import type { Doc, Mention } from '../model/doc.js'
import { isValidEvidence } from '../model/span.js'
import { splitSentences } from '../nlp/sentences.js'
import { extractQuotes } from './quotes.js'

function makeDoc(text: string, mentions: Mention[] = []): Doc {
  const article = { doc: 'test.txt', title: null, date: null, url: null, outlet: null, text }
  return { article, text, sentences: splitSentences(text), mentions }
}

/** Country mentions for the listed words, as the actors stage would give them. */
function countries(text: string, words: Record<string, string>): Mention[] {
  const out: Mention[] = []
  for (const [word, actor] of Object.entries(words)) {
    for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) out.push({ start: m.index!, end: m.index! + word.length, text: word, kind: 'country', actor })
  }
  return out.sort((a, b) => a.start - b.start)
}

function pairs(text: string, mentions: Mention[] = []): Array<[string, string]> {
  return extractQuotes(makeDoc(text, mentions)).map((q) => [q.speaker, q.text])
}

describe('extractQuotes: attribution in the sentence', () => {
  test.each([
    ['said NAME after', '“Our coastline is shrinking every single year,” said Maria Olsen, the island’s mayor.', 'Maria Olsen'],
    ['NAME said after', '“Our coastline is shrinking every single year,” Maria Olsen said.', 'Maria Olsen'],
    ['appositive between name and verb', '“We cannot wait for the next summit,” Paulo Reyes, head of the delegation, told reporters.', 'Paulo Reyes'],
    ['titles before the name', 'Energy Minister Tomas Halvorsen said: “We will close the last coal plant in 2029.”', 'Tomas Halvorsen'],
    ['told reporters with a comma', 'After meeting the envoy, Trade Minister Akiko Mori told reporters, “We share a goal on solar supply chains.”', 'Akiko Mori'],
    ['according to, after the quote', '“The grid cannot absorb this much wind yet,” according to Lena Brandt.', 'Lena Brandt'],
    ['according to, before the quote', 'According to Lena Brandt, “the grid cannot absorb this much wind yet.”', 'Lena Brandt'],
    ['partial quote after the verb', 'Governor Ruth Adeyemi called the levy “a tax on the poorest families in the region.”', 'Ruth Adeyemi'],
    ['verb further on in the sentence', 'Rich nations must “honour the promises made in Paris” on finance, envoy Ravi Menon urged on Monday.', 'Ravi Menon'],
    ['name with no verb', '“The targets are slipping out of reach,” Clara Voss, the council’s chair.', 'Clara Voss'],
    ['headline with a colon', 'Kowalski: ‘We will not sign this deal tonight’', 'Kowalski'],
  ])('%s', (_name, text, speaker) => {
    const [q] = extractQuotes(makeDoc(text))
    expect(q?.speaker).toBe(speaker)
    expect(isValidEvidence(text, q.evidence)).toBe(true)
    expect(q.evidence.text).toContain(q.text)
  })

  test('a body speaks when no person is named', () => {
    const text = '“The tariffs distort fair trade in solar panels,” the Ministry of Commerce said in a statement.'
    expect(pairs(text)).toEqual([['Ministry of Commerce', 'The tariffs distort fair trade in solar panels,']])
  })

  test('a body spokesperson is the body, and "the spokesperson" finds it again', () => {
    const text =
      'A foreign ministry spokesperson said on Tuesday the talks would resume.\n\n' +
      '“Both sides want a stable channel on climate,” the spokesperson said at a briefing.'
    expect(pairs(text)).toEqual([['foreign ministry', 'Both sides want a stable channel on climate,']])
  })

  test('the body right before the verb is the subject, not an earlier named body', () => {
    const text =
      'Spain will fund the Ocean Fund again, an environment ministry spokesperson said on Monday. ' +
      '"We see real progress in the talks on the fund," the spokesperson said.'
    expect(pairs(text)).toEqual([['environment ministry', 'We see real progress in the talks on the fund,']])
  })

  test('a bare "the department" points back to the body last named', () => {
    const text =
      'The Ministry of Energy said on Friday that the report was wrong.\n\n' +
      '“The figures in it ignore the new wind farms entirely,” a spokesperson for the department said.'
    expect(pairs(text).map(([s]) => s)).toEqual(['Ministry of Energy'])
  })

  test('the country in the speaker’s title becomes the actor', () => {
    const text = 'Norwegian Climate Minister Ola Berg said: “We will double our forest funding next year.”'
    const [q] = extractQuotes(makeDoc(text, countries(text, { Norwegian: 'NOR' })))
    expect([q.speaker, q.actor]).toEqual(['Ola Berg', 'NOR'])
  })
})

describe('extractQuotes: names and pronouns across the article', () => {
  test('a surname and a pronoun resolve to the fullest earlier name', () => {
    const text =
      'Climate envoy Samuel T. Okafor arrived in Lagos on Monday.\n\n' +
      '“We have waited too long for this money,” Okafor said.\n\n' +
      '“The next round must be bigger than the last,” he said.'
    expect(pairs(text).map(([s]) => s)).toEqual(['Samuel T. Okafor', 'Samuel T. Okafor'])
  })

  test('a quote interrupted by "she said" gives two quotes of one speaker', () => {
    const text = '“We listened to the farmers,” said Ines Duarte. “Now the law has to work for them too.”'
    expect(pairs(text)).toEqual([
      ['Ines Duarte', 'We listened to the farmers,'],
      ['Ines Duarte', 'Now the law has to work for them too.'],
    ])
  })

  test('a quote running into the next paragraph keeps its speaker', () => {
    const text = 'Activist Jonas Weber said: “We blocked the road because nobody listens to us.\n\n“We will be back every week until the drilling stops.”'
    expect(pairs(text).map(([s, t]) => `${s}: ${t}`)).toEqual([
      'Jonas Weber: We blocked the road because nobody listens to us.',
      'Jonas Weber: We will be back every week until the drilling stops.',
    ])
  })

  test('a speech over paragraphs takes the speaker named at its end, over the subject before it', () => {
    const text =
      'Mayor Tomas Berg toured the flooded district on Friday, calling the repairs “a good job”.\n\n' +
      '“The dykes held, but only just. We cannot keep betting on luck.\n\n' +
      '“Next year the money has to be in the budget,” said Ana Ruiz, who chairs the water board.'
    expect(pairs(text)).toEqual([
      ['Ana Ruiz', 'The dykes held, but only just. We cannot keep betting on luck.'],
      ['Ana Ruiz', 'Next year the money has to be in the budget,'],
    ])
  })

  test('a quote interrupted by an attribution with an appositive is two quotes of one speaker', () => {
    const text = '“The fund is late, and everyone in this room knows it,” said Rosa Varga, a former finance minister, “but late is better than never.”'
    expect(pairs(text)).toEqual([
      ['Rosa Varga', 'The fund is late, and everyone in this room knows it,'],
      ['Rosa Varga', 'but late is better than never.'],
    ])
  })

  test('a quote from an unnamed official is no quote, and does not go to the last named speaker', () => {
    const text = 'Minister Karl Lind spoke first. “We will keep every promise we made,” Lind said.\n\n“Nobody believes the numbers add up yet,” one Nordic official said.'
    expect(pairs(text)).toEqual([['Karl Lind', 'We will keep every promise we made,']])
  })

  test('a quote paragraph takes the subject of the sentence before it', () => {
    const text = 'Asked whether the deal went far enough, negotiator Paula Sanz shrugged.\n\n“It is a start, and starts are hard to come by.”'
    expect(pairs(text)).toEqual([['Paula Sanz', 'It is a start, and starts are hard to come by.']])
  })

  test('a possessive name is not the subject', () => {
    const text =
      'Energy Minister Karl Lind spoke first.\n\nAfter Lind’s speech, President Eva Moreno said the plan was fair.\n\n' +
      '“We will hold every ministry to these numbers,” she said.'
    expect(pairs(text).map(([s]) => s)).toEqual(['Eva Moreno'])
  })
})

describe('extractQuotes: what is not a quote', () => {
  test.each([
    ['scare quotes', 'The minister said the plan was “green” and “fair” to everyone.'],
    ['a short fragment', 'Officials called the result “very, very good” on Friday.'],
    ['a title', 'She presented the “National Hydrogen Roadmap For Industry” at the fair.'],
    ['no speaker at all', 'The banner read “stop the new mine now please” in red letters.'],
    ['a joint statement', '“Both countries will cut methane by a third,” the two leaders said in a joint statement.'],
    ['a document', 'The final declaration said “all parties shall report their emissions every year.”'],
    ['a news agency', '“The two sides will keep working on the text,” the Reuters report said.'],
    ['a capitalised common noun as subject', 'Parties have pledged to “phase down unabated coal power in a fair way”.'],
  ])('%s', (_name, text) => {
    expect(extractQuotes(makeDoc(text))).toEqual([])
  })

  test('an unbalanced mark is capped at the paragraph end', () => {
    const text = 'Mayor Lucia Ferro said: “The floods came twice this year.\n\nThe council will vote on the dyke next month after a long debate on costs.'
    const quotes = extractQuotes(makeDoc(text))
    expect(quotes.map((q) => q.text)).toEqual(['The floods came twice this year.'])
  })
})
