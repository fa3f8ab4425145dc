import type { Doc } from '../model/doc.js'
import type { Pledge } from '../model/facts.js'

/** PLACEHOLDER (lead): the pledges helper writes this. */
export function extractPledges(_doc: Doc): Pledge[] {
  return []
}
