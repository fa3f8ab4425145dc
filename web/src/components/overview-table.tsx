import { useMemo } from 'preact/hooks'
import { baseText, claimLabel, dateText, kindLabel, stateNote, valueWithUnit } from '../format.js'
import { changeSummary } from './change-log.js'
import { ReferenceMark } from './reference-mark.js'
import { ScrollBox } from './scroll-box.js'
import { href } from '../router.js'
import type { OverviewRow } from '../types.js'
import { useUrlState } from '../url-state.js'

type SortKey = 'name' | 'net_zero' | 'target_2030' | 'peak' | 'status' | 'last_change' | 'sources'
type Cell = OverviewRow['net_zero']

const STATUS_RANK: Record<string, number> = { law: 0, policy: 1, pledged: 2, proposed: 3, considering: 4 }

/** The value a column sorts by; null sorts last whichever the direction. */
function sortValue(r: OverviewRow, key: SortKey): string | number | null {
  switch (key) {
    case 'name': return r.name.toLowerCase()
    case 'net_zero': return r.net_zero?.year ?? null
    // Percentages sort among themselves; a cut in tonnes (no share) sorts with the empty cells.
    case 'target_2030': return r.target_2030?.unit === 'MtCO2e' ? null : (r.target_2030?.value ?? null)
    case 'peak': return r.peak?.year ?? null
    case 'status': return r.status ? (STATUS_RANK[r.status] ?? 9) : null
    case 'last_change': return r.last_change?.reported ?? null
    case 'sources': return r.sources
  }
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Actor' },
  { key: 'net_zero', label: 'Net zero by' },
  { key: 'target_2030', label: '2030 cut' },
  { key: 'peak', label: 'Peak by' },
  { key: 'status', label: 'Status' },
  { key: 'last_change', label: 'Last change' },
  { key: 'sources', label: 'Sources' },
]
const LABEL = Object.fromEntries(COLUMNS.map((c) => [c.key, c.label]))

/** "Emissions cut 2030: 26% → 40–45%", "Net zero 2050: new", each value with its unit. */
export const changeText = (c: NonNullable<OverviewRow['last_change']>): string => `${kindLabel(c.kind)}${c.year ? ` ${c.year}` : ''}: ${changeSummary(c)}`

/** A cell's state when it is not current, as a badge beside its value. */
function StateBadge({ cell }: { cell: Cell }) {
  const note = stateNote(cell?.state)
  return note ? <span class={`state state-${note}`}> {note}</span> : null
}

/** One row per actor (the Net Zero Tracker's table): sortable, searchable, filtered by status and state; the filters live in the address. */
export function OverviewTable({ rows, query }: { rows: OverviewRow[]; query: URLSearchParams }) {
  const [f, set] = useUrlState('', query, { q: '', status: '', state: '', nz: '', sort: 'name', dir: 'asc' })
  const sort = { key: (COLUMNS.some((c) => c.key === f.sort) ? f.sort : 'name') as SortKey, asc: f.dir !== 'desc' }
  const statuses = useMemo(() => [...new Set(rows.map((r) => r.status).filter((s): s is string => !!s))].sort(), [rows])
  const cellsOf = (r: OverviewRow) => [r.net_zero, r.target_2030, r.peak]
  // The state filter appears once some target is superseded or withdrawn (issue 14); before, every one is current.
  const states = useMemo(() => {
    const all = [...new Set(rows.flatMap((r) => cellsOf(r).map((c) => c?.state)).filter((s): s is string => !!s))].sort()
    return all.some((s) => s !== 'current') ? all : []
  }, [rows])
  const shown = useMemo(() => {
    const q = f.q.trim().toLowerCase()
    const filtered = rows.filter(
      (r) =>
        (!q || r.name.toLowerCase().includes(q) || r.actor.toLowerCase().includes(q)) &&
        (!f.status || r.status === f.status) &&
        (!f.state || cellsOf(r).some((c) => c?.state === f.state)) &&
        (!f.nz || r.net_zero?.year),
    )
    return filtered.sort((a, b) => {
      const [x, y] = [sortValue(a, sort.key), sortValue(b, sort.key)]
      if (x === y) return a.name.localeCompare(b.name)
      if (x === null) return 1
      if (y === null) return -1
      return (x < y ? -1 : 1) * (sort.asc ? 1 : -1)
    })
  }, [rows, f, sort.key, sort.asc])
  const toggle = (key: SortKey) => set({ sort: key, dir: sort.key === key && sort.asc ? 'desc' : 'asc' })
  return (
    <>
      <form class="filters" role="search" aria-label="Filter actors" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search <input type="search" value={f.q} onInput={(e) => set({ q: e.currentTarget.value })} placeholder="Japan, JPN…" />
        </label>
        <label>
          Status{' '}
          <select value={f.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">any</option>
            {statuses.map((s) => <option value={s}>{s}</option>)}
          </select>
        </label>
        {states.length ? (
          <label>
            State{' '}
            <select value={f.state} onChange={(e) => set({ state: e.currentTarget.value })}>
              <option value="">any</option>
              {states.map((s) => <option value={s}>{s}</option>)}
            </select>
          </label>
        ) : null}
        <label class="check">
          <input type="checkbox" checked={!!f.nz} onChange={(e) => set({ nz: e.currentTarget.checked ? '1' : '' })} /> with a net-zero year
        </label>
      </form>
      <p class="muted" role="status" aria-live="polite">
        {shown.length} of {rows.length} actors
      </p>
      <ScrollBox label="Actors and their targets">
        <table class="overview stack">
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
                <td data-col="net_zero" data-label={LABEL.net_zero}>
                  {r.net_zero?.year ?? ''}
                  <StateBadge cell={r.net_zero} />
                </td>
                <td data-col="target_2030" data-label={LABEL.target_2030}>
                  {r.target_2030 ? <TargetCell cell={r.target_2030} /> : ''}
                </td>
                <td data-col="peak" data-label={LABEL.peak}>
                  {r.peak?.year ?? ''}
                  <StateBadge cell={r.peak} />
                </td>
                <td data-col="status" data-label={LABEL.status}>
                  {r.status ?? ''}
                  {r.status && r.status_from === 'reference' ? <ReferenceMark what="Status" source={r.status_source} /> : null}
                </td>
                <td data-col="last_change" data-label={LABEL.last_change}>
                  {r.last_change ? <><span class="nowrap">{dateText(r.last_change.reported)}</span> {changeText(r.last_change)}</> : ''}
                </td>
                <td data-col="sources" data-label={LABEL.sources} class="num">{r.sources}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  )
}

/** "40–45% below 2013 levels", the value always with its unit; a base year the reference list gave is marked, as on the actor page. */
function TargetCell({ cell }: { cell: NonNullable<Cell> }) {
  const value = valueWithUnit('reduction', cell.value, cell.value_max, cell.unit)
  return (
    <span title={claimLabel({ kind: 'reduction', ...cell })}>
      {value || 'no value stated'}
      {cell.base_year ? ` ${baseText('reduction', cell.base_year)}` : ''}
      {cell.base_year && cell.base_year_from === 'reference' ? <ReferenceMark what="Base year" source={cell.base_year_source} /> : null}
      <StateBadge cell={cell} />
    </span>
  )
}
