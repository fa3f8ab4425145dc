/**
 * Our own main-text extractor on the light DOM (htmlparser2), several times
 * faster than Readability over a browser-grade DOM.
 * 1. drop unlikely page parts (html-score.ts);
 * 2. score paragraphs and pick the article subtrees;
 * 3. clean them: headers, link lists, widgets and forms that score as chrome;
 * 4. read their paragraphs.
 * It reports how sure it is, so the caller can fall back to Readability.
 */
import { type Document, type Element, detach, isTag, walkElements } from './html-dom.js'
import { type Paragraph, paragraphsOf } from './html-paragraphs.js'
import { classWeight, dropUnlikely, selectArticle } from './html-score.js'
import { StatsCache } from './html-stats.js'

export interface Extraction {
  readonly paragraphs: readonly Paragraph[]
  /** The article's score; with `chars`, how sure the pick is. */
  readonly score: number
  /** Characters of text kept. */
  readonly chars: number
}

/** Containers that are removed when their content reads as chrome rather than prose (Readability's cleanConditionally). */
const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'dl', 'figure'])

/** Extracts the article from a pruned document (mutates it), or null when nothing scores. */
export function extractArticle(doc: Document): Extraction | null {
  dropUnlikely(doc)
  const stats = new StatsCache()
  const picked = selectArticle(doc, stats)
  if (!picked) return null
  const paragraphs: Paragraph[] = []
  let chars = 0
  for (const part of picked.parts) {
    cleanPart(part, stats, picked.scores)
    chars += stats.of(part).chars
    paragraphs.push(...paragraphsOf(part))
  }
  return { paragraphs, score: picked.score, chars }
}

/** Step 3: removes, bottom-up, the containers inside `part` that read as chrome. */
function cleanPart(part: Element, stats: StatsCache, scores: ReadonlyMap<Element, number>): void {
  const doomed: Element[] = []
  walkElements(part, (el) => {
    if (el.name === 'header' || el.name === 'h1') {
      // The article head (headline, byline, stamp): the pipeline adds the title itself.
      doomed.push(el)
      return false
    }
  })
  for (const el of doomed) detach(el)
  const candidates: Element[] = []
  walkElements(part, (el) => {
    if (CONDITIONAL.has(el.name)) candidates.push(el)
  })
  // Innermost first, so a container is judged on what is left inside it.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const el = candidates[i]
    if (el !== part && isChrome(el, stats, scores.get(el) ?? 0)) {
      stats.invalidate(el)
      detach(el)
    }
  }
}

/** A content score that outweighs a negative class name. */
const STRONG_CONTENT = 20

function isChrome(el: Element, stats: StatsCache, score: number): boolean {
  // A wrapper around one paragraph is that paragraph (Readability unwraps it before judging).
  if (el.children.length <= 3 && el.children.filter(isTag).length === 1 && el.children.find(isTag)?.name === 'p') return false
  const s = stats.of(el)
  // An embedded social post (a leader's tweet) is quoted content, even in a "social-embed" wrapper.
  if (s.posts > 0) return false
  const weight = classWeight(el)
  // Chrome by its class name, unless it scored as a strong holder of paragraphs (page builders
  // name their text blocks "...-widget-text-editor").
  if (weight < 0 && score < STRONG_CONTENT) return true
  if (s.commas >= 10) return false
  const isList = el.name === 'ul' || el.name === 'ol'
  const ld = stats.linkDensity(el)
  if (s.chars === 0) return s.images === 0 || el.name !== 'figure'
  if (s.inputs > s.paragraphs / 3 && s.inputs > 0) return true
  if (!isList && s.listItems - 100 > s.paragraphs) return true
  if (!isList && weight < 25 && ld > 0.2 && s.chars < 2000) return true
  if (weight >= 25 && ld > 0.5) return true
  if (isList && ld > 0.5) return true
  if (s.images > 1 && s.paragraphs / s.images < 0.5 && s.chars < 200) return true
  return s.chars < 25 && s.images === 0 && ld > 0
}

