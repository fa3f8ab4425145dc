import { useEffect, useState } from 'preact/hooks'

/** A failed API call: the server's `{ error: { code, message } }`, or a network failure (status 0). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** GETs `/api/...` and parses the JSON answer; errors become ApiFailure with the server's code. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, { signal, headers: { accept: 'application/json' } })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiFailure(0, 'E_NETWORK', 'the server did not answer')
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `HTTP ${res.status}`)
  return body as T
}

// Answers requested before their page was drawn (prefetch.ts), by path: each
// is taken once, by the first useApi that asks for that path.
const early = new Map<string, Promise<unknown>>()

/** Starts GETting `path` now, for the useApi that will ask for it once its page's code has loaded. */
export function prefetchJson(path: string): void {
  if (early.has(path)) return
  const answer = getJson(path)
  // A failure is reported by the useApi that takes it; one never taken must not be an unhandled rejection.
  answer.catch(() => undefined)
  early.set(path, answer)
}

/** Forgets every early answer not yet taken (the user moved on; a later page must not be shown it). */
export function dropPrefetched(): void {
  early.clear()
}

function takePrefetched<T>(path: string): Promise<T> | undefined {
  const answer = early.get(path)
  early.delete(path)
  return answer as Promise<T> | undefined
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiFailure } | { state: 'done'; data: T }

/** Loads `path` (null: nothing yet), or takes the answer prefetch.ts requested early, and reloads when it changes; a stale answer never overwrites a newer one. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  useEffect(() => {
    if (!path) return
    const ctl = new AbortController()
    setResult({ state: 'loading' })
    const answer = takePrefetched<T>(path) ?? getJson<T>(path, ctl.signal)
    answer.then(
      // An early answer cannot be aborted, so one that arrives after its page went away is ignored here.
      (data) => !ctl.signal.aborted && setResult({ state: 'done', data }),
      (error) => {
        if (!ctl.signal.aborted) setResult({ state: 'error', error: error instanceof ApiFailure ? error : new ApiFailure(0, 'E_CLIENT', String(error)) })
      },
    )
    return () => ctl.abort()
  }, [path])
  return result
}
