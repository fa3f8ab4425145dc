import type { Dateline, Sentence } from '../model/doc.js'
import { datelineEnd } from '../extract/dateline.js'

/**
 * Wire datelines at the start of paragraphs ("TOKYO, Aug 31 (Reuters) -", "BALI, Indonesia —"):
 * where the story was filed, so their place is no actor of the sentence and their words no speaker.
 */
export function findDatelines(text: string, sentences: readonly Sentence[]): Dateline[] {
  const out: Dateline[] = []
  let paragraph = -1
  for (const s of sentences) {
    if (s.paragraph === paragraph) continue
    paragraph = s.paragraph
    const end = datelineEnd(text, s.start)
    if (end > 0) out.push({ start: s.start, end, paragraph })
  }
  return out
}
