import { type Document, maxDepth, parseHtml } from './html-dom.js'
import { extractArticle } from './html-extract.js'
import { filterParagraphs } from './html-filter.js'
import { type PageMetadata, findPrintedDate, readMetadata } from './html-metadata.js'
import { type Paragraph, paragraphsOf } from './html-paragraphs.js'
import { pruneDocument, renderHtml } from './html-prune.js'
import { readabilityContent } from './html-readability.js'
import type { DateSource } from '../model/article.js'
import type { Cleaned } from './result.js'
import { dateFromUrl } from './article-date.js'
import { removeBidiControls } from './bidi.js'

/**
 * Below this many characters our own extractor is unsure (a teaser page, or a layout
 * whose wrappers it dropped) and Readability gets a second look.
 */
const UNSURE_CHARS = 250
/**
 * Readability's run time grows steeply with nesting depth (a 2,000-deep page takes
 * tens of seconds in happy-dom): deeper pages keep our own extractor's answer.
 */
const READABILITY_MAX_DEPTH = 150

/**
 * Cleans a news page into its article body (no headline) and metadata; never throws.
 * 1. parse with htmlparser2 and read the metadata (title, date, outlet, url); a page
 *    whose metadata has no date may still print one ("Published Nov 3, 2021") or have
 *    a day in its URL ("/2021/11/03/"); `dateSource` says which;
 * 2. prune what can never be text (scripts, styles, media, navigation, hidden elements);
 * 3. our own Readability-style scorer on the light DOM picks the article (html-extract.ts);
 *    when it is unsure, Mozilla Readability over happy-dom picks it instead;
 * 4. its paragraphs, less the page noise that both leave (html-filter.ts).
 * @example cleanHtml('<html>…</html>', { url: 'https://example.org/a' }).text
 */
export function cleanHtml(html: string, opts: { url?: string | null } = {}): Cleaned {
  const fallbackUrl = opts.url ?? null
  let meta: PageMetadata = { title: null, date: null, outlet: null, url: fallbackUrl }
  try {
    const doc = parseHtml(html)
    meta = readMetadata(doc, fallbackUrl)
    pruneDocument(doc)
    // The page's metadata, else a date printed on the page, else a day in its URL (issue 14).
    let dateSource: DateSource | null = meta.date ? 'page' : null
    for (const [source, find] of [['text', () => findPrintedDate(doc)], ['url', () => dateFromUrl(meta.url)]] as const) {
      const date = dateSource ? null : find()
      if (date) (meta = { ...meta, date }), (dateSource = source)
    }
    const paragraphs = articleParagraphs(doc, html)
    // Entities (&#x202E;) become bidi controls only now: they leave here too (issue 15).
    const title = meta.title === null ? null : removeBidiControls(meta.title)
    return { text: removeBidiControls(filterParagraphs(paragraphs, meta).join('\n\n')), ...meta, title, dateSource }
  } catch {
    // A page that breaks the parser or Readability yields no text; the pipeline reports E_NO_TEXT.
    return { text: '', ...meta }
  }
}

/** Step 3: our extractor's paragraphs, or Readability's when ours found too little. */
function articleParagraphs(pruned: Document, html: string): readonly Paragraph[] {
  const ours = extractArticle(pruned)
  if (ours && ours.chars >= UNSURE_CHARS) return ours.paragraphs
  // extractArticle edited the tree: prune a fresh parse for Readability.
  const fresh = pruneDocument(parseHtml(html))
  if (maxDepth(fresh) > READABILITY_MAX_DEPTH) return ours?.paragraphs ?? []
  let theirs: readonly Paragraph[] = []
  try {
    const content = readabilityContent(renderHtml(fresh))
    theirs = content ? paragraphsOf(parseHtml(content)) : []
  } catch {
    // Readability gives up on huge pages (maxElemsToParse): keep what we have.
  }
  const length = (ps: readonly Paragraph[]): number => ps.reduce((n, p) => n + p.text.length, 0)
  return ours && length(ours.paragraphs) >= length(theirs) ? ours.paragraphs : theirs
}
