import type { Probe } from './probe.js'

/** Quote probes of a thirteenth round of our own paraphrases (speaker forms across paragraphs, bodies, roles). */
export const FRESH_QUOTE_PROBES: readonly Probe[] = []
