import { baseText, dateText, kindLabel, stateNote, valueWithUnit } from '../format.js'
import { href } from '../router.js'
import { safeHttpUrl } from '../safe-url.js'
import type { ChangeLogPage, ChangeLogRow } from '../types.js'

/** What a change line says, as the change log and the overview's last change both carry it. */
interface ChangeLike {
  readonly kind: string
  readonly change: string
  readonly old_value: number | null
  readonly old_value_max: number | null
  readonly new_value: number | null
  readonly new_value_max: number | null
  readonly unit: string | null
  readonly old_year?: number | null
  readonly base_year?: number | null
}

/** "26% → 40–45% below 2013 levels", "new: 46%", "moved from 2050", each value with its unit. */
export function changeSummary(c: ChangeLike): string {
  const before = valueWithUnit(c.kind, c.old_value, c.old_value_max, c.unit)
  const after = valueWithUnit(c.kind, c.new_value, c.new_value_max, c.unit)
  const base = after && c.base_year ? ` ${baseText(c.kind, c.base_year)}` : ''
  if (c.change === 'new') return `new${after ? `: ${after}${base}` : ''}`
  if (c.change === 'changed') return `${before || '?'} → ${after || '?'}${base}`
  if (c.change === 'moved' && c.old_year) return `moved from ${c.old_year}${after ? `, ${after}${base}` : ''}`
  return `${c.change}${after ? `: ${after}${base}` : ''}`
}

/** One page of the change log: a compact row per change, the sentence behind it, and paging. */
export function ChangeLog({ page, onPage }: { page: ChangeLogPage; onPage: (offset: number) => void }) {
  const { total, offset, limit, rows } = page
  const pages = Math.max(1, Math.ceil(total / limit))
  const current = Math.floor(offset / limit) + 1
  return (
    <>
      <p class="muted" role="status" aria-live="polite">
        {total ? `${offset + 1}–${Math.min(total, offset + rows.length)} of ${total} changes` : 'No change matches these filters.'}
      </p>
      <ol class="plain changes">
        {rows.map((c) => {
          const url = safeHttpUrl(c.url)
          const state = stateNote(c.state)
          return (
            <li class="change" data-change={c.id}>
              <span class="nowrap date">{dateText(c.reported)}</span>
              <span class="what">
                <a href={href('actor', c.actor)}>{c.actor}</a> {kindLabel(c.kind)}{c.year ? ` ${c.year}` : ''}: <strong>{changeSummary(c)}</strong>
                {state ? <span class={`state state-${state}`}> now {state}</span> : null}
              </span>
              <span class="why">
                {c.evidence ? <q>{c.evidence}</q> : <span class="muted">no sentence: the register derived this line</span>}{' '}
                <span class="source">{c.outlet ?? (c.article_id != null ? 'unknown outlet' : '')}</span>{' '}
                {c.article_id != null ? <a href={`${href('article', c.article_id)}?span=${c.ev_start}-${c.ev_end}`}>article</a> : null}
                {url ? <> · <a href={url} rel="noopener noreferrer nofollow" target="_blank">original</a></> : null}
              </span>
            </li>
          )
        })}
      </ol>
      {pages > 1 ? (
        <nav class="pager" aria-label="Pages of the change log">
          <button type="button" disabled={current <= 1} onClick={() => onPage(offset - limit)}>
            ← Newer
          </button>
          <span>
            Page {current} of {pages}
          </span>
          <button type="button" disabled={current >= pages} onClick={() => onPage(offset + limit)}>
            Older →
          </button>
        </nav>
      ) : null}
    </>
  )
}
