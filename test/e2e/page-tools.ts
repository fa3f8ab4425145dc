import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Stack } from './harness.js'

/** Where the browser tests leave their screenshots for review (git-ignored, test/e2e/.gitignore). */
export const SCREENSHOTS = join(import.meta.dirname, 'screenshots')

/** The two screens every page is checked at (issue 16, item 8). */
export const SCREENS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const

/** Waits on a busy 2-core machine: the store answers in milliseconds, but a loaded CPU stretches that. */
export const POLL = { timeout: 20_000, interval: 100 }

/** A fresh page at a screen size; page errors are recorded, so a test can say none happened. */
export async function openAt(stack: Stack, hash: string, screen: { width: number; height: number }) {
  const context = await stack.browser.newContext({ viewport: { width: screen.width, height: screen.height } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${stack.url}/${hash}`)
  return { page, errors, close: () => context.close() }
}

/** Saves a full-page screenshot as `screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/**
 * How far the page scrolls sideways beyond the window (0: it fits), and the
 * widest element that sticks out, to name in a failure.
 */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprit: string | null }> {
  return page.evaluate(() => {
    const doc = document.documentElement
    const overflow = doc.scrollWidth - doc.clientWidth
    let culprit: string | null = null
    if (overflow > 0) {
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect()
        if (r.right > doc.clientWidth + 1 && getComputedStyle(el).position !== 'fixed') {
          culprit = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`
          break
        }
      }
    }
    return { overflow, culprit }
  })
}

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** One accessibility finding: the rule, its impact, and where. */
export interface AxeFinding {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly targets: string[]
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) over the page as it is and returns
 * its violations. The script goes in through the DevTools protocol, which the
 * page's Content-Security-Policy does not govern, so the policy stays on.
 */
export async function axeScan(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
}

/** Findings an analyst's screen reader or keyboard would trip over. */
export const serious = (findings: readonly AxeFinding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')

/**
 * Numbers in a text that carry no unit: a value must read "46%", "30 GW",
 * "1.5 °C" or "40–45%"; years (1900–2100) and counts in parentheses are not values.
 */
export function unitlessValues(text: string): string[] {
  const out: string[] = []
  // (A figure may group its thousands: "1,000 Mt CO2e".)
  for (const m of text.matchAll(/(?<![\d.,-])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:–((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?))?(%| GW| °C| Mt CO2e)?(?![\d.-])/g)) {
    const [, lo, , unit] = m
    const n = Number(lo)
    const isYear = Number.isInteger(n) && n >= 1900 && n <= 2100 && lo.length === 4
    if (!unit && !isYear) out.push(m[0])
  }
  return out
}
