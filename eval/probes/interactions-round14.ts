import type { Probe } from './probe.js'

/** Interaction probes of a fourteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND14_INTERACTION_PROBES: readonly Probe[] = []
