import { useApi } from '../api.js'
import { Await } from '../components/status.js'
import { dateText, kindLabel, valueRange } from '../format.js'
import { href } from '../router.js'
import { safeHttpUrl } from '../safe-url.js'
import type { ChangeRow, ConflictRow } from '../types.js'

/** The change log (claims that appeared and values that changed, newest report first), then sources that disagree. */
export function ChangesPage() {
  const result = useApi<ChangeRow[]>('/api/changes?limit=200')
  const conflicts = useApi<ConflictRow[]>('/api/conflicts')
  return (
    <section aria-labelledby="changes-title">
      <h1 id="changes-title">Latest changes</h1>
      <p>
        <a href="#conflicts" onClick={(e) => { e.preventDefault(); document.getElementById('conflicts')?.scrollIntoView() }}>Conflicts between sources</a> are listed after the change log.
      </p>
      <Await result={result} what="the change log">
        {(rows) =>
          rows.length ? (
            <ol class="plain changes">
              {rows.map((c) => {
                const url = safeHttpUrl(c.url)
                return (
                  <li class="card change" data-change={c.id}>
                    <p>
                      <span class="nowrap">{dateText(c.reported)}</span> <a href={href('actor', c.actor)}>{c.actor}</a> {kindLabel(c.kind)} {c.year ?? ''}:{' '}
                      {c.change === 'new' ? (
                        <strong>new{c.new_value != null ? ` ${valueRange(c.new_value, c.new_value_max)}` : ''}</strong>
                      ) : (
                        <strong>
                          {valueRange(c.old_value, c.old_value_max) || '?'} → {valueRange(c.new_value, c.new_value_max) || '?'}
                        </strong>
                      )}
                    </p>
                    <p>
                      <q>{c.evidence}</q> — <span class="source">{c.outlet ?? 'unknown outlet'}</span>
                      {url ? <> (<a href={url} rel="noopener noreferrer nofollow" target="_blank">original</a>)</> : null}
                    </p>
                  </li>
                )
              })}
            </ol>
          ) : (
            <p class="muted">No changes yet.</p>
          )
        }
      </Await>
      <h2 id="conflicts" tabIndex={-1}>Conflicts</h2>
      <Await result={conflicts} what="the conflicts">
        {(rows) =>
          rows.length ? (
            <ul class="plain">
              {rows.slice(0, 100).map((k) => (
                <li class="card conflict">
                  <a href={href('actor', k.actor)}>{k.actor}</a> {kindLabel(k.kind)} {k.year ?? ''}:{' '}
                  {[k.a, k.b].map((s, i) => (
                    <span>
                      {i ? ' vs ' : ''}
                      <strong>{valueRange(s.value, s.value_max) || '?'}</strong> ({s.outlet ?? 'unknown outlet'}, {dateText(s.reported)}: <q>{s.sentence}</q>)
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No two independent sources disagree within a week.</p>
          )
        }
      </Await>
    </section>
  )
}
