import type { ValueRef } from './pledge-values.js'

/**
 * A target stated with an unconditional and a conditional figure ("15.8% by 2030, or 43.5% with
 * international support"; "an unconditional 20% cut and a 47% cut conditional on finance"): the
 * unconditional figure is the value and the conditional one its value_max (ANNOTATION.md).
 */

// The words that make a figure depend on others' help, read just after the figure (up to the next number), or just before it ("a conditional 23.7%").
// ("if it receives international support": the condition's own verb, then what it receives; "if donors help",
// "if rich countries pay": those who would pay, then their verb)
const CONDITION_AFTER = /^[^.;%\d]{0,45}?\b(?:conditional(?:ly)?\b|(?:with|given|subject to|contingent on|dependent on|if(?:\s+(?:it|they|the country)\s+(?:gets?|receives?|obtains?|secures?))?)(?:\s+(?:more|adequate|sufficient|enough|the))?\s+(?:international|foreign|external|outside|global|financial|climate|donor)?\s*(?:support|finance|financing|funding|help|assistance|aid|money)\b|if\s+(?:donors|lenders|rich(?:er)?\s+(?:countries|nations)|wealthy\s+(?:countries|nations)|the\s+international\s+community)\s+(?:help|pay|step\s+in|provide|deliver|chip\s+in|come\s+through)\b)/i
// ("its conditional target is 23%", "an unconditional target of 20%": up to three words between, not "and",
// which starts another figure's words: "20% by 2030 unconditionally and 47% …")
const CONDITION_BEFORE = /\bconditional(?:ly)?\s+(?:(?!and\b)\w+\s+){0,3}$/i
// Words that mark a figure as the country's own: it is the unconditional one even when written second.
const OWN_AFTER = /^[^.;%\d]{0,30}?\b(?:unconditional(?:ly)?|on its own|alone|without (?:international |foreign |outside )?(?:support|finance|help|aid))\b/i
const OWN_BEFORE = /\bunconditional(?:ly)?\s+(?:(?!and\b)\w+\s+){0,3}$/i

/** What the words around a figure say of it: the country's own, dependent on others' help, or nothing. */
function standing(text: string, v: ValueRef): 'own' | 'conditional' | null {
  // A word right before the figure speaks for it first ("a conditional 45% cut and an unconditional 25%").
  const before = text.slice(Math.max(0, v.start - 40), v.start)
  if (OWN_BEFORE.test(before)) return 'own'
  if (CONDITION_BEFORE.test(before)) return 'conditional'
  // After it, only up to the next figure or "and", where another figure's words begin.
  const after = text.slice(v.end, v.end + 60).split(/\band\b|\d/)[0]
  if (OWN_AFTER.test(after)) return 'own'
  return CONDITION_AFTER.test(after) ? 'conditional' : null
}

/**
 * For a percent value chosen for a reduction, the unconditional/conditional pair of the sentence it
 * belongs to, or null: exactly two single percent figures, one conditional (or the other named unconditional), the other smaller.
 */
export function conditionalPair(text: string, values: readonly ValueRef[], chosen: ValueRef): { value: number; valueMax: number } | null {
  if (chosen.unit !== 'percent' || chosen.valueMax !== undefined || chosen.value === null) return null
  const percents = values.filter((v) => v.unit === 'percent' && v.value !== null && v.valueMax === undefined)
  if (percents.length !== 2 || !percents.some((v) => v.start === chosen.start)) return null
  const says = percents.map((v) => standing(text, v))
  // One figure named conditional; or, with none so named, the second named the country's own: the first is the
  // whole target with help ("a 50% cut by 2030, with 15% unconditional"). (A first figure named its own leaves
  // a later unnamed one to some other target: "10% unconditionally, while 50% of its power …".)
  const at = says.filter((x) => x === 'conditional').length === 1 ? says.indexOf('conditional') : says[0] === null && says[1] === 'own' ? 0 : -1
  if (at < 0) return null
  const c = percents[at]
  const u = percents.find((v) => v !== c)!
  return u.value! < c.value! ? { value: u.value!, valueMax: c.value! } : null
}
