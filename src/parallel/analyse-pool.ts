import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { PledgewatchError, failure, type Failure } from '../errors.js'
import type { RawArticle } from '../model/article.js'
import type { Analysis } from '../model/facts.js'
import { analyseRaw } from '../pipeline.js'
import { formatInterval } from '../feeds/interval.js'
import { workerScript } from './worker-script.js'

export type AnalysisOutcome = { readonly ok: true; readonly analysis: Analysis } | Failure

/** Analyses raw articles, on worker threads or in this thread, always yielding outcomes in input order. */
export interface AnalysePool {
  analyse(raw: RawArticle): Promise<AnalysisOutcome>
  /** Articles handed in and not yet answered (queued or being analysed). */
  readonly pending: number
  close(): Promise<void>
}

export interface PoolOptions {
  /**
   * Longest one article may take, in ms (0: no limit). Analysis is synchronous,
   * so only a thread can be stopped: the worker running an article past its
   * limit is terminated, the article fails with E_ANALYSIS_TIMEOUT, and a fresh
   * worker takes its place (issue 15, item 2).
   */
  readonly timeLimitMs?: number
  /** Let the process exit while workers idle (a server's pool that nobody closes in tests). */
  readonly unref?: boolean
}

/** The in-thread pool: the reference the parallel one must match exactly. It cannot enforce a time limit. */
export function createInlinePool(): AnalysePool {
  let pending = 0
  return {
    async analyse(raw) {
      pending++
      try {
        const o = analyseRaw(raw)
        return o.ok ? { ok: true, analysis: o.analysis } : o
      } finally {
        pending--
      }
    },
    get pending() {
      return pending
    },
    async close() {},
  }
}

interface Job {
  readonly raw: RawArticle
  readonly resolve: (o: AnalysisOutcome) => void
}

interface Slot {
  readonly worker: Worker
  ready: boolean
  job: Job | null
  timer: NodeJS.Timeout | null
}

/**
 * A pool of `size` worker threads (default: one per core). Each worker takes
 * one article at a time from the pool's queue, so a stopped worker loses only
 * the article it held. Callers await the promises in input order, so the
 * output is the same as the inline pool's whatever the scheduling.
 * @example const pool = createWorkerPool(2, { timeLimitMs: 60_000 }); const o = await pool.analyse(raw); await pool.close()
 */
export function createWorkerPool(size = availableParallelism(), opts: PoolOptions = {}): AnalysePool {
  const script = workerScript()
  const limit = opts.timeLimitMs ?? 0
  const queue: Job[] = []
  const slots = new Set<Slot>()
  let closed = false
  // A worker that dies before it is ready (a broken build) would die again: fail the work instead.
  let broken: Error | null = null

  const finish = (slot: Slot, outcome: AnalysisOutcome) => {
    if (slot.timer) clearTimeout(slot.timer)
    const job = slot.job
    slot.job = null
    slot.timer = null
    job?.resolve(outcome)
  }
  const replace = (slot: Slot) => {
    slots.delete(slot)
    if (!closed && !broken) spawn()
  }
  const spawn = () => {
    const slot: Slot = { worker: new Worker(script), ready: false, job: null, timer: null }
    if (opts.unref) slot.worker.unref()
    slots.add(slot)
    slot.worker.on('message', (m: { ready: true } | { outcome: AnalysisOutcome }) => {
      if ('ready' in m) slot.ready = true
      else finish(slot, m.outcome)
      dispatch()
    })
    const died = (err: Error) => {
      if (!slots.has(slot)) return // already replaced (a timeout, or 'error' then 'exit')
      if (!slot.ready) broken = err
      if (slot.job) finish(slot, failure(slot.job.raw.source, err))
      replace(slot)
      if (broken) for (const job of queue.splice(0)) job.resolve(failure(job.raw.source, broken))
      dispatch()
    }
    slot.worker.on('error', died)
    slot.worker.on('exit', (code) => died(new Error(`the analysis thread stopped (exit code ${code})`)))
  }
  const dispatch = () => {
    for (const slot of slots) {
      if (!queue.length) return
      if (!slot.ready || slot.job) continue
      const job = queue.shift()!
      slot.job = job
      slot.worker.postMessage({ raw: job.raw })
      if (limit > 0) {
        slot.timer = setTimeout(() => {
          finish(slot, failure(job.raw.source, new PledgewatchError('E_ANALYSIS_TIMEOUT', { limit: formatInterval(limit) })))
          replace(slot)
          void slot.worker.terminate()
          dispatch()
        }, limit)
        if (opts.unref) slot.timer.unref()
      }
    }
  }
  for (let i = 0; i < Math.max(1, size); i++) spawn()
  return {
    analyse(raw) {
      if (closed) return Promise.resolve(failure(raw.source, new Error('the analysis pool is closed')))
      if (broken) return Promise.resolve(failure(raw.source, broken))
      return new Promise<AnalysisOutcome>((resolve) => {
        queue.push({ raw, resolve })
        dispatch()
      })
    },
    get pending() {
      let busy = 0
      for (const s of slots) if (s.job) busy++
      return queue.length + busy
    },
    async close() {
      closed = true
      const all = [...slots]
      slots.clear()
      for (const job of queue.splice(0)) job.resolve(failure(job.raw.source, new Error('the analysis pool was closed')))
      for (const s of all) if (s.job) finish(s, failure(s.job.raw.source, new Error('the analysis pool was closed')))
      await Promise.all(all.map((s) => s.worker.terminate()))
    },
  }
}
