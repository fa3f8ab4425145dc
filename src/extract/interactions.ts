import type { Doc } from '../model/doc.js'
import type { Interaction } from '../model/facts.js'

/** PLACEHOLDER (lead): the interactions helper writes this. */
export function extractInteractions(_doc: Doc): Interaction[] {
  return []
}
