import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { createWorkerPool, type AnalysePool } from '../src/parallel/analyse-pool.js'
import { longArticle } from './long-article.js'

/**
 * The size sweep (issue 15, item 2): one article of each size from 10 KB to
 * 4 MB, laid out in paragraphs and as one line, each analysed on a worker
 * thread with a time limit, so a size that has gone quadratic is reported as
 * "over the limit" instead of never finishing. Time per MB should stay flat:
 * the last column is each row's time per MB over the 1 MB row's of the same
 * layout.
 *
 *   npm run bench:size                              # the table (about 1-2 minutes when linear)
 *   npm run bench:size -- --sizes 10k,1m --limit 60s
 *   npm run bench:size -- --json bench/out/size-sweep.json
 */
const DEFAULT_SIZES_KB = [10, 30, 100, 300, 1024, 2048, 4096]

export interface SweepRow {
  readonly kb: number
  readonly layout: 'paragraphs' | 'one line'
  /** Seconds per analysis (the median of the runs), or null when over the limit. */
  readonly seconds: number | null
  readonly secondsPerMb: number | null
  /** secondsPerMb over the 1 MB row's of the same layout. */
  readonly ratioTo1Mb: number | null
  readonly runs: number
}

/** Analyses one article of each size and layout; small ones several times, for a steady median. */
export async function sweep(sizesKb: readonly number[], limitMs: number, log: (line: string) => void = () => {}): Promise<SweepRow[]> {
  const pool = createWorkerPool(1, { timeLimitMs: limitMs })
  try {
    await timeOnce(pool, longArticle(50 * 1024, { oneLine: false })) // load and warm the worker's pipeline
    const rows: Array<Omit<SweepRow, 'ratioTo1Mb'>> = []
    for (const layout of ['paragraphs', 'one line'] as const) {
      for (const kb of sizesKb) {
        const body = longArticle(kb * 1024, { oneLine: layout === 'one line' })
        const times: number[] = []
        let over = false
        // Up to 5 runs, stopping once 2 s are spent: the median steadies small sizes, big ones run once.
        for (let spent = 0; times.length < 5 && spent < 2 && !over; ) {
          const t = await timeOnce(pool, body)
          if (t === null) over = true
          else {
            times.push(t)
            spent += t
          }
        }
        const seconds = over ? null : median(times)
        const mb = body.length / (1024 * 1024)
        rows.push({ kb, layout, seconds, secondsPerMb: seconds === null ? null : seconds / mb, runs: times.length })
        log(`${layout.padEnd(10)} ${String(kb).padStart(5)} KB  ${seconds === null ? `over the ${limitMs / 1000} s limit` : `${seconds.toFixed(3)} s`}`)
      }
    }
    return rows.map((r) => {
      const ref = rows.find((o) => o.layout === r.layout && o.kb === 1024)?.secondsPerMb ?? null
      return { ...r, ratioTo1Mb: r.secondsPerMb !== null && ref ? r.secondsPerMb / ref : null }
    })
  } finally {
    await pool.close()
  }
}

async function timeOnce(pool: AnalysePool, body: string): Promise<number | null> {
  const started = performance.now()
  const o = await pool.analyse({ doc: 'sweep', source: 'sweep', format: 'text', body })
  if (!o.ok && o.code === 'E_ANALYSIS_TIMEOUT') return null
  if (!o.ok) throw new Error(`analysis failed: ${o.reason}`)
  return (performance.now() - started) / 1000
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The sweep as a table for a person. */
export function formatSweep(rows: readonly SweepRow[]): string {
  const lines = ['layout      size      s/article   s/MB    vs 1 MB', '----------  --------  ----------  ------  -------']
  for (const r of rows) {
    const size = r.kb >= 1024 ? `${r.kb / 1024} MB` : `${r.kb} KB`
    const fmt = (v: number | null, d: number, w: number) => (v === null ? 'over limit'.padStart(w) : v.toFixed(d).padStart(w))
    lines.push(`${r.layout.padEnd(10)}  ${size.padStart(8)}  ${fmt(r.seconds, 3, 10)}  ${fmt(r.secondsPerMb, 2, 6)}  ${r.ratioTo1Mb === null ? '      -' : `${r.ratioTo1Mb.toFixed(2)}×`.padStart(7)}`)
  }
  return lines.join('\n')
}

function parseArgs(argv: string[]): { sizes: number[]; limitMs: number; json: string | null } {
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined)
  const kb = (s: string) => {
    const m = /^(\d+(?:\.\d+)?)\s*([km]?)b?$/i.exec(s.trim())
    if (!m) throw new Error(`not a size: ${s} (e.g. 10k, 4m)`)
    return Math.round(Number(m[1]) * (m[2].toLowerCase() === 'm' ? 1024 : 1))
  }
  const limit = value('--limit') ?? '300s'
  const lm = /^(\d+)(s|m)?$/.exec(limit)
  if (!lm) throw new Error(`not a limit: ${limit} (e.g. 60s, 5m)`)
  return { sizes: value('--sizes')?.split(',').map(kb) ?? DEFAULT_SIZES_KB, limitMs: Number(lm[1]) * (lm[2] === 'm' ? 60_000 : 1000), json: value('--json') ?? null }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseArgs(process.argv.slice(2))
  const rows = await sweep(args.sizes, args.limitMs, (l) => process.stderr.write(l + '\n'))
  process.stdout.write(formatSweep(rows) + '\n')
  const flat = (layout: string) => {
    const big = rows.filter((r) => r.layout === layout && r.kb >= 100)
    if (big.some((r) => r.ratioTo1Mb === null)) return 'some size over the limit'
    const ratios = big.map((r) => r.secondsPerMb!)
    return `time per MB from 100 KB up within ${(Math.max(...ratios) / Math.min(...ratios)).toFixed(2)}× of each other`
  }
  process.stdout.write(`paragraphs: ${flat('paragraphs')}; one line: ${flat('one line')}\n`)
  if (args.json) writeFileSync(args.json, JSON.stringify({ date: new Date().toISOString(), limitMs: args.limitMs, rows }, null, 2) + '\n')
}
