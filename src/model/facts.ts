import { z } from 'zod'

/** Evidence as printed: offsets into the article's `text` and the slice itself. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
})

export const PLEDGE_KINDS = ['net_zero', 'reduction', 'intensity', 'peak', 'phase_out', 'renewables', 'temperature'] as const
export const PLEDGE_STATUSES = ['law', 'policy', 'pledged', 'proposed', 'considering'] as const
export const PLEDGE_CHANGES = ['new', 'raised', 'lowered', 'reaffirmed'] as const
import { INTERACTION_TYPES } from './interaction-types.js'
export { INTERACTION_TYPES }
/** Interaction types where actor and target can be swapped without changing the meaning. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(['meet', 'agree', 'cooperate'])

export const PledgeSchema = z.object({
  actor: z.string(),
  kind: z.enum(PLEDGE_KINDS),
  year: z.number().int().nullable(),
  value: z.number().nullable().optional(),
  value_max: z.number().nullable().optional(),
  /** GW instead of percent, for capacity targets; MtCO2e (million tonnes CO2-equivalent) for a target stated in tonnes (issue 14, item 6). */
  unit: z.enum(['percent', 'GW', 'degC', 'MtCO2e']).optional(),
  base_year: z.number().int().nullable().optional(),
  status: z.enum(PLEDGE_STATUSES).optional(),
  change: z.enum(PLEDGE_CHANGES).optional(),
  /** The value this target replaces, as the article states it ("46%, up from 26%" → 26): the register's history before the report. */
  previous: z.number().nullable().optional(),
  /** A single-gas target (FORMAT.md): "CH4" for methane; absent for all greenhouse gases or CO2. */
  gas: z.enum(['CH4']).optional(),
  evidence: EvidenceSchema,
  /** Name of the rule that produced the fact (shown by `--explain`). */
  rule: z.string().optional(),
})

export const InteractionSchema = z.object({
  actor: z.string(),
  type: z.enum(INTERACTION_TYPES),
  target: z.string(),
  date: z.string().nullable().optional(),
  place: z.string().nullable().optional(),
  evidence: EvidenceSchema,
  rule: z.string().optional(),
})

export const QuoteSchema = z.object({
  speaker: z.string(),
  /** The actor id the speaker acts for, where known. */
  actor: z.string().nullable().optional(),
  text: z.string(),
  evidence: EvidenceSchema,
  rule: z.string().optional(),
})

/** One output record per article: the contract of `analyze --format jsonl` (FORMAT.md). */
export const AnalysisSchema = z.object({
  doc: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  text: z.string(),
  pledges: z.array(PledgeSchema),
  interactions: z.array(InteractionSchema),
  quotes: z.array(QuoteSchema),
})

export type Pledge = z.infer<typeof PledgeSchema>
export type Interaction = z.infer<typeof InteractionSchema>
export type Quote = z.infer<typeof QuoteSchema>
export type Analysis = z.infer<typeof AnalysisSchema>
export type PledgeKind = (typeof PLEDGE_KINDS)[number]
export type InteractionType = (typeof INTERACTION_TYPES)[number]
