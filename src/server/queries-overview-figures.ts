import { valueAt, type Dataset } from '../assess/dataset.js'
import { COUNTRIES } from '../actors/gazetteer.js'
import type { Db } from '../store/db.js'
import { EU_MEMBERS } from './eu-members.js'

/** The overview's headline figures (issue 16, item 1), the first things a tracker's reader asks. */
export interface OverviewFigures {
  /** Actors with at least one current claim. */
  readonly actors: number
  /** Current claims (a superseded or withdrawn one no longer counts). */
  readonly targets: number
  /** Current claims whose latest status is law. */
  readonly targets_in_law: number
  readonly net_zero: {
    /** Actors with a current net-zero target, and how many of them are countries. */
    readonly actors: number
    readonly countries: number
    readonly in_law: number
    /**
     * Their share of world greenhouse gas emissions (excluding land use) in the
     * dataset's latest year, percent; null when the dataset has no world total.
     */
    readonly share_percent: number | null
    /** Actors counted in the share, and those the dataset has no emissions for (smaller emitters). */
    readonly counted: string[]
    readonly not_in_data: string[]
  }
  /** The emissions dataset the share comes from and its year. */
  readonly data: { readonly source: string; readonly year: number }
  /** When the newest article was stored, and the newest report date of any claim. */
  readonly last_ingested: string | null
  readonly last_reported: string | null
}

interface ClaimLite {
  readonly actor: string
  readonly kind: string
  readonly status: string | null
  readonly last_reported: string | null
}

const ghg = (d: Dataset['world'], year: number) => valueAt(d.co2, year) + valueAt(d.nonCo2, year)

/**
 * Counts the register's current claims and weighs the net-zero actors by the
 * assessment dataset's emissions. The EU's row holds its members' emissions,
 * so a member counts through the EU when the EU has a target, never twice.
 * Reads the claims table (about a thousand rows at 100k articles) and the
 * newest article by its primary key: the same cost at any register size.
 */
export async function queryOverviewFigures(db: Db, dataset: Dataset): Promise<OverviewFigures> {
  const [claims, [newest]] = await Promise.all([
    db.query<ClaimLite>(`select actor, kind, status, last_reported::text from claims where state = 'current'`),
    db.query<{ at: string }>(`select to_char(ingested_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at from articles order by id desc limit 1`),
  ])
  const netZero = [...new Set(claims.filter((c) => c.kind === 'net_zero').map((c) => c.actor))].sort()
  const inLaw = new Set(claims.filter((c) => c.kind === 'net_zero' && c.status === 'law').map((c) => c.actor))
  const rows = new Map(dataset.actors.map((a) => [a.actor, a]))
  const euCounted = netZero.includes('EU') && rows.has('EU')
  const counted = netZero.filter((a) => rows.has(a) && !(euCounted && EU_MEMBERS.includes(a)))
  const notInData = netZero.filter((a) => !rows.has(a) && !(euCounted && EU_MEMBERS.includes(a)))
  const year = dataset.latestYear
  const world = ghg(dataset.world, year)
  const share = world > 0 ? (100 * counted.reduce((sum, a) => sum + ghg(rows.get(a)!, year), 0)) / world : null
  return {
    actors: new Set(claims.map((c) => c.actor)).size,
    targets: claims.length,
    targets_in_law: claims.filter((c) => c.status === 'law').length,
    net_zero: {
      actors: netZero.length,
      countries: netZero.filter((a) => COUNTRIES.has(a)).length,
      in_law: inLaw.size,
      share_percent: share === null ? null : Math.round(share * 10) / 10,
      counted,
      not_in_data: notInData,
    },
    data: { source: dataset.source, year },
    last_ingested: newest?.at ?? null,
    last_reported: claims.reduce<string | null>((m, c) => (c.last_reported && (!m || c.last_reported > m) ? c.last_reported : m), null),
  }
}
