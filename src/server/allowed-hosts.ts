import type { MiddlewareHandler } from 'hono'
import { networkInterfaces, hostname } from 'node:os'
import { ApiError } from './api-error.js'

/** Names that always reach a server on this machine. */
export const LOCAL_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1']

/**
 * The Host names a server bound to `bindHost` answers to: the bound name,
 * the local names, and `extra` (`--allowed-host`). Bound to every interface
 * (0.0.0.0, ::), it also answers to this machine's name and addresses.
 * `*` in `extra` turns the check off (behind a proxy that checks names itself).
 */
export function allowedHostsFor(bindHost: string, extra: readonly string[] = []): string[] | null {
  if (extra.includes('*')) return null
  const names = new Set([...LOCAL_HOSTS, ...extra].map(normaliseHost))
  if (bindHost === '0.0.0.0' || bindHost === '::' || bindHost === '') {
    names.add(normaliseHost(hostname()))
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(normaliseHost(a.address))
  } else names.add(normaliseHost(bindHost))
  return [...names]
}

/**
 * Answers only requests whose Host header names this server. A page on
 * another site whose name an attacker re-points at 127.0.0.1 (DNS rebinding)
 * sends its own name as Host, and is refused with 421 (issue 15, item 4).
 */
export function checkHost(allowed: readonly string[] | null): MiddlewareHandler {
  const set = allowed ? new Set(allowed.map(normaliseHost)) : null
  return async (c, next) => {
    if (set) {
      const header = c.req.header('host')
      const name = normaliseHost(header ? hostOf(header) : new URL(c.req.url).hostname)
      if (!set.has(name)) {
        throw new ApiError(421, 'E_BAD_HOST', `this server does not answer to the name "${name.slice(0, 100)}"; start it with --allowed-host ${name.slice(0, 100) || 'NAME'} to allow it`)
      }
    }
    await next()
  }
}

/** `example.org:8080` → `example.org`; `[::1]:8080` → `::1`. */
function hostOf(header: string): string {
  const h = header.trim()
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined)
  const colon = h.lastIndexOf(':')
  return colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h
}

function normaliseHost(h: string): string {
  return h.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '')
}
