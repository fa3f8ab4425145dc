import type { Probe } from './probe.js'
import { PROTEST_PROBES } from './interactions-protest.js'
import { REJECT_PROBES } from './interactions-reject.js'
import { URGE_DEMAND_PROBES } from './interactions-urge-demand.js'
import { MEET_PROBES } from './interactions-meet.js'
import { AGREE_COOPERATE_PROBES } from './interactions-agree-cooperate.js'
import { SANCTION_PROBES } from './interactions-sanction.js'
import { PHRASING_PROBES } from './interactions-phrasing.js'
import { REACTION_PROBES } from './interactions-reaction.js'
import { PARTY_PROBES } from './interactions-parties.js'
import { NEWS_INTERACTION_PROBES } from './interactions-news.js'
import { NET_ZERO_OWNER_PROBES } from './pledges-net-zero-owners.js'
import { REDUCTION_PROBES } from './pledges-reduction.js'
import { INTENSITY_PEAK_PHASE_OUT_PROBES } from './pledges-intensity-peak-phase-out.js'
import { NOT_A_PLEDGE_PROBES } from './pledges-not-a-pledge.js'
import { NEWS_PLEDGE_PROBES } from './pledges-news.js'
import { NEWS_NOT_A_PLEDGE_PROBES } from './pledges-news-not.js'
import { NEWS_FORM_PLEDGE_PROBES } from './pledges-news-forms.js'
import { QUOTE_PROBES } from './quotes.js'
import { SPEAKER_PROBES } from './quotes-speakers.js'
import { NEWS_QUOTE_PROBES } from './quotes-news.js'
import { NEWS_SPEAKER_PROBES } from './quotes-news-speakers.js'
import { NOTHING_PROBES } from './nothing.js'

export const INTERACTION_PROBES: readonly Probe[] = [...PROTEST_PROBES, ...REJECT_PROBES, ...URGE_DEMAND_PROBES, ...MEET_PROBES, ...AGREE_COOPERATE_PROBES, ...SANCTION_PROBES, ...PHRASING_PROBES, ...REACTION_PROBES, ...PARTY_PROBES, ...NEWS_INTERACTION_PROBES]
export const PLEDGE_PROBES: readonly Probe[] = [...NET_ZERO_OWNER_PROBES, ...REDUCTION_PROBES, ...INTENSITY_PEAK_PHASE_OUT_PROBES, ...NOT_A_PLEDGE_PROBES, ...NEWS_PLEDGE_PROBES, ...NEWS_NOT_A_PLEDGE_PROBES, ...NEWS_FORM_PLEDGE_PROBES]

export const PROBES: readonly Probe[] = [...INTERACTION_PROBES, ...PLEDGE_PROBES, ...QUOTE_PROBES, ...SPEAKER_PROBES, ...NEWS_QUOTE_PROBES, ...NEWS_SPEAKER_PROBES, ...NOTHING_PROBES]
