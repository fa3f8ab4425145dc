import { resolve } from 'node:path'
import { Command, InvalidArgumentError, Option } from 'commander'
import { storeOptions, timeLimitOption, type StoreFlags } from './options.js'
import { startWebhooksFromFlags, WEBHOOK_HELP, webhookOptions, type WebhookFlags } from '../webhooks/cli-options.js'

function parsePort(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port: "${value}" (0 to 65535; 0 picks a free one)`)
  return n
}

/**
 * `pledgewatch serve`: the register as a JSON HTTP API (and /openapi.json),
 * on loopback unless --host says otherwise. Writes (POST /api/articles) need
 * PLEDGEWATCH_TOKEN; without it the server is read-only. Posted articles are
 * analysed on a worker thread with a time limit, so reads never wait on them.
 * Answers only to the names it was started for (--host, the local names,
 * --allowed-host). Runs until SIGINT or SIGTERM, then closes the server, the
 * analysis thread and the store.
 */
export function serveCommand(): Command {
  const cmd = storeOptions(
    new Command('serve')
      .description('Serve the register over HTTP: the dashboard at /, a JSON API under /api/ and its OpenAPI document at /openapi.json.')
      .option('-p, --port <n>', 'port to listen on (0 picks a free one)', parsePort, 8080)
      .option('--host <host>', 'address to bind (0.0.0.0 exposes the register to the network)', '127.0.0.1')
      .addOption(new Option('--allowed-host <name>', 'another Host name to answer to, e.g. the name a proxy forwards (repeatable; * for any)').argParser((v: string, all: string[]) => [...all, v]).default([], 'none'))
      .addOption(timeLimitOption()),
  )
  webhookOptions(cmd)
  return cmd
    .addHelpText('after', WEBHOOK_HELP)
    .addHelpText('after', '\nThe server answers only to the Host names it was started for: localhost, 127.0.0.1, ::1, the --host\naddress (with 0.0.0.0, this machine\'s names and addresses) and each --allowed-host; any other is a\n421, so a web page cannot read the register by pointing its own name at this machine (DNS rebinding).\n\nEnvironment:\n  PLEDGEWATCH_TOKEN  bearer token that allows POST /api/articles (unset: read-only)\n\nExamples:\n  $ pledgewatch serve\n  $ PLEDGEWATCH_TOKEN=s3cret pledgewatch serve --port 9000\n  $ pledgewatch serve --host 0.0.0.0 --allowed-host register.example.org\n  $ curl -s localhost:8080/api/targets?actor=JPN')
    .action(async (o: StoreFlags & WebhookFlags & { port: number; host: string; allowedHost: string[]; timeLimit: number }) => {
      const [{ openDb, defaultDataDir }, { createApp }, { listen }, { allowedHostsFor }, { createWorkerPool }, { noteFolderLock }] = await Promise.all([
        import('../store/open.js'),
        import('../server/app.js'),
        import('../server/listen.js'),
        import('../server/allowed-hosts.js'),
        import('../parallel/analyse-pool.js'),
        import('../store/folder-lock.js'),
      ])
      const token = process.env.PLEDGEWATCH_TOKEN || undefined
      const db = await openDb({ data: o.data, databaseUrl: o.databaseUrl })
      // One analysis thread: posted articles queue for it and the request thread stays free for readers (issue 15).
      const analyser = createWorkerPool(1, { timeLimitMs: o.timeLimit })
      let server
      let hooks
      try {
        // Every change the register gains while serving (posted articles, other writers of a PostgreSQL register) is posted.
        hooks = await startWebhooksFromFlags(db, o)
        // The embedded store's lock keeps every other process out: all writes come through this server.
        const singleWriter = db.dialect === 'pglite'
        server = await listen(createApp({ db, token, dataDir: o.data, analyser, singleWriter, allowedHosts: allowedHostsFor(o.host, o.allowedHost) }), { host: o.host, port: o.port })
      } catch (err) {
        await hooks?.close()
        await analyser.close()
        await db.close()
        throw err
      }
      // The next process that finds the folder locked is told where to send its articles.
      if (!(o.databaseUrl ?? process.env.DATABASE_URL)) noteFolderLock(resolve(o.data ?? defaultDataDir()), { url: server.url })
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
      await hooks?.close()
      await analyser.close()
      await db.close()
    })
}
