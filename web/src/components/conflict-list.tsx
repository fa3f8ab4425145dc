import { useApi } from '../api.js'
import { dateText, kindLabel, valueWithUnit } from '../format.js'
import { href } from '../router.js'
import type { ConflictRow } from '../types.js'
import { Await } from './status.js'

const SHOWN = 100

/** Pairs of independent sources that disagree about one claim in the same week, newest first. */
export function ConflictList({ actor }: { actor: string }) {
  const result = useApi<ConflictRow[]>(`/api/conflicts${actor ? `?actor=${encodeURIComponent(actor)}` : ''}`)
  return (
    <Await result={result} what="the conflicts">
      {(rows) =>
        rows.length ? (
          <>
            <p class="muted">{rows.length > SHOWN ? `The newest ${SHOWN} of ${rows.length} conflicts.` : `${rows.length} conflict${rows.length === 1 ? '' : 's'}.`}</p>
            <ul class="plain">
              {rows.slice(0, SHOWN).map((k) => (
                <li class="card conflict">
                  <a href={href('actor', k.actor)}>{k.actor}</a> {kindLabel(k.kind)}{k.year ? ` ${k.year}` : ''}:{' '}
                  {[k.a, k.b].map((s, i) => (
                    <span>
                      {i ? ' vs ' : ''}
                      <strong>{valueWithUnit(k.kind, s.value, s.value_max, (k as { unit?: unknown }).unit) || '?'}</strong> ({s.outlet ?? 'unknown outlet'}, {dateText(s.reported)}: <q>{s.sentence}</q>)
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="muted">No two independent sources disagree within a week{actor ? ` about ${actor}` : ''}.</p>
        )
      }
    </Await>
  )
}
