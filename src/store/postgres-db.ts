import pg from 'pg'
import type { Db } from './db.js'

/** Opens a PostgreSQL server store through a `pg` pool (DATABASE_URL). */
export async function openPostgresDb(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  // An idle client losing its connection (a server restart) must not crash the process:
  // the pool drops it, and the next query opens a new one or fails with a clear error.
  pool.on('error', (err) => process.stderr.write(`pledgewatch: database connection lost: ${err.message}\n`))
  // Fail now, with the server's reason, rather than at the first query.
  const client = await pool.connect()
  client.release()
  const run = (c: pg.Pool | pg.PoolClient) => async <T>(sql: string, params: readonly unknown[] = []) => (await c.query(sql, params as unknown[])).rows as T[]
  return {
    dialect: 'postgres',
    query: run(pool),
    async exec(sql) {
      await pool.query(sql)
    },
    async transaction(fn) {
      const c = await pool.connect()
      try {
        await c.query('BEGIN')
        const tx: import('./db.js').Db = {
          dialect: 'postgres',
          query: run(c),
          async exec(sql) {
            await c.query(sql)
          },
          transaction: (inner) => inner(tx),
          close: async () => {},
        }
        const out = await fn(tx)
        await c.query('COMMIT')
        return out
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {})
        throw err
      } finally {
        c.release()
      }
    },
    async close() {
      await pool.end()
    },
  }
}
