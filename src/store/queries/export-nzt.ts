import type { Db } from '../db.js'
import { queryTargets, type Claim } from './targets.js'

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

export type NztRow = Record<(typeof NZT_COLUMNS)[number], string | number | null>

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

/**
 * One row per actor: the end target is its net-zero claim (else its latest
 * absolute reduction target), the interim target its nearest earlier
 * reduction target; each with the latest source sentence.
 */
export async function exportNzt(db: Db): Promise<NztRow[]> {
  const claims = await queryTargets(db, { evidence: 1 })
  const byActor = new Map<string, Claim[]>()
  for (const c of claims) byActor.set(c.actor, [...(byActor.get(c.actor) ?? []), c])
  const rows: NztRow[] = []
  for (const [actor, list] of byActor) {
    const dated = (k: string) => list.filter((c) => c.kind === k && c.year != null).sort((a, b) => a.year! - b.year!)
    const netZero = dated('net_zero').sort((a, b) => (b.last_reported ?? '').localeCompare(a.last_reported ?? ''))[0]
    const cuts = dated('reduction')
    const end = netZero ?? cuts[cuts.length - 1] ?? dated('peak')[0]
    if (!end) continue
    const interim = cuts.filter((c) => c !== end && c.year! < end.year!).sort((a, b) => a.year! - b.year!)[0]
    rows.push({
      actor_id: actor,
      end_target: TARGET[end.kind] ?? end.kind,
      end_target_year: end.year,
      end_target_status: end.status ? (STATUS[end.status] ?? end.status) : null,
      end_target_percentage_reduction: end.kind === 'net_zero' ? 100 : end.value,
      end_target_baseline_year: end.base_year,
      interim_target: interim ? TARGET[interim.kind] : null,
      interim_target_year: interim?.year ?? null,
      interim_target_percentage_reduction: interim?.value ?? null,
      interim_target_baseline_year: interim?.base_year ?? null,
      source_url: end.evidence[0]?.url ?? null,
      end_target_text: end.evidence[0]?.text ?? null,
    })
  }
  return rows
}
