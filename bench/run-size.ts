import { performance } from 'node:perf_hooks'
import type winkNLP from 'wink-nlp'
import { parseInput } from '../src/ingest/read.js'
import { analyseRaw, type Outcome } from '../src/pipeline.js'
import type { BenchArticle } from './corpus.js'
import { MemorySampler, timeInto, zeroElapsed, type Elapsed, type MemoryPeak } from './measure.js'

type Wink = ReturnType<typeof winkNLP>

/** Throughput of one timed pass. */
export interface Rate {
  readonly articles: number
  readonly seconds: number
  readonly cpuSeconds: number
  /** Per CPU-second: the "per core" figure the targets use. */
  readonly articlesPerCpuSec: number
  readonly mbPerCpuSec: number
  /** Per wall-clock second, for comparison (lower when the machine is busy). */
  readonly articlesPerSec: number
  readonly mbPerSec: number
}

/** Everything measured on one corpus size. */
export interface SizeResult {
  readonly articles: number
  /** Articles the interleaved pass got through before the time budget ran out (= articles when it did not). */
  readonly analysedArticles: number
  readonly corpusMb: number
  readonly meanKb: number
  /** analyseRaw on RawArticle objects (format text): the figure the targets apply to. */
  readonly analyse: Rate
  /** wink-nlp readDoc with its full default pipeline, on the same texts, interleaved with `analyse`. */
  readonly wink: Rate
  /** wink's tokens per CPU-second: the machine's speed in the unit the brief quotes (~650k tokens/s). */
  readonly winkTokensPerCpuSec: number
  /** analyse CPU seconds / wink CPU seconds (and the same on wall time). */
  readonly ratio: number
  readonly ratioWall: number
  /** parseInput on file bytes, then analyseRaw: the CLI's path without disk I/O, on the first `readerArticles`. */
  readonly reader: Rate & { readonly byFormat: Readonly<Record<string, Rate>> }
  readonly memoryAnalyse: MemoryPeak
  readonly memoryReader: MemoryPeak
  readonly facts: { readonly pledges: number; readonly interactions: number; readonly quotes: number }
  readonly failures: number
  readonly firstFailure: string | null
}

const CHUNK = 50

/**
 * Measures one corpus.
 * (The process is warmed up before the first size, on a corpus of its own: warm-up.ts.)
 * 1. analyse and wink run chunk by chunk, alternating which goes first, so a
 *    neighbour's load on a shared machine hits both sides alike;
 * 2. the reader pass runs alone, timed per input format.
 * Memory is sampled after each analyse or reader chunk. Each pass stops early when
 * it runs past `limits.maxSeconds` of wall clock (a busy machine), and the rates are
 * then over the articles done.
 */
export interface RunLimits {
  /** Articles for the reader pass (the first ones of the corpus). */
  readonly readerArticles: number
  /** Wall-clock seconds each pass may take; a pass stops at the next chunk boundary after it. */
  readonly maxSeconds: number
}

export function runSize(corpus: readonly BenchArticle[], wink: Wink, limits: RunLimits): SizeResult {
  const totalBytes = corpus.reduce((n, a) => n + a.bodyBytes, 0)
  const facts = { pledges: 0, interactions: 0, quotes: 0 }
  let failures = 0
  let firstFailure: string | null = null
  const count = (o: Outcome): void => {
    if (o.ok) {
      facts.pledges += o.analysis.pledges.length
      facts.interactions += o.analysis.interactions.length
      facts.quotes += o.analysis.quotes.length
    } else {
      failures++
      firstFailure ??= `${o.source}: ${o.reason} [${o.code}]`
    }
  }
  let sink = 0
  let winkTokens = 0
  // 1. interleaved analyse / wink
  const memA = new MemorySampler()
  memA.start()
  const analyseTime = zeroElapsed()
  const winkTime = zeroElapsed()
  const budgetMs = limits.maxSeconds * 1000
  let passStart = performance.now()
  let done = 0
  let doneBytes = 0
  for (let i = 0, c = 0; i < corpus.length && performance.now() - passStart < budgetMs; i += CHUNK, c++) {
    const chunk = corpus.slice(i, i + CHUNK)
    const runAnalyse = (): void => {
      timeInto(analyseTime, () => chunk.forEach((a) => count(analyseRaw(a.raw))))
      memA.sample()
    }
    const runWink = (): void => timeInto(winkTime, () => chunk.forEach((a) => {
        const doc = wink.readDoc(a.raw.body)
        sink += doc.sentences().length()
        winkTokens += doc.tokens().length()
      }))
    if (c % 2 === 0) {
      runAnalyse()
      runWink()
    } else {
      runWink()
      runAnalyse()
    }
    done += chunk.length
    doneBytes += chunk.reduce((n, a) => n + a.bodyBytes, 0)
  }
  // 2. reader pass
  const memR = new MemorySampler()
  memR.start()
  const perFormat = new Map<string, { time: Elapsed; n: number; bytes: number }>()
  passStart = performance.now()
  const readerCorpus = corpus.slice(0, limits.readerArticles)
  for (let i = 0; i < readerCorpus.length; i++) {
    const a = readerCorpus[i]
    const format = a.file.name.slice(a.file.name.lastIndexOf('.') + 1)
    const f = perFormat.get(format) ?? { time: zeroElapsed(), n: 0, bytes: 0 }
    timeInto(f.time, () => {
      for (const read of parseInput(a.file.name, `bench:${a.file.name}`, a.file.bytes)) sink += read.ok ? Number(analyseRaw(read.article).ok) : 0
    })
    f.n++
    f.bytes += a.file.bytes.length
    perFormat.set(format, f)
    if (i % CHUNK === CHUNK - 1) {
      memR.sample()
      if (performance.now() - passStart > budgetMs) break
    }
  }
  memR.sample()
  if (sink < 0) throw new Error('unreachable')
  const formats = [...perFormat.values()]
  const readerTime = { wallMs: sum(formats.map((f) => f.time.wallMs)), cpuMs: sum(formats.map((f) => f.time.cpuMs)) }
  return {
    articles: corpus.length,
    analysedArticles: done,
    corpusMb: totalBytes / 1e6,
    meanKb: totalBytes / 1000 / Math.max(1, corpus.length),
    analyse: rate(analyseTime, done, doneBytes),
    wink: rate(winkTime, done, doneBytes),
    winkTokensPerCpuSec: winkTokens / (winkTime.cpuMs / 1000),
    ratio: analyseTime.cpuMs / winkTime.cpuMs,
    ratioWall: analyseTime.wallMs / winkTime.wallMs,
    reader: {
      ...rate(readerTime, sum(formats.map((f) => f.n)), sum(formats.map((f) => f.bytes))),
      byFormat: Object.fromEntries([...perFormat].map(([k, f]) => [k, rate(f.time, f.n, f.bytes)])),
    },
    memoryAnalyse: memA.peak(),
    memoryReader: memR.peak(),
    facts,
    failures,
    firstFailure,
  }
}

function rate(t: Elapsed, articles: number, bytes: number): Rate {
  const seconds = t.wallMs / 1000
  const cpuSeconds = t.cpuMs / 1000
  const mb = bytes / 1e6
  return { articles, seconds, cpuSeconds, articlesPerCpuSec: articles / cpuSeconds, mbPerCpuSec: mb / cpuSeconds, articlesPerSec: articles / seconds, mbPerSec: mb / seconds }
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0)
}
