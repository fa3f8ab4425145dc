import type { Probe } from './probe.js'

/** Pledges probes of a fifteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND15_PLEDGE_PROBES: readonly Probe[] = []
