/**
 * Per-element text statistics for content scoring on the light DOM: text
 * length, text inside links, commas and a few child counts, computed once
 * bottom-up and cached, so scoring and conditional cleaning stay linear.
 */
import { type AnyNode, type Element, isTag, isText } from './html-dom.js'

export interface TextStats {
  /** Characters of text, whitespace runs counted as one. */
  readonly chars: number
  /** Of which inside <a>. */
  readonly linkChars: number
  /** Commas (Latin and CJK): a cheap signal of running prose. */
  readonly commas: number
  readonly paragraphs: number
  readonly images: number
  readonly listItems: number
  readonly inputs: number
  readonly headings: number
  /** Embedded social posts (a tweet's <blockquote>): quoted content whatever the wrapper's class. */
  readonly posts: number
}

/** The <blockquote> class of an embedded social post. */
export const EMBEDDED_POST = /tweet|instagram|tiktok|bluesky|threads/i

const EMPTY: TextStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, images: 0, listItems: 0, inputs: 0, headings: 0, posts: 0 }

/** Computes and caches the stats of every element under a root. */
export class StatsCache {
  private readonly cache = new Map<Element, TextStats>()

  /** Stats of `el` (computed on first use, with all its descendants). */
  of(el: Element): TextStats {
    return this.cache.get(el) ?? this.compute(el)
  }

  /** Share of an element's text that sits in links (0..1). */
  linkDensity(el: Element): number {
    const s = this.of(el)
    return s.chars === 0 ? 0 : s.linkChars / s.chars
  }

  /** Forget an element after the tree changed under it (its ancestors are stale too). */
  invalidate(el: Element): void {
    for (let cur: AnyNode | null = el; cur && isTag(cur); cur = cur.parent) this.cache.delete(cur)
  }

  /** Post-order over the uncached part of the subtree, with an explicit stack (deep pages overflow recursion). */
  private compute(root: Element): TextStats {
    const stack: Array<{ el: Element; open: boolean }> = [{ el: root, open: true }]
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (top.open) {
        top.open = false
        for (const kid of top.el.children) if (isTag(kid) && !this.cache.has(kid)) stack.push({ el: kid, open: true })
        continue
      }
      stack.pop()
      this.cache.set(top.el, this.sum(top.el))
    }
    return this.cache.get(root)!
  }

  /** Stats of `el` from its text and its (already cached) children. */
  private sum(el: Element): TextStats {
    let chars = 0, linkChars = 0, commas = 0
    let paragraphs = 0, images = 0, listItems = 0, inputs = 0, headings = 0, posts = 0
    for (const kid of el.children) {
      if (isText(kid)) {
        const n = countChars(kid.data)
        chars += n
        if (el.name === 'a') linkChars += n
        commas += countCommas(kid.data)
      } else if (isTag(kid)) {
        const s = this.cache.get(kid) ?? EMPTY
        chars += s.chars
        linkChars += kid.name === 'a' ? s.chars : s.linkChars
        commas += s.commas
        paragraphs += s.paragraphs + (kid.name === 'p' ? 1 : 0)
        images += s.images + (kid.name === 'img' ? 1 : 0)
        listItems += s.listItems + (kid.name === 'li' ? 1 : 0)
        inputs += s.inputs + (kid.name === 'input' || kid.name === 'select' || kid.name === 'textarea' ? 1 : 0)
        headings += s.headings + (/^h[1-6]$/.test(kid.name) ? 1 : 0)
        posts += s.posts + (kid.name === 'blockquote' && EMBEDDED_POST.test(kid.attribs.class ?? '') ? 1 : 0)
      }
    }
    return chars || images || paragraphs || posts
      ? { chars, linkChars, commas, paragraphs, images, listItems, inputs, headings, posts }
      : EMPTY
  }
}

/** Characters with whitespace runs counted once. */
export function countChars(t: string): number {
  let n = 0
  let space = true
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12
    if (!isSpace) n++
    else if (!space) n++
    space = isSpace
  }
  return n
}

function countCommas(t: string): number {
  let n = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++
  }
  return n
}

