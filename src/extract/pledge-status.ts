import type { Pledge } from '../model/facts.js'

type Status = NonNullable<Pledge['status']>
type Change = NonNullable<Pledge['change']>

// Checked in order: a draft law is "proposed", not "law"; a passed bill is "law", and so is a country's law
// or act that requires or commits it ("Germany's climate law requires …", "the act obliges …").
const STATUS_RULES: ReadonlyArray<readonly [Status, RegExp]> = [
  ['considering', /\b(?:consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mooted|floated|debat(?:e|es|ed|ing))\b/i],
  ['law', /\b(?:(?:bill|legislation|act)\b[^.]{0,40}\b(?:pass(?:es|ed)|approved by (?:the )?parliament|signed into law)|enshrin\w*|legally[- ]binding|(?:in|into) law\b|(?:its|the|a) (?:climate )?law|statutory|passed legislation|['’]s (?:new |landmark |national |\d{4} )?(?:climate(?: change| protection)? )?law\b|\b(?:law|act)\s+(?:that\s+|which\s+)?(?:requires|required|commits|committed|obliges|obliged|mandates|mandated|binds)\b)/i],
  ['proposed', /\b(?:propos(?:e|es|ed|al)|draft|bill|submit(?:s|ted)? to parliament|unveil(?:s|ed)? a (?:draft|plan to propose))\b/i],
  ['policy', /\b(?:action plan|national plan|policy|strategy|roadmap|government (?:approved|adopted|decided|set)|cabinet (?:approved|adopted)|ministry (?:has )?(?:published|set))\b/i],
]

const CHANGE_RULES: ReadonlyArray<readonly [Change, RegExp]> = [
  ['lowered', /\b(?:lower(?:s|ed|ing)? (?:its|the|their)|weaken\w*|softer|scal(?:e|es|ed|ing) back|water(?:s|ed|ing)? down|down from|rolled back|relax\w*)\b/i],
  ['raised', /\b(?:rais(?:e|es|ed|ing)|upgrad\w*|more ambitious|tougher|toughen\w*|strengthen\w*|step(?:s|ped)?[- ]up|higher (?:target|goal)|bring(?:s|ing)? forward|brought forward|earlier than|up from|doubles|increas(?:e|es|ed|ing) its (?:\w+ )?(?:target|goal|ambition))\b/i],
  ['reaffirmed', /\b(?:reaffirm\w*|reiterat\w*|remains? (?:in place|committed)|still (?:aim\w*|target\w*|commit\w*)|retain\w*|stick\w* (?:to|with)|stands? by|maintain\w*)\b/i],
  ['new', /\b(?:new|announc\w*|unveil\w*|launch\w*|sets? out|first[- ]ever|adopt\w*)\b/i],
]

const PCT = String.raw`(\d+(?:\.\d+)?)\s?(?:%|per ?cent|percent|pc)`
const PREVIOUS = [
  new RegExp(String.raw`\bup from (?:a |the |an |its |their )?(?:previous |prior |earlier |existing |old |current )?(?:\d{4} )?(?:target|goal|pledge|commitment)?\s*(?:of )?(?:a |an )?${PCT}`, 'i'),
  new RegExp(String.raw`\bfrom (?:the |a )?${PCT}(?:[^.]{0,30})? (?:previously|before|earlier)`, 'i'),
  new RegExp(String.raw`\b(?:previous|prior|earlier|existing|old) (?:\w+ ){0,3}(?:target|goal|pledge|commitment)s? (?:\w+ ){0,4}?(?:of |to )?(?:a |an )?(?:cut (?:emissions )?(?:by )?)?${PCT}`, 'i'),
  new RegExp(String.raw`\bupgrade from (?:the |a )?${PCT}`, 'i'),
  // "raised its 2030 target to 50% from 40%": the new figure first, the one it replaces after "from".
  new RegExp(String.raw`\bto (?:a |an )?\d+(?:\.\d+)?\s?(?:%|per ?cent|percent|pc)(?: [\w-]+){0,3}? from (?:a |an |the |its )?(?:previous |prior |earlier |old )?${PCT}`, 'i'),
  // "the goal moves from 35 percent to 42.5 percent": a target's own move (a share "from 20% to 40%" is today's level).
  new RegExp(String.raw`\b(?:target|goal|pledge|commitment|contribution|NDC)s?\b[^.]{0,80}?\bfrom (?:the |a )?${PCT}\s+to\s+\d`, 'i'),
]

// A law named as lacking the target: "a 2050 goal its law does not mention", "not yet enshrined in law",
// "not legally binding", "has no law behind it". The target stands, but as no law.
const NOT_IN_LAW = /\b(?:law|act|legislation|bill)\s+(?:(?:that|which)\s+)?(?:does|do|did|has|have)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:mention|include|contain|set|name|state|cover|specify|enshrine|require|commit)\w*|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:enshrined|written|put|set|passed)\s+(?:in|into)\s+(?:(?:its|the)\s+)?law\b|\bnot\s+(?:yet\s+)?legally[- ]binding\b|\bno\s+(?:climate\s+)?law\b|\bwithout\s+(?:a\s+|any\s+)?(?:climate\s+)?(?:law|legislation)\b|\byet to be\s+(?:enshrined|written|put|passed)\b/i

/** The legal standing of a target as the sentence reports it; `pledged` when nothing says otherwise. */
export function statusOf(text: string): Status {
  const notLaw = NOT_IN_LAW.test(text)
  for (const [status, re] of STATUS_RULES) if (!(notLaw && status === 'law') && re.test(text)) return status
  return 'pledged'
}

/** Whether the sentence reports the target as new, raised, lowered or reaffirmed, if it says. */
export function changeOf(text: string): Change | undefined {
  return changeCueOf(text)?.change
}

// Change words that come after the target they judge ("46% by 2030, up from 26%", "a step up
// from"); the others come before it ("raised its target to", "a new goal of", "announced that").
const AFTER_TARGET = /^(?:up from|down from|step|doubles|upgrade (?:from|on)|more ambitious|tougher|softer|earlier than|higher)/i

/**
 * The sentence's change word, where it starts, and whether it follows the target it is about,
 * so that a sentence of several targets gives the change to that one only.
 */
export function changeCueOf(text: string): { change: Change; start: number; after: boolean } | undefined {
  for (const [change, re] of CHANGE_RULES) {
    const m = re.exec(text)
    if (m) return { change, start: m.index, after: AFTER_TARGET.test(text.slice(m.index, m.index + 20)) }
  }
  return undefined
}

/** The earlier value a raised or lowered target replaces ("up from 26%", "the previous 40 percent goal"). */
export function previousValueOf(text: string): number | undefined {
  for (const re of PREVIOUS) {
    const m = re.exec(text)
    if (m) return Number(m[1])
  }
  return undefined
}
