import { useApi } from '../api.js'
import { ChangeLog } from '../components/change-log.js'
import { ConflictList } from '../components/conflict-list.js'
import { FeedLink } from '../components/feed-link.js'
import { Await } from '../components/status.js'
import { Tabs } from '../components/tabs.js'
import { kindLabel } from '../format.js'
import type { ChangeLogPage } from '../types.js'
import { useUrlState } from '../url-state.js'

const PAGE = 25
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The change log, filtered by actor, kind and dates and read a page at a time, and the conflicts between sources on a tab of their own (issue 16, item 4). */
export function ChangesPage({ query }: { query: URLSearchParams }) {
  const [f, set] = useUrlState('changes', query, { tab: 'log', actor: '', kind: '', since: '', until: '', offset: '0' })
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(Math.max(0, Number(f.offset) || 0)) })
  if (f.actor) params.set('actor', f.actor)
  if (f.kind) params.set('kind', f.kind)
  if (DATE.test(f.since)) params.set('since', f.since)
  if (DATE.test(f.until)) params.set('until', f.until)
  const result = useApi<ChangeLogPage>(`/api/change-log?${params}`)
  const facets = result.state === 'done' ? result.data : null
  // A new filter starts again at the first page.
  const filter = (patch: Partial<typeof f>) => set({ ...patch, offset: '0' })
  // The feed takes the same actor, kind and start date (it has no end: it is for what comes next).
  const feed = new URLSearchParams()
  for (const k of ['actor', 'kind', 'since'] as const) if (params.has(k)) feed.set(k, params.get(k)!)
  return (
    <section aria-labelledby="changes-title">
      <h1 id="changes-title">Changes</h1>
      <form class="filters" aria-label="Filter changes" onSubmit={(e) => e.preventDefault()}>
        <label>
          Actor{' '}
          <select value={f.actor} onChange={(e) => filter({ actor: e.currentTarget.value })}>
            <option value="">any</option>
            {(facets?.actors ?? (f.actor ? [f.actor] : [])).map((a) => <option value={a}>{a}</option>)}
          </select>
        </label>
        <label>
          Kind{' '}
          <select value={f.kind} onChange={(e) => filter({ kind: e.currentTarget.value })}>
            <option value="">any</option>
            {(facets?.kinds ?? (f.kind ? [f.kind] : [])).map((k) => <option value={k}>{kindLabel(k)}</option>)}
          </select>
        </label>
        <label>
          From <input type="date" value={f.since} onInput={(e) => filter({ since: e.currentTarget.value })} />
        </label>
        <label>
          to <input type="date" value={f.until} onInput={(e) => filter({ until: e.currentTarget.value })} />
        </label>
      </form>
      <FeedLink href={`/feeds/changes.atom${feed.size ? `?${feed}` : ''}`} title={f.actor || f.kind ? 'Follow these changes' : 'Follow every change'} />
      <Tabs
        label="Change log and conflicts"
        selected={f.tab === 'conflicts' ? 'conflicts' : 'log'}
        onSelect={(tab) => set({ tab })}
        tabs={[
          { id: 'log', label: `Change log${facets ? ` (${facets.total})` : ''}` },
          { id: 'conflicts', label: `Conflicts${facets ? ` (${facets.conflicts})` : ''}` },
        ]}
      >
        {f.tab === 'conflicts' ? (
          <ConflictList actor={f.actor} />
        ) : (
          <Await result={result} what="the change log">
            {(page) => <ChangeLog page={page} onPage={(offset) => set({ offset: String(offset) })} />}
          </Await>
        )}
      </Tabs>
    </section>
  )
}
