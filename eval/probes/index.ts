import type { Probe } from './probe.js'
import { INTERACTION_PROBES_A } from './interactions-a.js'
import { INTERACTION_PROBES_B } from './interactions-b.js'
import { INTERACTION_PROBES_C } from './interactions-c.js'
import { PLEDGE_PROBES_A } from './pledges-a.js'
import { PLEDGE_PROBES_B } from './pledges-b.js'
import { QUOTE_PROBES } from './quotes.js'
import { NOTHING_PROBES } from './nothing.js'

export const INTERACTION_PROBES: readonly Probe[] = [...INTERACTION_PROBES_A, ...INTERACTION_PROBES_B, ...INTERACTION_PROBES_C]
export const PLEDGE_PROBES: readonly Probe[] = [...PLEDGE_PROBES_A, ...PLEDGE_PROBES_B]

export const PROBES: readonly Probe[] = [...INTERACTION_PROBES, ...PLEDGE_PROBES, ...QUOTE_PROBES, ...NOTHING_PROBES]
