import { parseHtml } from './html-dom.js'
import { paragraphsOf } from './html-paragraphs.js'
import { pruneDocument, renderHtml } from './html-prune.js'
import { readabilityContent } from './html-readability.js'
import type { Cleaned } from './result.js'

/**
 * Cleans a news page into its article body and metadata; never throws.
 * 1. parse with htmlparser2 and prune what can never be text;
 * 2. Readability (over happy-dom) picks the article subtree;
 * 3. its paragraphs, less the page noise Readability leaves.
 */
export function cleanHtml(html: string, _opts: { url?: string | null } = {}): Cleaned {
  try {
    const doc = parseHtml(html)
    pruneDocument(doc)
    const content = readabilityContent(renderHtml(doc))
    const paragraphs = content ? paragraphsOf(parseHtml(content)) : []
    return { text: paragraphs.join('\n\n'), title: null, date: null }
  } catch {
    return { text: '', title: null, date: null }
  }
}
