import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { longArticle } from '../bench/long-article.js'
import { html, startServer, type TestServer } from './feeds-server.js'

const BIN = resolve(__dirname, '../bin/pledgewatch')

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(BIN, args)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (b) => (stdout += b))
    child.stderr.on('data', (b) => (stderr += b))
    child.on('exit', (status) => done({ status, stdout, stderr }))
  })
}

const rss = (origin: string, paths: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${paths
    .map((p, i) => `<item><title>Item ${i}</title><link>${origin}${p}</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>`)
    .join('')}</channel></rss>`

const STORY = `<!doctype html><html><head><title>Ruritania sets a deeper goal</title></head><body><article>
<h1>Ruritania sets a deeper goal</h1>
<p>Japan pledged on Tuesday to cut its greenhouse gas emissions 46 percent by 2030 from 2013 levels, the prime minister told parliament in a speech.</p>
<p>The environment ministry said the plan would be reviewed every three years, with an interim report due before the next budget.</p>
</article></body></html>`

let server: TestServer
let data: string

beforeAll(async () => {
  data = join(mkdtempSync(join(tmpdir(), 'pw-watch-')), 'db')
  server = await startServer({
    '/good.xml': (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.origin, ['/news/story', '/news/missing'])),
    '/slow.xml': () => {}, // never answers
    '/garbage.xml': (_q, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end('<<< this is not a feed'),
    '/news/story': html(STORY),
    '/big.xml': (_q, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.origin, ['/news/huge', '/news/story'])),
    // 3 MB of paragraphs: many seconds of analysis, far past a 2 s limit.
    '/news/huge': html(`<!doctype html><html><head><title>A long record</title></head><body><article>${longArticle(3 * 1024 * 1024, { oneLine: false }).split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`),
  })
})
afterAll(() => server.close())

describe('pledgewatch watch', () => {
  it('ingests new items, prints the changes, reports each failing feed or page, and goes on', async () => {
    const feeds = ['/slow.xml', '/garbage.xml', '/good.xml'].map((p) => server.origin + p)
    const r = await run(['watch', '--once', '--timeout', '1s', '--retries', '0', '--host-delay', '0s', '--data', data, ...feeds])
    if (r.status !== 2) console.log(r.stdout, r.stderr)
    expect(r.status).toBe(2)
    expect(r.stdout).toContain(`new   ${server.origin}/news/story`)
    expect(r.stdout).toMatch(/CHANGE JPN reduction 2030: new 46% \((\d{4}-\d{2}-\d{2}|undated)\)/)
    expect(r.stderr).toMatch(/slow\.xml: .*(time|timed out)/i)
    expect(r.stderr).toMatch(/garbage\.xml: /)
    expect(r.stderr).toMatch(/news\/missing: .*404/)
  })

  it('does not ingest an item twice on the next round', async () => {
    const r = await run(['watch', '--once', '--host-delay', '0s', '--data', data, server.origin + '/good.xml'])
    expect(r.stdout).not.toContain('/news/story')
    expect(server.hits('/news/story')).toBe(1)
  })

  it('stops a page past --time-limit with one line naming it, and goes on with the next item', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pw-watch-limit-')), 'db')
    const r = await run(['watch', '--once', '--host-delay', '0s', '--time-limit', '2s', '--max-size', '10MB', '--data', dir, server.origin + '/big.xml'])
    // Before issue 15, watch analysed on its only thread with no limit: one such page held every feed up.
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`pledgewatch: ${server.origin}/news/huge: analysis took longer than the limit of 2s and was stopped (raise it with --time-limit)`)
    expect(r.stdout).toContain(`new   ${server.origin}/news/story`)
  })
})
