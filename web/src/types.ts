/**
 * The API's answers as the dashboard reads them: the server's own query types,
 * imported as types only (nothing of the server is bundled), so a change of a
 * row's shape fails the dashboard's type check instead of drifting.
 */
export type { Assessment, Scenario, ActorAssessment } from '../../src/model/assessment.js'
export type { Evidence } from '../../src/model/span.js'
export type { Claim, EvidenceRow, HistoryRow } from '../../src/store/queries/targets.js'
export type { ChangeRow, ConflictRow } from '../../src/store/queries/register.js'
export type { InteractionRow, QuoteRow } from '../../src/store/queries/facts.js'
export type { OverviewRow } from '../../src/server/queries-overview.js'
export type { OverviewFigures } from '../../src/server/queries-overview-figures.js'
export type { ChangeLogPage, ChangeLogRow } from '../../src/server/queries-change-log.js'
export type { LinkedAssessment, LinkedTarget } from '../../src/server/assessment-links.js'
export type { NetworkEdge } from '../../src/server/queries-network.js'
export type { ArticleDetail } from '../../src/server/queries-articles.js'
export type { ArticleCheckLine as CheckLine } from '../../src/server/queries-check.js'
export { INTERACTION_TYPES } from '../../src/model/interaction-types.js'

import type { ActorProfile as StoredProfile } from '../../src/store/queries/actor.js'
import type { ArticleDetail } from '../../src/server/queries-articles.js'

/** GET /api/actors/:id: the store's profile with the actor's display name. */
export type ActorProfile = StoredProfile & { readonly name: string }

/** A stored fact of an article, as /api/articles/:id gives it (fields vary by kind). */
export type ArticleFact = ArticleDetail['pledges'][number]
