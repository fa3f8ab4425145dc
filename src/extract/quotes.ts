import type { Doc } from '../model/doc.js'
import type { Quote } from '../model/facts.js'

/** PLACEHOLDER (lead): the quotes helper writes this. */
export function extractQuotes(_doc: Doc): Quote[] {
  return []
}
