import type { Probe } from './probe.js'

/** Quote probes of a fourteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND14_QUOTE_PROBES: readonly Probe[] = []
