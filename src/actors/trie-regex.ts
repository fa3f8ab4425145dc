/**
 * Compiles a list of literal strings into one regular expression source shaped
 * like a trie ("Ch(?:ina|ile|ad)"), so that a single scan tests every name at
 * each position and fails after one character on most of them. Alternatives
 * are greedy, so the longest name at a position is tried first and shorter
 * ones only on backtracking.
 */
interface TrieNode {
  end: boolean
  readonly children: Map<string, TrieNode>
}

function newNode(): TrieNode {
  return { end: false, children: new Map() }
}

// Only syntax characters may be escaped under the `u` flag (so not `-`).
const SYNTAX = /[.*+?^${}()|[\]\\/]/g

/** `text` as a regex source matching it literally (valid with and without the `u` flag): the one escaping helper. */
export function escapeRegExp(text: string): string {
  return text.replace(SYNTAX, '\\$&')
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([ch, child]) => escapeRegExp(ch) + emit(child))
  if (branches.length === 0) return ''
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`
  if (!node.end) return body
  // An optional group: greedy, so the longer name wins when both fit.
  return `(?:${body})?`
}

/** Returns a regex source matching exactly the given strings, longest first at each position. */
export function trieRegexSource(words: Iterable<string>): string {
  const root = newNode()
  for (const word of words) {
    if (!word) continue
    let node = root
    for (const ch of word) {
      let next = node.children.get(ch)
      if (!next) {
        next = newNode()
        node.children.set(ch, next)
      }
      node = next
    }
    node.end = true
  }
  return emit(root)
}
