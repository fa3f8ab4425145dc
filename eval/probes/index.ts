import type { Probe } from './probe.js'

export const PROBES: readonly Probe[] = []
