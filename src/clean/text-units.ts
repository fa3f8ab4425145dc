/**
 * Splits a scraped body into units, one per line of text: scraped pages put
 * a caption or a related link on its own line, sometimes without a blank
 * line around it, so a line (not a blank-line block) is what gets judged.
 */
import { isListItem, looksLikeMarkdown, stripListMarker, stripMarkdownLine } from './markdown.js'
import { isSpaceCode } from './text-lines.js'

export interface Unit {
  /** The line's text, Markdown removed, whitespace collapsed. */
  readonly text: string
  /** It came from a list item (a bullet or number was removed). */
  readonly list: boolean
  /** Blank lines (or the body's edges) on both sides: headlines usually stand alone. */
  readonly alone: boolean
}

/**
 * Body → units. Steps:
 * 1. blocks of lines between blank lines, non-breaking and zero-width spaces normalised;
 * 2. Markdown syntax stripped when the body uses Markdown, else only list bullets;
 * 3. a block wrapped at a fixed width becomes one unit; otherwise each line is
 *    one, except that a line stopping mid-sentence is joined to a next line
 *    that goes on in lower case;
 * 4. empty lines and lines of punctuation alone dropped.
 */
export function splitUnits(body: string): Unit[] {
  const markdown = looksLikeMarkdown(body)
  const units: Unit[] = []
  for (const block of splitBlocks(body, markdown)) {
    const rows = block.map((line) => ({
      text: collapse(markdown ? stripMarkdownLine(line) : stripListMarker(line)),
      list: isListItem(line),
      alone: block.length === 1,
    }))
    if (isHardWrapped(block)) {
      units.push({ text: collapse(rows.map((r) => r.text).join(' ')), list: false, alone: true })
      continue
    }
    let prev: Unit | null = null
    for (const row of rows) {
      if (row.text === '') continue
      if (prev && !row.list && !prev.list && continuesSentence(prev.text, row.text)) {
        prev = { text: `${prev.text} ${row.text}`, list: false, alone: false }
        units[units.length - 1] = prev
      } else {
        prev = row
        units.push(row)
      }
    }
  }
  return units.filter((u) => /[\p{L}\p{N}]/u.test(u.text))
}

/** Non-breaking and zero-width spaces, which splitBlocks makes plain spaces or drops. */
const ODD_SPACE = /[\u00a0\u2007\u202f\u200b-\u200d\ufeff]/

/** Blocks of consecutive non-blank lines; fenced code is left out of Markdown. */
function splitBlocks(body: string, markdown: boolean): string[][] {
  const blocks: string[][] = []
  let current: string[] = []
  let fenced = false
  // One scan of the body for the spaces the lines would have replaced: most bodies have none, and their lines skip two scans each.
  const odd = ODD_SPACE.test(body)
  for (const raw of body.split(/\r\n?|\n/)) {
    const line = odd ? raw.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '') : raw
    if (markdown && /^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced
      continue
    }
    if (fenced) continue
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) blocks.push(current)
  return blocks
}

/**
 * A paragraph wrapped at a fixed width: three lines or more, none a list item
 * or heading, the longest at most 100 characters and every line but the last
 * at least 60% of it. Scraped pages put a whole paragraph on one line instead.
 */
function isHardWrapped(block: readonly string[]): boolean {
  if (block.length < 3 || block.some((l) => isListItem(l) || /^\s*#/.test(l))) return false
  // Lines that each end a sentence or a bracket are a stack of captions or one-line sentences: a
  // width wraps a paragraph mid-sentence, so its lines seldom all end so.
  if (block.slice(0, -1).every((l) => LINE_END.test(l))) return false
  const lengths = block.map((l) => l.trim().length)
  const width = Math.max(...lengths)
  return width >= 40 && width <= 100 && lengths.slice(0, -1).every((n) => n >= 0.6 * width)
}

/** A line ending a sentence or a bracketed credit ("… in the capital. (Agency file photo)"). */
const LINE_END = /[.!?…)\]]["”’']*\s*$/

/** Collapses runs of whitespace to one space and trims. */
export function collapse(s: string): string {
  // Most lines are already collapsed (every unit is, and the cleaner collapses again at the end): check before rebuilding.
  return needsCollapse(s) ? s.replace(/\s+/g, ' ').trim() : s
}

/**
 * Whitespace at either end, two in a row, or any whitespace other than a plain space: what
 * /^\s|\s$|\s\s|[^\S ]/ tests, as one pass over the characters (the regex tries four
 * alternatives at every position of every line, and this runs on every line of every article).
 */
function needsCollapse(s: string): boolean {
  let prevSpace = true // a space at the start counts as "two in a row"
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32) {
      if (prevSpace) return true
      prevSpace = true
    } else if (c > 32 && c < 0x85) prevSpace = false
    else if (isSpaceCode(c)) return true
    else prevSpace = false
  }
  return prevSpace && s.length > 0
}

/** A line broken mid-sentence: no full stop at its end, and the next line goes on in lower case. */
function continuesSentence(prev: string, next: string): boolean {
  return !/[.!?…]["”’')\]]*$/u.test(prev) && /^\p{Ll}/u.test(next) && prev.length >= 30
}
