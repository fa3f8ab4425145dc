import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cleanHtml } from './html.js'

const page = readFileSync(new URL('../../test/fixtures/html/harbour-wind-pledge.html', import.meta.url), 'utf8')

describe('cleanHtml on a news page we wrote', () => {
  const cleaned = cleanHtml(page, { url: 'https://gazette.example/x' })
  const paragraphs = cleaned.text.split('\n\n')

  it('keeps every body paragraph, in order, as its own paragraph', () => {
    const starts = ['The government of Northland promised', 'Minister Arvid Castellanos told', '"We are not waiting', 'Fishing cooperatives along', 'Environmental groups welcomed']
    const at = starts.map((s) => paragraphs.findIndex((p) => p.startsWith(s)))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  it('keeps an in-article subheading', () => {
    expect(paragraphs).toContain('Fishermen worried')
  })

  it.each([
    ['the headline', 'Northland vows offshore wind push by 2035'],
    ['the navigation', 'Opinion'],
    ['the byline', 'Tamsin Okonkwo-Reyes'],
    ['the time stamp', 'Published March'],
    ['the share bar', 'Share on Facebook'],
    ['the photo caption', 'Turbines turn off'],
    ['the advertisement label', 'Advertisement'],
    ['the related-story pointer', 'dockers fear for jobs'],
    ['the newsletter prompt', 'newsletter'],
    ['the lone link teaser', 'Glacier retreat'],
    ['the related aside', 'Ferry operator'],
    ['the footer', 'All rights reserved'],
    ['inline script', 'tracker'],
  ])('drops %s', (_what, fragment) => {
    expect(cleaned.text).not.toContain(fragment)
  })

  it('normalises whitespace: single spaces inside paragraphs, one blank line between them', () => {
    expect(cleaned.text).not.toMatch(/ {2}|\n{3}|^\s|\s$/)
  })

  it('reads the metadata', () => {
    expect(cleaned.title).toBe('Northland vows offshore wind push by 2035')
    expect(cleaned.date).toBe('2024-03-07')
    expect(cleaned.outlet).toBe('The Harbour Gazette')
    expect(cleaned.url).toBe('https://gazette.example/climate/northland-wind-2035')
  })
})

describe('cleanHtml on garbage', () => {
  it.each([[''], ['not html at all'], ['<<<>>>'], ['<html><body></body></html>'], ['\u0000\u0001binary']])(
    'returns empty text and does not throw for %j',
    (input) => {
      const cleaned = cleanHtml(input)
      expect(typeof cleaned.text).toBe('string')
      expect(cleaned.date).toBeNull()
    },
  )

  it('survives pathologically deep nesting', () => {
    const para = '<p>The council said, after a long debate, that the plan, though costly, would pass.</p>'
    for (const depth of [2000, 20000]) {
      const page = '<div>'.repeat(depth) + para.repeat(3) + '</div>'.repeat(depth)
      expect(() => cleanHtml(page)).not.toThrow()
    }
    expect(cleanHtml('<div>'.repeat(2000) + para.repeat(3)).text).toContain('the plan, though costly')
  })

  it('falls back to the given url when the page names none', () => {
    expect(cleanHtml('<p>Hello</p>', { url: 'https://example.org/a' }).url).toBe('https://example.org/a')
  })
})
