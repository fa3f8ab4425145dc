import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseHtml } from './html-dom.js'
import { extractArticle } from './html-extract.js'
import { pruneDocument } from './html-prune.js'
import { readabilityContent } from './html-readability.js'

/** A paragraph of our own prose with enough commas and length to score as article text. */
const prose = (topic: string): string =>
  `<p>The ${topic} was discussed at length, and the delegates, who had travelled from many regions, ` +
  `agreed that more work was needed before the next meeting, which is planned for the spring.</p>`

function extract(html: string): string {
  const doc = parseHtml(html)
  pruneDocument(doc)
  return extractArticle(doc)?.paragraphs.map((p) => p.text).join('\n') ?? ''
}

describe('extractArticle', () => {
  it('keeps the story and leaves the sidebar, comments and footer', () => {
    const text = extract(`<body>
      <div class="sidebar"><p>Most read: a story about trains, buses, ferries and bicycles, all of them late.</p></div>
      <div class="story-body">${prose('grid budget')}${prose('coal exit')}${prose('harbour plan')}</div>
      <div class="comments">${prose('readers letter')}</div>
      <footer><p>Contact the newsroom, anytime, anywhere, for any reason at all, by post.</p></footer></body>`)
    expect(text).toContain('grid budget')
    expect(text).toContain('harbour plan')
    expect(text).not.toMatch(/Most read|readers letter|newsroom/)
  })

  it('does not drop a page wrapper whose class looks like chrome ("page-ad-margins")', () => {
    const text = extract(`<body><div class="page-ad-margins"><div class="body">${prose('tidal plant')}${prose('wind tender')}</div></div></body>`)
    expect(text).toContain('tidal plant')
  })

  it('joins a sibling block of prose that sits outside the scored subtree', () => {
    const text = extract(`<body><article>
      <div class="intro"><div><div><div><div><div>${prose('opening pledge')}</div></div></div></div></div></div>
      <div class="rest">${prose('second point')}${prose('third point')}${prose('fourth point')}</div>
    </article></body>`)
    expect(text).toContain('opening pledge')
    expect(text).toContain('fourth point')
  })

  it('keeps a lone paragraph whose wrapper has a chrome-like class', () => {
    const text = extract(`<body><div class="content">${prose('first item')}<div class="media-paragraph">${prose('wrapped item')}</div>${prose('last item')}</div></body>`)
    expect(text).toContain('wrapped item')
  })

  it('drops a link list inside the story', () => {
    const text = extract(`<body><div class="content">${prose('first item')}
      <ul><li><a href="/a">Another story about the weather</a></li><li><a href="/b">Yet another story about roads</a></li></ul>
      ${prose('last item')}</div></body>`)
    expect(text).not.toContain('Another story')
    expect(text).toContain('last item')
  })

  it('keeps an embedded post in a "social" wrapper and drops the standfirst', () => {
    const text = extract(`<body><div class="article-body">
      <div class="standfirst"><p>A summary line, repeated, of what the story says, in brief, for skimmers.</p></div>
      ${prose('ministers meeting')}
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Our island will run on sun and wind by 2040.</p></blockquote></div>
      ${prose('island grid')}</div></body>`)
    expect(text).toContain('run on sun and wind by 2040')
    expect(text).not.toContain('for skimmers')
  })

  it('returns null when nothing reads as prose', () => {
    const doc = parseHtml('<body><a href="/">Home</a></body>')
    expect(extractArticle(pruneDocument(doc))).toBeNull()
  })
})

describe('readabilityContent (the fallback)', () => {
  it('finds the article of our fixture page', () => {
    const page = readFileSync(new URL('../../test/fixtures/html/harbour-wind-pledge.html', import.meta.url), 'utf8')
    const content = readabilityContent(page)
    expect(content).toContain('Fishing cooperatives along the cape')
    expect(content).not.toContain('Ferry operator')
  })
})
