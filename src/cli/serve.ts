import { Command, InvalidArgumentError } from 'commander'
import { storeOptions, type StoreFlags } from './options.js'

function parsePort(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port: "${value}" (0 to 65535; 0 picks a free one)`)
  return n
}

/**
 * `pledgewatch serve`: the register as a JSON HTTP API (and /openapi.json),
 * on loopback unless --host says otherwise. Writes (POST /api/articles) need
 * PLEDGEWATCH_TOKEN; without it the server is read-only. Runs until SIGINT or
 * SIGTERM, then closes the server and the store.
 */
export function serveCommand(): Command {
  return storeOptions(
    new Command('serve')
      .description('Serve the register over HTTP: the dashboard at /, a JSON API under /api/ and its OpenAPI document at /openapi.json.')
      .option('-p, --port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
      .option('--host <host>', 'address to bind (0.0.0.0 exposes the register to the network)', '127.0.0.1'),
  )
    .addHelpText('after', '\nEnvironment:\n  PLEDGEWATCH_TOKEN  bearer token that allows POST /api/articles (unset: read-only)\n\nExamples:\n  $ pledgewatch serve\n  $ PLEDGEWATCH_TOKEN=s3cret pledgewatch serve --port 9000\n  $ curl -s localhost:8080/api/targets?actor=JPN')
    .action(async (o: StoreFlags & { port: number; host: string }) => {
      const [{ openDb }, { createApp }, { listen }] = await Promise.all([import('../store/open.js'), import('../server/app.js'), import('../server/listen.js')])
      const token = process.env.PLEDGEWATCH_TOKEN || undefined
      const db = await openDb({ data: o.data, databaseUrl: o.databaseUrl })
      let server
      try {
        server = await listen(createApp({ db, token, dataDir: o.data }), { host: o.host, port: o.port })
      } catch (err) {
        await db.close()
        throw err
      }
      process.stderr.write(`pledgewatch: dashboard at ${server.url}/ ; the register's API at ${server.url}/api/ (OpenAPI: ${server.url}/openapi.json; ${token ? 'writes need the bearer token' : 'read-only: PLEDGEWATCH_TOKEN is not set'})\n`)
      process.stdout.write(`${server.url}\n`)
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stderr.write(`pledgewatch: ${signal}: stopping\n`)
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          resolve()
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
      await server.close()
      await db.close()
    })
}
