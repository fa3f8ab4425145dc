import { describe, expect, test } from 'vitest'
import { cleanRaw } from '../pipeline.js'
import { stripKicker } from './text-header.js'

// Headlines written for these tests: a section's label before the headline is the page's, a name before a colon is the headline's.
describe('stripKicker', () => {
  test.each([
    ['Analysis: Norland’s first absolute cut falls short, but it is a start', 'Norland’s first absolute cut falls short, but it is a start'],
    ['Live: Harbour summit draft drops coal exit, islands say text fails them', 'Harbour summit draft drops coal exit, islands say text fails them'],
    ['Explainer: What a carbon border levy costs a small exporter', 'What a carbon border levy costs a small exporter'],
    ['LIVE UPDATES: Estland and Chile sign hydrogen pact', 'Estland and Chile sign hydrogen pact'],
    ['Opinion: The coal exit needs a date', 'The coal exit needs a date'],
  ])('%s', (headline, bare) => {
    expect(stripKicker(headline)).toBe(bare)
  })

  test.each([
    'Vale: coal exit by 2030 is within reach',
    'Tokoyo: renewables to pass 80% of Estland’s power by 2050',
    'Analysis shows Norland will miss its 2030 goal',
    'Live exports: Chile ships first hydrogen cargo',
    'Commentary on the pact splits the coalition',
  ])('a headline’s own words stay: %s', (headline) => {
    expect(stripKicker(headline)).toBe(headline)
  })
})

describe('cleanRaw: the text opens with the headline, not its section label', () => {
  const body = 'Norland said on Wednesday it would cut its emissions by 7 to 10 percent from their peak by 2035, its first absolute target.'
  test.each([
    ['Analysis: Norland’s first absolute cut falls short', 'Analysis', 'Norland’s first absolute cut falls short'],
    ['Live: Estland and Chile sign hydrogen pact at the summit', 'Live', 'Estland and Chile sign hydrogen pact at the summit'],
  ])('%s', (title, label, headline) => {
    const article = cleanRaw({ doc: 'k', source: 'k', format: 'text', body: `${label}\n\n${body}`, title })
    expect(article.text).toBe(`${headline}\n\n${body}`)
    expect(article.title).toBe(title)
  })

  test('a speaker before the colon stays in the headline', () => {
    const title = 'Vale: coal exit by 2030 is within reach'
    expect(cleanRaw({ doc: 'k', source: 'k', format: 'text', body, title }).text).toBe(`${title}\n\n${body}`)
  })
})
