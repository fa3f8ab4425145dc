/**
 * Removes what can never be article text before the costly DOM parse:
 * scripts, styles, embedded media, hidden elements, navigation and comments.
 * News pages are mostly script and markup by weight, so a pruned page parses
 * several times faster in happy-dom, and Readability scores the same tree.
 */
import render from 'dom-serializer'
import { type AnyNode, type Document, type Element, detach, isTag } from './html-dom.js'

/** Tags whose whole subtree is dropped. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'source', 'track', 'map', 'link', 'button', 'select', 'input', 'textarea',
  'nav', 'dialog', 'form',
])

/** ARIA roles that mark page chrome (Readability drops the same roles). */
const DROP_ROLES = new Set(['navigation', 'menu', 'menubar', 'dialog', 'alertdialog', 'search', 'banner', 'contentinfo'])

function isHidden(el: Element): boolean {
  const a = el.attribs
  if ('hidden' in a) return true
  if (a['aria-hidden'] === 'true' && el.name !== 'img') return true
  const style = a.style
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)
}

function shouldDrop(node: AnyNode): boolean {
  if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return true
  if (!isTag(node)) return false
  if (DROP_TAGS.has(node.name)) return true
  // <form> wraps whole pages on some ASP.NET sites: keep one that holds much text.
  const role = node.attribs.role
  if (role && DROP_ROLES.has(role)) return true
  return isHidden(node)
}

/** Prunes `doc` in place (keeping <head>'s <title>) and returns it. */
export function pruneDocument(doc: Document): Document {
  const stack: AnyNode[] = [doc]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    const kids = [...(node as { children: AnyNode[] }).children]
    for (const kid of kids) {
      if (shouldDrop(kid) && !keepsPageBody(kid)) detach(kid)
      else stack.push(kid)
    }
  }
  return doc
}

/** A <form> holding most of the page (old ASP.NET layouts) is a wrapper, not a widget. */
function keepsPageBody(node: AnyNode): boolean {
  return isTag(node) && node.name === 'form' && countParagraphs(node) >= 3
}

function countParagraphs(el: Element): number {
  let n = 0
  const stack: AnyNode[] = [el]
  while (stack.length > 0 && n < 3) {
    const cur = stack.pop()!
    if (isTag(cur)) {
      if (cur.name === 'p') n++
      stack.push(...cur.children)
    }
  }
  return n
}

/** Serialises a (pruned) tree back to HTML for the browser-grade DOM. */
export function renderHtml(node: AnyNode | AnyNode[]): string {
  return render(node, { encodeEntities: 'utf8' })
}
