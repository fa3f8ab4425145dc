import { ACTORS, WORLD } from '../data/emissions.js'
import { valueAt } from '../dataset.js'

const ISO: Record<string, string> = { EU: '' }
const NAME: Record<string, string> = { EU: 'European Union (27)', WORLD: 'World' }

/**
 * A small CSV in the shape of Our World in Data's co2-data (the columns we
 * read, plus one we ignore), written from the built-in table for 2013..`last`
 * with later years grown by `growth`; for the tests of `data update`.
 */
export function owidCsv(opts: { last?: number; growth?: number; actors?: number } = {}): string {
  const last = opts.last ?? 2024
  const rows = ['country,year,iso_code,population,gdp,co2,total_ghg_excluding_lucf,land_use_change_co2']
  for (const a of [...ACTORS.slice(0, opts.actors ?? ACTORS.length), WORLD]) {
    for (let y = 2005; y <= last; y++) {
      const f = y > 2023 ? (opts.growth ?? 1.01) ** (y - 2023) : 1
      const co2 = valueAt(a.co2, y) * f
      const ghg = co2 + valueAt(a.nonCo2, y) * f
      const gdp = a.gdp ? (valueAt(a.gdp, y) * 1e9).toFixed(0) : ''
      const name = NAME[a.actor] ?? a.name
      rows.push([name.includes(',') ? `"${name}"` : name, y, a.actor === 'WORLD' ? 'OWID_WRL' : (ISO[a.actor] ?? a.actor), '', gdp, co2.toFixed(3), ghg.toFixed(3), a.actor === 'WORLD' ? '4100.5' : ''].join(','))
    }
  }
  return rows.join('\n') + '\n'
}
