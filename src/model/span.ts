/**
 * Half-open range [start, end) into an article's cleaned text, in UTF-16 code
 * units (JavaScript string indices), as FORMAT.md fixes for `evidence`.
 */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span together with the text it covers: `text === doc.text.slice(start, end)`. */
export interface Evidence extends Span {
  readonly text: string
}

/** Builds evidence for `[start, end)` of `text`, trimming surrounding whitespace. */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  let s = Math.max(0, start)
  let e = Math.min(text.length, end)
  while (s < e && /\s/.test(text[s])) s++
  while (e > s && /\s/.test(text[e - 1])) e--
  return { start: s, end: e, text: text.slice(s, e) }
}

/** True when `ev` is a valid span of `text` whose `text` field matches the slice. */
export function isValidEvidence(text: string, ev: Evidence): boolean {
  return (
    Number.isInteger(ev.start) &&
    Number.isInteger(ev.end) &&
    ev.start >= 0 &&
    ev.end <= text.length &&
    ev.start <= ev.end &&
    text.slice(ev.start, ev.end) === ev.text
  )
}
