/**
 * A light DOM for HTML cleaning: htmlparser2 + domhandler, with the few
 * helpers the metadata reader, the pruner and the text walker share.
 * Parsing with htmlparser2 is several times faster than a browser-grade DOM,
 * so every pass that doesn't need Readability works on this tree.
 */
import { parseDocument } from 'htmlparser2'
import { type AnyNode, type Document, type Element, isTag, isText } from 'domhandler'

export type { AnyNode, Document, Element }
export { isTag, isText }

/** Parses HTML leniently (never throws on malformed markup). */
export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true })
}

/** Depth-first visit of every element under `root`; return false from `visit` to skip a subtree. */
export function walkElements(root: AnyNode, visit: (el: Element) => boolean | void): void {
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isTag(node)) {
      if (node !== root && visit(node) === false) continue
    } else if (!('children' in node)) continue
    const kids = (node as { children: AnyNode[] }).children
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
}

/** All elements under `root` with one of the given tag names, in document order. */
export function findAll(root: AnyNode, names: ReadonlySet<string>): Element[] {
  const out: Element[] = []
  walkElements(root, (el) => {
    if (names.has(el.name)) out.push(el)
  })
  return out
}

/** The concatenated text under a node, whitespace collapsed. */
export function textOf(node: AnyNode): string {
  const parts: string[] = []
  const stack: AnyNode[] = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n)) parts.push(n.data)
    else if ('children' in n) {
      const kids = (n as { children: AnyNode[] }).children
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
    }
  }
  return collapseSpace(parts.join(''))
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim()
}

/** Removes a node from its parent, if it has one. */
export function detach(node: AnyNode): void {
  const parent = node.parent
  if (!parent) return
  const i = parent.children.indexOf(node as never)
  if (i >= 0) parent.children.splice(i, 1)
  const { prev, next } = node
  if (prev) prev.next = next
  if (next) next.prev = prev
  node.parent = node.prev = node.next = null
}

/** The deepest element nesting under `root` (iterative: safe on pathological pages). */
export function maxDepth(root: AnyNode): number {
  let max = 0
  const stack: Array<[AnyNode, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > max) max = depth
    if ('children' in node) for (const kid of (node as { children: AnyNode[] }).children) if (isTag(kid)) stack.push([kid, depth + 1])
  }
  return max
}
