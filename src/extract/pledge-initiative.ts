import { INITIATIVE_HEADS } from '../lexicon/pledges.js'

/**
 * A target stated as a multilateral initiative's goal ("the Global Methane Pledge, which aims to cut
 * methane 30% by 2030"): the launchers or members named beside it do not hold it as their own
 * target, and the story's main actor does not either.
 */

// A name of capitalised words ending in an initiative's head: "Global Methane Pledge", "Powering Past Coal Alliance".
const NAME = String.raw`(?:[A-Z][\w’'-]*\s+){1,5}(?:${INITIATIVE_HEADS.join('|')})\b`
// Verbs by which a goal is stated as the initiative's own.
const AIMS = String.raw`(?:aims?|seeks?|commits?|targets?|calls?\s+for|wants?|sets?|envisages?|is\s+aimed\s+at|is\s+meant\s+to)\b`
// 1. "… the Global Methane Pledge, which aims to cut …" (a relative clause on the name, up to the target).
const RELATIVE = new RegExp(String.raw`${NAME}\s*,\s*(?:which|that)\s+[^,;:]*$`)
// 2. "The Global Methane Pledge aims to …", "The Global Methane Pledge, launched by A and B in 2021, seeks …": the name as the subject.
const SUBJECT = new RegExp(String.raw`(?:^|[.;:]\s+|\bthe\s+)${NAME}\s*(?:,[^,;:]*,\s*)?${AIMS}[^,;:]*$`)
// 3. "Under the Global Methane Pledge, signatories aim to …": its members, unnamed, as the subject.
const MEMBERS = new RegExp(String.raw`\b(?:[Uu]nder|[Tt]hrough|[Vv]ia)\s+the\s+${NAME}\s*,\s*(?:its\s+|the\s+)?(?:signatories|members|participants|countries|nations|parties|partners)\b[^,;:]*$`)
// 4. "the Global Methane Pledge's 30% goal".
const POSSESSIVE = new RegExp(String.raw`${NAME}['’]s\s+(?:[\w-]+\s+){0,4}$`)

/** Whether the target starting at `anchor` of sentence `text` is stated as an initiative's goal (before any owner is looked for). */
export function isInitiativeGoal(text: string, anchor: number): boolean {
  const lead = text.slice(0, anchor)
  return RELATIVE.test(lead) || SUBJECT.test(lead) || MEMBERS.test(lead) || POSSESSIVE.test(lead)
}
