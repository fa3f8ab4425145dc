import type { ValueRef } from './pledge-values.js'

/**
 * A target stated with an unconditional and a conditional figure ("15.8% by 2030, or 43.5% with
 * international support"; "an unconditional 20% cut and a 47% cut conditional on finance"): the
 * unconditional figure is the value and the conditional one its value_max (ANNOTATION.md).
 */

// The words that make a figure depend on others' help, read just after the figure (up to the next number), or just before it ("a conditional 23.7%").
// ("if it receives international support": the condition's own verb, then what it receives)
const CONDITION_AFTER = /^[^.;%\d]{0,45}?\b(?:conditional(?:ly)?\b|(?:with|given|subject to|contingent on|dependent on|if(?:\s+(?:it|they|the country)\s+(?:gets?|receives?|obtains?|secures?))?)(?:\s+(?:more|adequate|sufficient|enough|the))?\s+(?:international|foreign|external|outside|global|financial|climate)?\s*(?:support|finance|financing|funding|help|assistance|aid|money)\b)/i
// ("its conditional target is 23%", "an unconditional target of 20%": up to three words between)
const CONDITION_BEFORE = /\bconditional(?:ly)?\s+(?:\w+\s+){0,3}$/i
// Words that mark a figure as the country's own: it is the unconditional one even when written second.
const OWN_AFTER = /^[^.;%\d]{0,30}?\b(?:unconditional(?:ly)?|on its own|alone|without (?:international |foreign |outside )?(?:support|finance|help|aid))\b/i
const OWN_BEFORE = /\bunconditional(?:ly)?\s+(?:\w+\s+){0,3}$/i

function isConditional(text: string, v: ValueRef): boolean {
  // A word right before the figure speaks for it first ("a conditional 45% cut and an unconditional 25%").
  const before = text.slice(Math.max(0, v.start - 40), v.start)
  if (OWN_BEFORE.test(before)) return false
  if (CONDITION_BEFORE.test(before)) return true
  // After it, only up to the next figure or "and", where another figure's words begin.
  const after = text.slice(v.end, v.end + 60).split(/\band\b|\d/)[0]
  return !OWN_AFTER.test(after) && CONDITION_AFTER.test(after)
}

/**
 * For a percent value chosen for a reduction, the unconditional/conditional pair of the sentence it
 * belongs to, or null: exactly two single percent figures, one conditional, the other not and smaller.
 */
export function conditionalPair(text: string, values: readonly ValueRef[], chosen: ValueRef): { value: number; valueMax: number } | null {
  if (chosen.unit !== 'percent' || chosen.valueMax !== undefined || chosen.value === null) return null
  const percents = values.filter((v) => v.unit === 'percent' && v.value !== null && v.valueMax === undefined)
  if (percents.length !== 2 || !percents.some((v) => v.start === chosen.start)) return null
  const conditional = percents.filter((v) => isConditional(text, v))
  if (conditional.length !== 1) return null
  const c = conditional[0]
  const u = percents.find((v) => v !== c)!
  return u.value! < c.value! ? { value: u.value!, valueMax: c.value! } : null
}
