import type { Analysis, Pledge } from '../../model/facts.js'
import { ACTORS } from '../data/emissions.js'
import { REFERENCE_TARGETS, type ReferenceTarget } from './targets.js'

/** Documents of the reference register are named `reference:<actor>:<source date>`. */
export const REFERENCE_DOC_PREFIX = 'reference:'
export const REFERENCE_OUTLET = 'Pledgewatch reference register'
const RULE = 'reference.v1'

const actorName = (id: string) => ACTORS.find((a) => a.actor === id)?.name ?? id
const range = (v: number, max?: number) => (max != null ? `${v}–${max}%` : `${v}%`)
const mt = (n: number) => `${n.toLocaleString('en-US')} MtCO2e`

/**
 * Our own sentence stating a target and its source: the evidence a reference
 * fact carries in the register.
 * @example describeTarget(jpn2030) // "Japan: greenhouse gas emissions 46% below 2013 by 2030 (policy). Source: …, 2021-10-22."
 */
export function describeTarget(t: ReferenceTarget): string {
  const gas = t.gas === 'co2' ? 'CO2 emissions' : t.gas === 'ch4' ? 'methane emissions' : 'greenhouse gas emissions'
  let what: string
  if (t.kind === 'net_zero') what = `net zero ${t.gas === 'co2' ? 'CO2 (carbon neutrality)' : 'greenhouse gas emissions'} by ${t.year}`
  else if (t.kind === 'peak') what = `${gas} to peak by ${t.year}`
  else if (t.kind === 'intensity') what = `${gas} per unit of GDP ${range(t.value!, t.value_max)} below ${t.base_year} by ${t.year}`
  else if (t.level_mt != null) what = `${gas} of at most ${t.level_mt_min != null ? `${mt(t.level_mt_min)} to ` : ''}${mt(t.level_mt)} in ${t.year}`
  else if (t.bau_mt != null) what = `${gas} ${range(t.value!, t.value_max)} below business as usual (${mt(t.bau_mt)}) in ${t.year}`
  else what = `${gas} ${range(t.value!, t.value_max)} below ${t.base_year}${t.base_mt != null ? ` (${mt(t.base_mt)} including land use)` : ''} by ${t.year}`
  return `${actorName(t.actor)}: ${what}${t.conditional ? ', conditional on international support' : ''} (${t.status}). Source: ${t.source}, ${t.date}.`
}

/**
 * The reference register as articles the store takes as they are: one per
 * actor and source date (so each claim carries its source's date), whose text is our statements of the
 * actor's unconditional targets, one fact per target with its statement as
 * evidence. Conditional targets stay out (one claim per actor, kind and year).
 */
export function referenceAnalyses(targets: readonly ReferenceTarget[] = REFERENCE_TARGETS): Analysis[] {
  const byActor = new Map<string, ReferenceTarget[]>()
  for (const t of targets) if (!t.conditional) byActor.set(`${t.actor}|${t.date}`, [...(byActor.get(`${t.actor}|${t.date}`) ?? []), t])
  return [...byActor.values()].map((ts) => {
    const { actor, date } = ts[0]
    const title = `${REFERENCE_OUTLET}: ${actorName(actor)}, ${date}`
    let text = title
    const pledges: Pledge[] = ts.map((t) => {
      text += '\n\n'
      const sentence = describeTarget(t)
      const start = text.length
      text += sentence
      return {
        actor, kind: t.kind, year: t.year,
        value: t.value ?? null, value_max: t.value_max ?? null, unit: t.kind === 'net_zero' || t.kind === 'peak' ? undefined : 'percent',
        base_year: t.base_year ?? null, status: t.status, ...(t.gas === 'ch4' ? { gas: 'CH4' as const } : {}),
        evidence: { start, end: start + sentence.length, text: sentence }, rule: RULE,
      }
    })
    return { doc: `${REFERENCE_DOC_PREFIX}${actor}:${date}`, title, date, url: null, outlet: REFERENCE_OUTLET, text, pledges, interactions: [], quotes: [] }
  })
}
