const MONTHS_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Its|Their|Early|Late|Mid)$/
// "in Tokyo", "in the northern city of Tianjin", "at Sunnylands": a capitalised name after in/at.
const PLACE = /\b(?:in|at) (?:the )?(?:(?:[a-z]+ ){0,3}(?:city|town|capital|resort|estate|port) of )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})/gu

/**
 * The place a sentence says an event happened, or null.
 * @example placeOf('The envoys met in Tianjin on Monday.') // 'Tianjin'
 */
export function placeOf(sentence: string): string | null {
  for (const m of sentence.matchAll(PLACE)) {
    const name = m[1]
    const firstWord = name.split(' ')[0]
    if (MONTHS_DAYS.test(firstWord)) continue
    // "in Australian gas": a demonym before a common noun is a modifier, not a place.
    const next = sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 2)
    if (!name.includes(' ') && /(?:an|ese|ish|ian|i)$/.test(name) && /^ [a-z]/.test(next)) continue
    return name
  }
  return null
}
