import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header that carries the signature: `Pledgewatch-Signature: sha256=<hex>`. */
export const SIGNATURE_HEADER = 'Pledgewatch-Signature'

/** The environment variable whose value signs every webhook body. */
export const SECRET_ENV = 'PLEDGEWATCH_WEBHOOK_SECRET'

/**
 * The signature of a webhook body: HMAC-SHA256 with the shared secret over the
 * exact bytes of the body (UTF-8), hex, prefixed with the algorithm.
 * @example signBody('s3cret', '{"event":"change"}') // "sha256=…"
 */
export function signBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/**
 * True when `header` is the signature of `body` under `secret`, compared in
 * constant time (a receiver's check; the README shows the same in a few lines).
 */
export function verifySignature(secret: string, body: string | Uint8Array, header: string | null | undefined): boolean {
  if (!header) return false
  const want = Buffer.from(signBody(secret, body))
  const got = Buffer.from(header.trim())
  return got.length === want.length && timingSafeEqual(got, want)
}
