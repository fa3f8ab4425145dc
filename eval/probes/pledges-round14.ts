import type { Probe } from './probe.js'

/** Pledge probes of a fourteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND14_PLEDGE_PROBES: readonly Probe[] = []
