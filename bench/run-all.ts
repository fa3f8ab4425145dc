import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * `npm run bench`: every benchmark the issues ask for, one after another, each
 * in its own node process so that one's heap and JIT state never colour the next:
 * 1. analyze (bench/analyze-bench.ts): articles per CPU-second, ratio to wink (issues 2, 3);
 * 2. store (bench/store-bench.ts): ingest N generated articles into the embedded
 *    store and the PostgreSQL server, memory, size, query times (issue 4);
 * 3. http (bench/http-bench.ts): the dashboard's API under load, on the embedded
 *    store step 2 filled (issue 5).
 * `--only analyze,store,http` picks steps; `--articles N` sizes step 2 (default
 * 100000: about an hour per store on two cores). The exit status is the worst step's.
 */
const STEPS = ['analyze', 'store', 'http'] as const
type Step = (typeof STEPS)[number]
const NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=32']

function parse(argv: string[]): { only: Step[]; articles: string } {
  let only: Step[] = [...STEPS]
  let articles = '100000'
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') {
      const picked = (argv[++i] ?? '').split(',')
      const bad = picked.filter((s) => !(STEPS as readonly string[]).includes(s))
      if (bad.length || !picked.length) throw new Error(`--only takes steps among ${STEPS.join(',')}, not "${picked.join(',')}"`)
      only = picked as Step[]
    } else if (argv[i] === '--articles') {
      articles = argv[++i] ?? ''
      if (!/^[1-9]\d*$/.test(articles)) throw new Error(`--articles needs a positive whole number, not "${articles}"`)
    } else throw new Error(`unknown option ${argv[i]} (--only ${STEPS.join(',')}, --articles N; each bench also runs on its own: npm run bench:analyze|bench:store|bench:http)`)
  }
  return { only, articles }
}

function run(step: string, script: string, args: string[]): number {
  process.stdout.write(`\n=== ${step}: node ${script} ${args.join(' ')}\n\n`)
  const r = spawnSync(process.execPath, [...NODE_FLAGS, resolve('dist/bench', script), ...args], { stdio: 'inherit' })
  return r.status ?? 1
}

function main(argv: string[]): number {
  const { only, articles } = parse(argv)
  let worst = 0
  if (only.includes('analyze')) worst = Math.max(worst, run('analyze', 'analyze-bench.js', ['--check']))
  // The http step loads the embedded store the store step filled; alone, it fills a small one of its own.
  const store = only.includes('store') && only.includes('http') ? mkdtempSync(join(tmpdir(), 'pw-bench-all-')) : null
  try {
    if (only.includes('store')) worst = Math.max(worst, run('store', 'store-bench.js', ['--articles', articles, ...(store ? ['--keep', store] : [])]))
    if (only.includes('http')) worst = Math.max(worst, run('http', 'http-bench.js', store ? ['--data', store] : []))
  } finally {
    if (store) rmSync(store, { recursive: true, force: true })
  }
  return worst
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (err) {
    console.error(`bench: ${(err as Error).message}`)
    process.exitCode = 2
  }
}
