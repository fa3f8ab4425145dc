import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, describe, expect, it } from 'vitest'
import { startReceiver, type Receiver } from './helpers/webhook-receiver.js'

const BIN = resolve(__dirname, '../bin/pledgewatch')
const SECRET = 'serve-secret-c0de'
const TOKEN = 'serve-token-77aa'
// The server looks at the change log every 2 s (webhooks/dispatcher.ts): waiting this long after
// a delivery gives it more than one look, so a repeat would have arrived.
const QUIET_MS = 2500

const dir = mkdtempSync(join(tmpdir(), 'pw-serve-hooks-'))
const stops: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const stop of stops.reverse()) await stop()
  rmSync(dir, { recursive: true, force: true })
})

/** `serve --webhook` on an embedded folder (never a DATABASE_URL the environment may carry); resolves with its URL and a stop. */
async function serve(data: string, receiver: Receiver) {
  const env: NodeJS.ProcessEnv = { ...process.env, PLEDGEWATCH_TOKEN: TOKEN, PLEDGEWATCH_WEBHOOK_SECRET: SECRET }
  delete env.DATABASE_URL
  const child = spawn(BIN, ['serve', '--data', data, '--port', '0', '--webhook', receiver.url], { env })
  let stderr = ''
  child.stderr.on('data', (b) => (stderr += b))
  const exited = new Promise<number | null>((done) => child.once('exit', done))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    return exited
  }
  stops.push(async () => void (await stop()))
  const url = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout }).once('line', (l) => ok(l.trim()))
    void exited.then((code) => fail(new Error(`serve exited (${code}): ${stderr}`)))
  })
  return { url, stop, stderr: () => stderr }
}

async function post(url: string, story: object) {
  const res = await fetch(`${url}/api/articles`, { method: 'POST', body: JSON.stringify(story), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } })
  expect(res.status).toBe(201)
}

const titles = (r: Receiver) => r.received.map((x) => JSON.parse(x.body).title)

describe('serve --webhook', () => {
  it('posts the change a posted article makes, signed, once; restarted, it repeats nothing and posts the next change', async () => {
    const receiver = await startReceiver(SECRET, () => 'ok')
    stops.push(() => receiver.close())
    const data = join(dir, 'db')

    const first = await serve(data, receiver)
    await post(first.url, { url: 'https://north.example/chile-coal', date: '2024-04-09', outlet: 'North Wire', text: 'Chile brings its coal exit forward\n\nChile will phase out coal power by 2040, the energy ministry said in Santiago on Tuesday.' })
    await receiver.waitFor(1, 20_000)
    await new Promise((r) => setTimeout(r, QUIET_MS))
    expect(receiver.received).toHaveLength(1)
    expect(receiver.received[0].verified).toBe(true)
    expect(receiver.received[0].headers['pledgewatch-event']).toBe('change')
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({ event: 'change', title: 'CHL phase_out 2040: new (2024-04-09)', outlet: 'North Wire' })
    expect(first.stderr()).toContain('webhooks: 1 receiver(s), signed (Pledgewatch-Signature)')
    expect(await first.stop()).toBe(0)

    // Started again on the same folder: the delivered change is not sent again; the next one is, once.
    const second = await serve(data, receiver)
    await new Promise((r) => setTimeout(r, QUIET_MS))
    expect(receiver.received).toHaveLength(1)
    await post(second.url, { url: 'https://south.example/chile-coal-2035', date: '2024-06-04', outlet: 'South Post', text: 'Chile moves its coal exit again\n\nChile brought forward its coal phase-out from 2040 to 2035, the energy ministry said in Santiago on Tuesday.' })
    await receiver.waitFor(2, 20_000)
    await new Promise((r) => setTimeout(r, QUIET_MS))
    expect(receiver.received.every((x) => x.verified)).toBe(true)
    expect(titles(receiver)).toEqual(['CHL phase_out 2040: new (2024-04-09)', 'CHL phase_out: 2040 → 2035 (2024-06-04)'])
    expect(new Set(receiver.received.map((x) => x.headers['pledgewatch-delivery'])).size).toBe(2)
  }, 180_000) // two server starts (each opens and migrates the folder) on a busy 2-core machine
})
