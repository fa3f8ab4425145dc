import { removeBidiControls } from './bidi.js'
import { findDate } from './dateline.js'
import type { Cleaned } from './result.js'
import { dropEchoes, isLinkTeaser, judgeBody, markEmbeddedPosts, type Line } from './text-body.js'
import { findBodyStart, isSameTitle, judgeHeader, pickHeadline } from './text-header.js'
import { forgetWordCounts, isCaptionLine, isPromotionBlurb, isPromptLine } from './text-lines.js'
import { isBylineLine, isLoneDateline, isMetadataLine, stripTrailingCredit } from './text-meta.js'
import { collapse, splitUnits } from './text-units.js'

/** Metadata already known from the container (front matter, JSON fields). */
export interface KnownMeta {
  readonly title?: string | null
  readonly date?: string | null
}

/** A first line "date 2021-08-31 Headline …": some scrapers put the date and the headline together. */
const LEAD_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/i

/**
 * Cleans the body of a scraped plain-text or Markdown article: page noise
 * out, paragraphs kept verbatim, title and date found. The returned `text`
 * has no headline (the pipeline puts the title first itself), paragraphs
 * separated by one blank line. Never throws. Steps:
 * 1. a leading "date YYYY-MM-DD <headline>" line is read and removed;
 * 2. lines: Markdown stripped, one unit per line (`splitUnits`);
 * 3. line by line: prompts, bylines, metadata, datelines, captions with credit;
 * 4. the headline: the known title's line, or the header's headline;
 * 5. the header above the first paragraph: labels and lead-photo caption;
 * 6. the body: related headlines, glued links, after the sign-off;
 * 7. repeats; then join.
 * @example cleanText('Site News\n\nA big headline here\n\nBy Jane Roe\n\nThe minister said on Monday that the plan would be published next week.').title // 'A big headline here'
 */
export function cleanText(body: string, known: KnownMeta = {}): Cleaned {
  try {
    return clean(body, known)
  } catch {
    // A cleaner bug must not lose the article: fall back to the lines as they are.
    const text = body.split(/\r?\n/).map(collapse).filter((l) => l !== '').join('\n\n')
    return { text, title: known.title ?? null, date: known.date ?? null, dateSource: known.date ? 'metadata' : null }
  }
}

function clean(raw: string, known: KnownMeta): Cleaned {
  forgetWordCounts()
  // What the reader sees, not the order a bidi control would show it in (issue 15).
  const body = removeBidiControls(raw)
  // 1
  let source = body.replace(/^\s+/, '')
  let leadTitle: string | null = null
  const lead = LEAD_DATE.exec(source.split(/\r?\n/, 1)[0])
  if (lead) {
    leadTitle = collapse(lead[2]) || null
    source = source.slice(source.search(/\r?\n|$/))
  }
  const date = known.date ?? findDate(body)
  // 2, 3
  const lines: Line[] = splitUnits(source).map((u) => {
    const text = stripTrailingCredit(u.text)
    return { text, list: u.list, alone: u.alone, drop: judgeLine(text) }
  })
  markPromotionBlurbs(lines)
  markEmbeddedPosts(lines)
  // 4
  let title = known.title ?? leadTitle
  if (title) {
    for (let i = 0; i < Math.min(lines.length, 12); i++) {
      if (isSameTitle(lines[i].text, title)) lines[i].drop = 'headline'
    }
  }
  const start = findBodyStart(lines)
  if (!title) {
    const h = pickHeadline(lines, start)
    if (h >= 0) {
      title = lines[h].text
      lines[h].drop = 'headline'
    }
  }
  // 5, 6, 7
  judgeHeader(lines, start)
  judgeBody(lines, start)
  dropEchoes(lines)
  const text = lines
    .filter((l) => l.drop === null)
    .map((l) => collapse(l.text))
    .filter((t) => t !== '')
    .join('\n\n')
  return { text, title: title ?? null, date, dateSource: known.date ? 'metadata' : date ? 'text' : null }
}

/** Step 3, after each line alone: a blurb beside a subscribe or donate prompt is part of that prompt. */
function markPromotionBlurbs(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.drop !== null) return
    const beside = [lines[i - 1], lines[i + 1]].filter((l) => l?.drop === 'prompt')
    if (beside.some((l) => isPromotionBlurb(line.text, l.text))) line.drop = 'prompt'
  })
}

/** Step 3: the reason a line is page furniture on its own, or null. */
function judgeLine(text: string): string | null {
  if (/^[:;,|/\\]/.test(text)) return 'fragment' // a tag list or a broken-off field
  if (isPromptLine(text)) return 'prompt'
  if (isLinkTeaser(text)) return 'related link'
  if (isBylineLine(text)) return 'byline'
  if (isMetadataLine(text)) return 'metadata'
  if (isLoneDateline(text)) return 'dateline'
  if (isCaptionLine(text)) return 'caption'
  return null
}
