/**
 * The pass after article extraction (ours or Readability's): drops the paragraphs of page noise left inside.
 * 1. paragraphs that are noise by their text (html-noise.ts) or repeat the headline / outlet;
 * 2. a related-stories heading and the run of link-only paragraphs under it;
 * 3. short paragraphs that are nothing but a link (a teaser for another story).
 * Dropping a standfirst that repeats og:description was tried and lost recall: many
 * pages use the lede itself as their description.
 * Cutting an "About <Company>" tail was tried and lost recall on the benchmark: press
 * releases' company blurbs are sometimes counted as body.
 */
import { RELATED_HEADING, isNoiseText, wordCount } from './html-noise.js'
import type { Paragraph } from './html-paragraphs.js'

/** Link share above which a paragraph counts as a link and not as prose. */
const LINK_ONLY = 0.8

function normal(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/\W+/g, ' ').trim()
}

/** Keeps the body paragraphs of `paras`; `title` and `outlet` are the page's own, to drop their echoes. */
export function filterParagraphs(
  paras: readonly Paragraph[],
  known: { title?: string | null; outlet?: string | null } = {},
): string[] {
  const title = normal(known.title)
  const outlet = normal(known.outlet)
  const kept: string[] = []
  let inRelated = false
  for (const p of paras) {
    const words = wordCount(p.text)
    const linkish = p.linkShare >= LINK_ONLY
    if (inRelated && (linkish || words <= 3)) continue
    inRelated = false
    // 2. related-stories heading.
    if (words <= 8 && !/[^.][.?!]$/.test(p.text) && RELATED_HEADING.test(p.text.replace(/(?:\.{2,}|…)$/, ''))) {
      inRelated = true
      continue
    }
    // 1. noise by text, or an echo of the headline / outlet.
    const key = normal(p.text)
    if (isNoiseText(p.text) || (key !== '' && (key === title || key === outlet))) continue
    // 3. a lone link teaser (not a heading: in-article subheads are sometimes anchors).
    if (linkish && !p.heading && words >= 3 && words <= 20) continue
    kept.push(p.text)
  }
  return kept
}
