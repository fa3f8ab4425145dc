import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFetcher } from '../src/feeds/fetcher.js'
import { parseFeed } from '../src/feeds/parse-feed.js'
import { createApp } from '../src/server/app.js'
import { listen } from '../src/server/listen.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'

// Issue 17, item 4: a subscriber follows one country through our own fetcher
// (conditional GET) and feed parser, and sees a posted article's change.
const TOKEN = 'feed-token-5e1c'
const STORY = {
  url: 'https://north.example/canada-net-zero', date: '2024-04-08', outlet: 'North Wire',
  text: 'Canada sets a new climate goal\n\nCanada pledged on Monday to reach net zero emissions by 2050, the environment minister said in Ottawa.',
}

let db: Db
let server: Awaited<ReturnType<typeof listen>>

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  server = await listen(createApp({ db, token: TOKEN, web: false, singleWriter: true }), { host: '127.0.0.1', port: 0 })
})
afterAll(async () => {
  await server?.close()
  await db?.close()
})

describe('following a country through its Atom feed', () => {
  it('sees a new article\'s change, and is told 304 when nothing changed', async () => {
    const feed = `${server.url}/feeds/actors/CAN.atom`
    const fetcher = createFetcher({ hostDelayMs: 0, retries: 0 })
    const read = async () => {
      const r = await fetcher.get(feed, { conditional: true, accept: 'application/atom+xml' })
      return r.status === 'fetched' ? { status: r.status, items: parseFeed(r.text(), r.finalUrl), type: r.contentType } : { status: r.status, items: [] }
    }
    const before = await read()
    expect(before).toEqual({ status: 'fetched', items: [], type: 'application/atom+xml; charset=utf-8' })
    expect((await read()).status).toBe('not-modified')

    const posted = await fetch(`${server.url}/api/articles`, {
      method: 'POST', body: JSON.stringify(STORY), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    })
    expect(posted.status).toBe(201)
    const { article_id } = (await posted.json()) as { article_id: number }

    const after = await read()
    expect(after.status).toBe('fetched')
    expect(after.items).toEqual([{
      url: expect.stringMatching(new RegExp(`^${server.url}/#/article/${article_id}\\?span=\\d+-\\d+&fact=pledge%3A\\d+$`)),
      title: 'CAN net_zero 2050: new (2024-04-08)',
      date: '2024-04-08T00:00:00+00:00', // the parser's normal form of the entry's 2024-04-08T00:00:00Z
      guid: expect.stringMatching(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    }])
    expect((await read()).status).toBe('not-modified')
    // The whole register's feed carries it too, under the same id.
    const all = parseFeed(await (await fetch(`${server.url}/feeds/changes.atom`)).text(), server.url)
    expect(all.map((i) => i.guid)).toEqual([after.items[0].guid])
  })
})
