import { describe, expect, test } from 'vitest'
import { cleanText } from './text.js'

// Pages written for these tests; outlets, people and places are invented.
const P1 = 'Norland will cut its greenhouse gas emissions by 60 percent by 2035, Prime Minister Ada Vale said on Tuesday, raising an earlier goal.'
const P2 = 'The target, set against 1990 levels, will be written into law before the end of the year, the environment ministry said in a statement.'
const P3 = '“We owe this to the young people who marched outside parliament,” Vale told reporters in the capital.'
const P4 = 'Opposition parties said the plan lacked detail on how farms and heavy industry would cut their share of emissions.'

describe('cleanText on a scraped page', () => {
  const page = [
    'The Harbour GazetteNews You Can Trust',
    '',
    'Norland raises its 2035 climate goal as farmers push back',
    '',
    'Ada Vale speaks in parliament on Tuesday. (Jon Dale/The Harbour Gazette)',
    'Placeholder while the page loads',
    'By Mira Holt',
    'Published: Tuesday 14 May 2024',
    '',
    P1,
    '',
    'Ten things to know about the new northern railway',
    '',
    P2,
    '',
    'Advertisement',
    '',
    P3,
    '',
    'Share on Facebook Share on Twitter',
    '',
    P4,
    '',
    'Ola Berg in Vik contributed to this report.',
    '',
    'Fishing towns count the cost of a warmer sea',
    '',
    'Why the islands are betting on tidal power',
  ].join('\n')
  const c = cleanText(page)

  test('keeps every paragraph, verbatim and in order, one blank line apart', () => {
    expect(c.text).toBe([P1, P2, P3, P4].join('\n\n'))
  })

  test('takes the headline after the site name as the title, and the date from the Published line', () => {
    expect(c.title).toBe('Norland raises its 2035 climate goal as farmers push back')
    expect(c.date).toBe('2024-05-14')
  })
})

describe('cleanText with known metadata', () => {
  test('the known title and date win; the headline line is removed from the text', () => {
    const c = cleanText(`Norland raises its 2035 climate goal\n\nUpdated: 20 May 2024\n\n${P1}\n\n${P2}`, {
      title: 'Norland raises its 2035 climate goal',
      date: '2024-05-14',
    })
    expect(c).toMatchObject({ title: 'Norland raises its 2035 climate goal', date: '2024-05-14', text: `${P1}\n\n${P2}` })
  })

  test('a leading "date YYYY-MM-DD headline" line gives both', () => {
    const c = cleanText(` date 2023-02-01 Islands ask for a loss and damage fund.\n\n${P1}\n\n${P2}`)
    expect(c).toMatchObject({ title: 'Islands ask for a loss and damage fund.', date: '2023-02-01', text: `${P1}\n\n${P2}` })
  })

  test('a body with no header has no title and loses nothing', () => {
    const c = cleanText(`${P1}\n${P2}\n${P3}`)
    expect(c).toMatchObject({ title: null, date: null, text: [P1, P2, P3].join('\n\n') })
  })
})

