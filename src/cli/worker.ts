import { Command } from 'commander'
import { createWorkerPool } from '../parallel/analyse-pool.js'
import type { RawArticle } from '../model/article.js'
import { ANALYSE_QUEUE, openQueue } from '../queue/queue.js'
import { openDb } from '../store/open.js'
import { storeAnalysis } from '../store/write-article.js'
import { timeLimitOption } from './options.js'
import { failureLine } from './terminal-text.js'

interface WorkerFlags {
  databaseUrl?: string
  jobTimeout: number
  exitWhenIdle?: number
  verbose: boolean
  timeLimit: number
}

/**
 * `pledgewatch worker`: takes queued articles from the PostgreSQL server,
 * analyses and stores each. Any number of workers, on any machines, may share
 * one DATABASE_URL; a job whose worker dies is retried by another after the
 * job timeout, and storing is idempotent, so each article is stored once.
 */
export function workerCommand(): Command {
  return new Command('worker')
    .description('Process articles queued by `ingest --queue` (needs a PostgreSQL server: DATABASE_URL). Run as many as you like, anywhere.')
    .option('--database-url <url>', 'the PostgreSQL server (default: $DATABASE_URL)')
    .option('--job-timeout <seconds>', 'the job timeout the queue was filled with (`ingest --queue --job-timeout`): expired jobs are looked for every half of it, at most every minute', (v) => Math.max(1, parseInt(v, 10) || 1), 300)
    .option('--exit-when-idle <seconds>', 'stop after the queue has been empty this long (default: run until stopped)', (v) => Math.max(1, parseInt(v, 10) || 1))
    .option('-v, --verbose', 'one line per job', false)
    .addOption(timeLimitOption())
    .addHelpText('after', '\nExamples:\n  $ DATABASE_URL=postgres://db.example/pledgewatch pledgewatch worker\n  $ pledgewatch worker --database-url postgres://localhost/test --exit-when-idle 10')
    .action(async (o: WorkerFlags) => {
      const url = o.databaseUrl ?? process.env.DATABASE_URL
      if (!url) throw new Error('worker needs a PostgreSQL server: set DATABASE_URL or pass --database-url')
      const db = await openDb({ databaseUrl: url })
      const boss = await openQueue({ databaseUrl: url, jobTimeoutSeconds: o.jobTimeout })
      // A thread that can be stopped: an article past the time limit fails instead of holding the job (issue 15).
      const analyser = createWorkerPool(1, { timeLimitMs: o.timeLimit })
      let done = 0
      let lastWork = Date.now()
      const log = (line: string) => o.verbose && process.stderr.write(line + '\n')
      await boss.work<RawArticle>(ANALYSE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        lastWork = Date.now()
        log(`job ${job.id}: ${job.data.source}`)
        const outcome = await analyser.analyse(job.data)
        if (!outcome.ok) {
          process.stderr.write(failureLine(outcome))
          return // a bad article will not get better on retry
        }
        const r = await storeAnalysis(db, outcome.analysis)
        done++
        lastWork = Date.now()
        log(`stored ${outcome.analysis.doc}: ${r.status}`)
      })
      const stop = async () => {
        await boss.stop({ graceful: true, wait: true })
        await analyser.close()
        await db.close()
        process.stderr.write(`worker: ${done} article(s) processed\n`)
      }
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve)
        process.once('SIGTERM', resolve)
        if (o.exitWhenIdle) {
          const tick = setInterval(async () => {
            if (Date.now() - lastWork < o.exitWhenIdle! * 1000) return
            const waiting = await boss.getQueueSize(ANALYSE_QUEUE, { before: 'completed' })
            if (waiting === 0) {
              clearInterval(tick)
              resolve()
            }
          }, 500)
        }
      })
      await stop()
    })
}
