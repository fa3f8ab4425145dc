import type { Probe } from './probe.js'

/** Interactions probes of a fifteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND15_INTERACTION_PROBES: readonly Probe[] = []
