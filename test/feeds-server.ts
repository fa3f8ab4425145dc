/**
 * A local HTTP server for the feed tests (127.0.0.1, random port), serving
 * invented feeds and pages. Not a test file itself: the feeds*.test.ts files use it.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void

export interface SeenRequest {
  readonly path: string
  readonly headers: IncomingMessage['headers']
  /** The injected clock's time when the request arrived (requests are sequential, so it is the start slot). */
  readonly at: number
}

export interface TestServer {
  readonly origin: string
  readonly requests: SeenRequest[]
  hits(path: string): number
  close(): Promise<void>
}

export async function startServer(routes: Record<string, Route>, now: () => number = Date.now): Promise<TestServer> {
  const requests: SeenRequest[] = []
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    requests.push({ path, headers: req.headers, at: now() })
    const route = routes[path]
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
      return
    }
    route(req, res, requests.filter((r) => r.path === path).length)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections() // includes the sockets of routes that never answer
        server.close(() => resolve())
      }),
  }
}

/** A feed fixture from test/fixtures/feeds with `{{origin}}` filled in. */
export function feedFixture(name: string, origin: string): string {
  return readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8').replaceAll('{{origin}}', origin)
}

/** A small invented article page. */
export function page(headline: string): string {
  return `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>Officials said on Tuesday that the plan would be reviewed next year.</p></article></body></html>`
}

/** Serves `body` with validators, answering 304 when the client sends them back. */
export function cachedRoute(body: string, type: string, validators: { etag?: string; lastModified?: string }): Route {
  return (req, res) => {
    const etagMatch = validators.etag && req.headers['if-none-match'] === validators.etag
    const dateMatch = !validators.etag && validators.lastModified && req.headers['if-modified-since'] === validators.lastModified
    const headers: Record<string, string> = { 'content-type': type }
    if (validators.etag) headers.etag = validators.etag
    if (validators.lastModified) headers['last-modified'] = validators.lastModified
    if (etagMatch || dateMatch) res.writeHead(304, headers).end()
    else res.writeHead(200, headers).end(body)
  }
}

export const html = (body: string): Route => (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export function fakeClock(start = 1_700_000_000_000) {
  const clock = {
    t: start,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted()
      clock.sleeps.push(ms)
      clock.t += ms
    },
  }
  return clock
}
