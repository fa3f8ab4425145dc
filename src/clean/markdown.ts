/**
 * Markdown to plain text, one line at a time, so that evidence spans quote
 * the words a reader sees and not the syntax around them.
 */

const IMAGE = /!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g
const IMAGE_REF = /!\[([^\]]*)\]\[[^\]]*\]/g
const LINK = /\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g
const LINK_REF = /\[([^\]]+)\]\[[^\]]*\]/g
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g
const HTML_TAG = /<\/?[a-zA-Z][^>]*>/g
// Emphasis only where the markers hug a word, so "2 * 3" and snake_case survive.
const STRONG = /(\*\*|__)(?=\S)([^*_]*?\S)\1/g
const EM_STAR = /(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g
const EM_UNDERSCORE = /(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g
const STRIKE = /~~(?=\S)([^~]*?\S)~~/g
const CODE = /`([^`]+)`/g
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/g

/** A line that carries no text of its own: a rule, a reference definition, a table divider. */
const SYNTAX_ONLY = /^\s*(?:(?:[-*_]\s*){3,}|\[[^\]]+\]:\s+\S+.*|\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?|```.*|~~~.*)$/

/** List bullets (Markdown and the typographic ones scrapers leave behind), headings, quotes. */
const LEAD_SYNTAX = /^\s*(?:>\s?)*(?:#{1,6}\s+|[-*+•·▪●◦‣]\s+|\d{1,3}[.)]\s+(?=\S))?/

/**
 * Strips Markdown inline syntax from one line: images are dropped, links keep
 * their text, emphasis and code markers go, and a leading heading hash, list
 * bullet or block-quote marker is removed. Returns '' for lines that are
 * syntax only (rules, reference definitions, table dividers, code fences).
 * @example stripMarkdownLine('## [Japan](https://x.jp) sets a **2050** goal') // 'Japan sets a 2050 goal'
 */
export function stripMarkdownLine(line: string): string {
  if (SYNTAX_ONLY.test(line)) return ''
  // Escaped characters are set aside first so that "\\*" is not read as emphasis.
  let s = line.replace(ESCAPE, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
  s = s.replace(LEAD_SYNTAX, '')
  s = s.replace(/\s+#+\s*$/, '') // closing hashes of an ATX heading
  s = s.replace(IMAGE, '').replace(IMAGE_REF, '')
  s = s.replace(LINK, '$1').replace(LINK_REF, '$1').replace(AUTOLINK, '$1')
  s = s.replace(HTML_TAG, '')
  s = s.replace(CODE, '$1').replace(STRONG, '$2').replace(STRIKE, '$1')
  s = s.replace(EM_STAR, '$1$2').replace(EM_UNDERSCORE, '$1$2')
  return s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
}

const LIST_MARKER = /^\s*(?:[-*+•·▪●◦‣]\s+|\d{1,3}[.)]\s+(?=\S))/

/** True when the line starts with a list bullet or an ordered-list number. */
export function isListItem(line: string): boolean {
  return LIST_MARKER.test(line)
}

/** Removes a leading list bullet or number (plain text scraped from lists has them too). */
export function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, '')
}

/**
 * True when a body uses Markdown syntax (links, headings, emphasis, fenced
 * code) often enough that stripping it is safer than leaving it.
 */
export function looksLikeMarkdown(body: string): boolean {
  // One signal is enough: stop at the first, without collecting every match of every pattern.
  return MARKDOWN_SIGNALS.some((re) => re.test(body))
}

/** A link, a heading, strong emphasis, a code fence, a block quote. */
const MARKDOWN_SIGNALS = [/\[[^\]\n]+\]\([^)\n]+\)/, /^#{1,6}\s+\S/m, /\*\*[^*\n]+\*\*|__[^_\n]+__/, /^```/m, /^>\s/m]
