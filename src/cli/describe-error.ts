import { inspect } from 'node:util'

/**
 * One line naming what went wrong, whatever was thrown. PGlite's WASM runtime
 * can throw values that are not Errors or that have no message (issue 15 saw
 * `pledgewatch: undefined`); those are described by their name, code or
 * contents instead.
 * @example describeError(Object.assign(new Error('no such table'), { code: '42P01' })) // 'no such table [42P01]'
 */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; cause?: unknown }
    const base = e.message?.trim() || (e.cause !== undefined ? describeError(e.cause) : '') || `${e.name || 'Error'} with no message`
    return typeof e.code === 'string' || typeof e.code === 'number' ? `${base} [${e.code}]` : base
  }
  if (typeof err === 'string') return err.trim() || 'an empty error'
  if (err === undefined || err === null) return `an empty error value (${String(err)}) was thrown`
  if (typeof err === 'object') {
    const o = err as { message?: unknown; code?: unknown; status?: unknown; name?: unknown }
    if (typeof o.message === 'string' && o.message.trim()) return o.code !== undefined ? `${o.message} [${String(o.code)}]` : o.message
    // Emscripten's ExitStatus: the WASM PostgreSQL stopped.
    if (o.name === 'ExitStatus') return `the embedded database stopped (exit status ${String(o.status)})`
  }
  return inspect(err, { depth: 2, breakLength: Infinity }).slice(0, 500)
}
