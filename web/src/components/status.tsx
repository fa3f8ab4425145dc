import type { ComponentChildren } from 'preact'
import type { Loaded } from '../api.js'

/** Renders loading and error states of a request, and `children(data)` once it is done. */
export function Await<T>({ result, children, what }: { result: Loaded<T>; children: (data: T) => ComponentChildren; what: string }) {
  if (result.state === 'loading') return <p class="muted" role="status">Loading {what}…</p>
  if (result.state === 'error') {
    return (
      <p class="error" role="alert">
        Could not load {what}: {result.error.message} ({result.error.code})
      </p>
    )
  }
  return <>{children(result.data)}</>
}
