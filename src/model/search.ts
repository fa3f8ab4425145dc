/**
 * The first index in [from, n) (from 0 by default) for which `before(i)` is false, for a `before` that is true on a prefix
 * of the range and false after it: the one halving search the Doc's sorted spans are read with
 * (sentences by offset, chunks by token, mentions, line starts), so that one long line costs no rescans.
 */
export function firstIndex(n: number, before: (i: number) => boolean, from = 0): number {
  let lo = from
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
