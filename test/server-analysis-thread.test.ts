import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { longArticle } from '../bench/long-article.js'
import { createApp } from '../src/server/app.js'
import { createWorkerPool, type AnalysePool } from '../src/parallel/analyse-pool.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'

// Issue 15, item 2: a 100 KB POST once froze every reader for 17 s, because the
// server analysed on its only thread; and nothing bounded an article's time.
const TOKEN = 't'
let db: Db
const pools: AnalysePool[] = []

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
})
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()))
  await db?.close()
})

const postText = (app: ReturnType<typeof createApp>, text: string) =>
  app.request('/api/articles', { method: 'POST', body: text, headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` } })

describe('the server analyses posted articles off its request thread', () => {
  it('answers readers while a 1 MB article is being analysed', async () => {
    const analyser = createWorkerPool(1, { timeLimitMs: 0 })
    pools.push(analyser)
    const app = createApp({ db, token: TOKEN, analyser })
    const order: string[] = []
    const writing = postText(app, longArticle(1024 * 1024, { oneLine: false })).then((res) => {
      order.push('post')
      return res
    })
    // Wait until the worker holds the article, then read, again and again.
    while (analyser.pending === 0) await new Promise((r) => setTimeout(r, 5))
    let reads = 0
    while (order.length === 0) {
      const res = await app.request('/api/targets')
      expect(res.status).toBe(200)
      reads++
      if (reads === 3) order.push('reads')
    }
    expect(order[0]).toBe('reads')
    expect((await writing).status).toBe(201)
  })

  it('stops an article past the time limit with a 422 naming it, and takes the next one', async () => {
    const app = createApp({ db, token: TOKEN, timeLimitMs: 2000 })
    const slow = await postText(app, longArticle(3 * 1024 * 1024, { oneLine: false }))
    expect(slow.status).toBe(422)
    expect(((await slow.json()) as { error: { message: string } }).error.message).toMatch(/^E_ANALYSIS_TIMEOUT: analysis took longer than the limit of 2s/)
    const next = await postText(app, 'Ghana pledged on Monday to reach net zero emissions by 2060, officials in Accra said.')
    expect(next.status).toBe(201)
  })
})
