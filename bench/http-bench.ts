import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import autocannon from 'autocannon'

/**
 * `npm run bench:http`: the dashboard's API under load (issue 5, item 5).
 * 1. a store: `--data DIR`, or a temporary one filled from samples/articles by `ingest`;
 * 2. `pledgewatch serve` on a free loopback port in its own process, so the load
 *    generator never shares the server's event loop;
 * 3. each page's data unloaded and uncached (`Cache-Control: no-cache`): the
 *    requests the page makes, in parallel as the page does, timed end to end
 *    `--runs` times, against the 200 ms target;
 * 4. autocannon on each loaded page's requests, `--connections` for `--duration`
 *    seconds each, twice: as served (the answer cache on) and with
 *    `Cache-Control: no-cache` (every request runs its queries on the store):
 *    requests/s, p50/p99 latency, errors and non-2xx answers.
 * Exit status 1 when any request failed, under load or not.
 */

interface Options {
  data: string | null
  connections: number
  duration: number
  runs: number
  actor: string
  load: string[]
  json: boolean
}

function parseArgs(argv: string[]): Options {
  const o: Options = { data: null, connections: 50, duration: 10, runs: 20, actor: 'JPN', load: ['overview', 'actor'], json: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]]
    const num = () => {
      const n = Number(value)
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number, not "${value}"`)
      i++
      return n
    }
    if (flag === '--data') (o.data = value), i++
    else if (flag === '--connections') o.connections = num()
    else if (flag === '--duration') o.duration = num()
    else if (flag === '--runs') o.runs = num()
    else if (flag === '--actor') (o.actor = value.toUpperCase()), i++
    else if (flag === '--load') (o.load = value.split(',')), i++
    else if (flag === '--json') o.json = true
    else throw new Error(`unknown option ${flag} (--data DIR, --connections N, --duration S, --runs N, --actor ID, --load overview,actor,article,diplomacy,changes,assessment, --json)`)
  }
  return o
}

/** Starts `pledgewatch serve` and resolves with the URL it prints first. */
function startServer(data: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(resolve('bin/pledgewatch'), ['serve', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLEDGEWATCH_TOKEN: '' } })
  let stderr = ''
  child.stderr!.on('data', (b) => (stderr += b))
  return new Promise((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', (url) => ok({ url: url.trim(), child }))
    child.once('exit', (code) => fail(new Error(`serve exited (${code}): ${stderr}`)))
  })
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`)
  return res.json()
}

/** The API requests each dashboard page makes, as the web/ pages make them. */
async function pagesOf(base: string, actor: string): Promise<Record<string, string[]>> {
  const profile = (await getJson(`${base}/api/actors/${actor}`)) as { targets: Array<{ evidence: Array<{ article_id: number }> }> }
  const article = profile.targets.flatMap((t) => t.evidence)[0]?.article_id
  if (!article) throw new Error(`actor ${actor} has no evidence to open an article from; pick another with --actor`)
  // The diplomacy page asks for the names of the actors its network holds once it has the network.
  const edges = (await getJson(`${base}/api/network?types=meet,urge,demand,protest,sanction`)) as Array<{ actor: string; target: string }>
  const ids = [...new Set(edges.flatMap((e) => [e.actor, e.target]))].sort().slice(0, 500)
  return {
    overview: ['/api/overview', '/api/overview/figures'],
    // The actor page asks for every state of its targets (web/src/pages/actor.tsx).
    actor: [`/api/actors/${actor}`, `/api/targets?actor=${actor}&evidence=20&all=1`],
    article: [`/api/articles/${article}`, `/api/articles/${article}/check`],
    diplomacy: ['/api/network?types=meet,urge,demand,protest,sanction', ...(ids.length ? [`/api/names?ids=${ids.join(',')}`] : [])],
    changes: ['/api/change-log?limit=25&offset=0'],
    assessment: ['/api/assessment'],
  }
}

/** Asks the server to compute the answer afresh rather than serve it from its cache. */
const NO_CACHE = { 'cache-control': 'no-cache' }

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

