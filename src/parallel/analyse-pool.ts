import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Failure } from '../errors.js'
import type { RawArticle } from '../model/article.js'
import type { Analysis } from '../model/facts.js'
import { analyseRaw } from '../pipeline.js'

export type AnalysisOutcome = { readonly ok: true; readonly analysis: Analysis } | Failure

/** Analyses raw articles, on worker threads or in this thread, always yielding outcomes in input order. */
export interface AnalysePool {
  analyse(raw: RawArticle): Promise<AnalysisOutcome>
  close(): Promise<void>
}

/** The in-thread pool: the reference the parallel one must match exactly. */
export function createInlinePool(): AnalysePool {
  return {
    async analyse(raw) {
      const o = analyseRaw(raw)
      return o.ok ? { ok: true, analysis: o.analysis } : o
    },
    async close() {},
  }
}

/**
 * A pool of `size` worker threads (default: one per core). Each call returns
 * a promise of that article's outcome; callers await them in input order, so
 * the output is the same as the inline pool's whatever the scheduling.
 */
export function createWorkerPool(size = availableParallelism()): AnalysePool {
  const script = new URL('./analyse-worker.js', import.meta.url)
  const pending = new Map<number, { resolve: (o: AnalysisOutcome) => void; raw: RawArticle }>()
  const load = new Map<Worker, number>()
  let next = 0
  const spawn = (): Worker => {
    const w = new Worker(script)
    load.set(w, 0)
    w.on('message', (m: { id: number; outcome: AnalysisOutcome }) => {
      load.set(w, (load.get(w) ?? 1) - 1)
      pending.get(m.id)?.resolve(m.outcome)
      pending.delete(m.id)
    })
    w.on('error', (err) => {
      // A crashed worker fails the articles it held; a fresh worker takes its place.
      load.delete(w)
      for (const [id, p] of pending) if (owner.get(id) === w) p.resolve({ ok: false, source: p.raw.source, code: 'E_INTERNAL', reason: `analysis failed: ${err.message}` })
      spawn()
    })
    return w
  }
  const owner = new Map<number, Worker>()
  for (let i = 0; i < Math.max(1, size); i++) spawn()
  return {
    analyse(raw) {
      const id = next++
      // The least loaded worker takes it.
      let best: Worker | undefined
      for (const [w, n] of load) if (!best || n < load.get(best)!) best = w
      load.set(best!, load.get(best!)! + 1)
      owner.set(id, best!)
      return new Promise<AnalysisOutcome>((resolve) => {
        pending.set(id, {
          resolve: (o) => {
            owner.delete(id)
            resolve(o)
          },
          raw,
        })
        best!.postMessage({ id, raw })
      })
    },
    async close() {
      await Promise.all([...load.keys()].map((w) => w.terminate()))
    },
  }
}
