import * as Plot from '@observablehq/plot'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import isoNumeric from 'virtual:iso-numeric'
import world from 'world-atlas/countries-110m.json'
import type { OverviewRow } from '../types.js'
import { PlotFigure } from './plot-figure.js'

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
const countries = feature(topology, topology.objects.countries).features

/**
 * A world map coloured by net-zero year (earlier = darker). Countries the
 * register holds no net-zero year for are grey. Actor ids are ISO3; the atlas
 * uses ISO numeric ids, joined through world-countries.
 */
export function WorldMap({ rows }: { rows: readonly OverviewRow[] }) {
  const year = new Map(rows.filter((r) => r.net_zero?.year).map((r) => [r.actor, r.net_zero!.year!]))
  const named = new Map(rows.map((r) => [r.actor, r.name]))
  const iso3 = (f: (typeof countries)[number]) => isoNumeric[String(f.id)]
  const covered = rows.filter((r) => r.net_zero?.year).length
  return (
    <PlotFigure
      label={`World map of net-zero years: ${covered} actors have one. The table below lists them.`}
      deps={[rows]}
      render={() =>
        Plot.plot({
          projection: 'equal-earth',
          width: 960,
          height: 470,
          color: { type: 'linear', scheme: 'viridis', label: 'Net-zero year', legend: true, unknown: '#ddd', tickFormat: 'd' },
          marks: [
            Plot.geo(countries, {
              fill: (f) => year.get(iso3(f)) ?? null,
              stroke: 'white',
              strokeWidth: 0.4,
              title: (f) => {
                const id = iso3(f)
                const y = year.get(id)
                return `${named.get(id) ?? f.properties?.name ?? id}: ${y ? `net zero by ${y}` : 'no net-zero year in the register'}`
              },
            }),
            Plot.sphere({ stroke: '#999' }),
          ],
        })
      }
    />
  )
}
