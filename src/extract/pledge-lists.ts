import type { Doc, Sentence } from '../model/doc.js'
import { mentionsIn } from './common.js'
import { withMemoryMentions } from './mention-cursor.js'
import { localMentions, resolveActor } from './pledge-actor.js'

/**
 * The items of a list and the sentence that leads into it, for the owner of a target an item states
 * without naming anyone: "Under its plan, Vietnam will: / - cut emissions by 43% by 2030; / - reach
 * net zero by 2050." Each item is Vietnam's, not the article's main country's (an article about Japan
 * lending Vietnam money); "Campaigners want Vietnam to: / - …" makes its items no one's.
 */

/** What the lead names as the owner of its items: an actor, none (an urge, a hypothetical), or nothing said. */
export type LeadOwner = { readonly actor: string } | { readonly none: true } | null

/** An item: the only sentence of its line, and short or plainly a fragment (lower-case start, no full stop, a ";"). */
function isItem(doc: Doc, s: Sentence): boolean {
  const before = doc.text.slice(doc.text.lastIndexOf('\n', s.start - 1) + 1, s.start)
  const lineEnd = doc.text.indexOf('\n', s.end)
  const after = doc.text.slice(s.end, lineEnd < 0 ? doc.text.length : lineEnd)
  if (/\S/.test(before) || /\S/.test(after)) return false
  return /^[\p{Ll}\d]/u.test(s.text) || !/\.["”’']?$/.test(s.text) || s.text.split(/\s+/).length <= ITEM_WORDS
}

/** Words an item in full sentences has at most ("Close all coal plants by 2040."). */
const ITEM_WORDS = 14
/** Items one lead may hold. */
const MAX_ITEMS = 12

/**
 * Per sentence, the owner its list's lead names (see LeadOwner), or null when the sentence is no item
 * of a list or its lead names no one. Computed once per article, on first need.
 */
export function listOwners(doc: Doc): (si: number) => LeadOwner {
  let owners: Map<number, LeadOwner> | null = null
  return (si) => {
    if (!owners) {
      owners = new Map()
      const { sentences } = doc
      for (let i = 0; i < sentences.length; i++) {
        if (!/:\s*$/.test(sentences[i].text)) continue
        let j = i + 1
        while (j < sentences.length && j - i <= MAX_ITEMS && isItem(doc, sentences[j])) j++
        if (j === i + 1) continue
        const owner = leadOwner(doc, sentences[i])
        for (let k = i + 1; k < j; k++) owners.set(k, owner)
        i = j - 1
      }
    }
    return owners.get(si) ?? null
  }
}

/** The owner a lead names for a target that would follow it at once, as pledge-actor.ts reads one. */
function leadOwner(doc: Doc, lead: Sentence): LeadOwner {
  const text = lead.text.replace(/:\s*$/, '')
  const mentions = localMentions(lead.text, lead.start, withMemoryMentions(doc, lead.index, mentionsIn(doc, lead)))
  const owner = resolveActor(text, mentions, text.length, text.length, null)
  if (owner === null) return null
  if ('negated' in owner) return { none: true }
  return owner.actors.length === 1 ? { actor: owner.actors[0] } : null
}
