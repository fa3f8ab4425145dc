import { num } from '../format.js'
import type { LinkedAssessment } from '../types.js'
import { ScrollBox } from './scroll-box.js'

/** A share as people read it: "<0.1%" rather than "0.0%", never "-0". */
export function shareText(p: number): string {
  if (p > 0 && p < 0.05) return '<0.1%'
  return `${(Math.round(p * 10) / 10).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`
}

/**
 * Each actor's share of global fossil CO₂ 2020–2100 per scenario, with its
 * cumulative emissions under it. Headers wrap and the table scrolls inside its
 * own box, so it fits any window (issue 16, item 5).
 */
export function ContributionsTable({ a }: { a: LinkedAssessment }) {
  return (
    <ScrollBox label="Actors' contributions">
      <table class="contributions">
        <caption class="sr-only">Each actor's share of global fossil CO₂ 2020–2100 per scenario, with cumulative emissions in Gt</caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col" class="num">GHG {a.data.latest_year}</th>
            {a.scenarios.map((s) => <th scope="col" class="num">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {[...a.actors]
            .sort((x, y) => y.latest_ghg_mt - x.latest_ghg_mt)
            .map((act) => (
              <tr data-actor={act.actor}>
                <th scope="row">
                  {act.name} <span class="muted">{act.actor}</span>
                </th>
                <td class="num">{num(Math.round(act.latest_ghg_mt))} Mt</td>
                {a.scenarios.map((s) => {
                  const x = act.scenarios.find((y) => y.scenario === s.name)
                  return (
                    <td class="num" title={x?.targets_used.map((t) => t.reading).join('; ')}>
                      {x ? (
                        <>
                          {shareText(x.share_percent)}
                          <br />
                          <span class="muted">
                            {num(Math.round(x.cumulative_co2_gt))} Gt, {x.rule}
                          </span>
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollBox>
  )
}
