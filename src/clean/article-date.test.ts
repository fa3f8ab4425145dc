import { describe, expect, it } from 'vitest'
import { articleDate, dateFromUrl } from './article-date.js'
import { cleanHtml } from './html.js'
import { cleanText } from './text.js'

describe('article dates and their source', () => {
  it.each([
    ['https://news.example/2021/04/22/national/suga-climate', '2021-04-22'],
    ['https://news.example/world/2021-11-05/coal', '2021-11-05'],
    ['https://news.example/story-20210417-climate', '2021-04-17'],
    ['https://news.example/2020/12/tokayev-announces', null], // a month is not a report date
    ['https://news.example/2021/02/30/no-such-day', null],
    ['https://news.example/item/202610', null],
    ['not a url', null],
  ])('reads the day in %s', (url, day) => expect(dateFromUrl(url)).toBe(day))

  it('goes down the cascade: metadata, the page, a line of the text, the URL, else undated', () => {
    const text = 'TOKYO, August 31, 2021 (Reuters) - Japan and the United States agreed to press China.'
    expect(articleDate({ metadata: '2021-09-01T08:00:00Z', page: '2021-09-02', text, url: 'https://x.example/2021/09/03/a' })).toEqual({ date: '2021-09-01', source: 'metadata' })
    expect(articleDate({ page: '2021-09-02', text })).toEqual({ date: '2021-09-02', source: 'page' })
    expect(articleDate({ text, url: 'https://x.example/2021/09/03/a' })).toEqual({ date: '2021-08-31', source: 'text' })
    expect(articleDate({ text: 'No date here.', url: 'https://x.example/2021/09/03/a' })).toEqual({ date: '2021-09-03', source: 'url' })
    expect(articleDate({ text: 'No date here, only a weekday: Tuesday.' })).toEqual({ date: null, source: null })
  })

  it('the cleaners say where their date came from', () => {
    expect(cleanText('A headline of some words\n\nPublished 3 May 2022\n\nThe minister said on Monday that the plan would be published next week in full.').dateSource).toBe('text')
    expect(cleanText('A headline of some words\n\nThe minister said on Monday that the plan would be published next week in full.', { date: '2022-05-03' }).dateSource).toBe('metadata')
    expect(cleanText('A headline of some words\n\nThe minister said on Monday that the plan would be published next week in full.').dateSource).toBeNull()
    const page = (head: string) => `<html><head>${head}<title>Ruritania acts</title></head><body><article><h1>Ruritania acts</h1><p>${'The minister of Ruritania said on Monday that the plan for the coal regions would be published next week. '.repeat(4)}</p></article></body></html>`
    expect(cleanHtml(page('<meta property="article:published_time" content="2022-05-03T10:00:00Z">'))).toMatchObject({ date: '2022-05-03', dateSource: 'page' })
    expect(cleanHtml(page(''), { url: 'https://news.example/2022/05/04/ruritania' })).toMatchObject({ date: '2022-05-04', dateSource: 'url' })
    expect(cleanHtml(page(''), { url: 'https://news.example/ruritania' })).toMatchObject({ date: null, dateSource: null })
  })
})
