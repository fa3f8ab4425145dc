import type { Probe } from './probe.js'

/** Pledge probes of a thirteenth round of our own paraphrases (targets stated in forms the earlier probes do not use) and their near negatives. */
export const FRESH_PLEDGE_PROBES: readonly Probe[] = []
