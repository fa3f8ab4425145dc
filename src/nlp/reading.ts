/**
 * The text as the readers (sentences, mentions, tagger) see it: the article's text with its shouted
 * lines in title case, every offset unchanged. Wire "reactions" pieces name each speaker on a line of
 * capitals ("UN SECRETARY-GENERAL ANTONIO GUTERRES, IN A STATEMENT:") above the quote; the gazetteer
 * and the tagger read names by their capitals, so such a line named no one. The Doc keeps the
 * article's own text for evidence and quotes.
 */
export function readingText(text: string): string {
  if (!SHOUT.test(text)) return text
  return text
    .split('\n')
    .map((line) => {
      if (!isShouted(line)) return line
      const cased = titleCase(line)
      // (A few letters change length with their case, "ß" → "SS": such a line stays as it is.)
      return cased.length === line.length ? cased : line
    })
    .join('\n')
}

/** Cheap gate: two capitalised words of three letters or more in a row somewhere. */
const SHOUT = /\b[A-Z]{3,}[\s,-]+[A-Z]{3,}\b/

/** A short line whose letters are nearly all capitals, with at least two words of three letters. */
function isShouted(line: string): boolean {
  if (line.length > 160) return false
  const letters = line.replace(/[^\p{L}]/gu, '')
  if (letters.length < 8) return false
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  return upper / letters.length >= 0.9 && (line.match(/\p{L}{3,}/gu)?.length ?? 0) >= 2
}

/** Small words lowered inside a title: "MINISTER OF ENERGY" → "Minister of Energy". */
const SMALL = new Set(['of', 'the', 'on', 'in', 'and', 'for', 'at', 'to', 'a', 'an', 'by', 'with', 'from', 'via'])

/**
 * Each word in title case, keeping what reads as an acronym (two or three letters, or holding a digit:
 * UN, EU, G20, COP29) and lowering small words after the first. Hyphenated parts are cased apart
 * ("SECRETARY-GENERAL" → "Secretary-General"); the length never changes.
 */
function titleCase(line: string): string {
  let first = true
  return line.replace(/[\p{L}\p{N}'’.]+/gu, (word) => {
    const lower = word.toLowerCase()
    const out = SMALL.has(lower) && !first ? lower : /\d/.test(word) || (word.length <= 3 && !SMALL.has(lower)) ? word : capitalise(lower)
    first = false
    return out
  })
}

function capitalise(word: string): string {
  return word.replace(/(^|[-.])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
}
