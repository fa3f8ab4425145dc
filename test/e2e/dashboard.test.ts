import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { need } from '../helpers/requirements.mjs'
import { startStack, type Stack } from './harness.js'

// The dashboard in a real browser (issue 5, item 4): Debian's Chromium against
// `pledgewatch serve` over a register filled from samples/articles. Without
// Chromium the file is skipped (npm test says so), except under CI=true.
const browser = await need('chromium')
let stack: Stack
/** Waits on a busy 2-core machine: the store answers in milliseconds, but a loaded CPU stretches that. */
const POLL = { timeout: 20_000, interval: 100 }

beforeAll(async () => {
  if (browser.skip) return
  stack = await startStack()
}, 180_000)
afterAll(async () => stack?.close(), 30_000)

/** A fresh page; every dialog and page error is recorded, so a test can say none happened. */
async function open(hash: string, opts: { bypassCSP?: boolean; width?: number } = {}) {
  const context = await stack.browser.newContext({ bypassCSP: opts.bypassCSP ?? false, viewport: { width: opts.width ?? 1200, height: 900 } })
  const page = await context.newPage()
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${stack.url}/${hash}`)
  return { page, dialogs, errors, close: () => context.close() }
}

const netZeroYears = (page: Page) => page.locator('table.overview tbody td[data-col="net_zero"]').allTextContents()

describe.skipIf(browser.skip)('overview', () => {
  it('lists the actors and sorts by a column both ways', async () => {
    const { page, errors, close } = await open('#/')
    await page.locator('table.overview tbody tr[data-actor="JPN"]').waitFor()
    expect(await page.locator('table.overview tbody tr').count()).toBeGreaterThan(5)
    await expect.poll(() => page.locator('.figure svg').count(), POLL).toBeGreaterThan(0) // the map

    await page.getByRole('button', { name: /Net zero/ }).click()
    let years = (await netZeroYears(page)).filter(Boolean).map(Number)
    expect(years.length).toBeGreaterThan(3)
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Net zero')

    await page.getByRole('button', { name: /Net zero/ }).click()
    years = (await netZeroYears(page)).filter(Boolean).map(Number)
    expect(years).toEqual([...years].sort((a, b) => b - a))
    expect(years[0]).toBeGreaterThan(years[years.length - 1])

    await page.getByRole('searchbox').fill('japan')
    await expect.poll(() => page.locator('table.overview tbody tr').count(), POLL).toBe(1)
    expect(await page.locator('table.overview tbody tr').getAttribute('data-actor')).toBe('JPN')
    expect(errors).toEqual([])
    await close()
  })
})

describe.skipIf(browser.skip)('actor and article', () => {
  it("opens an actor, then an article from its evidence with the fact highlighted, and shows a fact's fields", async () => {
    const { page, errors, close } = await open('#/')
    await page.getByRole('link', { name: 'Japan', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: /Japan/ }).waitFor()
    expect(page.url()).toContain('#/actor/JPN')
    const card = page.locator('article.target', { hasText: 'Emissions cut 2030' })
    await card.waitFor()
    // Its lane on the actor's one timeline.
    expect(await page.locator(`.timeline .lane[data-claim="${await card.getAttribute('data-claim')}"]`).count()).toBe(1)
    const sentence = (await card.locator('li.evidence q').first().textContent())!
    await card.locator('li.evidence a', { hasText: 'article' }).first().click()

    await page.locator('.article-text mark.fact').first().waitFor()
    expect(page.url()).toMatch(/#\/article\/\d+\?span=\d+-\d+/)
    const selected = page.locator('.article-text mark.fact.selected')
    expect(await selected.count()).toBeGreaterThan(0)
    expect((await selected.allTextContents()).join('')).toBe(sentence)
    const panel = page.locator('#fact-panel')
    expect(await panel.textContent()).toContain('JPN')
    expect(await panel.textContent()).toContain('2030')

    // Keyboard: focus another highlighted fact and press Enter.
    const marks = page.locator('.article-text mark.fact')
    const index = (await marks.evaluateAll((ms) => ms.map((m) => m.classList.contains('selected')))).indexOf(false)
    expect(index).toBeGreaterThanOrEqual(0)
    const other = marks.nth(index)
    await other.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => other.getAttribute('aria-pressed'), POLL).toBe('true')
    expect(await panel.locator('dt', { hasText: 'evidence' }).count()).toBe(1)
    await page.getByRole('heading', { name: 'Against the register' }).waitFor()
    await expect.poll(() => page.locator('.article-side').textContent(), POLL).toMatch(/agree with other sources|only source/)
    expect(errors).toEqual([])
    await close()
  })
})

describe.skipIf(browser.skip)('diplomacy', () => {
  it('draws the network and filters it by type', async () => {
    const { page, errors, close } = await open('#/diplomacy')
    await page.locator('svg.network path.edge').first().waitFor()
    const all = await page.locator('svg.network path.edge').count()
    expect(await page.locator('svg.network a.node').count()).toBeGreaterThan(2)
    const types = new Set(await page.locator('svg.network path.edge').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-type'))))
    expect(types.size).toBeGreaterThan(1)
    await page.getByRole('checkbox', { name: 'urge' }).uncheck()
    await expect.poll(() => page.locator('svg.network path.edge[data-type="urge"]').count(), POLL).toBe(0)
    expect(await page.locator('svg.network path.edge').count()).toBeLessThan(all)
    expect(errors).toEqual([])
    await close()
  })
})

describe.skipIf(browser.skip)('changes and assessment', () => {
  it('lists changes newest first, and shows the assessment or says there is none', async () => {
    const { page, errors, close } = await open('#/changes')
    await page.locator('li.change').first().waitFor()
    const dates = await page.locator('li.change .nowrap').allTextContents()
    expect(dates).toEqual([...dates].sort().reverse())
    await page.getByRole('link', { name: 'Assessment' }).click()
    // Until GET /api/assessment exists the page says so; once it does, it draws a thermometer per scenario.
    await expect.poll(async () => (await page.locator('.thermometer').count()) + (await page.getByText('has no assessment yet').count()), POLL).toBeGreaterThan(0)
    expect(await page.locator('main [role="alert"]').count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })
})

describe.skipIf(browser.skip)('hostile articles', () => {
  // The page's CSP would stop inline handlers on its own; bypassing it shows that
  // rendering every field as text is enough by itself (issue 5, item 3).
  for (const bypassCSP of [true, false]) {
    it(`runs none of the script in titles, outlets, addresses and sentences (CSP ${bypassCSP ? 'bypassed' : 'on'})`, async () => {
      const { page, dialogs, errors, close } = await open('#/', { bypassCSP })
      const visit = async (hash: string, ready: string, heading?: string) => {
        await page.goto(`${stack.url}/${hash}`)
        // A hash change keeps the page: wait for the new view's heading, or `ready` could match the old view.
        if (heading) await page.locator('h1', { hasText: heading }).waitFor()
        await page.locator(ready).first().waitFor()
        await page.waitForTimeout(200) // let any injected image fail to load and fire its handler
      }
      for (const actor of ['CHL', 'PER', 'NOR']) await visit(`#/actor/${actor}`, 'li.evidence', actor)
      const hostile = page.locator('li.evidence a', { hasText: 'article' }).first()
      await visit('#/actor/CHL', 'li.evidence', 'CHL')
      await hostile.click()
      await page.locator('.article-text mark.fact').first().waitFor()
      expect(await page.locator('.article-text').textContent()).toContain('<img src=x onerror=__pwned=1;alert(1)>')
      // Every fact's fields, where the payloads are shown again.
      // By keyboard, as a screen-reader user would: a click on a mark that wraps across lines can
      // miss it (the centre of its box may be another line's text), which made this test flaky.
      for (const mark of await page.locator('.article-text mark.fact').all()) {
        await mark.focus()
        await page.keyboard.press('Enter')
      }
      await visit('#/actor/NOR', 'li.evidence', 'NOR')
      await page.locator('li.evidence a', { hasText: 'article' }).first().click()
      await page.locator('.article-text mark.fact').first().waitFor()
      expect(await page.locator('h1').textContent()).toContain('<script>')
      await visit('#/changes', 'li.change')
      await visit('#/search?q=Freedonia', 'li.hit')
      await visit('#/search?q=Chile%20Peru', 'li.hit')
      await visit('#/diplomacy', 'svg.network path.edge')
      await visit('#/', 'table.overview tbody tr')

      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
      expect(dialogs).toEqual([])
      expect(errors).toEqual([])
      // Nothing from the payloads became an element or a live link.
      expect(await page.locator('[onerror], [onload], [onmouseover], iframe, main script, main img').count()).toBe(0)
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
      await close()
    })
  }
})

describe.skipIf(browser.skip)('search', () => {
  it('finds articles by words, marks the matches, and opens one', async () => {
    const { page, errors, close } = await open('#/search')
    await page.getByRole('searchbox').fill('"carbon neutrality"')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.locator('li.hit').first().waitFor()
    expect((await page.locator('li.hit mark').allTextContents()).map((t) => t.toLowerCase())).toContain('carbon')
    expect(page.url()).toContain('#/search?q=')
    await page.locator('li.hit a').first().click()
    await page.locator('.article-text').waitFor()
    expect(await page.locator('.article-text').textContent()).toMatch(/carbon neutrality/i)
    expect(errors).toEqual([])
    await close()
  })
})

describe.skipIf(browser.skip)('phone width', () => {
  it('fits the overview into a 390-pixel screen without the page scrolling sideways', async () => {
    const { page, close } = await open('#/', { width: 390 })
    await page.locator('table.overview tbody tr').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await close()
  })
})
