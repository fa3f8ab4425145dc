import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'

// Each page is its own chunk, fetched when first shown: the change log or the
// network never wait for the charting library and the world atlas, which only
// the overview, actor and assessment pages draw with (issue 16: pages in
// under 1.5 s on a busy machine).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Page = ComponentType<any>
const LOADERS = {
  overview: () => import('./pages/overview.js').then((m) => m.OverviewPage),
  actor: () => import('./pages/actor.js').then((m) => m.ActorPage),
  article: () => import('./pages/article.js').then((m) => m.ArticlePage),
  diplomacy: () => import('./pages/diplomacy.js').then((m) => m.DiplomacyPage),
  changes: () => import('./pages/changes.js').then((m) => m.ChangesPage),
  assessment: () => import('./pages/assessment.js').then((m) => m.AssessmentPage),
  search: () => import('./pages/search.js').then((m) => m.SearchPage),
} satisfies Record<string, () => Promise<Page>>
const loaded = new Map<string, Page>()
// Chunks asked for before their page is drawn (preloadPage), so LazyPage waits on the same download.
const started = new Map<string, Promise<Page>>()

/** A page with a chunk of its own. */
export type PageName = keyof typeof LOADERS

function loadPage(name: PageName): Promise<Page> {
  let page = started.get(name)
  if (!page) {
    page = LOADERS[name]()
    // A failed download may be tried again by the next LazyPage that shows this page.
    page.catch(() => started.delete(name))
    started.set(name, page)
  }
  return page
}

/** Starts downloading `name`'s code now (prefetch.ts: at start, with the page's data, instead of after the first draw). */
export function preloadPage(name: PageName): void {
  loadPage(name).catch(() => undefined)
}

/** The page called `name`, loaded on first use; `props` go to it as they are. */
export function LazyPage({ name, props }: { name: PageName; props: Record<string, unknown> }) {
  const [page, setPage] = useState<{ name: string; C: Page } | null>(() => (loaded.has(name) ? { name, C: loaded.get(name)! } : null))
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (loaded.has(name)) {
      setPage({ name, C: loaded.get(name)! })
      return
    }
    let live = true
    loadPage(name).then(
      (C) => {
        loaded.set(name, C)
        if (live) setPage({ name, C })
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [name])
  if (failed) return <p class="error" role="alert">Could not load this page's code; reload to try again.</p>
  if (!page || page.name !== name) return <p class="muted" role="status">Loading…</p>
  return <page.C {...props} />
}
