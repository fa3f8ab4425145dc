import { useEffect, useRef } from 'preact/hooks'
import { ActorPage } from './pages/actor.js'
import { ArticlePage } from './pages/article.js'
import { AssessmentPage } from './pages/assessment.js'
import { ChangesPage } from './pages/changes.js'
import { DiplomacyPage } from './pages/diplomacy.js'
import { OverviewPage } from './pages/overview.js'
import { SearchPage } from './pages/search.js'
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
    case 'overview': return <OverviewPage query={route.query} />
    case 'actor': return arg ? <ActorPage id={arg} /> : <OverviewPage query={route.query} />
    case 'article': return arg ? <ArticlePage id={arg} query={route.query} /> : <OverviewPage query={route.query} />
    case 'diplomacy': return <DiplomacyPage query={route.query} />
    case 'changes': return <ChangesPage query={route.query} />
    case 'assessment': return <AssessmentPage />
    case 'search': return <SearchPage query={route.query} />
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
