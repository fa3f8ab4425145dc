/**
 * Whole-text match indexes for the quote extractor. Attribution asks the same regexes about
 * many small ranges of one masked text (a subject before a verb, a sentence, a clause after a
 * quote). Running a global regex from `from` and stopping at `to` costs a scan to the next
 * match, which for a rare pattern is the rest of the text: quadratic over an article. So each
 * pattern runs once over the whole text, and a range query answers from the stored matches.
 *
 * The answers are exactly what a scan from `from` would give: the whole-text scan tried every
 * position between two matches and failed, and the match found at a position does not depend on
 * where the scan started. Only a `from` strictly inside a stored match (or inside a surrogate
 * pair) can differ; there the query returns null and the caller scans as before.
 */

export interface StoredMatch {
  readonly index: number
  /** Index just past the whole match. */
  readonly end: number
  readonly match: RegExpExecArray
}

/** All non-overlapping matches of a global regex over a text, in order, queried by position. */
export class MatchIndex {
  readonly matches: StoredMatch[] = []

  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.matches.push({ index: m.index, end: m.index + m[0].length, match: m })
      // An empty match would not advance the scan.
      if (m[0] === '') re.lastIndex++
    }
  }

  /**
   * Position in `matches` of the first match a scan from `from` finds, or -1 when `from` falls
   * strictly inside a stored match, where a scan from `from` may find a different one.
   */
  firstFrom(from: number): number {
    const ms = this.matches
    let lo = 0
    let hi = ms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (ms[mid].index < from) lo = mid + 1
      else hi = mid
    }
    if (lo > 0 && ms[lo - 1].end > from) return -1
    const c = this.text.charCodeAt(from)
    if (c >= 0xdc00 && c <= 0xdfff) return -1
    return lo
  }

  /** True when a stored match that starts after `from` and ends at or before `to` passes `test`. */
  someIn(from: number, to: number, test: (m: StoredMatch) => boolean): boolean {
    const ms = this.matches
    let lo = 0
    let hi = ms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (ms[mid].index <= from) lo = mid + 1
      else hi = mid
    }
    // Stored matches do not overlap, so their ends rise with their starts.
    for (let i = lo; i < ms.length && ms[i].end <= to; i++) if (test(ms[i])) return true
    return false
  }

  /** The matches a scan from `from` returns while they end at or before `to`. */
  within(from: number, to: number): RegExpExecArray[] {
    const first = this.firstFrom(from)
    const out: RegExpExecArray[] = []
    if (first < 0) {
      this.re.lastIndex = from
      for (let m = this.re.exec(this.text); m && m.index + m[0].length <= to; m = this.re.exec(this.text)) out.push(m)
      return out
    }
    for (let i = first; i < this.matches.length && this.matches[i].end <= to; i++) out.push(this.matches[i].match)
    return out
  }
}

/** Values derived from the most recent text: extractQuotes asks about one masked text many times in a row. */
let recent: { text: string; values: Map<object, unknown> } | null = null

/** The value `build` derives from `text` under `key`, built on first use and kept while the same text is asked about. */
export function perText<T>(key: object, text: string, build: (text: string) => T): T {
  if (recent === null || recent.text !== text) recent = { text, values: new Map() }
  if (recent.values.has(key)) return recent.values.get(key) as T
  const value = build(text)
  recent.values.set(key, value)
  return value
}

/** The whole-text index of `re` over `text`. */
export function matchIndex(re: RegExp, text: string): MatchIndex {
  return perText(re, text, () => new MatchIndex(re, text))
}

/** Letters that only Unicode (u-flag) case folding maps to ASCII: long s (ſ → s) and the Kelvin sign (K → k). */
const UNICODE_ONLY_FOLDS = /[\u017f\u212a]/

/**
 * The index of a case-insensitive pattern written in ASCII (no \p classes), run as `legacy` (its
 * copy without the u flag) unless the text holds a letter that only Unicode case folding maps to
 * ASCII. For such a pattern the two flags differ only in case folding and in what `\b` counts as
 * a word character under i+u, and both differences come down to those two letters.
 */
export function foldedIndex(unicode: RegExp, legacy: RegExp, text: string): MatchIndex {
  const plain = perText(UNICODE_ONLY_FOLDS, text, () => !UNICODE_ONLY_FOLDS.test(text))
  return plain ? matchIndex(legacy, text) : matchIndex(unicode, text)
}
