import type winkNLP from 'wink-nlp'
import { analyseRaw } from '../src/pipeline.js'
import type { BenchArticle } from './corpus.js'
import { timeInto, zeroElapsed } from './measure.js'

type Wink = ReturnType<typeof winkNLP>

/** What the warm-up saw: the process's cold rate, and where the rate settled. */
export interface WarmUp {
  readonly articles: number
  /** analyseRaw articles per CPU-second over the first `coldArticles` of the process (JIT still compiling). */
  readonly coldRate: number
  readonly coldArticles: number
  /** The rate of the last warm-up chunk, when the rate stopped changing (or at the cap). */
  readonly settledRate: number
  /** True when three chunks in a row agreed within `tolerance`; false when the cap cut the warm-up short. */
  readonly settled: boolean
}

const CHUNK = 100
const COLD = 1000
const TOLERANCE = 0.05

/**
 * Warms the process up on a corpus of its own (another seed: none of the timed articles),
 * the way a benchmark harness runs warm-up iterations: V8 compiles the hot functions and
 * regular expressions of a pipeline this size over a few thousand articles, and a 1k pass
 * timed from a cold start would measure mostly the compiler. Runs analyse and wink chunk by
 * chunk until three chunk rates of analyse agree within 5% (or the corpus runs out), and
 * records the cold rate over the first 1000 articles so the report can show it too.
 */
export function warmUp(corpus: readonly BenchArticle[], wink: Wink): WarmUp {
  const rates: number[] = []
  const cold = zeroElapsed()
  let done = 0
  let sink = 0
  for (let i = 0; i < corpus.length; i += CHUNK) {
    const chunk = corpus.slice(i, i + CHUNK)
    const t = zeroElapsed()
    timeInto(t, () => chunk.forEach((a) => (sink += analyseRaw(a.raw).ok ? 1 : 0)))
    chunk.forEach((a) => (sink += wink.readDoc(a.raw.body).sentences().length()))
    if (done < COLD) {
      cold.cpuMs += t.cpuMs
      cold.wallMs += t.wallMs
    }
    done += chunk.length
    rates.push(chunk.length / (t.cpuMs / 1000))
    if (done >= COLD && agree(rates.slice(-3))) break
  }
  if (sink < 0) throw new Error('unreachable')
  const coldArticles = Math.min(done, COLD)
  return { articles: done, coldRate: coldArticles / (cold.cpuMs / 1000), coldArticles, settledRate: rates.at(-1) ?? 0, settled: rates.length >= 3 && agree(rates.slice(-3)) }
}

function agree(rates: readonly number[]): boolean {
  if (rates.length < 3) return false
  const lo = Math.min(...rates)
  const hi = Math.max(...rates)
  return hi - lo <= TOLERANCE * hi
}
