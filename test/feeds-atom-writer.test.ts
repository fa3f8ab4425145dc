import { describe, expect, it } from 'vitest'
import { atomProblems } from './helpers/atom-check.js'
import { escapeXml, httpUrl, renderAtom } from '../src/server/atom.js'
import { etagMatches, weakEtag } from '../src/server/conditional.js'

describe('the Atom writer', () => {
  it('escapes markup and drops what XML cannot carry', () => {
    expect(escapeXml(`<a href="x">AT&T's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;AT&amp;T&apos;s&lt;/a&gt;')
    expect(escapeXml('bell\u0007 nul\u0000 ok\ttab')).toBe('bell nul ok\ttab')
    expect(escapeXml('lone \ud800 surrogate, pair \ud83c\udf0d')).toBe('lone  surrogate, pair \ud83c\udf0d')
  })
  it('keeps only http(s) links', () => {
    expect(httpUrl('https://news.example/a?b=1&c=2')).toBe('https://news.example/a?b=1&c=2')
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>', 'ftp://x.example/', '/relative', '', null]) expect(httpUrl(bad)).toBeUndefined()
  })
  it('writes a feed the spec accepts, with hostile text inert', () => {
    const xml = renderAtom({
      id: 'urn:uuid:00000000-0000-8000-8000-000000000000', title: 'T & <b>', updated: '2021-04-22T00:00:00Z', authors: ['Pledgewatch'],
      links: [{ rel: 'self', href: 'http://127.0.0.1:8080/feeds/changes.atom?actor=JPN&kind=reduction' }, { rel: 'alternate', href: 'javascript:alert(1)' }],
      entries: [{
        id: 'urn:uuid:00000000-0000-8000-8000-000000000001', title: '"]]><script>', updated: '2021-04-22T00:00:00Z', authors: ['<Outlet>'],
        links: [{ rel: 'alternate', href: 'http://127.0.0.1:8080/#/article/1' }],
        content: [{ tag: 'p', children: ['x', { tag: 'a', href: 'javascript:evil()', children: ['kept text'] }] }],
      }],
    })
    expect(atomProblems(xml)).toEqual([])
    expect(xml).not.toMatch(/<script>|javascript:/)
    expect(xml).toContain('href="http://127.0.0.1:8080/feeds/changes.atom?actor=JPN&amp;kind=reduction"')
    expect(xml).toContain('<p>xkept text</p>')
  })
  it('the checker catches what the spec forbids', () => {
    expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>')).toEqual(expect.arrayContaining([
      'feed: 0 atom:id (exactly one is required)', 'feed: 0 atom:updated (exactly one is required)']))
    expect(atomProblems('<feed><id>x</feed>')).toContain('not well-formed XML')
    expect(atomProblems('<rss/>')).toContain('the root is not atom:feed in the Atom namespace')
  })
})

describe('entity tags', () => {
  it('are weak, stable for a body, and compared weakly', () => {
    const t = weakEtag('<feed/>')
    expect(t).toBe(weakEtag('<feed/>'))
    expect(t).not.toBe(weakEtag('<feed></feed>'))
    expect(etagMatches(t, t)).toBe(true)
    expect(etagMatches(`"other", ${t.slice(2)}`, t)).toBe(true)
    expect(etagMatches('*', t)).toBe(true)
    expect(etagMatches('W/"other"', t)).toBe(false)
  })
})
