import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { need } from '../helpers/requirements.mjs'
import { startStack, type Stack } from './harness.js'
import { SCREENS } from './page-tools.js'

// How long each page takes in Chromium from navigation to its content drawn
// (issue 16, Done when: under 1.5 s on a 100k-article register). By default on
// the browser tests' small register; PLEDGEWATCH_LOAD_DATA=DIR measures a
// register filled beforehand (`npm run bench:store -- --keep DIR`), e.g.
//   PLEDGEWATCH_LOAD_DATA=/work/bench-data/store-100k npx vitest run test/e2e/page-load.test.ts
// Each page is loaded three times, each in a new browser context (nothing
// cached in the browser); the first also finds the server's answer cache cold.
// All three times are printed; the median is held to the limit, so one stall
// of a busy machine does not decide.
const browser = await need('chromium')
const DATA = process.env.PLEDGEWATCH_LOAD_DATA
const ACTOR = process.env.PLEDGEWATCH_LOAD_ACTOR ?? 'JPN'
// The 1.5 s of issue 16 is held on a register filled for the purpose; in the
// ordinary suite, which shares two cores with the other browser tests, a page
// must still appear within 10 s (a page that hangs or fails to load fails).
const LIMIT_MS = DATA ? 1500 : 10_000
let stack: Stack

beforeAll(async () => {
  if (browser.skip) return
  stack = await startStack(undefined, DATA)
}, 180_000)
afterAll(async () => stack?.close(), 30_000)

const PAGES = [
  { name: 'overview', hash: '#/', ready: 'table.overview tbody tr, .card.empty' },
  { name: 'actor', hash: `#/actor/${ACTOR}`, ready: '.timeline svg .lane' },
  { name: 'diplomacy', hash: '#/diplomacy', ready: 'svg.network a.node' },
  { name: 'changes', hash: '#/changes', ready: 'li.change' },
  { name: 'assessment', hash: '#/assessment', ready: '.thermometer' },
]

/** The API paths a page requests, in order, and whether the first went out before the page's own chunk (`/assets/<name>-*.js`) had arrived. */
function watchRequests(page: Page, name: string) {
  const log = { api: [] as string[], apiBeforeCode: false, codeDone: false }
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname + new URL(r.url()).search
    if (!path.startsWith('/api/')) return
    if (!log.api.length && !log.codeDone) log.apiBeforeCode = true
    log.api.push(path)
  })
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.startsWith(`/assets/${name}-`)) log.codeDone = true
  })
  return log
}

describe.skipIf(browser.skip)(`page load${DATA ? ` on ${DATA}` : ''}`, () => {
  for (const p of PAGES) {
    it(`${p.name} is drawn within ${LIMIT_MS} ms`, async () => {
      const times: number[] = []
      for (let run = 0; run < 3; run++) {
        const context = await stack.browser.newContext({ viewport: { width: SCREENS[0].width, height: SCREENS[0].height } })
        const page = await context.newPage()
        const log = watchRequests(page, p.name)
        const started = performance.now()
        await page.goto(`${stack.url}/${p.hash}`)
        await page.locator(p.ready).first().waitFor({ timeout: 20_000 })
        times.push(performance.now() - started)
        await context.close()
        // The data the page asks for first was requested early (web/src/prefetch.ts) and taken by the page, not asked for again.
        expect(log.api.filter((u, i) => log.api.indexOf(u) !== i), 'API paths requested twice').toEqual([])
        expect(log.apiBeforeCode, 'the page\'s data requested before its code had loaded').toBe(true)
      }
      process.stdout.write(`page load ${p.name}: ${times.map((t) => Math.round(t)).join(', ')} ms (first is the server's cold answer)\n`)
      expect([...times].sort((x, y) => x - y)[1]).toBeLessThan(LIMIT_MS)
    })
  }
})
