import { Command, InvalidArgumentError, Option } from 'commander'
import { formatInterval, parseInterval } from '../feeds/interval.js'
import { formatSize, parseSize } from './size.js'

/** Where the register lives, as every store-backed command takes it. */
export interface StoreFlags {
  readonly data?: string
  readonly databaseUrl?: string
}

/** Adds `--data DIR` and `--database-url URL` to a command. */
export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'data folder of the embedded store (default: $PLEDGEWATCH_DATA or ./.pledgewatch)')
    .option('--database-url <url>', 'a PostgreSQL server instead of the embedded store (default: $DATABASE_URL)')
}

export function parseSizeArg(value: string): number {
  try {
    return parseSize(value)
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message)
  }
}

/** Opens the register named by the flags, runs `fn`, and always closes it. */
export async function withDb<T>(flags: StoreFlags, fn: (db: import('../store/db.js').Db) => Promise<T>): Promise<T> {
  const { openDb } = await import('../store/open.js')
  const db = await openDb({ data: flags.data, databaseUrl: flags.databaseUrl })
  try {
    return await fn(db)
  } finally {
    await db.close()
  }
}

/** Parses an ISO date option (YYYY-MM-DD). */
export function parseDateArg(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError(`not a date: "${value}" (use YYYY-MM-DD)`)
  return value
}

/** An interval option (`90s`, `30m`); `0` allowed where "none" makes sense. */
export function intervalArg(allowZero: boolean): (v: string) => number {
  return (v) => {
    if (allowZero && /^0+(\.0*)?\s*(ms|s|m|h)?$/i.test(v.trim())) return 0
    try {
      return parseInterval(v)
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message)
    }
  }
}

/** `--max-size <size>` with its default shown as a person writes it (`5MB`, not 5242880). */
export function maxSizeOption(description: string, bytes: number): Option {
  return new Option('--max-size <size>', description).argParser(parseSizeArg).default(bytes, formatSize(bytes))
}

/** An interval option whose default `--help` shows as `30m`, not 1800000. */
export function intervalOption(flags: string, description: string, ms: number, allowZero = false): Option {
  return new Option(flags, description).argParser(intervalArg(allowZero)).default(ms, formatInterval(ms))
}

/** Default time one article's analysis may take before it is stopped (ingest, watch, serve). */
export const DEFAULT_TIME_LIMIT_MS = 60_000

/** `--time-limit <interval>`: the per-article analysis budget (issue 15, item 2). */
export function timeLimitOption(): Option {
  return intervalOption('--time-limit <interval>', 'longest one article may take to analyse; past it the article fails with a reason and the rest go on (0: no limit)', DEFAULT_TIME_LIMIT_MS, true)
}
