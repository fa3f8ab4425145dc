import type { Cue } from './pledge-cues.js'
import type { TargetPair } from './pledge-pairs.js'

/** Which single gas a target is for (FORMAT.md `gas`: methane, CH4), when it is for one. */

const METHANE = /\b(?:methane|CH4)\b/i
const ALL_GASES = /\b(?:all|total|overall|economy-wide)\s+(?:greenhouse|GHG|emissions|gases)|\bgreenhouse[- ]gas(?:es)?\b/i

/**
 * The single gas a target is for (FORMAT.md `gas`): methane named inside the target's own words,
 * from its owner's side of the cue to just after its year or value ("cut methane emissions 30% by
 * 2030", "reduce methane from oil and gas by 75%", "Nigeria's methane pledge is a 30% cut"), and not
 * a target for all gases named in the same stretch.
 */
export function gasOf(text: string, pair: TargetPair, targetEnd: number): 'CH4' | undefined {
  const from = Math.max(0, Math.min(pair.anchor, pair.cue.start) - 60)
  const region = text.slice(from, Math.min(text.length, targetEnd + 30))
  const m = METHANE.exec(region)
  if (!m) return undefined
  const other = ALL_GASES.exec(region)
  // "a 50% cut in all greenhouse gases" beside a methane goal: the nearer naming wins.
  if (other && Math.abs(other.index - (pair.cue.start - from)) < Math.abs(m.index - (pair.cue.start - from))) return undefined
  return 'CH4'
}

/**
 * Net zero is for one gas only when the gas names its own emissions: "net-zero methane emissions",
 * not "joins methane pledge and sets 2050 net zero goal".
 */
export function netZeroGas(text: string, cue: Cue): 'CH4' | undefined {
  return METHANE.test(text.slice(Math.max(0, cue.start - 12), cue.end + 20)) ? 'CH4' : undefined
}
