import { describe, expect, it } from 'vitest'
import { describeChange } from '../src/cli/changes.js'
import { createApp } from '../src/server/app.js'
import { queryChanges } from '../src/store/queries/register.js'
import { storeAnalysis } from '../src/store/write-article.js'
import { atomProblems } from './helpers/atom-check.js'
import { bothStores } from './helpers/both-stores.js'
import { report } from './helpers/report.js'
import { parseXml, childrenNamed, firstChild, textOf, type XmlElement } from '../src/feeds/xml-tree.js'

const JPN_26 = report({
  doc: 'jpn-26', date: '2020-10-26', outlet: 'North Wire', url: 'https://north.test/jpn-26',
  sentence: 'Japan pledged to cut its greenhouse gas emissions 26 percent by 2030 from 2013 levels, the prime minister said.',
  pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 26, base_year: 2013 }],
})
const JPN_46 = report({
  doc: 'jpn-46', date: '2021-04-22', outlet: 'South Post', url: 'https://south.test/jpn-46',
  sentence: 'Japan raised its goal on Thursday and will now cut emissions 46 percent by 2030 from 2013 levels.',
  pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 46, base_year: 2013 }],
})

/** The entries of an Atom document, read with the project's own XML reader. */
function entriesOf(xml: string) {
  const feed = parseXml(xml).children.find((n): n is XmlElement => typeof n !== 'string' && (n as XmlElement).name === 'feed')!
  return childrenNamed(feed, 'entry').map((e) => ({
    id: textOf(firstChild(e, 'id')!),
    title: textOf(firstChild(e, 'title')!),
    updated: textOf(firstChild(e, 'updated')!),
    links: childrenNamed(e, 'link').map((l) => ({ rel: l.attrs.rel, href: l.attrs.href })),
    summary: textOf(firstChild(e, 'summary')!),
    author: textOf(firstChild(firstChild(e, 'author')!, 'name')!),
  }))
}

