import type { Probe } from './probe.js'

/** Quotes probes of a fifteenth round of our own paraphrases (filled as the round finds constructions to read). */
export const ROUND15_QUOTE_PROBES: readonly Probe[] = []
