import { prefetchJson, dropPrefetched } from './api.js'
import { preloadPage, type PageName } from './lazy-page.js'
import { parseHash, type Route } from './router.js'

/** What a route shows first: the page's code chunk and the API answers that page asks for as soon as it is drawn. */
export interface FirstLoads {
  readonly page: PageName | null
  readonly api: readonly string[]
}

const enc = encodeURIComponent

/**
 * The one table of route → first loads (issue 16: the data and the code of a
 * page load in parallel, not one after the other). Each path must be exactly
 * the one the page passes to useApi, or the page asks again and the early
 * request is wasted; test/e2e/page-load.test.ts counts the requests to hold
 * it. Pages whose address carries filters (changes, diplomacy) are fetched
 * early only in their default view: their query rules stay in the page.
 */
export function firstLoads(route: Route): FirstLoads {
  const [arg] = route.args
  const plain = route.query.toString() === ''
  switch (route.page) {
    case 'actor':
      if (arg) return { page: 'actor', api: [`/api/actors/${enc(arg)}`, `/api/targets?${new URLSearchParams({ actor: arg, evidence: '20', all: '1' })}`] }
      break
    case 'article':
      if (arg) return { page: 'article', api: [`/api/articles/${enc(arg)}`, `/api/articles/${enc(arg)}/check`] }
      break
    case 'diplomacy':
      return { page: 'diplomacy', api: plain ? [`/api/network?${new URLSearchParams({ types: 'meet,urge,demand,protest,sanction' })}`] : [] }
    case 'changes':
      return { page: 'changes', api: plain ? ['/api/change-log?limit=25&offset=0'] : [] }
    case 'assessment':
      return { page: 'assessment', api: ['/api/assessment'] }
    case 'search':
      return { page: 'search', api: [] }
    case 'overview':
      break
    default:
      return { page: null, api: [] }
  }
  // The overview, also where an actor or article route without an id lands (app.tsx).
  return { page: 'overview', api: ['/api/overview', '/api/overview/figures'] }
}

/** Starts the first loads of `hash`: its API answers, which the page's useApi then takes, and its code chunk. */
function startFirstLoads(hash: string): void {
  const loads = firstLoads(parseHash(hash))
  for (const path of loads.api) prefetchJson(path)
  if (loads.page) preloadPage(loads.page)
}

/**
 * Starts the current route's first loads now, before the app is drawn, and
 * again on each move to another page: the page's code and its data then
 * arrive together. An early answer the page did not take is dropped at the
 * next move, so it can never be shown stale later.
 */
export function prefetchRoutes(): void {
  let at = parseHash(location.hash)
  startFirstLoads(location.hash)
  addEventListener('hashchange', () => {
    const next = parseHash(location.hash)
    const moved = next.page !== at.page || next.args.join('/') !== at.args.join('/')
    at = next
    dropPrefetched()
    // A new query on the same page leaves its component mounted: it fetches what it needs itself.
    if (moved) startFirstLoads(location.hash)
  })
}
