import { describe, expect, it } from 'vitest'
import { filterParagraphs } from './html-filter.js'
import { isDateStamp, isNoiseText } from './html-noise.js'

describe('isNoiseText', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Continue reading below',
    'Photo: Marta Kessel, Harbour Images',
    'Image 3 of 14',
    'A ferry crosses the sound at dawn. (Image credit: Coastal Agency)',
    'Dock workers gather outside the port office. Jorge Pell | Getty Images',
    'By Olu Brandt and Kai Merriweather',
    'Rhea Lindqvist, Regional Affairs Writer',
    'Published 3:15 PM EST Mar 4, 2022',
    'Updated: 9 hours ago',
    'Related: Coastal towns brace for higher tides',
    'READ MORE: Parliament approves the new grid budget',
    'Sign up for our morning newsletter to get the top headlines in your inbox.',
    'Follow our energy desk on Twitter and Instagram.',
    'Click here to download the app',
    'This site uses cookies to improve your experience.',
    '© 2023 Example Media Group. All rights reserved.',
    'March 4, 2022 / 6:40 AM / Example News',
    'https://news.example/story/123',
    '______________',
    '4 min read',
    'By Lars Haugen , Mei Tan on Tuesday, March 8th, 2022 at 9:10 a.m.',
    'Two delegates (left) talk before the plenary session EPA',
    'Wind turbines stand in a field near the coast.Reuters',
    'News > Climate',
    'BAYPORT, NORTHLAND',
    'gazette.example',
    'Via Newswire.example',
    'If you enjoyed this article, we have a proposition for you: become a member and read everything we publish, ad free.',
  ])('flags %j', (line) => {
    expect(isNoiseText(line)).toBe(true)
  })

  it.each([
    'The minister said the country would cut emissions by 40% by 2030.',
    'By 2030, the plan calls for a third of all cars to be electric.',
    'Published figures show the harbour handled more cargo than ever last year.',
    'Follow-up talks are planned for the spring, officials said.',
    'Photos from the summit showed leaders smiling, but the mood inside was tense, two delegates said.',
    'Updated targets will be submitted to the UN before the November summit, the ministry said.',
    'More than 120 countries have now signed the pledge.',
    'The agency, Reuters reported, had not replied to questions.',
    'Fishermen worried',
    'By Thursday, ministers had agreed on the text.',
    'By March the reservoirs were already half empty.',
    'The delegates (left to right) signed the accord on Friday.',
    'Berlin, Paris and Rome backed the plan.',
  ])('keeps %j', (line) => {
    expect(isNoiseText(line)).toBe(false)
  })
})

describe('isDateStamp', () => {
  it('recognises bare date lines and not sentences with dates', () => {
    expect(isDateStamp('Tuesday, 4 March 2022, 10:05 GMT')).toBe(true)
    expect(isDateStamp('04.03.2022, 10:05')).toBe(true)
    expect(isDateStamp('On March 4, 2022, the cabinet approved the plan.')).toBe(false)
  })
})

describe('filterParagraphs', () => {
  const prose = (text: string) => ({ text, linkShare: 0, heading: false })
  const link = (text: string) => ({ text, linkShare: 1, heading: false })

  it('drops a related-stories heading and the link list under it, then resumes', () => {
    const kept = filterParagraphs([
      prose('The council voted to close the last coal plant in the valley by 2028.'),
      prose('You may also like'),
      link('River levels fall to a record low'),
      link('New bus lanes open downtown'),
      prose('Residents near the plant said they welcomed the vote but worried about jobs.'),
    ])
    expect(kept).toEqual([
      'The council voted to close the last coal plant in the valley by 2028.',
      'Residents near the plant said they welcomed the vote but worried about jobs.',
    ])
  })

  it('drops echoes of the headline and the outlet name but keeps linked subheadings', () => {
    const kept = filterParagraphs(
      [prose('Valley to close coal plant'), prose('Valley Courier'), { text: 'What happens next', linkShare: 1, heading: true }],
      { title: 'Valley to close coal plant', outlet: 'Valley Courier' },
    )
    expect(kept).toEqual(['What happens next'])
  })
})

describe('paragraphsOf', () => {
  it('marks headings and measures link share', async () => {
    const { parseHtml } = await import('./html-dom.js')
    const { paragraphsOf } = await import('./html-paragraphs.js')
    const paras = paragraphsOf(parseHtml('<div><h2>Grid plans</h2><p>Text with <a href="#">a link</a> inside.</p><p><a href="#">All link</a></p></div>'))
    expect(paras.map((p) => [p.text, p.heading])).toEqual([
      ['Grid plans', true],
      ['Text with a link inside.', false],
      ['All link', false],
    ])
    expect(paras[1].linkShare).toBeGreaterThan(0.2)
    expect(paras[1].linkShare).toBeLessThan(0.5)
    expect(paras[2].linkShare).toBe(1)
  })
})
