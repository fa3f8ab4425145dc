/**
 * Bidirectional formatting characters: embeddings and overrides (U+202A-202E),
 * isolates (U+2066-2069) and the invisible direction marks (U+200E, U+200F,
 * U+061C). They change the order in which text is shown, not what it says, so
 * "In⁦dia⁩" reads "India" on screen while a matcher sees two fragments, and
 * U+202E shows a claim backwards. News text never needs them (issue 15, item 5).
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const HAS_BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * Removes bidirectional controls, so the stored text is what a reader sees.
 * @example removeBidiControls('In\u2066dia\u2069 pledged') // 'India pledged'
 */
export function removeBidiControls(text: string): string {
  return HAS_BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text
}

/** The same over an article's text fields (body and metadata); other fields are kept as they are. */
export function withoutBidiControls<T extends { readonly body: string; readonly title?: string | null; readonly outlet?: string | null; readonly date?: string | null; readonly url?: string | null }>(a: T): T {
  const out: Record<string, unknown> = { ...a, body: removeBidiControls(a.body) }
  for (const k of ['title', 'outlet', 'date', 'url'] as const) if (typeof a[k] === 'string') out[k] = removeBidiControls(a[k] as string)
  return out as T
}
