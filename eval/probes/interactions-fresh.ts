import type { Probe } from './probe.js'

/** Interaction probes of a thirteenth round of our own paraphrases (acts told in forms the earlier probes do not use), each with a decoy. */
export const FRESH_INTERACTION_PROBES: readonly Probe[] = []
