import { dateText } from '../format.js'
import { href } from '../router.js'
import type { NetworkEdge } from '../types.js'
import { ScrollBox } from './scroll-box.js'

/** Every link of the network as a table, behind a disclosure. */
export function LinksTable({ edges, names }: { edges: NetworkEdge[]; names: Record<string, string> }) {
  return (
    <details>
      <summary>All links as a table</summary>
      <ScrollBox label="All links">
        <table>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Type</th>
              <th scope="col">To</th>
              <th scope="col">Times</th>
              <th scope="col">First</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr>
                <td><a href={href('actor', e.actor)} title={names[e.actor]}>{e.actor}</a></td>
                <td>{e.type}</td>
                <td><a href={href('actor', e.target)} title={names[e.target]}>{e.target}</a></td>
                <td class="num">{e.count}</td>
                <td class="nowrap">{dateText(e.first)}</td>
                <td class="nowrap">{dateText(e.last)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  )
}
