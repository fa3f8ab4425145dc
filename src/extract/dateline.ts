/**
 * A wire dateline opening a paragraph: "BEIJING - …", "TURIN, Italy - …",
 * "WASHINGTON/BEIJING (Reuters) - …", "BALI, Indonesia, Nov 15 (Reuters) — …".
 * It names where and through whom the story was filed: its place is not an
 * actor of the sentence, and its words are no speaker.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’-]*(?:[ /]\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*[\p{L}\d.'’ ]{1,30}?)*\s*(?:\([^)\n]{1,40}\)\s*)?[-—–]\s/u

/** Where the dateline that opens `text` at `from` ends (after its dash), or -1 when there is none. */
export function datelineEnd(text: string, from: number): number {
  const m = DATELINE.exec(text.slice(from, from + 120))
  return m && /\p{Lu}{2}/u.test(m[0]) ? from + m[0].length : -1
}
