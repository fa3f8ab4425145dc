/**
 * Lines about the article rather than of it, judged from the line alone: bylines, metadata (stamps,
 * reading times, desk notes), lone datelines, sign-offs and credits glued to a paragraph's end.
 * Patterns describe how news pages look in general, not any one site (split from text-lines.ts).
 */
import { MONTH_NAME, isDateOnlyLine, parseDateIn } from './dateline.js'
import { isTerminated, lastNonSpace, wordCount } from './text-lines.js'

const BYLINE = /^(?:(?:[Ww]ords|WORDS|[Ss]tory|STORY|[Tt]ext|TEXT)\s+)?[Bb][Yy]\s+[\p{Lu}@][\p{L}.'’-]*(?:\s+(?:[\p{Lu}@&][\p{L}.'’&-]*|and|with|in|for|de|van|von|da|bin|al|el)){0,8}\s*(?:[|,–—·•-].*)?$/u
const NOT_A_NAME = /^by\s+(?:the|a|an|this|that|these|those|then|now|early|late|mid|next|last|contrast|comparison|law|far|all|some|most|many|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)/i
const AGENCY = '(?:Reuters|AFP|AP|Associated Press|Bloomberg|Xinhua|Kyodo|Yonhap|ANI|PTI|IANS|dpa|EFE|ANSA|Anadolu|PA|AAP|UPI|TASS|RIA Novosti|CNA|Staff|Agencies)'
const PIPE_META = new RegExp(`(?:^|\\|)\\s*${AGENCY}\\s*(?:\\||$)|\\|\\s*(?:updated|published|created|posted)\\b|\\b(?:updated|published|created|posted)\\s*:`, 'i')
// The keyword, then "on", "at", a colon, a digit, a weekday or a month: "Published in May, the report …" is a sentence.
const META_START = new RegExp(String.raw`^(?:published|first published|posted|updated|last (?:updated|modified)|modified|created|write|written|date|filed|edited)\b\s*(?:on|at|:|\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|${MONTH_NAME})`, 'i')
const RELATIVE_TIME = /^(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$|^(?:just now|yesterday|today)$/i
/** "3 min read", "4 min listen", "Reading time: 5 minutes". */
const READ_TIME = /^\d+\s*(?:-\s*)?min(?:ute)?s?\s+(?:read|listen)$|^(?:estimated )?(?:reading|read|listening) time\s*:?\s*(?:about )?\d+\s*(?:-\s*)?min(?:ute)?s?\.?$/i
/** A wire desk's note to editors, alone on its line: "(ATTN: ADDS details in last 4 paras)", "(Updates with minister's comments)". */
const DESK_NOTE = /^\((?:attn|eds?|adds|updates|recasts|refiles?|corrects|repeats|rewrites|changes|fixes|wraps|writethru)\b[^()]{0,200}\)$/i
const REPORTING_CREDIT = /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|written|edited|produced|translated)\s+by\b.{0,200}$/i

/** A byline ("By Jane Roe", "By Jane Roe | Agency | Updated: …") or a credit line of reporters and editors. */
export function isBylineLine(line: string): boolean {
  const s = line.trim()
  const words = wordCount(s)
  if (words <= 24 && BYLINE.test(s) && !NOT_A_NAME.test(s) && (!isTerminated(s) || s.includes('|'))) return true
  if (words <= 40 && REPORTING_CREDIT.test(s) && !/[.!?]\s+\p{Lu}/u.test(s.replace(/\([^)]*\)\s*$/, ''))) return true
  return words <= 30 && s.includes('|') && PIPE_META.test(s)
}

/**
 * Notes about the article itself, not about the story: an update or correction note, the series it
 * belongs to, the outlet's standards line, who funds the outlet's coverage. ("The report was updated …" is the story's: a report is news.)
 */
