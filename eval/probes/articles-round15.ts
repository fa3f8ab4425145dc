import type { Probe } from './probe.js'

/** Short articles of our own (five to ten sentences over several paragraphs) of a fifteenth round: facts that need the discourse across sentences (who "he" is, whose target, whose quote). */
export const ROUND15_ARTICLE_PROBES: readonly Probe[] = []
