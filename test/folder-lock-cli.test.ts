import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Issue 15, item 1: `serve` and an `ingest` on one data folder, and two
// `ingest`s at once, used to report success while losing and corrupting rows.
const BIN = resolve(__dirname, '../bin/pledgewatch')
const TOKEN = 'lock-test-token'
let root: string
let server: { child: ChildProcess; url: string } | undefined

const COUNTRIES = ['Canada', 'Kenya', 'Chile', 'Brazil', 'Japan', 'Mexico', 'Norway', 'Peru', 'Ghana', 'Nepal']
function writeStories(dir: string, n: number, offset = 0) {
  mkdirSync(dir, { recursive: true })
  for (let i = offset; i < offset + n; i++) {
    writeFileSync(join(dir, `s${String(i).padStart(3, '0')}.txt`), `${COUNTRIES[i % COUNTRIES.length]} pledged in statement number ${i} to cut emissions ${10 + (i % 60)} percent by ${2030 + (i % 15)}, officials said after ${i * 7} meetings on ${i % 2 ? 'solar' : 'wind'} power.`)
  }
}

function startServer(data: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(BIN, ['serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLEDGEWATCH_TOKEN: TOKEN } })
  let stderr = ''
  child.stderr!.on('data', (b) => (stderr += b))
  return new Promise((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', (url) => ok({ child, url: url.trim() }))
    child.once('exit', (code) => fail(new Error(`serve exited (${code}): ${stderr}`)))
  })
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pw-lock-cli-'))
  writeStories(join(root, 'batch-a'), 20)
  writeStories(join(root, 'batch-b'), 40, 100)
})
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    const exited = new Promise((done) => server!.child.once('exit', done))
    server.child.kill('SIGTERM')
    await exited
  }
})

describe('one process per embedded data folder', () => {
  it('an ingest on a folder the server holds exits 1 at once, naming the server and the way out; --to stores through it', async () => {
    const data = join(root, 'served')
    server = await startServer(data)
    const started = Date.now()
    const r = spawnSync(BIN, ['ingest', '--data', data, join(root, 'batch-a')], { encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(1)
    expect(Date.now() - started).toBeLessThan(20_000) // at once: no analysis was started
    expect(r.stderr).toContain(`is in use by process ${server.child.pid} (pledgewatch serve --data ${data} --port 0`)
    expect(r.stderr).toContain(`pledgewatch ingest --to ${server.url} FILES`)
    expect(r.stderr).toMatch(/\[E_FOLDER_LOCKED\]\n$/)
    expect(r.stderr).not.toMatch(/undefined/)
    const via = spawnSync(BIN, ['ingest', '--to', server.url, join(root, 'batch-a')], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, PLEDGEWATCH_TOKEN: TOKEN } })
    expect(via.stderr).toContain('ingest: 20 new article(s)')
    expect(via.status).toBe(0)
    const listed = (await (await fetch(`${server.url}/api/articles?limit=500`)).json()) as Array<{ id: number; doc: string }>
    expect(listed.map((a) => a.doc).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(3, '0')}.txt`))
    expect(new Set(listed.map((a) => a.id)).size).toBe(20)
  })

  it('two ingests at once: every article reported stored is stored, once', async () => {
    const data = join(root, 'race')
    const run = () =>
      new Promise<{ status: number | null; stderr: string }>((done) => {
        const c = spawn(BIN, ['ingest', '--data', data, '--workers', '1', join(root, 'batch-b')])
        let stderr = ''
        c.stderr.on('data', (b) => (stderr += b))
        c.on('exit', (status) => done({ status, stderr }))
      })
    const [a, b] = await Promise.all([run(), run()])
    const reportedNew = [a, b].reduce((n, r) => n + Number(/ingest: (\d+) new/.exec(r.stderr)?.[1] ?? 0), 0)
    for (const r of [a, b]) expect(r.status === 0 || (r.status === 1 && r.stderr.includes('[E_FOLDER_LOCKED]'))).toBe(true)
    const listed = spawnSync(BIN, ['search', '--data', data, '--format', 'json', 'emissions', '--limit', '100'], { encoding: 'utf8' })
    expect(listed.status).toBe(0)
    expect(reportedNew).toBe(40)
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(40)
  })
})
