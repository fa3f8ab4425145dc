import { useEffect, useState } from 'preact/hooks'

/** A parsed hash route: `#/actor/JPN?x=1` → `{ page: 'actor', args: ['JPN'], query }`. */
export interface Route {
  readonly page: string
  readonly args: readonly string[]
  readonly query: URLSearchParams
}

/** Parses a location hash; an empty one is the overview. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const [path, search = ''] = raw.split('?', 2)
  const [page = '', ...args] = path.split('/').filter(Boolean).map((p) => decodeURIComponent(p))
  return { page: page || 'overview', args, query: new URLSearchParams(search) }
}

/** The href of a page: `href('actor', 'JPN')` → `#/actor/JPN`. */
export function href(page: string, ...args: Array<string | number>): string {
  return `#/${[page, ...args.map((a) => encodeURIComponent(String(a)))].join('/')}`
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [state, setState] = useState(() => ({ hash: location.hash, route: parseHash(location.hash) }))
  useEffect(() => {
    const onChange = () => setState((s) => (s.hash === location.hash ? s : { hash: location.hash, route: parseHash(location.hash) }))
    addEventListener('hashchange', onChange)
    // The hash may have moved between the first render and this effect, with no listener yet to hear it.
    onChange()
    return () => removeEventListener('hashchange', onChange)
  }, [])
  return state.route
}