const ABOUT_ARTICLE = [
  /^this (?:story|article|piece) (?:has been|was|is being) (?:updated|corrected|amended|edited)\b/i,
  /^an? (?:earlier )?version of this (?:story|article|piece|report)\b/i,
  /\bcoverage receives (?:financial )?support from\b|\bis solely responsible for all content\b/i,
  /^this (?:story|article|piece) is (?:part of|one of|from) (?:our|a|an|the)\b.{0,80}\b(?:series|coverage|project|package|special report)\b/i,
  /^our standards\s*:/i,
  // An editor's note or a correction about the article ("Correction: An earlier version of this story …").
  /^editor['’]?s['’]? note\s*:/i,
  /^(?:correction|clarification)\s*:\s*(?:an? (?:earlier|previous) version|this (?:story|article|piece|report))\b/i,
  // The author's line under the story: "Jane Roe is a climate reporter at The Gazette." A story's sentence about a
  // person goes on past the outlet's name ("… at the Gazette who now leads the party") or names no outlet.
  /^about the authors?\s*:/i,
  /^(?:[\p{Lu}][\p{L}'’.-]+\s){1,3}(?:is|was) (?:a|an|the) (?!former\b)(?:[\p{L}'’-]+ ){0,4}(?:reporter|correspondent|editor|journalist|writer|columnist|producer)s? (?:at|for|with) (?:the |The )?(?:[\p{Lu}][\p{L}'’&.-]*\s?){1,5}\.?$/u,
  /^this (?:story|article|piece|content) (?:was|is|has been) (?:produced|written|funded|supported|made possible)\b/i,
  /\b(?:views|opinions) expressed\b.{0,60}\b(?:authors?|writers?|contributors?)\b/i,
  /^\(?(?:with )?inputs? from (?:\p{Lu}[\p{L}.&-]*|(?:news )?agencies|wires?)(?:(?:,| and|, and) (?:\p{Lu}[\p{L}.&-]*|agencies))*\)?\.?$/iu,
]
/** Such notes are a sentence or two. */
const ABOUT_ARTICLE_MAX_WORDS = 40

/** The label of the page's list of tags or topics, in English and the languages pages around it print. */
const TAG_LABEL = /^(?:tags?|tagged(?: with)?|topics?|keywords?|filed under|categor(?:y|ies)|themen|schlagw(?:ö|oe)rter|etiquetas|temas|mots[- ]cl(?:é|e)s)\s*:\s*/i
/** A tag is a name or a short phrase ("sea-level rise", "Pacific Islands Forum"); a clause runs longer. */
const TAG_MAX_WORDS = 4

/** A list of the page's tags: "Tags: Norland, coal, Pacific Islands Forum", every item a short phrase that ends no sentence. */
function isTagList(s: string): boolean {
  // The label's colon comes within the first few characters: most lines have none there and skip the pattern.
  const colon = s.indexOf(':')
  if (colon < 3 || colon > 20) return false
  const label = TAG_LABEL.exec(s)
  if (!label) return false
  const items = s.slice(label[0].length).split(/\s*[,;|·•]\s*/).filter((x) => x !== '')
  return items.length > 0 && items.every((x) => wordCount(x) <= TAG_MAX_WORDS && !/[.!?]["”’]?$/.test(x))
}

/** A clock time: "14:05", or with a full stop when a zone or "am"/"pm" follows ("12.48 GMT", "9.30am"), not "12.5%". */
const CLOCK = /\d{1,2}:\d{2}|\b\d{1,2}\.\d{2}\s*(?:[ap]\.?m\b|GMT|UTC|BST|CES?T|E[SD]?T|IST|hrs?\b)/i

/** A publication-metadata line: "Published …", "Updated …", a bare date and time, "7 days ago", "3 min read", a wire desk's note, a note about the article, a list of tags. */
export function isMetadataLine(line: string): boolean {
  const s = line.trim()
  if (isTagList(s)) return true
  // A "Published …" line must carry a date or a time: "Filed on behalf of …" is a sentence.
  if (wordCount(s) <= 40 && META_START.test(s) && (parseDateIn(s) !== null || CLOCK.test(s))) return true
  if (wordCount(s) <= ABOUT_ARTICLE_MAX_WORDS && ABOUT_ARTICLE.some((re) => re.test(s))) return true
  return isDateOnlyLine(s) || RELATIVE_TIME.test(s) || READ_TIME.test(s) || DESK_NOTE.test(s) || /^date\s+\d{4}-\d{2}-\d{2}$/i.test(s)
}

/** A dateline standing alone on its line: "Santiago (AFP) –", "LONDON, May 3 (Reuters) -". */
export function isLoneDateline(line: string): boolean {
  // The pattern ends with ")", a dash or a colon: other lines (most) skip the copy and the pattern's backtracking.
  if (!DATELINE_LAST.includes(line[lastNonSpace(line)])) return false
  return LONE_DATELINE.test(line.trim())
}
const LONE_DATELINE = /^[\p{Lu}][\p{L} .'’-]{1,40}(?:,\s*[\p{L}.]+\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([^)]{1,30}\)\s*[-–—:]*$/u
const DATELINE_LAST = ')-–—:'


const SIGN_OFF = [
  /\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b/i,
  /^(?:\(c\)|©|copyright\s*(?:©|\(c\)|\d{4}))\s*(?:\d{4}\s*)?[\p{L}\s.&,-]{0,60}$/iu,
  /\ball rights reserved\b/i,
  /^(?:the end|ends|-?\s*ends\s*-?|#{3}|■|□)$/i,
  // A syndication disclaimer ("Disclaimer: this article was produced automatically from …"), a breaking story's "More to come",
  // a site's thanks ("Thank you for reading").
  /^disclaimer\s*:/i,
  // A wire's helpers named after the story: "— With assistance from Jane Roe.", "Additional reporting by …".
  /^[—–-]+\s*with assistance from\b/i,
  /^[Ww]ith assistance from (?:[\p{Lu}][\p{L}'’.-]*(?:,? and |, | )?){1,8}\.?$/u,
  /^more to come\W*$/i,
  /^thanks?(?: you)? for reading\b/i,
]

/** A line that closes the article: "… contributed to this report.", "© 2021 Agency", "All rights reserved". */
export function isSignOff(line: string): boolean {
  const s = line.trim()
  return wordCount(s) <= 40 && SIGN_OFF.some((re) => re.test(s))
}

/** Each credit pattern with a test a line must pass to match it: most paragraphs with a bracket or dash fail it, and skip the scan. */
const TRAILING_CREDITS: ReadonlyArray<{ readonly re: RegExp; readonly may: (s: string) => boolean }> = [
  { re: /\s*\((?:additional\s+)?(?:reporting|writing|editing|compiled|written|edited)\s+by\b[^()]*\)\s*$/i, may: (s) => s[lastNonSpace(s)] === ')' },
  { re: /\s*[—–]+\s*(?:reported|reporting|written|edited|compiled)\s+by\b.{0,120}$/i, may: (s) => s.includes('—') || s.includes('–') },
  { re: /\s*(?:\(c\)|©)\s*\d{4}\s+[\p{L}\s.&-]{1,40}$/iu, may: (s) => s.includes('©') || s.includes('(') },
  { re: /\s*[■□◼▪]\s*$/u, may: (s) => '■□◼▪'.includes(s[lastNonSpace(s)]) },
]

const CREDIT_MARK = /[(—–©■□◼▪]/u

/** Removes a credit glued to the end of a paragraph: "(Reporting by …; Editing by …)", "— Reported by …, (c) 2021 Agency", an end-of-story mark. */
export function stripTrailingCredit(line: string): string {
  // Every credit pattern needs one of these characters: most paragraphs have none and skip the scans.
  if (!CREDIT_MARK.test(line)) return line
  let s = line
  for (let again = true; again; ) {
    again = false
    for (const { re, may } of TRAILING_CREDITS) {
      if (!may(s)) continue
      const next = s.replace(re, '')
      if (next !== s && next.trim() !== '') {
        s = next
        again = true
      }
    }
  }
  return s
}
