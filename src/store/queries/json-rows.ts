import type { Db } from '../db.js'

/**
 * Runs a query whose one row holds `json_agg(...)` and returns the array (none: empty).
 * The embedded store converts results field by field in JavaScript, so one JSON
 * value is much cheaper to read than many rows of many columns.
 */
export async function jsonRows<T>(db: Db, sql: string, params: readonly unknown[]): Promise<T[]> {
  const [row] = await db.query<{ json_agg: T[] | null }>(sql, params)
  return row?.json_agg ?? []
}
