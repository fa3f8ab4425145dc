/**
 * The one database interface both stores implement (Kysely's Dialect idea):
 * embedded PGlite by default, a PostgreSQL server through `pg` when
 * DATABASE_URL is set. Same SQL, same migrations.
 */
export interface Db {
  readonly dialect: 'pglite' | 'postgres'
  /** Runs one parameterised statement ($1, $2, …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Runs a script of several statements with no parameters. */
  exec(sql: string): Promise<void>
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
}
