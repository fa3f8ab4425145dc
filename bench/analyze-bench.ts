/**
 * Throughput benchmark for `analyze` (issue 2, item 7). See bench/README.md.
 *
 * usage: node --expose-gc dist/bench/analyze-bench.js [--sizes 1000,10000] [--seed 42] [--warm-up 4000]
 *        [--stage-articles 1000] [--reader-articles 2000] [--max-seconds 120] [--samples DIR] [--json] [--check]
 *
 * 1. load our sample articles and build a synthetic corpus per size (bench/corpus.ts);
 * 2. warm the process up on a corpus of its own (bench/warm-up.ts), then per size: analyse vs wink interleaved, then the reader path (bench/run-size.ts);
 * 3. time each stage function directly on the first corpus (bench/stages.ts);
 * 4. print a report (or JSON) with PASS/FAIL against the targets; `--check` exits 1 on FAIL.
 */
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { existsSync } from 'node:fs'
import { buildCorpus, loadSamplePool, type BenchArticle } from './corpus.js'
import { buildDevCorpus, loadDevTexts } from './dev-corpus.js'
import { collectGarbage, maxRssMb } from './measure.js'
import { TARGETS, formatReport, judge } from './report.js'
import { runSize, type SizeResult } from './run-size.js'
import { timeStages, type StageBreakdown } from './stages.js'
import { warmUp } from './warm-up.js'

// dist/bench/analyze-bench.js → the repository's samples folder.
const DEFAULT_SAMPLES = fileURLToPath(new URL('../../samples/articles/', import.meta.url))
const DEFAULT_DEV = fileURLToPath(new URL('../../../shared/eval/dev/raw/', import.meta.url))

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '42' },
      // Cap on the warm-up corpus (its own seed); the warm-up stops earlier once the rate settles.
      'warm-up': { type: 'string', default: '4000' },
      'stage-articles': { type: 'string', default: '1000' },
      // The reader pass repeats the analyse work plus parsing; 2000 articles give a stable rate in bounded time.
      'reader-articles': { type: 'string', default: '2000' },
      // Keeps a run bounded on a slow or shared machine; rates are then over the articles done.
      'max-seconds': { type: 'string', default: '120' },
      samples: { type: 'string', default: DEFAULT_SAMPLES },
      // Real news text (the shared dev articles joined to about 5 KB each) when ../shared is there.
      dev: { type: 'string', default: DEFAULT_DEV },
      corpus: { type: 'string', default: 'auto' },
      json: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    process.stdout.write('usage: npm run bench -- [--sizes 1000,10000] [--seed 42] [--warm-up 4000] [--stage-articles 1000] [--reader-articles 2000] [--max-seconds 120] [--corpus auto|dev|samples] [--dev DIR] [--samples DIR] [--json] [--check]\n')
    return
  }
  const sizes = values.sizes.split(',').map((s) => positiveInt(s, '--sizes'))
  const seed = positiveInt(values.seed, '--seed')
  const stageArticles = positiveInt(values['stage-articles'], '--stage-articles')
  const readerArticles = positiveInt(values['reader-articles'], '--reader-articles')
  const maxSeconds = positiveInt(values['max-seconds'], '--max-seconds')
  const warmUpArticles = positiveInt(values['warm-up'], '--warm-up')
  if (!(globalThis as { gc?: unknown }).gc) process.stderr.write('note: run with node --expose-gc for comparable memory baselines\n')

  // 1. corpus source: real articles (issue 13) unless --corpus samples or no ../shared
  const useDev = values.corpus === 'dev' || (values.corpus === 'auto' && existsSync(values.dev))
  if (!useDev) process.stderr.write(`bench: no dev articles at ${values.dev}; using the sample paragraphs (--corpus samples)\n`)
  const pool = useDev ? null : await loadSamplePool(values.samples)
  const devTexts = useDev ? await loadDevTexts(values.dev) : []
  const build = (n: number, s: number): BenchArticle[] => (pool ? buildCorpus(pool, n, s) : buildDevCorpus(devTexts, n, s))
  const wink = winkNLP(model)
  const progress = (msg: string): void => void process.stderr.write(`bench: ${msg}\n`)

  // 2. warm up on a corpus of its own, then per size, and the stage breakdown on the first corpus
  progress(`warming up on up to ${warmUpArticles} articles (seed ${seed + 1})`)
  const warm = warmUp(build(warmUpArticles, seed + 1), wink)
  collectGarbage()
  const results: SizeResult[] = []
  let stages: StageBreakdown | null = null
  for (const size of sizes) {
    progress(`building ${size} articles`)
    let corpus = build(size, seed)
    progress(`timing ${size} articles`)
    results.push(runSize(corpus, wink, { readerArticles, maxSeconds }))
    if (!stages) {
      progress(`stage breakdown on ${Math.min(stageArticles, size)} articles`)
      stages = timeStages(corpus.slice(0, stageArticles).map((a) => a.raw))
    }
    corpus = []
    collectGarbage()
  }

  // 4. report
  const header = `pledgewatch analyze benchmark: node ${process.version}, ${availableParallelism()} CPUs (one used), seed ${seed}, ${pool ? `${pool.ledes.length + pool.paragraphs.length} sample paragraphs` : `${devTexts.length} real dev articles joined to about 5 KB`}`
  const peak = maxRssMb()
  const ok = results.every((r) => judge(r).throughput && judge(r).ratio)
  if (values.json) {
    const record = {
      node: process.version,
      cpus: availableParallelism(),
      seed,
      warmUp: warm,
      targets: TARGETS,
      sizes: results.map((r) => ({ ...r, pass: judge(r) })),
      stages,
      maxRssMb: peak,
      pass: ok,
    }
    process.stdout.write(JSON.stringify(record, null, 2) + '\n')
  } else {
    process.stdout.write(formatReport(header, warm, results, stages, peak) + '\n')
  }
  if (values.check && !ok) process.exitCode = 1
}

function positiveInt(s: string, flag: string): number {
  const n = Number(s.trim())
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`analyze-bench: ${flag} needs positive integers, got "${s}"\n`)
    process.exit(2)
  }
  return n
}

main().catch((err: unknown) => {
  process.stderr.write(`analyze-bench: ${err instanceof Error ? err.stack : String(err)}\n`)
  process.exitCode = 1
})
