import type { Assessment, TargetUsed } from '../model/assessment.js'
import type { Claim } from '../store/queries/targets.js'

/** The register article behind a target the pathways took from the news. */
export interface TargetLink {
  readonly claim_id: number
  readonly article_id: number
  readonly outlet: string | null
  readonly date: string | null
}

/** A target used by a pathway, with its article when it came from the register. */
export type LinkedTarget = TargetUsed & { readonly link?: TargetLink }

/** GET /api/assessment's answer: AssessmentSchema, each register target with its `link`. */
export type LinkedAssessment = Omit<Assessment, 'actors'> & {
  readonly actors: ReadonlyArray<
    Omit<Assessment['actors'][number], 'scenarios'> & {
      readonly scenarios: ReadonlyArray<Omit<Assessment['actors'][number]['scenarios'][number], 'targets_used'> & { readonly targets_used: LinkedTarget[] }>
    }
  >
}

/**
 * Adds to every target a pathway took from the register the article its claim
 * was last reported in (the claim's newest evidence), so the dashboard can link
 * the figure to its sentence (issue 16, item 5). Reference targets keep their
 * `source` as the only origin; the answer is otherwise unchanged.
 */
export function linkTargets(a: Assessment, claims: readonly Claim[]): LinkedAssessment {
  const byKey = new Map<string, Claim>()
  for (const c of claims) {
    const key = `${c.actor}|${c.kind}|${c.year}`
    if (!byKey.has(key)) byKey.set(key, c)
  }
  const link = (actor: string, t: TargetUsed): LinkedTarget => {
    if (t.origin !== 'register') return t
    const c = byKey.get(`${actor}|${t.kind}|${t.year}`)
    const e = c?.evidence[0]
    return c && e ? { ...t, link: { claim_id: c.id, article_id: e.article_id, outlet: e.outlet, date: e.date } } : t
  }
  return {
    ...a,
    actors: a.actors.map((act) => ({
      ...act,
      scenarios: act.scenarios.map((s) => ({ ...s, targets_used: s.targets_used.map((t) => link(act.actor, t)) })),
    })),
  }
}
