import { useApi } from '../api.js'
import { EmptyRegister } from '../components/empty-register.js'
import { HeadlineFigures } from '../components/headline-figures.js'
import { OverviewTable } from '../components/overview-table.js'
import { Await } from '../components/status.js'
import { WorldMap } from '../components/world-map.js'
import type { OverviewFigures, OverviewRow } from '../types.js'

/**
 * The overview, as a tracker opens: headline figures, the map with its
 * legend, then one row per actor with filters kept in the address. An empty
 * register says how to fill it instead.
 */
export function OverviewPage({ query }: { query: URLSearchParams }) {
  const rows = useApi<OverviewRow[]>('/api/overview')
  const figures = useApi<OverviewFigures>('/api/overview/figures')
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">Climate targets in the news</h1>
      <Await result={rows} what="the register">
        {(list) =>
          list.length ? (
            <>
              <Await result={figures} what="the headline figures">
                {(f) => <HeadlineFigures f={f} />}
              </Await>
              <WorldMap rows={list} />
              <OverviewTable rows={list} query={query} />
            </>
          ) : (
            <EmptyRegister />
          )
        }
      </Await>
    </section>
  )
}
