import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentDataset, loadDataset, updateDataset } from '../src/assess/data-folder.js'
import { createApp } from '../src/server/app.js'
import { openDb } from '../src/store/open.js'
import { owidCsv } from '../src/assess/testing/owid-csv.js'

const BIN = resolve(__dirname, '../bin/pledgewatch')
// What the local server serves: a good file with 2024 data, and files that must be refused.
const FILES: Record<string, string> = {
  '/good.csv': owidCsv({ last: 2024 }),
  '/newer.csv': owidCsv({ last: 2025, growth: 0.98 }),
  '/malformed.csv': owidCsv().replace(/\n(India,2015,IND,,[^,]*,)[^,]+/, '\n$1n/a'),
  '/truncated.csv': owidCsv().slice(0, 5000),
}
/** Runs the CLI without blocking this process (the server answering it lives here). */
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const { PLEDGEWATCH_DATA: _, ...env } = process.env
    const p = spawn(BIN, args, { env })
    let [stdout, stderr] = ['', '']
    p.stdout.on('data', (b) => (stdout += b))
    p.stderr.on('data', (b) => (stderr += b))
    p.on('close', (status) => ok({ status, stdout, stderr }))
  })
}

let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = FILES[req.url ?? '']
    if (body === undefined) return void res.writeHead(404).end('not found')
    res.writeHead(200, { 'content-type': 'text/csv' }).end(body)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((ok) => server.close(() => ok())))

describe('data update (issue #6)', () => {
  it('downloads, validates, stores and switches; a refused file leaves the current data in use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-data-'))
    expect(await currentDataset(dir)).toBeNull()
    expect((await loadDataset(dir)).latestYear).toBe(2023) // built-in

    const cur = await updateDataset({ url: `${base}/good.csv`, dataDir: dir })
    expect(cur).toMatchObject({ url: `${base}/good.csv`, latest_year: 2024, actors: 33 })
    expect(readFileSync(join(dir, 'datasets', cur.file), 'utf8')).toBe(FILES['/good.csv'])
    const d = await loadDataset(dir)
    expect(d.latestYear).toBe(2024)
    expect(d.source).toContain(`${base}/good.csv`)

    for (const [path, reason] of [['/malformed.csv', /refused .*malformed.csv: line \d+: co2/], ['/truncated.csv', /refused .*: (line \d+|only \d+ of our)/], ['/missing.csv', /HTTP 404/]] as const) {
      await expect(updateDataset({ url: `${base}${path}`, dataDir: dir })).rejects.toThrow(reason)
      expect(await currentDataset(dir)).toEqual(cur)
    }
    expect(readdirSync(join(dir, 'datasets')).sort()).toEqual([cur.file, 'current.json'].sort())
    expect((await loadDataset(dir)).latestYear).toBe(2024)
  })

  it('pledgewatch data update --url, status, and assess on the switched data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-data-cli-'))
    const bad = await run('data', 'update', '--url', `${base}/malformed.csv`, '--data', dir)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/pledgewatch: refused .*malformed\.csv: line \d+: co2.*the current dataset stays in use \[E_DATASET\]/)
    expect(existsSync(join(dir, 'datasets', 'current.json'))).toBe(false)

    const ok = await run('data', 'update', '--url', `${base}/newer.csv`, '--data', dir)
    expect(ok.stderr).toBe('')
    expect(ok.stdout).toMatch(/now using owid-co2-\d{8}T\d{6}\.csv \(33 actors, latest year 2025\)/)
    expect((await run('data', 'status', '--data', dir)).stdout).toMatch(/latest year 2025/)
    const a = await run('assess', '--data', dir, '--format', 'json', '--scenario', 'current_trend')
    expect(a.status).toBe(0)
    const out = JSON.parse(a.stdout)
    expect(out.data.latest_year).toBe(2025)
    expect(out.history.at(-1).year).toBe(2025)
  })
  it("the API's assessment reads the dataset of the server's data folder (serve --data), not the default one", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-data-api-'))
    await updateDataset({ url: `${base}/newer.csv`, dataDir: dir })
    const db = await openDb({ data: ':memory:' })
    try {
      const year = async (dataDir?: string) => ((await (await createApp({ db, web: false, dataDir }).request('/api/assessment?scenario=current_trend')).json()) as { data: { latest_year: number } }).data.latest_year
      expect(await year(dir)).toBe(2025)
      expect(await year(mkdtempSync(join(tmpdir(), 'pw-data-none-')))).toBe(2023) // nothing downloaded there: the built-in table
    } finally {
      await db.close()
    }
  })
})
