import { PledgewatchError } from '../errors.js'

/**
 * One HTTP GET with Node's built-in fetch. `handle` runs while the attempt's
 * timer is still armed, so a server that sends headers and then stalls the
 * body times out too. Failures become coded errors:
 * - the timer fired → `E_TIMEOUT`;
 * - the caller's `signal` aborted → its reason is rethrown untouched (not retried);
 * - DNS, refused or reset connections → `E_FETCH` with the system error code.
 */
export async function requestOnce<T>(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  handle: (res: Response) => Promise<T>,
): Promise<T> {
  signal?.throwIfAborted()
  const controller = new AbortController()
  const timedOut = new Error('timeout')
  const timer = setTimeout(() => controller.abort(timedOut), timeoutMs)
  const onAbort = () => controller.abort(signal!.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const res = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' })
    return await handle(res)
  } catch (err) {
    if (err instanceof PledgewatchError) throw err
    if (controller.signal.aborted) {
      if (controller.signal.reason === timedOut) throw new PledgewatchError('E_TIMEOUT', { ms: timeoutMs })
      throw controller.signal.reason
    }
    throw new PledgewatchError('E_FETCH', { reason: networkReason(err) })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

/** Reads a body, refusing more than `maxBytes` (declared or actually sent) with `E_TOO_LARGE`. */
export async function readBodyLimited(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'))
  // Content-Length counts compressed bytes; only refuse early when no decoding will happen.
  if (!res.headers.get('content-encoding') && declared > maxBytes) {
    await res.body?.cancel()
    throw new PledgewatchError('E_TOO_LARGE', { size: declared, limit: maxBytes })
  }
  if (!res.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new PledgewatchError('E_TOO_LARGE', { size: `more than ${maxBytes}`, limit: maxBytes })
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** undici wraps the system error as `cause`: "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9". */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause
  if (cause?.message) return cause.code && !cause.message.includes(cause.code) ? `${cause.code}: ${cause.message}` : cause.message
  return err instanceof Error ? err.message : String(err)
}
