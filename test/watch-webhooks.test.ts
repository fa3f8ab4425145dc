import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { html, startServer, type TestServer } from './feeds-server.js'
import { startReceiver, type Answer, type Receiver } from './helpers/webhook-receiver.js'

const BIN = resolve(__dirname, '../bin/pledgewatch')
const SECRET = 'watch-secret-91c2'

// Our own sentences: Japan's 2030 cut as three reports state it.
const STORIES: Record<string, { date: string; value: number }> = {
  '/news/jpn-26': { date: 'Mon, 26 Oct 2020 09:00:00 GMT', value: 26 },
  '/news/jpn-46': { date: 'Thu, 22 Apr 2021 09:00:00 GMT', value: 46 },
}
const page = (value: number) => `<!doctype html><html><head><title>Japan sets its 2030 goal</title></head><body><article>
<h1>Japan sets its 2030 goal</h1>
<p>Japan pledged on Monday to cut its greenhouse gas emissions ${value} percent by 2030 from 2013 levels, the prime minister told parliament in a speech.</p>
<p>The environment ministry said the plan would be reviewed every three years, with an interim report due before the next budget.</p>
</article></body></html>`

let feedServer: TestServer
let listed: string[] = []
const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${listed
  .map((p) => `<item><title>${p}</title><link>${feedServer.origin}${p}</link><pubDate>${STORIES[p].date}</pubDate></item>`).join('')}</channel></rss>`

let plan: Answer[] = []
let receiver: Receiver
let data: string

beforeAll(async () => {
  data = join(mkdtempSync(join(tmpdir(), 'pw-webhooks-')), 'db')
  feedServer = await startServer({
    '/feed.xml': (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss()),
    ...Object.fromEntries(Object.entries(STORIES).map(([p, s]) => [p, html(page(s.value))])),
  })
  receiver = await startReceiver(SECRET, (n) => plan[n - 1] ?? 'ok')
})
afterAll(async () => {
  await feedServer.close()
  await receiver.close()
})

function watch(extra: string[] = []): { child: ChildProcess; done: Promise<{ status: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(BIN, ['watch', '--once', '--host-delay', '0s', '--data', data, '--webhook', receiver.url, '--webhook-backoff', '200ms', ...extra, `${feedServer.origin}/feed.xml`], {
    env: { ...process.env, PLEDGEWATCH_WEBHOOK_SECRET: SECRET },
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (b) => (stdout += b))
  child.stderr!.on('data', (b) => (stderr += b))
  const done = new Promise<{ status: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr })))
  return { child, done }
}

const titles = (bodies: string[]) => bodies.map((b) => JSON.parse(b).title)

describe('watch --webhook', () => {
  it('posts each change once, signed, after the receiver fails twice', async () => {
    listed = ['/news/jpn-26']
    plan = ['fail', 'fail', 'ok']
    const r = await watch().done
    if (r.status !== 0) console.log(r.stdout, r.stderr)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/CHANGE JPN reduction 2030: new 26% \(2020-10-26\)/)
    expect(r.stderr).toContain('webhooks: 1 receiver(s), signed (Pledgewatch-Signature)')
    expect(r.stderr).toMatch(/HTTP 500; attempt 2 of 12/)
    expect(r.stderr).toContain('watch: webhooks: 1 delivered, 0 given up, 0 pending')
    expect(receiver.received.map((x) => x.answer)).toEqual(['fail', 'fail', 'ok'])
    expect(receiver.received.every((x) => x.verified)).toBe(true)
    expect(titles(receiver.accepted())).toEqual(['JPN reduction 2030: new 26% (2020-10-26)'])
  })

  it('neither loses nor repeats a delivery when watch is killed mid-delivery and started again', async () => {
    listed = ['/news/jpn-26', '/news/jpn-46']
    plan = ['fail', 'fail', 'ok', 'hang']
    // The receiver holds the new change's request; watch is killed while it waits for the answer.
    const first = watch(['--webhook-timeout', '60s'])
    await receiver.waitFor(4)
    first.child.kill('SIGKILL')
    const killed = await first.done
    expect(killed.signal).toBe('SIGKILL')
    expect(killed.stdout).toMatch(/CHANGE JPN reduction 2030: 26% → 46% \(2021-04-22\)/)

    const again = await watch().done
    if (again.status !== 0) console.log(again.stdout, again.stderr)
    expect(again.status).toBe(0)
    // The article is not ingested again; the delivery it left pending goes out, once.
    expect(again.stdout).not.toContain('/news/jpn-46')
    expect(feedServer.hits('/news/jpn-46')).toBe(1)
    expect(again.stderr).toContain('watch: webhooks: 1 delivered, 0 given up, 0 pending')
    expect(receiver.received.map((x) => x.answer)).toEqual(['fail', 'fail', 'ok', 'hang', 'ok'])
    expect(receiver.received.every((x) => x.verified)).toBe(true)
    expect(titles(receiver.accepted())).toEqual(['JPN reduction 2030: new 26% (2020-10-26)', 'JPN reduction 2030: 26% → 46% (2021-04-22)'])
    // The request cut short and its repeat are one delivery: same id, same bytes, a receiver can drop either.
    const [cut, repeat] = receiver.received.slice(3)
    expect(repeat.headers['pledgewatch-delivery']).toBe(cut.headers['pledgewatch-delivery'])
    expect(repeat.body).toBe(cut.body)
    expect([cut.headers['pledgewatch-attempt'], repeat.headers['pledgewatch-attempt']]).toEqual(['1', '2'])

    // A third run has nothing left to send.
    const quiet = await watch().done
    expect(quiet.stderr).toContain('watch: webhooks: 0 delivered, 0 given up, 0 pending')
    expect(receiver.received).toHaveLength(5)
  })

  it('refuses a webhook URL that is not http(s) or carries a password, with a clear error', async () => {
    const bad = spawn(BIN, ['watch', '--once', '--data', data, '--webhook', 'ftp://hooks.example/x', 'http://127.0.0.1:9/feed'])
    let err = ''
    bad.stderr.on('data', (b) => (err += b))
    const status = await new Promise((r) => bad.on('exit', r))
    expect(status).not.toBe(0)
    expect(err).toContain('not an http(s) URL: "ftp://hooks.example/x"')
    const pw = spawn(BIN, ['serve', '--data', data, '--webhook', 'https://user:secret@hooks.example/x'])
    let err2 = ''
    pw.stderr.on('data', (b) => (err2 += b))
    expect(await new Promise((r) => pw.on('exit', r))).not.toBe(0)
    expect(err2).toContain('may not carry a user name or password')
  })
})
