import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createFetcher } from '../../src/feeds/fetcher.js'
import { parseFeed } from '../../src/feeds/parse-feed.js'
import { need } from '../helpers/requirements.mjs'
import { ROOT, startStack, type Stack } from './harness.js'
import { openAt, POLL } from './page-tools.js'

// Issue 17, items 3 and 4: the actor page names its feed (a link, and a
// <link rel="alternate"> in the head); a subscriber reads that feed through
// our own fetcher and parser, and after a new article is ingested sees its change.
const browser = await need('chromium')
const BIN = join(ROOT, 'bin/pledgewatch')
const data = mkdtempSync(join(tmpdir(), 'pw-e2e-feeds-'))
// Our own report, dated so that its change is the newest of the samples'.
const NEW_ARTICLE = `---
title: Japan sets a 2035 goal
date: 2026-11-02
url: https://ourdesk.example/japan-2035
---
Japan sets a 2035 goal

Japan pledged on Monday to cut its greenhouse gas emissions 60 percent by 2035 from 2013 levels, the prime minister told parliament in Tokyo.
`

let stack: Stack | undefined
afterAll(async () => {
  await stack?.close()
  rmSync(data, { recursive: true, force: true })
}, 60_000)

const ingest = (...inputs: string[]) => {
  const r = spawnSync(BIN, ['ingest', '--data', data, '--workers', '1', ...inputs], { cwd: ROOT, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr}`)
}

describe.skipIf(browser.skip)('following a country from the dashboard', () => {
  it('finds the feed on the actor page, reads it with our parser, and sees a new article\'s change', async () => {
    ingest('samples/articles')
    stack = await startStack([], data)
    const { page, errors, close } = await openAt(stack, '#/actor/JPN', { width: 1366, height: 900 })
    const head = page.locator('head link[rel="alternate"][type="application/atom+xml"][href="/feeds/actors/JPN.atom"]')
    await expect.poll(() => head.count(), POLL).toBe(1)
    const visible = page.locator('a[type="application/atom+xml"]')
    expect(await visible.getAttribute('href')).toBe('/feeds/actors/JPN.atom')
    expect(await visible.textContent()).toBe("Follow Japan's target changes")
    expect(errors).toEqual([])
    await close()

    const feedUrl = `${stack.url}/feeds/actors/JPN.atom`
    const fetcher = createFetcher({ hostDelayMs: 0, retries: 0 })
    const read = async () => {
      const r = await fetcher.get(feedUrl, { conditional: true })
      return r.status === 'fetched' ? parseFeed(r.text(), r.finalUrl) : null
    }
    const before = (await read())!
    const changes = (await (await fetch(`${stack.url}/api/changes?actor=JPN`)).json()) as Array<{ reported: string | null }>
    // One entry per dated change line, each linking an article page of this dashboard.
    expect(before).toHaveLength(changes.filter((c) => c.reported !== null).length)
    expect(before.length).toBeGreaterThan(0)
    for (const item of before) expect(item.url).toMatch(new RegExp(`^${stack.url}/#/article/\\d+\\?span=\\d+-\\d+&fact=pledge%3A\\d+$`))
    expect(await read()).toBeNull() // 304

    // The register grows while the dashboard is down (the data folder has one process at a time).
    await stack.close()
    stack = undefined
    const file = join(data, 'japan-2035.md')
    writeFileSync(file, NEW_ARTICLE)
    ingest(file)
    stack = await startStack([], data)
    // The same address (a new port: the fetcher asks the new server with the old ETag, which no longer matches).
    const after = (await fetcher.get(`${stack.url}/feeds/actors/JPN.atom`, { conditional: true }).then((r) => (r.status === 'fetched' ? parseFeed(r.text(), r.finalUrl) : null)))!
    expect(after[0].title).toBe('JPN reduction 2035: new 60% (2026-11-02)')
    expect(after.slice(1).map((i) => i.guid)).toEqual(before.map((i) => i.guid))
  }, 300_000)
})
