import { parseRetryAfter } from './backoff.js'

export type SendOutcome =
  | { readonly ok: true; readonly status: number }
  | {
      readonly ok: false
      /** Worth trying again: a timeout, a network failure, 408, 425, 429 or 5xx. */
      readonly retry: boolean
      readonly status: number | null
      readonly reason: string
      readonly retryAfterMs?: number
    }

/**
 * POSTs one webhook body and says how it went. Never throws. Redirects are
 * not followed (a POST redirected is a configuration to fix, not to guess);
 * the receiver's answer body is discarded.
 */
export async function postEvent(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<SendOutcome> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const res = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: controller.signal })
    await res.body?.cancel().catch(() => {})
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status }
    const retry = res.status >= 500 || res.status === 408 || res.status === 425 || res.status === 429
    const where = res.status >= 300 && res.status < 400 ? ` (a redirect to ${res.headers.get('location') ?? 'nowhere'}; redirects are not followed)` : ''
    return { ok: false, retry, status: res.status, reason: `HTTP ${res.status}${where}`, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')) }
  } catch (err) {
    if (controller.signal.aborted) return { ok: false, retry: true, status: null, reason: `timed out after ${timeoutMs} ms` }
    const cause = (err as { cause?: { code?: string; message?: string } }).cause
    return { ok: false, retry: true, status: null, reason: `fetch failed: ${cause?.code ?? cause?.message ?? (err as Error).message}` }
  } finally {
    clearTimeout(timer)
  }
}
