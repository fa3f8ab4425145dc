/**
 * The API's answers as the dashboard reads them. They mirror the server's
 * query types (src/server/queries-*.ts, src/store/queries/*.ts); the
 * assessment's shape is shared with the server through its zod schema.
 */
export type { Assessment, Scenario, ActorAssessment } from '../../src/model/assessment.js'

export interface Evidence {
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface EvidenceRow extends Evidence {
  readonly article_id: number
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  readonly date: string | null
}

export interface HistoryRow {
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly first_reported: string | null
  readonly last_reported: string | null
}

export interface Claim {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly status: string | null
  readonly sources: number
  readonly reports: number
  readonly first_reported: string | null
  readonly last_reported: string | null
  readonly history: HistoryRow[]
  readonly evidence: EvidenceRow[]
}

export interface OverviewCell {
  readonly claim_id: number
  readonly year: number | null
  readonly value: number | null
  readonly value_max: number | null
  readonly base_year: number | null
  readonly status: string | null
  readonly last_reported: string | null
}

export interface OverviewRow {
  readonly actor: string
  readonly name: string
  readonly net_zero: OverviewCell | null
  readonly target_2030: OverviewCell | null
  readonly peak: OverviewCell | null
  readonly status: string | null
  readonly claims: number
  readonly sources: number
  readonly last_reported: string | null
  readonly last_change: {
    readonly reported: string | null
    readonly kind: string
    readonly year: number | null
    readonly change: 'new' | 'changed'
    readonly old_value: number | null
    readonly new_value: number | null
  } | null
}

interface Source {
  readonly article_id: number
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly evidence: Evidence
}

export interface InteractionRow extends Source {
  readonly id: number
  readonly actor: string
  readonly type: string
  readonly target: string
  readonly date: string | null
  readonly place: string | null
}

export interface QuoteRow extends Source {
  readonly id: number
  readonly speaker: string
  readonly actor: string | null
  readonly text: string
}

export interface ActorProfile {
  readonly actor: string
  readonly name: string
  readonly targets: Claim[]
  readonly interactions_out: InteractionRow[]
  readonly interactions_in: InteractionRow[]
  readonly quotes: QuoteRow[]
  readonly sources: Array<{ outlet: string | null; articles: number }>
}

export interface ChangeRow {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly change: 'new' | 'changed'
  readonly old_value: number | null
  readonly old_value_max: number | null
  readonly new_value: number | null
  readonly new_value_max: number | null
  readonly reported: string | null
  readonly doc: string
  readonly url: string | null
  readonly outlet: string | null
  readonly evidence: string
}

/** A stored fact of an article, as /api/articles/:id gives it (fields vary by kind). */
export interface ArticleFact {
  readonly id: number
  readonly evidence: Evidence
  readonly [field: string]: unknown
}

export interface ArticleDetail {
  readonly id: number
  readonly story_id: number
  readonly doc: string
  readonly url: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly facts: number
  readonly ingested_at: string
  readonly text: string
  readonly pledges: ArticleFact[]
  readonly interactions: ArticleFact[]
  readonly quotes: ArticleFact[]
  readonly changes: ChangeRow[]
  readonly copies: Array<{ id: number; doc: string; outlet: string | null; url: string | null }>
}

export interface CheckLine {
  readonly id: number
  readonly fact: 'pledge' | 'interaction'
  readonly verdict: 'agrees' | 'differs' | 'new'
  readonly claim: string
  readonly register: string | null
  readonly evidence: string
}

export interface NetworkEdge {
  readonly actor: string
  readonly target: string
  readonly type: string
  readonly count: number
  readonly first: string | null
  readonly last: string | null
}

export const INTERACTION_TYPES = ['meet', 'urge', 'agree', 'demand', 'protest', 'sanction', 'cooperate'] as const

interface ConflictSide {
  readonly value: number | null
  readonly value_max: number | null
  readonly reported: string | null
  readonly doc: string
  readonly outlet: string | null
  readonly url: string | null
  readonly sentence: string
}

export interface ConflictRow {
  readonly id: number
  readonly actor: string
  readonly kind: string
  readonly year: number | null
  readonly a: ConflictSide
  readonly b: ConflictSide
}
