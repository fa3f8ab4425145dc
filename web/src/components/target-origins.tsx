import { dateText } from '../format.js'
import { href } from '../router.js'
import type { LinkedAssessment, LinkedTarget } from '../types.js'
import { ScrollBox } from './scroll-box.js'

/** Where one target came from: a register article (linked) or the reference list with its source. */
function Origin({ t }: { t: LinkedTarget }) {
  if (t.origin === 'register') {
    return (
      <span class="origin origin-register">
        <span class="badge">news</span>{' '}
        {t.link ? (
          <a href={href('article', t.link.article_id)}>
            {t.link.outlet ?? 'article'}, {dateText(t.link.date)}
          </a>
        ) : (
          (t.source ?? 'the register')
        )}
      </span>
    )
  }
  return (
    <span class="origin origin-reference">
      <span class="badge">reference</span> {t.source ?? 'our reference list'}
    </span>
  )
}

/**
 * The targets the pathways use, actor by actor, each with where it came from
 * (issue 16, item 5): a register claim links to the article it was last
 * reported in; a reference target names the document it was written from.
 * Read from the scenario that uses the most targets.
 */
export function TargetOrigins({ a }: { a: LinkedAssessment }) {
  const scenario = a.scenarios.find((s) => s.name === 'all_targets')?.name ?? a.scenarios.at(-1)?.name
  const rows = a.actors
    .map((act) => ({ act, used: act.scenarios.find((s) => s.scenario === scenario)?.targets_used ?? [] }))
    .filter((r) => r.used.length)
  const fromNews = rows.reduce((n, r) => n + r.used.filter((t) => t.origin === 'register').length, 0)
  const total = rows.reduce((n, r) => n + r.used.length, 0)
  return (
    <>
      <p>
        {fromNews} of {total} targets come from the register's news; the rest from our reference list of national targets (NDCs, strategies and laws).
      </p>
      <ScrollBox label="Where each target comes from">
        <table class="origins stack">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Target as the pathway reads it</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap(({ act, used }) =>
              used.map((t, i) => (
                <tr data-actor={act.actor} data-origin={t.origin}>
                  {i === 0 ? (
                    <th scope="row" rowSpan={used.length}>
                      {act.name}
                    </th>
                  ) : null}
                  <td data-label="Target">{t.reading}</td>
                  <td data-label="From">
                    <Origin t={t} />
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </ScrollBox>
    </>
  )
}
