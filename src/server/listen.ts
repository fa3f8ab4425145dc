import { serve, type ServerType } from '@hono/node-server'
import type { Hono } from 'hono'

export interface Listening {
  /** Base URL as a client reaches it: `http://127.0.0.1:8080`. */
  readonly url: string
  readonly port: number
  /** Stops accepting connections, ends idle keep-alive ones, and resolves when the server is closed. */
  close(): Promise<void>
}

/**
 * Serves the app over HTTP on `host:port` (port 0 picks a free one) and
 * resolves once it listens; rejects when the address cannot be bound.
 * @example const { url, close } = await listen(createApp({ db }), { host: '127.0.0.1', port: 8080 })
 */
export function listen(app: Hono, opts: { host: string; port: number }): Promise<Listening> {
  return new Promise((resolve, reject) => {
    let server: ServerType
    // serve() binds at once; an EADDRINUSE or EACCES arrives as an 'error' event before 'listening'.
    const onError = (err: Error) => reject(err)
    server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      server.off('error', onError)
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()))
            if ('closeIdleConnections' in server) server.closeIdleConnections()
          }),
      })
    })
    server.once('error', onError)
  })
}
