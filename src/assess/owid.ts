import { z } from 'zod'
import { ACTORS } from './data/emissions.js'
import { builtInDataset, type ActorSeries, type Dataset, type Series } from './dataset.js'
import { parseCsv } from './csv.js'

/**
 * Our World in Data's CO2 and greenhouse gas dataset, at the download address
 * its README (github.com/owid/co2-data) gives: fossil CO2 and land use from
 * GCB; total GHG from Jones et al. (CO2, CH4, N2O over 100 years, no F-gases,
 * so its non-CO2 is some 1.5 Gt a year below EDGAR's); GDP from the Maddison
 * Project (2011 international $; intensity targets use its ratios only).
 */
export const OWID_CO2_URL = 'https://nyc3.digitaloceanspaces.com/owid-public/data/co2/owid-co2-data.csv'

/** Columns we read; `co2` and `total_ghg_excluding_lucf` in Mt, `land_use_change_co2` in Mt. */
const REQUIRED = ['country', 'year', 'iso_code', 'co2'] as const
const OPTIONAL = ['total_ghg_excluding_lucf', 'land_use_change_co2', 'gdp'] as const
const EU_NAME = 'European Union (27)'
/** Fewer named actors than this with fossil CO2 in the latest year is not the dataset we expect. */
const MIN_ACTORS = 30

const num = z.union([z.literal(''), z.coerce.number().finite()]).transform((v) => (v === '' ? null : v))
const RowSchema = z.object({
  country: z.string().min(1),
  year: z.coerce.number().int().min(1750).max(2200),
  iso_code: z.string(),
  co2: num,
  total_ghg_excluding_lucf: num.optional(),
  land_use_change_co2: num.optional(),
  gdp: num.optional(),
})
type Row = z.infer<typeof RowSchema>

/** An OWID file we refuse, with the reason in words. */
export class DatasetError extends Error {
  readonly code = 'E_DATASET'
}

/**
 * Reads an OWID co2-data CSV into a Dataset, or throws a DatasetError naming
 * what is wrong. Steps: 1. the header has the columns we need; 2. every row
 * passes RowSchema; 3. the world and at least 30 of our actors have fossil CO2
 * in the latest year, the world's within 10–100 GtCO2; 4. each actor's series
 * from 1990; non-CO2 is total GHG excluding land use minus fossil CO2, and the
 * built-in figures stand in where the file has no GHG (or no land use, GDP).
 */
export function parseOwidCsv(text: string, label = 'Our World in Data co2-data'): Dataset {
  let rows: string[][]
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new DatasetError(`not CSV: ${(e as Error).message}`)
  }
  // 1.
  const header = rows[0] ?? []
  const missing = REQUIRED.filter((c) => !header.includes(c))
  if (missing.length) throw new DatasetError(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (is this the OWID co2-data CSV?)`)
  const cols = [...REQUIRED, ...OPTIONAL].filter((c) => header.includes(c))
  const at = Object.fromEntries(cols.map((c) => [c, header.indexOf(c)]))
  // 2.
  const parsed: Row[] = []
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].length !== header.length) throw new DatasetError(`line ${i + 1}: ${rows[i].length} fields, the header has ${header.length}`)
    const r = RowSchema.safeParse(Object.fromEntries(cols.map((c) => [c, rows[i][at[c]]])))
    if (!r.success) throw new DatasetError(`line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
    parsed.push(r.data)
  }
  const byKey = new Map<string, Row[]>()
  for (const r of parsed) {
    const key = r.country === 'World' ? 'WORLD' : r.country === EU_NAME ? 'EU' : r.iso_code
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), r])
  }
  // 3.
  const world = byKey.get('WORLD')?.filter((r) => r.co2 != null) ?? []
  if (!world.length) throw new DatasetError('no World row with fossil CO2')
  const latest = Math.max(...world.map((r) => r.year))
  const worldLatest = world.find((r) => r.year === latest)!.co2!
  if (worldLatest < 10000 || worldLatest > 100000) throw new DatasetError(`World fossil CO2 in ${latest} is ${worldLatest} Mt, outside 10,000–100,000 (wrong units?)`)
  const found = ACTORS.filter((a) => byKey.get(a.actor)?.some((r) => r.year === latest && r.co2 != null))
  if (found.length < MIN_ACTORS) throw new DatasetError(`only ${found.length} of our ${ACTORS.length} actors have fossil CO2 in ${latest} (at least ${MIN_ACTORS} needed)`)
  // 4.
  const builtIn = builtInDataset()
  const series = (rs: Row[], f: (r: Row) => number | null | undefined): Record<number, number> => Object.fromEntries(rs.filter((r) => r.year >= 1990 && f(r) != null).map((r) => [r.year, f(r)!]))
  const toActor = (base: ActorSeries): ActorSeries => {
    const rs = byKey.get(base.actor) ?? []
    const co2 = series(rs, (r) => r.co2)
    const nonCo2 = series(rs, (r) => (r.total_ghg_excluding_lucf != null && r.co2 != null ? r.total_ghg_excluding_lucf - r.co2 : null))
    const gdp = series(rs, (r) => r.gdp)
    const withData = (s: Series, fallback?: Series) => (Object.keys(s).length ? s : fallback)
    return { actor: base.actor, name: base.name, co2, nonCo2: withData(nonCo2, base.nonCo2)!, ...(base.gdp ? { gdp: Object.keys(gdp).length >= 2 && gdp[2005] != null ? gdp : base.gdp } : {}) }
  }
  const landUse = Object.fromEntries(Object.entries(series(byKey.get('WORLD')!, (r) => r.land_use_change_co2)).map(([y, v]) => [y, v / 1000]))
  return {
    source: `${label}, fossil CO2 to ${latest}`,
    latestYear: latest,
    actors: found.map((a) => toActor(a)),
    world: toActor(builtIn.world),
    landUse: Object.keys(landUse).length ? landUse : builtIn.landUse,
  }
}
