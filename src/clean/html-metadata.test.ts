import { describe, expect, it } from 'vitest'
import { parseHtml, textOf } from './html-dom.js'
import { findPrintedDate, readMetadata, stripSiteSuffix } from './html-metadata.js'
import { pruneDocument } from './html-prune.js'

const meta = (head: string, body = '', url: string | null = null) => readMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), url)

describe('readMetadata', () => {
  it('falls back to JSON-LD in a @graph when there are no Open Graph tags', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'WebSite', name: 'Example Site' },
        { '@type': ['NewsArticle'], headline: 'Valley council backs solar farm', datePublished: '2023-11-02T08:00:00+09:00', publisher: { name: 'Valley Courier' } },
      ],
    })
    const m = meta(`<title>Ignored | Valley Courier</title><script type="application/ld+json">${ld}</script>`)
    expect(m).toEqual({ title: 'Valley council backs solar farm', date: '2023-11-02', outlet: 'Valley Courier', url: null })
  })

  it('skips malformed JSON-LD and reads <h1>, <time> and the page url', () => {
    const m = meta('<script type="application/ld+json">{"headline": "broken",</script>', '<h1>Ferry line goes electric</h1><time datetime="2022-05-09">May 9</time>', 'https://example.org/ferry')
    expect(m.title).toBe('Ferry line goes electric')
    expect(m.date).toBe('2022-05-09')
    expect(m.url).toBe('https://example.org/ferry')
  })

  it('reads dc.date style meta and resolves a relative canonical link', () => {
    const m = meta('<meta name="DC.date.issued" content="2021-10-31"><link rel="canonical" href="/news/cop"><title>Talks open - Coast Herald</title>', '', 'https://herald.example/x?y=1')
    expect(m).toEqual({ title: 'Talks open', date: '2021-10-31', outlet: null, url: 'https://herald.example/news/cop' })
  })

  it('leaves the date null when no source gives a valid one', () => {
    expect(meta('<meta property="article:published_time" content="0001-01-01T00:00:00Z">').date).toBeNull()
  })
})

describe('stripSiteSuffix', () => {
  it.each([
    ['Talks stall over coal | The Daily Example', null, 'Talks stall over coal'],
    ['Talks stall over coal - Example News', null, 'Talks stall over coal'],
    ['Talks stall over coal — Example News Network Online Edition', 'Example News Network Online Edition', 'Talks stall over coal'],
    ['Talks stall over coal - report', null, 'Talks stall over coal - report'],
    ['Kerry: talks with Beijing were frank', null, 'Kerry: talks with Beijing were frank'],
  ])('%s', (title, outlet, want) => {
    expect(stripSiteSuffix(title, outlet)).toBe(want)
  })
})

describe('pruneDocument', () => {
  it('drops scripts, styles, navigation, forms and hidden parts but keeps a page-wrapping form', () => {
    const doc = parseHtml(`<body><script>var a = 1</script><style>p{}</style><nav>Menu</nav>
      <div hidden>secret</div><div style="display: none">gone</div><div aria-hidden="true">decor</div>
      <form><input name="q"><button>Search</button></form><p>Visible text</p>
      <form id="aspnetForm"><p>One</p><p>Two</p><p>Three</p></form></body>`)
    const text = textOf(pruneDocument(doc))
    expect(text).toBe('Visible text OneTwoThree') // textOf joins raw text nodes
  })
})

describe('findPrintedDate', () => {
  const printed = (body: string) => findPrintedDate(parseHtml(`<body>${body}</body>`))

  it.each([
    ['<div class="article-date">Published 4:05 PM EST Mar 3, 2022</div>', '2022-03-03'],
    ['<p>Posted on Tuesday, 8 February 2022 by the desk</p>', '2022-02-08'],
    ['<span class="timestamp">2021-11-13</span>', '2021-11-13'],
    ['<time>October 31st, 2021</time>', '2021-10-31'],
  ])('reads %s', (body, want) => {
    expect(printed(body)).toBe(want)
  })

  it('ignores update stamps and dates inside running text', () => {
    expect(printed('<div class="date">Updated Mar 5, 2022</div>')).toBeNull()
    expect(printed('<p>The treaty, signed on March 3, 2022, takes effect next year.</p>')).toBeNull()
  })
})
