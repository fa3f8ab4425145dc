import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { PledgewatchError } from '../errors.js'
import { parseFeed } from './parse-feed.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/feeds/${name}`, import.meta.url), 'utf8').replaceAll('{{origin}}', 'https://desk.example')

describe('parseFeed', () => {
  test('RSS 2.0: CDATA, entities, relative links, guid permalinks, dates keep their offset', () => {
    const items = parseFeed(fixture('rss2.xml'), 'https://desk.example/feeds/rss.xml')
    expect(items).toEqual([
      {
        url: 'https://desk.example/news/freedonia-target',
        title: 'Freedonia raises its 2035 target to 60% & more',
        date: '2025-03-04T23:30:00-05:00',
        guid: 'desk-1001',
      },
      {
        url: 'https://desk.example/news/ruritania-sylvania-pact',
        title: 'Ruritania & Sylvania sign a clean\u2011power pact élégant',
        date: '2025-03-02T09:15:00+01:00',
        guid: 'https://desk.example/news/ruritania-sylvania-pact',
      },
      {
        url: 'https://desk.example/news/guid-only',
        title: 'Guid-only item: a permalink with no link element',
        date: '2025-03-02T08:00:00+00:00',
        guid: 'https://desk.example/news/guid-only',
      },
    ])
  })

  test('Atom: xml:base, alternate link over enclosure, html and xhtml titles', () => {
    const items = parseFeed(fixture('atom.xml'), 'https://wire.example/feeds/energy')
    expect(items).toEqual([
      {
        url: 'https://wire.example/atom/stories/borduria-coal',
        title: 'Borduria halves coal use by 2030',
        date: '2025-03-05T08:00:00+09:00',
        guid: 'urn:example:entry:1',
      },
      {
        url: 'https://wire.example/other/syldavia-methane',
        title: 'Syldavia joins the methane pledge',
        date: '2025-03-04T16:45:00+00:00',
        guid: 'urn:example:entry:2',
      },
    ])
  })

  test('RSS 1.0 / RDF: items beside the channel, rdf:about as guid, day-only dates', () => {
    const items = parseFeed(fixture('rdf.xml'), 'https://wire.example/rdf')
    expect(items.map((i) => [i.url, i.title, i.date, i.guid])).toEqual([
      ['https://wire.example/notes/7', 'Elbonia publishes a net zero roadmap', '2025-02-28', 'https://wire.example/notes/7'],
      ['https://wire.example/notes/8?a=1&b=2', 'Second note \u2014 with a numeric entity', null, 'https://wire.example/notes/8'],
    ])
  })

  test('entities are decoded once, CDATA never, and javascript: links are dropped', () => {
    const xml = `<rss><channel>
      <item><title>A &amp;lt;tag&amp;gt; stays escaped</title><link>https://a.example/1</link></item>
      <item><title><![CDATA[Literal &amp; in CDATA]]></title><link>https://a.example/2</link></item>
      <item><title>Bad link</title><link>javascript:alert(1)</link></item>
      <item><title>Duplicate</title><link>https://a.example/1</link></item>
    </channel></rss>`
    expect(parseFeed(xml, 'https://a.example/').map((i) => i.title)).toEqual(['A &lt;tag&gt; stays escaped', 'Literal &amp; in CDATA'])
  })

  test('an empty channel is a valid feed with no items', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'https://a.example/')).toEqual([])
  })

  test.each([
    ['', /empty/],
    ['   \n', /empty/],
    ['just some words, no markup', /no XML markup/],
    ['<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>', /root element is <html>/],
    ['{"items": []}', /no XML markup/],
    ['<rss version="2.0"><item><title>orphan</title></item></rss>', /no <channel>/],
  ])('garbage %j is E_BAD_FEED', (input, message) => {
    let caught: unknown
    try {
      parseFeed(input, 'https://a.example/feed')
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(PledgewatchError)
    expect((caught as PledgewatchError).code).toBe('E_BAD_FEED')
    expect((caught as PledgewatchError).message).toMatch(message)
  })
})
