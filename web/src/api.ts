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

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiFailure } | { state: 'done'; data: T }

/** Loads `path` (null: nothing yet) and reloads when it changes; a stale answer never overwrites a newer one. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  useEffect(() => {
    if (!path) return
    const ctl = new AbortController()
    setResult({ state: 'loading' })
    getJson<T>(path, ctl.signal).then(
      (data) => setResult({ state: 'done', data }),
      (error) => {
        if (!ctl.signal.aborted) setResult({ state: 'error', error: error instanceof ApiFailure ? error : new ApiFailure(0, 'E_CLIENT', String(error)) })
      },
    )
    return () => ctl.abort()
  }, [path])
  return result
}
