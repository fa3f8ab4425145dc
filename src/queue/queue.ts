import PgBoss from 'pg-boss'
import type { RawArticle } from '../model/article.js'

/** The pg-boss queue of articles waiting to be analysed and stored. */
export const ANALYSE_QUEUE = 'pledgewatch-analyse'

export interface QueueOptions {
  readonly databaseUrl: string
  /** A job held longer than this by a worker (say, one that was killed) is handed to another. */
  readonly jobTimeoutSeconds?: number
  /** How often expired jobs are looked for; short in tests. */
  readonly maintenanceSeconds?: number
}

/**
 * Opens the job queue in the PostgreSQL server (pg-boss keeps its tables in
 * its own `pgboss` schema). Only a server can hold it: the embedded store is
 * one process's.
 */
export async function openQueue(opts: QueueOptions): Promise<PgBoss> {
  const timeout = opts.jobTimeoutSeconds ?? 300
  const boss = new PgBoss({
    connectionString: opts.databaseUrl,
    max: 3,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? Math.max(1, Math.min(60, Math.floor(timeout / 2))),
    // Nothing is scheduled; avoid the cron monitor's connections.
    schedule: false,
  })
  boss.on('error', (err) => process.stderr.write(`pledgewatch: queue: ${err.message}\n`))
  await boss.start()
  await boss.createQueue(ANALYSE_QUEUE, { name: ANALYSE_QUEUE, retryLimit: 5, retryDelay: 1, expireInSeconds: timeout })
  return boss
}

/** Puts one raw article on the queue; returns the job id. */
export async function enqueueArticle(boss: PgBoss, raw: RawArticle, jobTimeoutSeconds?: number): Promise<string | null> {
  return boss.send(ANALYSE_QUEUE, raw as unknown as object, jobTimeoutSeconds ? { expireInSeconds: jobTimeoutSeconds } : {})
}
