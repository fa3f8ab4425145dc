import type { Db } from '../db.js'
import { queryTargets, type Claim, type EvidenceRow } from './targets.js'

/** The Net Zero Tracker's column vocabulary, in its order. */
export const NZT_COLUMNS = [
  'actor_id',
  'end_target',
  'end_target_year',
  'end_target_status',
  'end_target_percentage_reduction',
  'end_target_baseline_year',
  'interim_target',
  'interim_target_year',
  'interim_target_percentage_reduction',
  'interim_target_baseline_year',
  'source_url',
  'end_target_text',
] as const

/**
 * Ours, after the tracker's: where a status or base year came from, 'article' (a report states
 * it) or 'reference' (our reference list of official targets supplies it, src/store/reference-base.ts),
 * and the reference documents used, so an export never passes the list's word off as a report's.
 */
export const PROVENANCE_COLUMNS = [
  'end_target_status_from',
  'end_target_baseline_year_from',
  'interim_target_baseline_year_from',
  'reference_sources',
] as const

/** The columns `export --nzt` writes: the tracker's, then ours. */
export const EXPORT_COLUMNS = [...NZT_COLUMNS, ...PROVENANCE_COLUMNS] as const

export type NztRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>

// Our statuses in the tracker's words.
const STATUS: Record<string, string> = {
  law: 'In law',
  policy: 'In policy document',
  pledged: 'Declaration / pledge',
  proposed: 'Proposed / in discussion',
  considering: 'Proposed / in discussion',
}

const TARGET: Record<string, string> = {
  net_zero: 'Net zero',
  reduction: 'Emissions reduction target',
  intensity: 'Emissions intensity target',
  peak: 'Emissions peak',
  phase_out: 'Phase-out',
}

/** "46", or a range as the register holds it: "7–10". */
const percentage = (c: Claim) => (c.value == null ? null : c.value_max != null && c.value_max !== c.value ? `${c.value}–${c.value_max}` : c.value)

/** The latest report about the actor (not a passing mention in a story about others), else the latest report. */
const citation = (c: Claim): EvidenceRow | undefined => c.evidence.find((e) => e.about) ?? c.evidence[0]

/** The reference documents behind the row's statuses and base years, once each, "; "-joined; null when reports give them all. */
function referenceSources(end: Claim, interim: Claim | undefined): string | null {
  const used = [end.status_source, end.base_year_source, interim?.base_year_source].filter((x): x is string => x != null)
  return used.length ? [...new Set(used)].join('; ') : null
}

/**
 * One row per actor, from current claims of all greenhouse gases only
 * (issue 14, item 7): the end target is the actor's net-zero claim (the most
 * recently reported, if several are current), else its latest absolute cut,
 * else its peak; the interim target is its nearest current cut (absolute, else
 * intensity) whose year is still ahead of `asOf` and before the end target's.
 * Ranges stay ranges ("7–10"); the source is a report about the actor. A status or
 * base year the reference list supplies says so (PROVENANCE_COLUMNS).
 * @param asOf ISO date: targets before its year have expired (default: today)
 */
export async function exportNzt(db: Db, asOf = new Date().toISOString().slice(0, 10)): Promise<NztRow[]> {
  const claims = (await queryTargets(db, { evidence: 10 })).filter((c) => c.gas === null && (c.unit === null || c.unit === 'percent'))
  const byActor = new Map<string, Claim[]>()
  for (const c of claims) byActor.set(c.actor, [...(byActor.get(c.actor) ?? []), c])
  const now = Number(asOf.slice(0, 4))
  const rows: NztRow[] = []
  for (const [actor, list] of byActor) {
    const dated = (k: string) => list.filter((c) => c.kind === k && c.year != null).sort((a, b) => a.year! - b.year!)
    const netZero = dated('net_zero').sort((a, b) => (b.last_reported ?? '').localeCompare(a.last_reported ?? '') || a.year! - b.year!)[0]
    const cuts = dated('reduction')
    const end = netZero ?? cuts[cuts.length - 1] ?? dated('peak')[0]
    if (!end) continue
    const ahead = (c: Claim) => c !== end && c.year! >= now && c.year! < end.year! && c.value != null
    const interim = cuts.filter(ahead)[0] ?? dated('intensity').filter(ahead)[0]
    const cite = citation(end)
    rows.push({
      actor_id: actor,
      end_target: TARGET[end.kind] ?? end.kind,
      end_target_year: end.year,
      end_target_status: end.status ? (STATUS[end.status] ?? end.status) : null,
      end_target_percentage_reduction: end.kind === 'net_zero' ? 100 : percentage(end),
      end_target_baseline_year: end.base_year,
      interim_target: interim ? TARGET[interim.kind] : null,
      interim_target_year: interim?.year ?? null,
      interim_target_percentage_reduction: interim ? percentage(interim) : null,
      interim_target_baseline_year: interim?.base_year ?? null,
      source_url: cite?.url ?? null,
      end_target_text: cite?.text ?? null,
      end_target_status_from: end.status ? end.status_from : null,
      end_target_baseline_year_from: end.base_year != null ? end.base_year_from : null,
      interim_target_baseline_year_from: interim?.base_year != null ? interim.base_year_from : null,
      reference_sources: referenceSources(end, interim),
    })
  }
  return rows
}
