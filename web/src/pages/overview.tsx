import { useMemo, useState } from 'preact/hooks'
import { useApi } from '../api.js'
import { Await } from '../components/status.js'
import { WorldMap } from '../components/world-map.js'
import { claimLabel, dateText, valueRange } from '../format.js'
import { href } from '../router.js'
import type { OverviewRow } from '../types.js'

type SortKey = 'name' | 'net_zero' | 'target_2030' | 'peak' | 'status' | 'last_change' | 'sources'

const STATUS_RANK: Record<string, number> = { law: 0, policy: 1, pledged: 2, proposed: 3, considering: 4 }

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(r: OverviewRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name': return r.name.toLowerCase()
    case 'net_zero': return r.net_zero?.year ?? null
    case 'target_2030': return r.target_2030?.value ?? null
    case 'peak': return r.peak?.year ?? null
    case 'status': return r.status ? (STATUS_RANK[r.status] ?? 9) : null
    case 'last_change': return r.last_change?.reported ?? null
    case 'sources': return r.sources
  }
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Actor' },
  { key: 'net_zero', label: 'Net zero' },
  { key: 'target_2030', label: '2030 target' },
  { key: 'peak', label: 'Peak' },
  { key: 'status', label: 'Status' },
  { key: 'last_change', label: 'Last change' },
  { key: 'sources', label: 'Sources' },
]

function changeText(c: NonNullable<OverviewRow['last_change']>): string {
  const what = claimLabel({ kind: c.kind, year: c.year, value: null, value_max: null, base_year: null })
  return c.change === 'new' ? `${what}: new${c.new_value != null ? ` (${c.new_value})` : ''}` : `${what}: ${valueRange(c.old_value)} → ${valueRange(c.new_value)}`
}

/** The overview: one row per actor (the Net Zero Tracker's table), a search, filters, and the map. */
export function OverviewPage() {
  const result = useApi<OverviewRow[]>('/api/overview')
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Overview</h1>
      <Await result={result} what="the register">
        {(rows) => <OverviewTable rows={rows} />}
      </Await>
    </section>
  )
}

function OverviewTable({ rows }: { rows: OverviewRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'name', asc: true })
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState('')
  const [netZeroOnly, setNetZeroOnly] = useState(false)
  const statuses = useMemo(() => [...new Set(rows.map((r) => r.status).filter((s): s is string => !!s))].sort(), [rows])
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase()
    const filtered = rows.filter(
      (r) => (!q || r.name.toLowerCase().includes(q) || r.actor.toLowerCase().includes(q)) && (!status || r.status === status) && (!netZeroOnly || r.net_zero?.year),
    )
    return filtered.sort((a, b) => {
      const [x, y] = [sortValue(a, sort.key), sortValue(b, sort.key)]
      if (x === y) return a.name.localeCompare(b.name)
      if (x === null) return 1
      if (y === null) return -1
      return (x < y ? -1 : 1) * (sort.asc ? 1 : -1)
    })
  }, [rows, sort, search, status, netZeroOnly])
  const toggle = (key: SortKey) => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))
  return (
    <>
      <WorldMap rows={rows} />
      <form class="filters" role="search" aria-label="Filter actors" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} placeholder="Japan, JPN…" />
        </label>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">any</option>
            {statuses.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={netZeroOnly} onChange={(e) => setNetZeroOnly(e.currentTarget.checked)} /> with a net-zero year
        </label>
      </form>
      <p class="muted" role="status" aria-live="polite">
        {shown.length} of {rows.length} actors
      </p>
      <div class="table-wrap">
        <table class="overview">
          <caption class="sr-only">Actors and their headline climate targets; column headers sort the table</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th scope="col" aria-sort={sort.key === c.key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" class="sort" data-sort={c.key} onClick={() => toggle(c.key)}>
                    {c.label} <span aria-hidden="true">{sort.key === c.key ? (sort.asc ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr data-actor={r.actor}>
                <th scope="row">
                  <a href={href('actor', r.actor)}>{r.name}</a> <span class="muted">{r.actor}</span>
                </th>
                <td data-col="net_zero">{r.net_zero?.year ?? ''}</td>
                <td data-col="target_2030">
                  {r.target_2030 && r.target_2030.value != null ? `${valueRange(r.target_2030.value, r.target_2030.value_max)}%${r.target_2030.base_year ? ` vs ${r.target_2030.base_year}` : ''}` : ''}
                </td>
                <td data-col="peak">{r.peak?.year ?? ''}</td>
                <td data-col="status">{r.status ?? ''}</td>
                <td data-col="last_change">{r.last_change ? <><span class="nowrap">{dateText(r.last_change.reported)}</span> {changeText(r.last_change)}</> : ''}</td>
                <td data-col="sources" class="num">{r.sources}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
