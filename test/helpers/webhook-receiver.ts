/**
 * A webhook receiver for the tests (127.0.0.1, a free port). It checks each
 * request's signature the way the README tells a receiver to, and answers as
 * the test's plan says: 'ok' (200), 'fail' (500), 'refuse' (410) or 'hang' (never answers, so
 * the sender times out or is killed mid-delivery).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Answer = 'ok' | 'fail' | 'refuse' | 'hang'

export interface Received {
  readonly body: string
  readonly headers: IncomingHttpHeaders
  /** The signature header checked against the secret (false without one). */
  readonly verified: boolean
  /** What the receiver answered; 'hang' stays so when the sender gave up or died. */
  readonly answer: Answer
}

export interface Receiver {
  readonly url: string
  readonly received: Received[]
  /** Bodies of the requests answered 200, in order: what the receiver accepted. */
  accepted(): string[]
  /** Resolves when `n` requests have arrived. */
  waitFor(n: number, ms?: number): Promise<void>
  close(): Promise<void>
}

/** The receiver's check, as the README shows it: HMAC-SHA256 of the raw body, hex, compared in constant time. */
export function verify(secret: string, raw: Buffer, header: string | undefined): boolean {
  const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(raw).digest('hex'))
  const got = Buffer.from(header ?? '')
  return got.length === expected.length && timingSafeEqual(got, expected)
}

export async function startReceiver(secret: string, plan: (n: number, body: string) => Answer): Promise<Receiver> {
  const received: Received[] = []
  let waiters: Array<() => void> = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const body = raw.toString('utf8')
      const answer = plan(received.length + 1, body)
      received.push({ body, headers: req.headers, verified: verify(secret, raw, req.headers['pledgewatch-signature'] as string | undefined), answer })
      for (const w of waiters) w()
      if (answer === 'ok') res.writeHead(200).end('thanks')
      else if (answer === 'fail') res.writeHead(500).end('down for a moment')
      else if (answer === 'refuse') res.writeHead(410).end('gone')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/pledgewatch`,
    received,
    accepted: () => received.filter((r) => r.answer === 'ok').map((r) => r.body),
    waitFor: (n, ms = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the receiver got ${received.length} of ${n} requests in ${ms} ms`)), ms)
        const check = () => {
          if (received.length < n) return
          clearTimeout(timer)
          waiters = waiters.filter((w) => w !== check)
          resolve()
        }
        waiters.push(check)
        check()
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
