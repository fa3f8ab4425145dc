import type { Evidence } from '../../src/model/span.js'

/** Evidence for the first occurrence of `phrase` in `text`, for facts written by hand in tests. */
export function ev(text: string, phrase: string): Evidence {
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error(`not in text: ${phrase}`)
  return { start, end: start + phrase.length, text: phrase }
}
