import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM as CHROMIUM_PATH } from '../helpers/requirements.mjs'

export const ROOT = resolve(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/pledgewatch')

/** Debian's Chromium, never a downloaded browser (issue 5, item 4); `.ci/run` installs it; PLEDGEWATCH_CHROMIUM overrides. */
export const CHROMIUM: string = CHROMIUM_PATH
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Stack {
  /** `http://127.0.0.1:PORT`, the dashboard at `/`. */
  readonly url: string
  readonly browser: Browser
  close(): Promise<void>
}

/** Starts `pledgewatch serve` on a free port and resolves with the URL it prints first on stdout. */
function startServer(data: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(BIN, ['serve', '--data', data, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLEDGEWATCH_TOKEN: '' } })
  let stderr = ''
  child.stderr!.on('data', (b) => (stderr += b))
  return new Promise((ok, fail) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (url) => ok({ url: url.trim(), child }))
    child.once('exit', (code) => fail(new Error(`pledgewatch serve exited (${code}) before listening: ${stderr}`)))
  })
}

/** What the browser tests' register holds: our sample articles and the fixtures we wrote for these tests. */
export const DEFAULT_INPUTS: readonly string[] = ['samples/articles', 'test/e2e/fixtures/hostile-metadata.txt', 'test/e2e/fixtures/hostile-text.txt', 'test/e2e/fixtures/units-and-ranges.txt']

/**
 * The whole stack as a user runs it: a fresh data folder filled by the real
 * `ingest` command with `inputs` (none: an empty register), the real `serve`
 * command on a free loopback port, and Debian's Chromium. With `existing`, a
 * data folder filled beforehand is served as it is and left in place.
 */
export async function startStack(inputs: readonly string[] = DEFAULT_INPUTS, existing?: string): Promise<Stack> {
  if (!existsSync(join(ROOT, 'dist/web/index.html'))) throw new Error('the dashboard is not built: run `npm run build:web` (npm test does)')
  if (!existsSync(CHROMIUM)) throw new Error(`no ${CHROMIUM}: apt-get install -y chromium (.ci/run does)`)
  const data = existing ?? mkdtempSync(join(tmpdir(), 'pw-e2e-'))
  if (!existing && inputs.length) {
    const ingest = spawnSync(BIN, ['ingest', '--data', data, '--workers', '1', ...inputs], { cwd: ROOT, encoding: 'utf8' })
    if (ingest.status !== 0) throw new Error(`ingest failed (${ingest.status}): ${ingest.stderr}`)
  }
  const { url, child } = await startServer(data)
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  } catch (err) {
    child.kill('SIGTERM')
    throw err
  }
  return {
    url,
    browser,
    async close() {
      await browser.close()
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await exited
      if (!existing) rmSync(data, { recursive: true, force: true })
    },
  }
}
