/**
 * Every match of a global regex in `text`, as `text.matchAll(re)` gives them, without the copy
 * of the regex that matchAll makes on each call: the pledge scanners run a few dozen regexes on
 * every candidate sentence, and those copies were a large share of their time.
 * @example matchesOf(/\d+/g, 'by 2030 and 2050').map((m) => m[0]) // ['2030', '2050']
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex, got ${re}`)
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m)
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0].length === 0) re.lastIndex += re.unicode && isSurrogatePair(text, re.lastIndex) ? 2 : 1
  }
  return out
}

function isSurrogatePair(text: string, at: number): boolean {
  const hi = text.charCodeAt(at)
  const lo = text.charCodeAt(at + 1)
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff
}
