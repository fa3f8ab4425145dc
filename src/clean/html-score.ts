/**
 * Content scoring on the light DOM, after Readability's algorithm:
 * 1. drop "unlikely" page parts by class / id (comments, sidebars, share bars, ...);
 * 2. score every paragraph (1 + commas + length / 100, at most 3 for length) and add
 *    the score to its parent, half to its grandparent, less to higher ancestors;
 * 3. scale each candidate by (1 - link density); the best one is the article,
 *    moved up to a common ancestor when several strong candidates share one;
 * 4. return it with the siblings that score close to it or read as prose.
 */
import { type AnyNode, type Document, type Element, detach, isTag, isText, textOf, walkElements } from './html-dom.js'
import { StatsCache, countChars } from './html-stats.js'

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote|newsletter|share|sharing|promo|outbrain|taboola|recirc|popup|modal|cookie|most-?read|trending|standfirst|[-_]dek\b|article_*-*lead|sub-?headline/i
const MAYBE = /and|article|body|column|content|main|mathjax|shadow|story|entry/i
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption|credit|newsletter|subscribe|social|recirc|teaser|popular|trending/i
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i

/** Tags that hold blocks: a child of one of these starts a new paragraph. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'ul',
  'tbody', 'thead', 'tr', 'td', 'th', 'center', 'details',
])
const SCORED = new Set(['p', 'pre'])
const NEVER_UNLIKELY = new Set(['html', 'body', 'a', 'article', 'main', 'table', 'tbody', 'tr', 'td', 'th', 'code', 'pre'])

/** Readability's class / id weight: +25 for article-ish names, -25 for chrome. */
export function classWeight(el: Element): number {
  let w = 0
  for (const name of [el.attribs.class, el.attribs.id]) {
    if (!name) continue
    if (NEGATIVE.test(name)) w -= 25
    if (POSITIVE.test(name)) w += 25
  }
  return w
}

function baseScore(el: Element): number {
  const tag = el.name
  let s = 0
  if (tag === 'div' || tag === 'article' || tag === 'section' || tag === 'main') s = 5
  else if (tag === 'pre' || tag === 'td' || tag === 'blockquote') s = 3
  else if (/^(?:address|ol|ul|dl|dd|dt|li|form)$/.test(tag)) s = -3
  else if (/^(?:h[1-6]|th)$/.test(tag)) s = -5
  return s + classWeight(el)
}

/** Share of the page's text above which an "unlikely" element is a page wrapper ("page-ad-margins"), not chrome. */
const WRAPPER_SHARE = 0.5

/** Step 1: removes unlikely candidates in place. */
export function dropUnlikely(root: Element | Document): void {
  const doomed: Element[] = []
  const stats = new StatsCache()
  const body = findBody(root)
  const total = body ? stats.of(body).chars : 0
  walkElements(root, (el) => {
    if (NEVER_UNLIKELY.has(el.name)) return
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    // The standfirst (schema.org "description") restates the story above it.
    const standfirst = /standfirst|[-_]dek\b|article_*-*lead/i.test(names) || el.attribs.itemprop === 'description'
    if (standfirst || (names.length > 1 && UNLIKELY.test(names) && !MAYBE.test(names) && stats.of(el).posts === 0)) {
      if (stats.of(el).chars > total * WRAPPER_SHARE) return
      doomed.push(el)
      return false
    }
    if (el.name === 'aside' || el.name === 'footer') {
      doomed.push(el)
      return false
    }
  })
  for (const el of doomed) detach(el)
}

function findBody(root: Element | Document): Element | null {
  let body: Element | null = null
  walkElements(root, (el) => {
    if (body) return false
    if (el.name === 'body') body = el
  })
  return body ?? (isTag(root) ? root : null)
}

export interface Selection {
  /** Subtrees holding the article, in document order. */
  readonly parts: readonly Element[]
  /** The winning candidate's final score: low scores mean an unsure pick. */
  readonly score: number
  /** Content scores of every scored element (conditional cleaning weighs them against class names). */
  readonly scores: ReadonlyMap<Element, number>
}

