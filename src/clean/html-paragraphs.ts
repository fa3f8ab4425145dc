/**
 * Turns an article subtree into paragraphs: block elements and <br> end a
 * paragraph, inline text joins up, whitespace collapses. Figures, captions,
 * media and widgets are skipped: they are never body text.
 */
import { type AnyNode, collapseSpace, isTag, isText } from './html-dom.js'

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

/** Paragraph texts of `root` in document order, each whitespace-normalised and non-empty. */
export function paragraphsOf(root: AnyNode, skip: (el: AnyNode) => boolean = () => false): string[] {
  const out: string[] = []
  let buf: string[] = []
  const flush = (): void => {
    const p = collapseSpace(buf.join(''))
    if (p) out.push(p)
    buf = []
  }
  const visit = (node: AnyNode): void => {
    if (isText(node)) {
      buf.push(node.data)
      return
    }
    if (!isTag(node)) {
      if ('children' in node) for (const kid of (node as { children: AnyNode[] }).children) visit(kid)
      return
    }
    if (SKIP_TAGS.has(node.name) || skip(node)) return
    if (node.name === 'br') {
      flush()
      return
    }
    const block = BLOCK_TAGS.has(node.name)
    if (block) flush()
    else if (node.name === 'td' || node.name === 'th') buf.push(' ')
    for (const kid of node.children) visit(kid)
    if (block) flush()
  }
  visit(root)
  flush()
  return out
}
