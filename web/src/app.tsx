import { useEffect, useRef } from 'preact/hooks'
import { LazyPage } from './lazy-page.js'
import { href, useRoute, type Route } from './router.js'

const NAV = [
  { page: 'overview', label: 'Overview' },
  { page: 'diplomacy', label: 'Diplomacy' },
  { page: 'changes', label: 'Changes' },
  { page: 'assessment', label: 'Assessment' },
  { page: 'search', label: 'Search' },
]

function Page({ route }: { route: Route }) {
  const [arg] = route.args
  switch (route.page) {
    case 'overview': return <LazyPage name="overview" props={{ query: route.query }} />
    case 'actor': return arg ? <LazyPage name="actor" props={{ id: arg }} /> : <LazyPage name="overview" props={{ query: route.query }} />
    case 'article': return arg ? <LazyPage name="article" props={{ id: arg, query: route.query }} /> : <LazyPage name="overview" props={{ query: route.query }} />
    case 'diplomacy': return <LazyPage name="diplomacy" props={{ query: route.query }} />
    case 'changes': return <LazyPage name="changes" props={{ query: route.query }} />
    case 'assessment': return <LazyPage name="assessment" props={{}} />
    case 'search': return <LazyPage name="search" props={{ query: route.query }} />
    default: return <p role="alert">No page "{route.page}". <a href={href('overview')}>Go to the overview.</a></p>
  }
}

/** The dashboard shell: skip link, navigation, and the page for the current hash route. */
export function App() {
  const route = useRoute()
  const main = useRef<HTMLElement>(null)
  // A new page moves focus to its content, as a page load would, so screen readers announce it.
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    main.current?.focus()
    scrollTo(0, 0)
  }, [route.page, route.args.join('/')])
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus() }}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('overview')}>Pledgewatch</a>
        <nav aria-label="Pages">
          <ul>
            {NAV.map((n) => (
              <li>
                <a href={href(n.page)} aria-current={route.page === n.page ? 'page' : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="muted">Every fact links to the sentence it was read from. Data: the register this server holds.</footer>
    </>
  )
}