/** Steps 2-4: picks the article subtrees of `root` (already pruned), or null when nothing scores. */
export function selectArticle(root: AnyNode, stats: StatsCache): Selection | null {
  const scores = new Map<Element, number>()
  const add = (el: AnyNode | null, level: number, s: number): void => {
    if (!el || !isTag(el)) return
    const div = level === 0 ? 1 : level === 1 ? 2 : level * 3
    scores.set(el, (scores.get(el) ?? baseScore(el)) + s / div)
  }
  const scoreText = (holder: Element, chars: number, commas: number): void => {
    if (chars < 25) return
    const s = 1 + commas + Math.min(Math.floor(chars / 100), 3)
    let cur: AnyNode | null = holder
    for (let level = 0; level < 5 && cur && isTag(cur); level++, cur = cur.parent) add(cur, level, s)
  }
  walkElements(root, (el) => {
    if (SCORED.has(el.name)) {
      const st = stats.of(el)
      if (el.parent && isTag(el.parent)) scoreText(el.parent, st.chars, st.commas)
      return false
    }
    // Inline runs directly inside a block (text not wrapped in <p>) score like a paragraph of it;
    // a block holding nothing but inline content is itself a paragraph (Readability turns it into <p>).
    let chars = 0, commas = 0, sawBlock = false
    for (const kid of el.children) {
      if (isTag(kid) && BLOCKS.has(kid.name)) {
        scoreText(el, chars, commas)
        chars = commas = 0
        sawBlock = true
      } else if (isText(kid)) {
        chars += countChars(kid.data)
        commas += (kid.data.match(/[,，、]/g) ?? []).length
      } else if (isTag(kid)) {
        const st = stats.of(kid)
        chars += st.chars
        commas += st.commas
      }
    }
    if (!BLOCKS.has(el.name) && el.name !== 'body') return
    const holder = !sawBlock && el.parent && isTag(el.parent) ? el.parent : el
    scoreText(holder, chars, commas)
  })
  const ranked = [...scores].map(([el, s]) => [el, s * (1 - stats.linkDensity(el))] as const).sort((a, b) => b[1] - a[1])
  if (ranked.length === 0) return null
  const final = new Map(ranked)
  let [top, topScore] = ranked[0]
  top = commonAncestor(top, topScore, ranked.slice(1, 5)) ?? top
  // A sole child holds no more than its parent: climb while that is all there is.
  while (top.parent && isTag(top.parent) && top.parent.name !== 'body' && elementKids(top.parent).length === 1) top = top.parent
  top = climbWhileRising(top, final)
  topScore = Math.max(topScore, final.get(top) ?? 0)
  return { parts: withSiblings(top, topScore, final, stats), score: topScore, scores }
}

/**
 * Readability's climb: parents get a share of their children's score, so a parent that
 * scores higher than the path below it holds more of the article; stop once scores fall off.
 */
function climbWhileRising(top: Element, scores: ReadonlyMap<Element, number>): Element {
  let last = scores.get(top) ?? 0
  const floor = last / 3
  for (let anc: AnyNode | null = top.parent; anc && isTag(anc) && anc.name !== 'body'; anc = anc.parent) {
    const s = scores.get(anc)
    if (s === undefined) continue
    if (s < floor) break
    if (s > last) return anc
    last = s
  }
  return top
}

function elementKids(el: Element): Element[] {
  return el.children.filter(isTag)
}

/** When 3+ of the next-best candidates (within 75% of the best) sit under one ancestor of the best, that ancestor. */
function commonAncestor(top: Element, topScore: number, rest: ReadonlyArray<readonly [Element, number]>): Element | null {
  const strong = rest.filter(([, s]) => s >= topScore * 0.75).map(([el]) => el)
  if (strong.length < 3) return null
  for (let anc: AnyNode | null = top.parent; anc && isTag(anc) && anc.name !== 'body'; anc = anc.parent) {
    const inside = strong.filter((el) => contains(anc as Element, el)).length
    if (inside >= 3) return anc
  }
  return null
}

function contains(anc: Element, el: AnyNode): boolean {
  for (let cur: AnyNode | null = el; cur; cur = cur.parent) if (cur === anc) return true
  return false
}

function withSiblings(top: Element, topScore: number, scores: Map<Element, number>, stats: StatsCache): Element[] {
  const parent = top.parent
  if (!parent || !isTag(parent)) return [top]
  const threshold = Math.max(10, topScore * 0.2)
  const cls = top.attribs.class ?? ''
  return elementKids(parent).filter((sib) => {
    if (sib === top) return true
    const bonus = cls && sib.attribs.class === cls ? topScore * 0.2 : 0
    if ((scores.get(sib) ?? -Infinity) + bonus >= threshold) return true
    const { chars, commas, paragraphs } = stats.of(sib)
    const ld = stats.linkDensity(sib)
    // An unscored block of prose paragraphs (scores reach only five levels up) is article too.
    if (sib.name !== 'p') return paragraphs >= 1 && chars >= 140 && commas >= 2 && ld < 0.2
    return (chars > 80 && ld < 0.25) || (chars > 0 && chars <= 80 && ld === 0 && /\.( |$)/.test(textOf(sib)))
  })
}
