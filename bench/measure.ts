import { performance } from 'node:perf_hooks'

/** Peak memory seen by a sampler, in MB. */
export interface MemoryPeak {
  /** Resident set size after gc, before the timed work: the corpus and loaded models. */
  readonly baselineRssMb: number
  readonly baselineHeapMb: number
  readonly peakRssMb: number
  readonly peakHeapMb: number
}

/**
 * Samples RSS and V8 heap by hand between chunks of work: the work is
 * synchronous, so a timer would never fire during it. `process.memoryUsage()`
 * costs microseconds, well under 1% at one sample per chunk.
 */
export class MemorySampler {
  private baseRss = 0
  private baseHeap = 0
  private rss = 0
  private heap = 0

  /** Collects garbage (with --expose-gc) and records the starting point. */
  start(): void {
    collectGarbage()
    const m = process.memoryUsage()
    this.baseRss = this.rss = m.rss
    this.baseHeap = this.heap = m.heapUsed
  }

  sample(): void {
    const m = process.memoryUsage()
    if (m.rss > this.rss) this.rss = m.rss
    if (m.heapUsed > this.heap) this.heap = m.heapUsed
  }

  peak(): MemoryPeak {
    return { baselineRssMb: mb(this.baseRss), baselineHeapMb: mb(this.baseHeap), peakRssMb: mb(this.rss), peakHeapMb: mb(this.heap) }
  }
}

/** Runs a full gc when node was started with --expose-gc; otherwise does nothing. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

/** Wall-clock and CPU milliseconds of some work. */
export interface Elapsed {
  wallMs: number
  /** User + system CPU of the whole process (GC helper threads included). */
  cpuMs: number
}

export function zeroElapsed(): Elapsed {
  return { wallMs: 0, cpuMs: 0 }
}

/**
 * Adds the time spent in `fn` to `into`. CPU time is kept beside wall time
 * because the machine may be shared: a neighbour's load stretches wall time
 * but not (much) the CPU time this process gets, which is the "per core" figure.
 */
export function timeInto(into: Elapsed, fn: () => void): void {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  fn()
  into.wallMs += performance.now() - t0
  const c = process.cpuUsage(c0)
  into.cpuMs += (c.user + c.system) / 1000
}

export function mb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10
}

/** The process-wide peak RSS the kernel recorded (includes everything the run did), in MB. */
export function maxRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10
}