/** One page's data, unloaded: all its requests in parallel, `runs` times after two warm-up loads. */
async function timePage(base: string, paths: string[], runs: number) {
  const load = async () => {
    const bodies = await Promise.all(paths.map(async (p) => {
      const res = await fetch(base + p, { headers: NO_CACHE })
      const text = await res.text()
      if (!res.ok) throw new Error(`GET ${p}: HTTP ${res.status} ${text.slice(0, 200)}`)
      return text.length
    }))
    return bodies.reduce((a, b) => a + b, 0)
  }
  await load()
  await load()
  const ms: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    bytes = await load()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return { medianMs: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95), maxMs: ms[ms.length - 1], kb: bytes / 1024 }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  let data = o.data
  let temp: string | null = null
  if (!data) {
    temp = data = mkdtempSync(join(tmpdir(), 'pw-http-bench-'))
    const r = spawnSync(resolve('bin/pledgewatch'), ['ingest', '--data', data, 'samples/articles'], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`)
  }
  const { url, child } = await startServer(data)
  let failed = false
  try {
    const pages = await pagesOf(url, o.actor)
    const unknown = o.load.filter((p) => !pages[p])
    if (unknown.length) throw new Error(`no page ${unknown.join(', ')}; pages: ${Object.keys(pages).join(', ')}`)
    const unloaded: Record<string, Awaited<ReturnType<typeof timePage>> & { paths: string[] }> = {}
    for (const [page, paths] of Object.entries(pages)) unloaded[page] = { paths, ...(await timePage(url, paths, o.runs)) }
    const loaded: Array<{ page: string; path: string; cache: string; rps: number; p50: number; p99: number; max: number; requests: number; errors: number; non2xx: number; timeouts: number }> = []
    for (const page of o.load) {
      for (const [path, cache] of pages[page].flatMap((p) => [[p, 'on'], [p, 'off']] as const)) {
        // autocannon stops at its deadline, but the server still answers the requests it had
        // queued; the store serves one query at a time, so a probe returns once they are done.
        await fetch(`${url}/api/actors?limit=1`, { headers: NO_CACHE }).then((res) => res.text())
        if (cache === 'on') await fetch(url + path).then((res) => res.text()) // as a server that has been up a while
        const r = await autocannon({ url: url + path, connections: o.connections, duration: o.duration, timeout: 30, headers: cache === 'off' ? NO_CACHE : {} })
        loaded.push({ page, path, cache, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, requests: r.requests.total, errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts })
        if (r.errors || r.non2xx || r.timeouts) failed = true
      }
    }
    const report = { store: o.data ?? 'samples/articles (temporary store)', connections: o.connections, durationS: o.duration, unloaded, loaded }
    if (o.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n')
    else printReport(report)
  } finally {
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGTERM')
    await exited
    if (temp) rmSync(temp, { recursive: true, force: true })
  }
  if (failed) process.exitCode = 1
}

function printReport(r: { store: string; connections: number; durationS: number; unloaded: Record<string, { paths: string[]; medianMs: number; p95Ms: number; maxMs: number; kb: number }>; loaded: Array<Record<string, number | string>> }) {
  const pad = (s: unknown, n: number) => String(s).padEnd(n)
  const f = (n: number) => n.toFixed(1)
  console.log(`store: ${r.store}`)
  console.log(`\npage data, unloaded (all of a page's requests in parallel; target < 200 ms)`)
  console.log(`${pad('page', 10)} ${pad('median ms', 10)} ${pad('p95 ms', 8)} ${pad('max ms', 8)} ${pad('KB', 8)} ${pad('target', 7)} requests`)
  for (const [page, u] of Object.entries(r.unloaded)) {
    console.log(`${pad(page, 10)} ${pad(f(u.medianMs), 10)} ${pad(f(u.p95Ms), 8)} ${pad(f(u.maxMs), 8)} ${pad(f(u.kb), 8)} ${pad(u.medianMs < 200 ? 'PASS' : 'FAIL', 7)} ${u.paths.join(' + ')}`)
  }
  console.log(`\nunder load: autocannon, ${r.connections} connections, ${r.durationS} s per URL, loopback`)
  console.log(`${pad('page', 10)} ${pad('cache', 6)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('max ms', 7)} ${pad('requests', 9)} ${pad('errors', 7)} url`)
  for (const l of r.loaded) {
    const bad = Number(l.errors) + Number(l.non2xx) + Number(l.timeouts)
    console.log(`${pad(l.page, 10)} ${pad(l.cache, 6)} ${pad(f(Number(l.rps)), 8)} ${pad(l.p50, 7)} ${pad(l.p99, 7)} ${pad(l.max, 7)} ${pad(l.requests, 9)} ${pad(bad, 7)} ${l.path}`)
  }
}

main().catch((err) => {
  process.stderr.write(`bench:http: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
