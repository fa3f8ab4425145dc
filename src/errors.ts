/**
 * Coded errors for per-article failures. Each is reported as one stderr line
 * naming the source and the reason; the batch goes on (trafilatura's "log the
 * reason, discard this document, keep going").
 */
export const ERRORS = {
  E_UNREADABLE: 'cannot read: {reason}',
  E_EMPTY: 'empty file',
  E_BINARY: 'binary content (not text, HTML or JSON Lines)',
  E_TOO_LARGE: 'over the size limit ({size} bytes > {limit} bytes; raise it with --max-size)',
  E_BAD_GZIP: 'not valid gzip data: {reason}',
  E_BAD_JSONL: 'line {line}: {reason}',
  E_NO_TEXT: 'no article text left after cleaning',
  E_INTERNAL: 'analysis failed: {reason}',
  E_ANALYSIS_TIMEOUT: 'analysis took longer than the limit of {limit} and was stopped (raise it with --time-limit)',
  E_NOT_A_FILE: 'skipped: {reason}',
  // The embedded store (src/store/folder-lock.ts)
  E_FOLDER_LOCKED: 'the data folder {dir} is in use by {holder}; one process at a time may open it. To go on: {hint}',
  // Feeds and fetching (src/feeds/)
  E_BAD_FEED: 'not an RSS or Atom feed: {reason}',
  E_FETCH: 'fetch failed: {reason}',
  E_HTTP_STATUS: 'HTTP {status}{detail}',
  E_TIMEOUT: 'timed out after {ms} ms',
  E_NOT_HTML: 'not an HTML page (Content-Type: {type})',
  E_BAD_INTERVAL: 'bad interval "{value}": use a number and a unit, e.g. 90s, 30m, 1h or 1h30m',
} as const

export type ErrorCode = keyof typeof ERRORS

/** An error with a code from ERRORS and the fields its message names. */
export class PledgewatchError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: Record<string, string | number> = {},
  ) {
    super(ERRORS[code].replace(/\{(\w+)\}/g, (_, k: string) => String(fields[k] ?? `{${k}}`)))
    this.name = 'PledgewatchError'
  }
}

/** A failed input: where it came from and why it failed. */
export interface Failure {
  readonly ok: false
  readonly source: string
  readonly code: ErrorCode
  readonly reason: string
}

export function failure(source: string, err: unknown): Failure {
  if (err instanceof PledgewatchError) return { ok: false, source, code: err.code, reason: err.message }
  const reason = err instanceof Error ? err.message : String(err)
  return { ok: false, source, code: 'E_INTERNAL', reason: ERRORS.E_INTERNAL.replace('{reason}', reason) }
}
