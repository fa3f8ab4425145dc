import { NON_STATE_OWNERS, STATE_BODY_STARTS } from '../lexicon/pledges.js'

/**
 * Owners a country's name may stand beside that are not its state: its firms, sectors, cities and
 * provinces (ANNOTATION.md: their targets are not annotated, and are no target of the country).
 */

/**
 * A target of a country's firms, sector, cities or provinces, not of the country: "Canada's oil sands
 * producers aim to …", "Chinese carmakers plan …" (its words right after the country's name), and
 * "the city of London wants …" (the words before it).
 */
export const NON_STATE_AFTER = new RegExp(String.raw`^\s*(?:[\w’'-]+\s+){0,3}?(?:${NON_STATE_OWNERS.join('|')})\b(?!\s+(?:${STATE_BODY_STARTS.join('|')}))`, 'i')
export const NON_STATE_BEFORE = /\b(?:city|mayor|municipality|province|state|county) of\s+(?:the\s+)?$/i
