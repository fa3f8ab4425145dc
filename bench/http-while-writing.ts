import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import autocannon from 'autocannon'
import { longArticle } from './long-article.js'

/**
 * `npm run bench:http-write`: readers while writers post (issue 15, "Done when").
 * 1. a temporary store filled from samples/articles by `ingest`;
 * 2. `pledgewatch serve` in its own process, with a token;
 * 3. `--writers` clients post distinct 1 MB articles one after another, so the
 *    server's analysis thread is busy for the whole run;
 * 4. once the first article is being analysed, autocannon reads `/api/targets`
 *    with `--connections` (50) for `--duration` seconds, as the dashboard
 *    does (the answer cache on; `--uncached 1` sends `Cache-Control: no-cache`,
 *    so every request runs its queries);
 * 5. the readers' errors, non-2xx answers and p99, and what the writers got.
 * Exit status 1 when a reader saw an error or a non-2xx answer, a writer saw
 * anything but 201/200 (or a 503 asking it to wait), or the readers' p99 is
 * `--p99` ms (250) or more.
 */
interface Options {
  connections: number
  duration: number
  writers: number
  kb: number
  p99: number
  /** 1: send `Cache-Control: no-cache`, so every read runs its queries on the store. */
  uncached: number
}

function parseArgs(argv: string[]): Options {
  const o: Options = { connections: 50, duration: 10, writers: 2, kb: 1024, p99: 250, uncached: 0 }
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '') as keyof Options
    const n = Number(argv[i + 1])
    if (!(key in o) || !Number.isFinite(n) || n < (key === 'uncached' ? 0 : 1)) throw new Error(`usage: --connections N --duration S --writers N --kb N --p99 MS --uncached 0|1 (got ${argv[i]} ${argv[i + 1]})`)
    o[key] = n
  }
  return o
}

function startServer(data: string, token: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(resolve('bin/pledgewatch'), ['serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLEDGEWATCH_TOKEN: token } })
  let stderr = ''
  child.stderr!.on('data', (b) => (stderr += b))
  return new Promise((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', (url) => ok({ url: url.trim(), child }))
    child.once('exit', (code) => fail(new Error(`serve exited (${code}): ${stderr}`)))
  })
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2))
  const data = mkdtempSync(join(tmpdir(), 'pw-http-write-'))
  const filled = spawnSync(resolve('bin/pledgewatch'), ['ingest', '--data', data, '--quiet', 'samples/articles'], { encoding: 'utf8' })
  if (filled.status !== 0) throw new Error(`ingest failed: ${filled.stderr}`)
  const token = randomBytes(12).toString('hex')
  const { url, child } = await startServer(data, token)
  const statuses = new Map<number, number>()
  let posting = true
  let firstPosted: () => void
  const started = new Promise<void>((r) => (firstPosted = r))
  const writer = async (w: number) => {
    for (let n = 0; posting; n++) {
      // A line of its own makes each article distinct; the rest is the long article of bench/long-article.ts.
      const body = `Writer ${w}, article ${n}, run ${token}\n\n${longArticle(o.kb * 1024, { oneLine: false })}`
      const sent = fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body })
      firstPosted()
      const res = await sent
      await res.arrayBuffer()
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      if (res.status === 503) await new Promise((r) => setTimeout(r, 1000))
    }
  }
  try {
    const writers = Array.from({ length: o.writers }, (_, w) => writer(w))
    await started
    await new Promise((r) => setTimeout(r, 300)) // the body is sent and its analysis under way
    const readers = await autocannon({ url: `${url}/api/targets`, connections: o.connections, duration: o.duration, headers: o.uncached ? { 'cache-control': 'no-cache' } : {} })
    posting = false
    await Promise.all(writers)
    const lat = readers.latency
    const writes = [...statuses].map(([s, n]) => `${n}×${s}`).join(', ')
    console.log(`readers: ${o.connections} connections on /api/targets (${o.uncached ? 'uncached' : 'as served'}) for ${o.duration} s while ${o.writers} writer(s) posted ${o.kb} KB articles`)
    console.log(`  ${Math.round(readers.requests.average)} req/s, latency p50 ${lat.p50} ms, p99 ${lat.p99} ms, max ${lat.max} ms; ${readers.errors} errors, ${readers.timeouts} timeouts, ${readers.non2xx} non-2xx`)
    console.log(`writers: ${writes} (201 stored, 200 known, 503 asked to wait)`)
    const writerFailed = [...statuses.keys()].some((s) => s !== 201 && s !== 200 && s !== 503)
    const ok = readers.errors === 0 && readers.timeouts === 0 && readers.non2xx === 0 && !writerFailed && lat.p99 < o.p99 && (statuses.get(201) ?? 0) > 0
    console.log(ok ? `ok: 0 errors, p99 under ${o.p99} ms` : `FAILED: errors, a failed write, no write stored, or p99 at or over ${o.p99} ms`)
    return ok ? 0 : 1
  } finally {
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
    rmSync(data, { recursive: true, force: true })
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error('bench:http-write:', err)
    process.exitCode = 1
  },
)