for (const store of await bothStores()) {
  describe.skipIf(store.skip)(`Atom feeds of the change log (${store.name})`, () => {
    it('gives one entry per change in report-date order, each linking its evidence, valid Atom 1.0, and 304 on a repeat', async () => {
      const db = await store.open()
      try {
        // The newer report arrives first: the feed follows report dates, never arrival.
        const b = await storeAnalysis(db, JPN_46)
        const a = await storeAnalysis(db, JPN_26)
        const app = createApp({ db, web: false })
        const res = await app.request('/feeds/actors/JPN.atom')
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
        const xml = await res.text()
        expect(atomProblems(xml)).toEqual([])
        const entries = entriesOf(xml)
        // The titles are the lines `changes` prints, in its order (newest report first).
        const lines = (await queryChanges(db, { actor: 'JPN' })).map(describeChange)
        expect(lines).toEqual(['JPN reduction 2030: 26% → 46% (2021-04-22)', 'JPN reduction 2030: new 26% (2020-10-26)'])
        expect(entries.map((e) => e.title)).toEqual(lines)
        expect(entries.map((e) => e.updated)).toEqual(['2021-04-22T00:00:00Z', '2020-10-26T00:00:00Z'])
        expect(entries.map((e) => e.author)).toEqual(['South Post', 'North Wire'])
        // Each links its article's page, opened at the evidence (span and pledge), and the outlet's page.
        const page = (id: number, sentence: string) => new RegExp(`^http://localhost/#/article/${id}\\?span=0-${sentence.length}&fact=pledge%3A\\d+$`)
        expect(entries[0].links).toEqual([
          { rel: 'alternate', href: expect.stringMatching(page(b.articleId, JPN_46.pledges[0].evidence.text)) },
          { rel: 'related', href: 'https://south.test/jpn-46' },
        ])
        expect(entries[1].links).toEqual([
          { rel: 'alternate', href: expect.stringMatching(page(a.articleId, JPN_26.pledges[0].evidence.text)) },
          { rel: 'related', href: 'https://north.test/jpn-26' },
        ])
        expect(entries[0].summary).toBe(`${JPN_46.pledges[0].evidence.text} (South Post)`)
        expect(entries[1].summary).toBe(`${JPN_26.pledges[0].evidence.text} (North Wire)`)
        expect(new Set(entries.map((e) => e.id)).size).toBe(2)

        // A repeat with the ETag, or with the date, is a 304 with no body; the answer cache served it.
        const etag = res.headers.get('etag')!
        expect(etag).toMatch(/^W\/"[\w-]+"$/)
        const again = await app.request('/feeds/actors/JPN.atom', { headers: { 'if-none-match': etag } })
        expect(again.status).toBe(304)
        expect(again.headers.get('etag')).toBe(etag)
        expect(again.headers.get('x-cache')).toBe('hit')
        expect(await again.text()).toBe('')
        const since = await app.request('/feeds/actors/JPN.atom', { headers: { 'if-modified-since': res.headers.get('last-modified')! } })
        expect(since.status).toBe(304)
        const stale = await app.request('/feeds/actors/JPN.atom', { headers: { 'if-none-match': 'W/"something-else"' } })
        expect(stale.status).toBe(200)

        // Derived again with the same reports, the entries keep their ids; a new report changes the ETag.
        await storeAnalysis(db, report({
          doc: 'jpn-50', date: '2021-10-01', outlet: 'East Daily', url: 'https://east.test/jpn-50',
          sentence: 'Japan said it would go further and cut emissions 50 percent by 2030 from 2013 levels.',
          pledges: [{ actor: 'JPN', kind: 'reduction', year: 2030, value: 50, base_year: 2013 }],
        }))
        const after = await app.request('/feeds/actors/JPN.atom', { headers: { 'if-none-match': etag } })
        expect(after.status).toBe(200)
        const now = entriesOf(await after.text())
        expect(now.map((e) => e.title)).toEqual(['JPN reduction 2030: 46% → 50% (2021-10-01)', ...lines])
        expect(now.slice(1).map((e) => e.id)).toEqual(entries.map((e) => e.id))
      } finally {
        await db.close()
      }
    })

    it('filters by actor, kind and date; lists a country with no targets yet; refuses bad input with a clear error', async () => {
      const db = await store.open()
      try {
        await storeAnalysis(db, JPN_26)
        await storeAnalysis(db, JPN_46)
        await storeAnalysis(db, report({
          doc: 'deu', date: '2021-05-12', outlet: 'West Times', url: 'https://west.test/deu',
          sentence: 'Germany will reach climate neutrality by 2045, the cabinet agreed on Wednesday.',
          pledges: [{ actor: 'DEU', kind: 'net_zero', year: 2045 }],
        }))
        const app = createApp({ db, web: false })
        const titles = async (path: string) => entriesOf(await (await app.request(path)).text()).map((e) => e.title)
        expect(await titles('/feeds/changes.atom')).toEqual([
          'DEU net_zero 2045: new (2021-05-12)', 'JPN reduction 2030: 26% → 46% (2021-04-22)', 'JPN reduction 2030: new 26% (2020-10-26)'])
        expect(await titles('/feeds/changes.atom?actor=deu')).toEqual(['DEU net_zero 2045: new (2021-05-12)'])
        expect(await titles('/feeds/changes.atom?kind=reduction&since=2021-01-01')).toEqual(['JPN reduction 2030: 26% → 46% (2021-04-22)'])
        expect(await titles('/feeds/changes.atom?limit=1')).toEqual(['DEU net_zero 2045: new (2021-05-12)'])
        const empty = await app.request('/feeds/actors/FRA.atom')
        expect(empty.status).toBe(200)
        const emptyXml = await empty.text()
        expect(atomProblems(emptyXml)).toEqual([])
        expect(entriesOf(emptyXml)).toEqual([])
        const unknown = await app.request('/feeds/actors/XQZ.atom')
        expect(unknown.status).toBe(404)
        expect(await unknown.json()).toEqual({ error: { code: 'E_NOT_FOUND', message: expect.stringContaining('no actor "XQZ"') } })
        const badKind = await app.request('/feeds/changes.atom?kind=wishes')
        expect(badKind.status).toBe(400)
        expect(((await badKind.json()) as { error: { message: string } }).error.message).toMatch(/kind/)
        expect((await app.request('/feeds/changes.atom?since=2021-02-30')).status).toBe(400)
        expect((await app.request('/feeds/actors/JPN.rss')).status).toBe(404)
      } finally {
        await db.close()
      }
    })

    it('lists a new conflict as its own entry, dated by the later report, quoting both sides', async () => {
      const db = await store.open()
      try {
        const can = (doc: string, date: string, outlet: string, value: number, sentence: string) => report({
          doc, date, outlet, url: `https://${doc}.test/can`, sentence, pledges: [{ actor: 'CAN', kind: 'reduction', year: 2030, value, base_year: 2005 }] })
        const a = await storeAnalysis(db, can('east', '2021-04-20', 'East Daily', 40, 'Canada will cut emissions 40 percent by 2030 from 2005 levels, officials said.'))
        const b = await storeAnalysis(db, can('west', '2021-04-23', 'West Times', 36, 'Canada aims to cut emissions 36 percent by 2030 from 2005 levels, the minister said.'))
        const xml = await (await createApp({ db, web: false }).request('/feeds/actors/CAN.atom')).text()
        expect(atomProblems(xml)).toEqual([])
        const entries = entriesOf(xml)
        expect(entries.map((e) => e.title)).toEqual([
          'CAN reduction 2030: 40% → 36% (2021-04-23)',
          'CAN reduction 2030: conflict, 36 (West Times, 2021-04-23) vs 40 (East Daily, 2021-04-20)',
          'CAN reduction 2030: new 40% (2021-04-20)',
        ])
        const conflict = entries[1]
        expect(conflict.updated).toBe('2021-04-23T00:00:00Z')
        expect(conflict.links).toEqual([
          { rel: 'alternate', href: expect.stringMatching(new RegExp(`^http://localhost/#/article/${b.articleId}\\?span=`)) },
          { rel: 'related', href: 'https://west.test/can' },
          { rel: 'related', href: 'https://east.test/can' },
        ])
        expect(conflict.summary).toContain('36 percent')
        expect(conflict.summary).toContain('40 percent')
        expect(xml).toContain(`http://localhost/#/article/${a.articleId}`)
      } finally {
        await db.close()
      }
    })

    it('escapes markup from articles and drops links that are not http(s)', async () => {
      const db = await store.open()
      try {
        const sentence = 'Canada <b>will</b> cut emissions 40 percent by 2030 ]]> & "more" \u0007 said the <script>minister</script>.'
        await storeAnalysis(db, report({
          doc: 'can', date: '2021-04-23', outlet: '<img src=x onerror=alert(1)> & Co', url: 'javascript:alert(1)',
          sentence, pledges: [{ actor: 'CAN', kind: 'reduction', year: 2030, value: 40 }],
        }))
        const xml = await (await createApp({ db, web: false }).request('/feeds/actors/CAN.atom')).text()
        expect(atomProblems(xml)).toEqual([])
        expect(xml).not.toMatch(/<b>|<script>|<img|javascript:/)
        const [entry] = entriesOf(xml)
        expect(entry.author).toBe('<img src=x onerror=alert(1)> & Co')
        // The bell is gone (XML cannot carry it); the text around it is kept as it was.
        expect(entry.summary).toBe(`${sentence.replace(/\s+/g, ' ').replace('\u0007', '')} (<img src=x onerror=alert(1)> & Co)`)
        expect(entry.links.map((l) => l.rel)).toEqual(['alternate'])
      } finally {
        await db.close()
      }
    })
  })
}
