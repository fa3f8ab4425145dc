import { useEffect, useRef, useState } from 'preact/hooks'

/**
 * Filters kept in the page's address (`#/changes?actor=JPN&page=2`), so a
 * reload or a shared link shows the same view (issue 16, item 1). Values equal
 * to their default are left out of the address. Writing uses replaceState: a
 * filter change is not a new history entry, and fires no hashchange.
 * A change of the address from outside (a link, Back) is read again.
 * @example const [f, set] = useUrlState('overview', route.query, { q: '', status: '' })
 */
export function useUrlState<K extends string>(page: string, query: URLSearchParams, defaults: Readonly<Record<K, string>>): [Readonly<Record<K, string>>, (patch: Partial<Record<K, string>>) => void] {
  const read = (q: URLSearchParams) => Object.fromEntries(Object.entries(defaults).map(([k, d]) => [k, q.get(k) ?? d])) as Record<K, string>
  const [state, setState] = useState(() => read(query))
  const written = useRef(query.toString())
  const outside = query.toString()
  useEffect(() => {
    if (outside !== written.current) {
      written.current = outside
      setState(read(new URLSearchParams(outside)))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outside])
  const update = (patch: Partial<Record<K, string>>) => {
    setState((s) => {
      const next = { ...s, ...patch }
      const q = new URLSearchParams()
      for (const [k, v] of Object.entries(next) as Array<[K, string]>) if (v !== defaults[k]) q.set(k, v)
      written.current = q.toString()
      history.replaceState(null, '', `#/${page}${written.current ? `?${written.current}` : ''}`)
      return next
    })
  }
  return [state, update]
}
