import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { need } from '../helpers/requirements.mjs'
import { startStack, type Stack } from './harness.js'
import { axeScan, horizontalOverflow, openAt, POLL, SCREENS, screenshot, serious } from './page-tools.js'

// Every page at 1366×900 and 390×844 (issue 16, item 8): a screenshot into
// test/e2e/screenshots/ for review, no sideways scrolling, and no serious or
// critical finding of an axe-core accessibility scan. A register of our sample
// articles and fixtures, then an empty one.
const browser = await need('chromium')
let stack: Stack
let empty: Stack

beforeAll(async () => {
  if (browser.skip) return
  ;[stack, empty] = await Promise.all([startStack(), startStack([])])
}, 240_000)
afterAll(async () => Promise.all([stack?.close(), empty?.close()]), 60_000)

/** An article that shares its facts with other stories, found through the API as a reader would through a page. */
async function articleHash(s: Stack): Promise<string> {
  const profile = (await (await fetch(`${s.url}/api/actors/CHN`)).json()) as { targets: Array<{ evidence: Array<{ article_id: number }> }> }
  return `#/article/${profile.targets[0].evidence[0].article_id}`
}

/** The pages, each with what shows it is ready (on a phone the network is a list by pair). */
const PAGES: Array<{ name: string; hash: string | ((s: Stack) => Promise<string>); ready: string; phoneReady?: string }> = [
  { name: 'overview', hash: '#/', ready: 'table.overview tbody tr' },
  { name: 'actor-china', hash: '#/actor/CHN', ready: '.timeline svg .lane' },
  { name: 'actor-indonesia', hash: '#/actor/IDN', ready: '.timeline svg .lane' },
  { name: 'article', hash: articleHash, ready: '.article-text mark.fact' },
  { name: 'diplomacy', hash: '#/diplomacy', ready: 'svg.network a.node', phoneReady: 'li.pair' },
  { name: 'changes', hash: '#/changes', ready: 'li.change' },
  { name: 'conflicts', hash: '#/changes?tab=conflicts', ready: '[role="tabpanel"] p' },
  { name: 'assessment', hash: '#/assessment', ready: '.thermometer' },
  { name: 'search', hash: '#/search?q=net%20zero', ready: 'li.hit' },
]

describe.skipIf(browser.skip)('every page at both screen sizes', () => {
  for (const screen of SCREENS) {
    for (const p of PAGES) {
      it(`${p.name} at ${screen.width}×${screen.height}: fits, is screenshot, and passes the accessibility scan`, async () => {
        const hash = typeof p.hash === 'string' ? p.hash : await p.hash(stack)
        const { page, errors, close } = await openAt(stack, hash, screen)
        await page.locator(screen.name === 'phone' && p.phoneReady ? p.phoneReady : p.ready).first().waitFor(POLL)
        // Charts lay themselves out once they know their width: let that settle.
        await page.waitForTimeout(400)
        await screenshot(page, `${p.name}-${screen.width}`)
        const { overflow, culprit } = await horizontalOverflow(page)
        expect(overflow, `scrolls sideways by ${overflow} px; first element past the edge: ${culprit}`).toBeLessThanOrEqual(0)
        const findings = serious(await axeScan(page))
        expect(findings, JSON.stringify(findings, null, 1)).toEqual([])
        expect(errors).toEqual([])
        await close()
      })
    }
  }
})

describe.skipIf(browser.skip)('an empty register', () => {
  for (const screen of SCREENS) {
    it(`says how to fill it, at ${screen.width}×${screen.height}`, async () => {
      const { page, errors, close } = await openAt(empty, '#/', screen)
      const card = page.locator('.card.empty')
      await card.waitFor(POLL)
      expect(await card.locator('h2').textContent()).toContain('The register is empty')
      expect(await card.locator('pre code').first().textContent()).toContain('bin/pledgewatch ingest')
      // No grey map and no "0 of 0 actors".
      expect(await page.locator('figure.map, table.overview').count()).toBe(0)
      await screenshot(page, `empty-overview-${screen.width}`)
      expect((await horizontalOverflow(page)).overflow).toBeLessThanOrEqual(0)
      expect(serious(await axeScan(page))).toEqual([])
      for (const [hash, says] of [['#/diplomacy', 'No interactions'], ['#/changes', 'No change matches']] as const) {
        await page.goto(`${empty.url}/${hash}`)
        await page.getByText(says).first().waitFor(POLL)
      }
      expect(errors).toEqual([])
      await close()
    })
  }
})
