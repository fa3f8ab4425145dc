/**
 * Turns an article subtree into paragraphs: block elements and <br> end a
 * paragraph, inline text joins up, whitespace collapses. Figures, captions,
 * media and widgets are skipped: they are never body text.
 */
import { type AnyNode, type Element, collapseSpace, isTag, isText } from './html-dom.js'

/** Elements whose start and end break the text into separate paragraphs. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'caption',
])

/** Elements never read as body text. */
const SKIP_TAGS = new Set([
  'figure', 'figcaption', 'picture', 'img', 'script', 'style', 'noscript', 'svg', 'button', 'form',
  'iframe', 'video', 'audio', 'select', 'textarea', 'input', 'nav', 'template', 'head', 'title',
])

/** One paragraph of page text with what the noise filter needs to judge it. */
export interface Paragraph {
  readonly text: string
  /** Share of the text's characters inside links (0..1): related-story lists are all link. */
  readonly linkShare: number
  /** Whether it came from an h1-h6 element. */
  readonly heading: boolean
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Paragraphs of `root` in document order, each whitespace-normalised and non-empty. */
export function paragraphsOf(root: AnyNode, skip: (el: AnyNode) => boolean = () => false): Paragraph[] {
  const out: Paragraph[] = []
  let buf: string[] = []
  let linkChars = 0
  let inLink = 0
  let heading = 0
  const flush = (): void => {
    const text = collapseSpace(buf.join(''))
    if (text) {
      const all = buf.join('').replace(/\s+/g, '').length || 1
      out.push({ text, linkShare: Math.min(1, linkChars / all), heading: heading > 0 })
    }
    buf = []
    linkChars = 0
  }
  // Iterative walk with explicit exit markers: deeply nested pages overflow recursion.
  const stack: Array<AnyNode | { exit: Element }> = [root]
  while (stack.length > 0) {
    const item = stack.pop()!
    if ('exit' in item) {
      const node = item.exit
      // Flush before leaving a heading, so its paragraph is marked as one.
      if (BLOCK_TAGS.has(node.name)) flush()
      if (node.name === 'a') inLink--
      if (HEADINGS.has(node.name)) heading--
      continue
    }
    const node = item
    if (isText(node)) {
      buf.push(node.data)
      if (inLink > 0) linkChars += node.data.replace(/\s+/g, '').length
      continue
    }
    if (isTag(node)) {
      if (SKIP_TAGS.has(node.name) || skip(node)) continue
      if (node.name === 'br') {
        flush()
        continue
      }
      if (BLOCK_TAGS.has(node.name)) flush()
      if (node.name === 'a') inLink++
      if (HEADINGS.has(node.name)) heading++
      stack.push({ exit: node })
    }
    if ('children' in node) {
      const kids = (node as { children: AnyNode[] }).children
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
    }
  }
  flush()
  return out
}
