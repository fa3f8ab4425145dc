import { Command, InvalidArgumentError } from 'commander'
import { parseSize } from './size.js'

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