describe('cleanText body rules', () => {
  test('a related link glued after a paragraph is cut, and credits at the end are removed', () => {
    const c = cleanText(`${P1} Fishing towns count the cost of a warmer sea\n\n${P2}\n\n${P4} (Reporting by Ola Berg; Editing by Mira Holt)`)
    expect(c.text).toBe([P1, P2, P4].join('\n\n'))
  })

  test('the last paragraph is kept even when the scrape cut it off mid-sentence', () => {
    const cut = 'Vale also said the government would'
    expect(cleanText(`${P1}\n\n${P2}\n\n${cut}`).text).toBe([P1, P2, cut].join('\n\n'))
  })

  test('a page whose posts have no full stops keeps them all', () => {
    const posts = [
      'The envoy said the island nations had been heard for the first time in years of talks at the summit in the north',
      'Delegates from the coast welcomed the fund but warned that the money on offer was far below what was needed',
      'Campaigners called the deal a start and pledged to keep up the pressure on the richest emitters',
    ]
    expect(cleanText(posts.join('\n\n')).text).toBe(posts.join('\n\n'))
  })

  test('a caption printed bare and again with its credit goes, as does a teaser repeated as the lead', () => {
    const caption = 'Farmers drive tractors through the capital on Monday.'
    const page = [P1, caption, `${caption} Photograph: Jon Dale/Agency`, P2, P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })

  test('list items stay, without their bullets', () => {
    const page = `${P1}\n\nThe plan includes:\n\n• Coal power ends by 2030 across the country\n• Half of all new cars are electric by 2028\n\n${P2}`
    expect(cleanText(page).text).toBe(
      [P1, 'The plan includes:', 'Coal power ends by 2030 across the country', 'Half of all new cars are electric by 2028', P2].join('\n\n'),
    )
  })

  test('whitespace inside a paragraph is collapsed; quote marks are untouched', () => {
    const c = cleanText(`  “We   owe this,”\u00a0Vale said.  \n\n\n\n${P2}`)
    expect(c.text).toBe(`“We owe this,” Vale said.\n\n${P2}`)
  })
})

describe('cleanText link lists and headlines', () => {
  test('the short lines under a "Most read" heading go, up to the next sentence', () => {
    const page = [P1, '', 'Most read', '1. Harbour floods again after storm', '2. Opinion: Tolls are back. Drivers are not happy', '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })

  test('"Also in this section" and the teasers under it go, long ones too', () => {
    const teaser = 'As the northern fields run dry after a decade of decline, the ministry is taking new steps to encourage fresh drilling and to bolster the field work along the coast'
    const page = [P1, '', 'Also in this section', '14 March 2024', teaser, '13 March 2024', 'A second wave of supply is coming', '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })

  test('a wire desk note and a syndication disclaimer are no part of the story', () => {
    const page = [P1, '', '(ATTN: ADDS minister\'s comments in last 3 paras)', '', P2, '', 'Disclaimer: this article was produced automatically from a wire feed.'].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
    expect(cleanText([P1, '', P2, '', 'More to come...'].join('\n')).text).toBe([P1, P2].join('\n\n'))
  })

  test('a short line right above a quoted paragraph names its speaker and stays; one above plain text is a stray headline', () => {
    const quote = '“Leaving the treaty will cost the fishing towns far more than it saves.”'
    const page = [P1, '', 'FORMER VICE PRESIDENT LUIS ARANDA', '', quote, '', 'Ten things to know about the treaty', '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, 'FORMER VICE PRESIDENT LUIS ARANDA', quote, P2].join('\n\n'))
  })

  test('the headline standing alone is preferred to a site name and slogan above it', () => {
    const page = ['Coastal Ledger', 'Reporting the northern shore since 1901', '', 'Norland raises its 2035 climate goal', '', P1, '', P2].join('\n')
    const c = cleanText(page)
    expect(c.title).toBe('Norland raises its 2035 climate goal')
    expect(c.text).toBe([P1, P2].join('\n\n'))
  })
})

describe('cleanText header stamps', () => {
  test.each([
    'Mira Holt  Updated 14:05 GMT, 14 May 2024',
    'Coastal Ledger desk May 14 2024 10:32 am',
    'Filed 14 May 2024 from the northern shore',
  ])('a dated line of the header goes: %s', (stamp) => {
    const page = ['Norland raises its 2035 climate goal', '', stamp, '', P1, '', P2].join('\n')
    expect(cleanText(page).text).toBe([P1, P2].join('\n\n'))
  })
  test('an undated line of the header stays', () => {
    const dek = 'Farmers and heavy industry warn the new goal moves too fast for them'
    const page = ['Norland raises its 2035 climate goal', '', dek, '', P1, '', P2].join('\n')
    expect(cleanText(page).text).toBe([dek, P1, P2].join('\n\n'))
  })
})

describe('cleanText input shapes', () => {
  test('Markdown syntax is turned into plain text', () => {
    const md = `## Norland raises its goal\n\n${P1.replace('Ada Vale', '[Ada Vale](https://example.org/vale)')}\n\n![chart](https://example.org/c.png)\n\n${P2.replace('by law', '**by law**')}`
    const c = cleanText(md)
    expect(c.title).toBe('Norland raises its goal')
    expect(c.text).toBe([P1, P2].join('\n\n'))
  })

  test('a paragraph wrapped at a fixed width is joined back', () => {
    const wrapped = 'The council voted on Thursday to close the last\nCoal-fired plant in the region by 2027, three years\nearlier than planned, after a long public debate.'
    expect(cleanText(`${wrapped}\n\n${P2}`).text).toBe(`${wrapped.replace(/\n/g, ' ')}\n\n${P2}`)
  })

  test.each(['', '   \n\n ', 'Advertisement\n\nSubscribe now'])('never throws, and noise alone gives empty text: %j', (body) => {
    expect(cleanText(body).text).toBe('')
  })
})
