import * as Plot from '@observablehq/plot'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import isoNumeric from 'virtual:iso-numeric'
import world from 'world-atlas/countries-110m.json'
import { mapFill, NET_ZERO_BANDS, NO_TARGET_COLOUR, bandOf, type MapFill } from '../map-colours.js'
import type { OverviewRow } from '../types.js'
import { hatchPattern, HatchSwatch } from './hatch.js'
import { PlotFigure } from './plot-figure.js'

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
const countries = feature(topology, topology.objects.countries).features
const HATCH_ID = 'pw-map-eu-hatch'

/** "France: under the EU's net zero by 2050 (EU member, no target of its own in the register)". */
function describe(name: string, f: MapFill): string {
  if (f.kind === 'own') return `${name}: net zero by ${f.year}`
  if (f.kind === 'eu') return `${name}: under the EU's net zero by ${f.year} (EU member, no target of its own in the register)`
  return `${name}: no net-zero target in the register`
}

/**
 * A world map coloured by net-zero year in fixed bands, with a legend that
 * names every band, EU members under the EU's target (hatched) and no
 * target (grey). Actor ids are ISO3; the atlas uses ISO numeric ids, joined
 * through world-countries. Each country's path carries `data-iso3` and
 * `data-fill` (own, eu, none) for the browser tests.
 */
export function WorldMap({ rows }: { rows: readonly OverviewRow[] }) {
  const years = new Map(rows.filter((r) => r.net_zero?.year).map((r) => [r.actor, r.net_zero!.year!]))
  const named = new Map(rows.map((r) => [r.actor, r.name]))
  const iso3 = (f: (typeof countries)[number]) => isoNumeric[String(f.id)]
  const fills = countries.map((f) => mapFill(iso3(f), years))
  const counts = new Map<string, number>()
  for (const f of fills) if (f.kind === 'own') counts.set(bandOf(f.year).label, (counts.get(bandOf(f.year).label) ?? 0) + 1)
  const members = fills.filter((f) => f.kind === 'eu').length
  const eu = fills.find((f) => f.kind === 'eu')
  const covered = fills.filter((f) => f.kind !== 'none').length
  return (
    <figure class="map">
      <PlotFigure
        label={`World map of net-zero years: ${covered} countries shown with a target${members ? `, ${members} of them EU members under the EU's` : ''}. The table below lists every actor.`}
        deps={[rows]}
        render={(width) =>
          Plot.plot({
            projection: 'equal-earth',
            width: Math.min(width, 960),
            height: Math.round(Math.min(width, 960) * 0.49),
            color: { type: 'identity' },
            marks: [
              // The hatch the EU members' fills point at, in the EU band's colour.
              () => {
                const g = document.createElementNS('http://www.w3.org/2000/svg', 'defs')
                g.append(hatchPattern(HATCH_ID, eu?.colour ?? NO_TARGET_COLOUR))
                return g
              },
              Plot.geo(countries, {
                fill: (_f, i) => (fills[i!].kind === 'eu' ? `url(#${HATCH_ID})` : fills[i!].colour),
                stroke: (_f, i) => (fills[i!].kind === 'eu' ? fills[i!].colour : 'white'),
                strokeWidth: 0.6,
                title: (f, i) => describe(named.get(iso3(f)) ?? f.properties?.name ?? iso3(f) ?? 'unknown', fills[i!]),
                render: (index, scales, values, dimensions, context, next) => {
                  const g = next!(index, scales, values, dimensions, context)!
                  const paths = g.querySelectorAll('path')
                  index.forEach((i, k) => {
                    paths[k]?.setAttribute('data-iso3', iso3(countries[i]) ?? '')
                    paths[k]?.setAttribute('data-fill', fills[i].kind)
                  })
                  return g
                },
              }),
              Plot.sphere({ stroke: '#999' }),
            ],
          })
        }
      />
      <figcaption>
        <ul class="legend" aria-label="Map legend: net-zero year">
          {NET_ZERO_BANDS.map((b) => (
            <li>
              <span class="swatch" style={{ background: b.colour }} aria-hidden="true" /> {b.label}
              <span class="muted"> ({counts.get(b.label) ?? 0})</span>
            </li>
          ))}
          <li data-legend="eu">
            <HatchSwatch id="pw-legend-eu-hatch" colour={eu?.colour ?? NO_TARGET_COLOUR} /> EU member under the EU's target
            <span class="muted"> ({members})</span>
          </li>
          <li>
            <span class="swatch" style={{ background: NO_TARGET_COLOUR }} aria-hidden="true" /> no net-zero target in the register
          </li>
        </ul>
      </figcaption>
    </figure>
  )
}
