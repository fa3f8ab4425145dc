import type { SizeResult, Rate } from './run-size.js'
import { STAGES, type StageBreakdown } from './stages.js'
import type { WarmUp } from './warm-up.js'

/** The targets (issue 2, item 7): per core, on ~5 KB articles. */
// Issue 13: on real article text, at least 250 articles per CPU-second and at most 2.0× a bare wink readDoc.
export const TARGETS = { minArticlesPerSec: 250, maxRatioToWink: 2 } as const

export interface Verdict {
  readonly throughput: boolean
  readonly ratio: boolean
}

export function judge(r: SizeResult): Verdict {
  return { throughput: r.analyse.articlesPerCpuSec >= TARGETS.minArticlesPerSec, ratio: r.ratio <= TARGETS.maxRatioToWink }
}

/** Human-readable report: one block per corpus size, then the stage breakdown. */
export function formatReport(header: string, warm: WarmUp, sizes: readonly SizeResult[], stages: StageBreakdown | null, maxRssMb: number): string {
  const lines = [header, '']
  lines.push(
    `warm-up: ${warm.articles} articles of a corpus of its own; cold rate over the process's first ${warm.coldArticles}: ` +
      `${Math.round(warm.coldRate)} art/CPU-s; ${warm.settled ? 'settled' : 'not settled (cap reached)'} at ${Math.round(warm.settledRate)} art/CPU-s`,
  )
  lines.push('')
  for (const r of sizes) {
    const v = judge(r)
    const cut = r.analysedArticles < r.articles ? `; time budget reached: rates over the first ${r.analysedArticles}` : ''
    lines.push(`corpus: ${r.articles} articles, ${r.corpusMb.toFixed(1)} MB (mean ${r.meanKb.toFixed(1)} KB)${cut}`)
    lines.push(`                           per CPU-second (per core)      wall clock`)
    lines.push(`  analyseRaw (text)        ${rateText(r.analyse)}   target >= ${TARGETS.minArticlesPerSec} articles/s: ${pass(v.throughput)}`)
    lines.push(`  wink readDoc (full pipe) ${rateText(r.wink)}   ${Math.round(r.winkTokensPerCpuSec / 1000)}k tokens/CPU-s`)
    lines.push(`  ratio analyse / wink     ${r.ratio.toFixed(2)}x${' '.repeat(29)}${r.ratioWall.toFixed(2)}x${' '.repeat(23)}target < ${TARGETS.maxRatioToWink}: ${pass(v.ratio)}`)
    const formats = Object.entries(r.reader.byFormat).map(([k, f]) => `${k} ${Math.round(f.articlesPerCpuSec)}/s`).join(', ')
    lines.push(`  parseInput + analyse     ${rateText(r.reader)}   ${r.reader.articles} articles: ${formats} per CPU-s`)
    lines.push(`  memory, analyse pass     ${memText(r.memoryAnalyse)}`)
    lines.push(`  memory, reader pass      ${memText(r.memoryReader)}`)
    const n = Math.max(1, r.analysedArticles)
    lines.push(
      `  facts per article        pledges ${(r.facts.pledges / n).toFixed(2)}, interactions ${(r.facts.interactions / n).toFixed(2)}, quotes ${(r.facts.quotes / n).toFixed(2)}; failures ${r.failures}` +
        (r.firstFailure ? ` (first: ${r.firstFailure})` : ''),
    )
    lines.push('')
  }
  if (stages) {
    const sum = STAGES.reduce((s, k) => s + stages.msPerArticle[k], 0)
    // Each stage as a multiple of wink's time per article on the first corpus: its part of the 2.0x budget.
    const winkMs = sizes.length ? (1000 * sizes[0].wink.cpuSeconds) / Math.max(1, sizes[0].wink.articles) : 0
    const ofWink = (ms: number) => (winkMs > 0 ? `${(ms / winkMs).toFixed(2).padStart(6)}x wink` : '')
    lines.push(`stage breakdown: ${stages.articles} articles, CPU ms per article (share of the stages' sum; multiple of wink readDoc's time)`)
    for (const k of STAGES) {
      const ms = stages.msPerArticle[k]
      lines.push(`  ${k.padEnd(18)} ${ms.toFixed(3).padStart(8)}  ${((100 * ms) / Math.max(sum, 1e-9)).toFixed(1).padStart(5)}%  ${ofWink(ms)}`)
    }
    lines.push(`  ${'sum'.padEnd(18)} ${sum.toFixed(3).padStart(8)}   (${Math.round(1000 / Math.max(sum, 1e-9))} articles per CPU-second)`)
    lines.push(`  nlp stages together (analyseArticle): ${stages.analyseArticleMs.toFixed(3)} ms`)
    lines.push(`  tagged: ${(100 * stages.taggedShare).toFixed(1)}% of the sentences' characters (src/nlp/candidates.ts)`)
    lines.push('')
  }
  lines.push(`process peak RSS (kernel maxRSS, whole run): ${maxRssMb} MB`)
  const all = sizes.every((r) => judge(r).throughput && judge(r).ratio)
  lines.push(`overall: ${pass(all)}`)
  return lines.join('\n')
}

function rateText(r: Rate): string {
  const cpu = `${Math.round(r.articlesPerCpuSec).toString().padStart(5)} art/s ${r.mbPerCpuSec.toFixed(2).padStart(6)} MB/s ${r.cpuSeconds.toFixed(1).padStart(5)} s`
  const wall = `${Math.round(r.articlesPerSec).toString().padStart(5)} art/s ${r.mbPerSec.toFixed(2).padStart(6)} MB/s ${r.seconds.toFixed(1).padStart(5)} s`
  return `${cpu}  |  ${wall}`
}

function memText(m: { baselineRssMb: number; baselineHeapMb: number; peakRssMb: number; peakHeapMb: number }): string {
  return `RSS ${m.baselineRssMb} -> peak ${m.peakRssMb} MB, heap ${m.baselineHeapMb} -> peak ${m.peakHeapMb} MB`
}

function pass(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL'
}
