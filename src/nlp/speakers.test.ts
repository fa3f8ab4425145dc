import { describe, expect, test } from 'vitest'
import { analyseArticle } from './analyse.js'
import { findSpeakerSites, quoteSpeakerChunks } from './speakers.js'

/** Per quote of a text of our own: the rule that found its speaker and the words of the phrase naming them. */
function sites(text: string): string[] {
  const doc = analyseArticle({ doc: 'test.txt', title: null, date: '2024-05-02', url: null, outlet: null, text })
  return findSpeakerSites(doc).map((s) => {
    if (s.chunk < 0) return '-'
    const c = doc.chunks[s.chunk]
    return `${s.rule}: ${doc.text.slice(doc.tokens[c.start].start, doc.tokens[c.end - 1].end)}`
  })
}

describe('findSpeakerSites', () => {
  test.each([
    ['a speech verb after the quote', '“The river has never been this low,” said Tala Fonoti.', ['after: Tala Fonoti']],
    ['its subject before it', '“The river has never been this low,” Tala Fonoti told reporters.', ['after: Tala Fonoti']],
    ['a speech verb before the quote', 'Tala Fonoti told reporters: “The river has never been this low.”', ['before: Tala Fonoti']],
    ['a participle speaks for the speech clause before it', 'Envoy Rui Costa said the deal was “a first step”, adding that it “still lacks the money to work”.', ['before: Envoy Rui Costa', 'before: Envoy Rui Costa']],
    ['a later speech verb', '“Cut the subsidies first” and only then the taxes, minister Eva Lind argued on Monday.', ['after-late: minister Eva Lind']],
    ['a name with no verb', '“The targets are slipping out of reach,” Clara Voss, the council’s chair.', ['name-after: Clara Voss']],
    ['a name before a colon', 'Kowalski: ‘We will not sign this deal tonight’', ['name-colon: Kowalski']],
    ['the rest of a quote interrupted by its attribution', '“We came to listen,” said Kofi Boateng, “and we leave with homework.”', ['after: Kofi Boateng', 'same-sentence: Kofi Boateng']],
    ['a quote standing alone after the speech it continues', '“The harvest failed in every village,” said Ruth Wanjiku. “We have no seed left for next year.”', ['after: Ruth Wanjiku', 'continued: Ruth Wanjiku']],
    ['the subject of the sentence before', 'Negotiator Paula Sanz shrugged at the question.\n\n“It is a start, and starts are hard to come by.”', ['previous-sentence: Negotiator Paula Sanz']],
    ['a name heading the quote', 'Prime Minister Feleti Teo\n\n“The ocean is rising faster than our money can follow.”', ['previous-sentence: Prime Minister Feleti Teo']],
    ['a paragraph left open, attributed at the end of the speech', '“The dykes held, but only just.\n\n“Next year the money must be in the budget,” said Ana Ruiz.', ['continued-before: Ana Ruiz', 'after: Ana Ruiz']],
    ['a name given by the quoted words', 'Mayor Ida Holm backed a scheme known as “the clean streets for every child plan”.', ['-']],
  ])('%s', (_name, text, expected) => {
    expect(sites(text)).toEqual(expected)
  })

  test('the discourse memory reads the same sites as chunk indices', () => {
    const doc = analyseArticle({ doc: 'test.txt', title: null, date: null, url: null, outlet: null, text: '“We will cut coal by half,” said Minister Jon Berg. No quote here.' })
    expect([...quoteSpeakerChunks(doc)]).toEqual(findSpeakerSites(doc).map((s) => s.chunk))
  })
})
