/**
 * What one scraped line is, judged from the line alone: page furniture
 * (prompts, photo captions and credits) or possibly article text; lines about
 * the article (bylines, metadata, sign-offs) are judged in text-meta.ts.
 * Patterns describe how news pages look in general (#2, item 3), not any one site.
 */
import { MONTH_NAME } from './dateline.js'

/**
 * Number of words: runs of non-space characters holding a letter or digit.
 * One pass over the characters without building arrays: every line rule asks
 * for it, often on whole paragraphs, and `split` + `filter` per call was a
 * quarter of the cleaner's time.
 */
export function wordCount(line: string): number {
  // The line rules, the header and the body passes each ask about every line of an article.
  const known = counts.get(line)
  if (known !== undefined) return known
  const words = countWords(line)
  if (counts.size >= REMEMBERED_LINES) counts.clear()
  counts.set(line, words)
  return words
}

/** Word counts of the current article's lines (a Map hashes a line once, then finds it by identity). */
const counts = new Map<string, number>()
/** More than the lines of a long article; the map is emptied when full, so it stays small. */
const REMEMBERED_LINES = 512

/**
 * Forgets the remembered word counts: the cleaner calls it per article, so that counts are only
 * shared between the passes over one article (what they are for), never carried between articles.
 */
export function forgetWordCounts(): void {
  counts.clear()
}

function countWords(line: string): number {
  let words = 0
  let inRun = false
  let counted = false
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    const kind = c < 0x80 ? ASCII_KIND[c] : isSpaceCode(c) ? SPACE : OTHER
    if (kind === SPACE) {
      inRun = false
      continue
    }
    if (!inRun) {
      inRun = true
      counted = false
    }
    if (!counted && (kind === WORD || (c >= 0x80 && isWordCode(line, i, c)))) {
      counted = true
      words++
    }
  }
  return words
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u

/** The characters `\s` matches in a JavaScript regex, by character code (for scans that read codes, not strings). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** A letter or digit at `i` (ASCII by table, anything else by Unicode property, surrogate pairs included). */
function isWordCode(s: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
  return LETTER_OR_DIGIT.test(s.slice(i, i + 2))
}

/** What an ASCII character is to countWords: a space (\s), a letter or digit, or neither. */
const SPACE = 1
const WORD = 2
const OTHER = 3
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) => (isSpaceCode(c) ? SPACE : isWordCode(String.fromCharCode(c), 0, c) ? WORD : OTHER))

/**
 * True when a line ends like a sentence or a clause: a full stop, question or
 * exclamation mark, colon, semicolon, comma or ellipsis, perhaps inside closing
 * quotes or brackets. Headlines, captions without credit and related links don't.
 */
export function isTerminated(line: string): boolean {
  // Read backwards past blanks and closers: what trimming, stripping /["”’'»)\]]+$/ and testing /[.!?:;,…]$/
  // say, without a copy or a regex scan of the whole line (most lines are paragraphs, and every rule asks).
  let i = lastNonSpace(line)
  while (i >= 0 && CLOSERS.includes(line[i])) i--
  return i >= 0 && TERMINATORS.includes(line[i])
}

/** Index of the last character that is not \s, or -1. */
export function lastNonSpace(s: string): number {
  let i = s.length - 1
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--
  return i
}

const CLOSERS = `"”’'»)]`
const TERMINATORS = '.!?:;,…'

// 1. Prompts, ads and navigation: short labels, or the reader addressed as "you" about subscribing.
const PROMPT_START =
  /^(?:advertisement|advert|sponsored(?: content)?|ad feedback|skip to (?:main )?content|skip navigation|menu(?: content)?|(?:main )?navigation|search|home|close|share(?: this(?: article| story)?| on \w+| via \w+)?|share article|(?:print|email|save) (?:this )?(?:article|story)|subscribe(?: now| today| to .*)?|sign (?:up|in)\b.*|log ?in\b.*|already (?:a subscriber|have an account)|become a (?:member|subscriber)\b.*|gift \d+ articles?\b.*|read (?:more|also|next)\b.*|also read\b.*|see also\b.*|related(?: articles?| stories| news| coverage| content| links)?\s*:.*|related (?:articles?|stories|news|coverage|content|links)|recommended(?: for you| stories| articles)?|more (?:stories|from [\p{Lu}].*|on this (?:story|topic))|most (?:read|popular|viewed)\b.*|trending(?: now)?|latest news|top stories|listen to (?:this|the) (?:article|story)\b.*|listen now|download (?:the|our) app\b.*|click here\b.*|tap here\b.*|watch(?: now| video| live)?\s*:.*|watch(?: now| video| live)?|more|placeholder while .*|(?:the )?(?:story|article) continues (?:below|after (?:the )?(?:advertisement|ad|this ad))\b.*|continue reading(?: (?:the )?(?:main )?(?:story|article|below))?|(?:advertisement|ad)\s*[-–—:|]\s*(?:scroll|continue)\b.*|scroll (?:down )?to continue\b.*|live(?: updates?| blog| coverage)?\s*:.*|loading\.*|(?:got|have) a (?:news )?tip\b.*|follow (?:us|[\p{Lu}].*) on (?:facebook|twitter|x|instagram|linkedin|telegram|whatsapp|youtube|google news)\b.*)$/iu
const SECOND_PERSON_PROMPT =
  /\b(?:you|your)\b.*\b(?:subscri\w*|newsletters?|inbox|sign(?:ed)? up|log(?:ged)? in|display name|cookies?|browser|javascript|ad ?blocker|free trial|unlimited access|donat(?:e|ions?))\b|\b(?:subscri\w*|newsletters?|sign up|cookies?|donat(?:e|ions?))\b.*\b(?:you|your)\b|\breaders like you\b/i
const COOKIE = /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|preferences)\b|\b(?:accept|manage|reject)\b.*\bcookies?\b/i
/** Every alternative of SECOND_PERSON_PROMPT holds "you" and every one of COOKIE "cookie": a literal search rules out most paragraphs before them. */
const YOU = /you/i
const COOKIE_WORD = /cookie/i
/**
 * Prompts that stay prompts with a full stop: no article sentence opens "Click here" or "Follow us on",
 * asks the reader to sign up for a newsletter, to follow "our live coverage … here", or says that
 * comments on the story are closed.
 */
const TERMINATED_PROMPT = /^(?:click here|tap here|follow us on|join us on|subscribe to (?:our|the)|sign up (?:for|to) (?:our|the)|(?:sign up|subscribe) here|download (?:our|the) (?:[\p{L}.-]+ ){0,3}app\b|catch all the\b|get (?:the|our)\b.{0,40}\bnewsletters?\b|(?:please )?enable javascript|(?:explainer|factbox|fact ?check|timeline|q&a)\s*:|loading(?:\.{1,3}|…)?$|(?:got|have) an? (?:[\p{L}-]+ ){0,2}tip\b|(?:enjoyed|liked) this (?:article|story)\b|tell us what you think\b|have your say\b|join the conversation\b|leave a comment\b|our (?:journalism|reporting) (?:relies|depends) on (?:the support of )?(?:readers|you)\b|stay (?:informed|up to date|in the know)\b|follow [\p{Lu}][^.]{0,40} on (?:facebook|twitter|x|instagram|linkedin|telegram|whatsapp|youtube|google news|threads|bluesky)\b|newsletters?\s*:|join (?:us|our|the [\p{Lu}][\p{L}.&-]*)\b[^.]{0,40}\b(?:channel|community|mailing list)\b|sign up (?:for|to)\b.{0,60}\b(?:newsletters?|briefings?|bulletins?|digest|email alerts)\b|(?:follow|read|see|catch up on|keep up with) (?:all )?(?:of )?(?:our|the latest)\b[^,;]{0,60}\b(?:coverage|updates|live blog|reporting)\b[^,;]{0,60}\bhere\W*$|(?:comments?|commenting) (?:(?:on|for) this (?:story|article|piece|post) )?(?:are|is|have been|has been) (?:now )?(?:closed|disabled|switched off|turned off)(?: (?:for|on) this (?:story|article|piece|post))?\W*$)/iu
/** A way to write to the author or the desk: an e-mail address after "reached at", "contact", "email" or "write to". */
const CONTACT = /\b(?:can be (?:reached|contacted)|reach (?:him|her|them|us)|contact|e-?mail|write to)\b.{0,40}\b[\w.+-]+@[\w-]+\.[\w.-]+/i
// Syndication notes about the article itself, not about things in the story.
const SYNDICATION =
  /^(?:this|the) (?:article|story|piece|report|content)\b.*\b(?:was|is|has been|were)\b.*\b(?:licensed|republished|syndicated|originally (?:published|appeared)|first (?:published|appeared)|reproduced|produced in partnership|published from a (?:wire|news) agency feed|auto-generated from a syndicated feed)\b|^this (?:article|story|piece) (?:originally|first) (?:appeared|ran)\b|^only the headline\b.*\bsyndicated feed\b/i
const SPEECH = /["“”«»]/
const NETWORK = /^(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|mail|reddit|telegram|pinterest|flipboard|messenger|threads|bluesky|instagram|youtube)$/i
const SHARE_WORD = /^(?:share|shares|on|via|this|article|story|copy|link|print|tweet|save|comments?|\d+)$/i
const NAV_WORD = /^(?:menu|search|sign|in|out|log|login|logout|register|subscribe|account|my|home|close|open|skip|to|content|main|navigation|sections?|edition|newsletters?|podcasts?|video|live|more|back|top|the|and|e-paper|epaper)$/i

/** A word of a row of buttons, as isButtonRow cuts them. */
const ROW_WORD = /[\p{L}\d-]+/gu

/** A row of buttons: only network names, share words or menu words ("Menu Search Sign in"). */
function isButtonRow(s: string): boolean {
  // Every word of a row is a network, share or menu word: the first that is none ends the test
  // before the line is cut into words (most lines are sentences, and their first word is none).
  ROW_WORD.lastIndex = 0
  for (let w = ROW_WORD.exec(s); w; w = ROW_WORD.exec(s)) {
    if (!NETWORK.test(w[0]) && !SHARE_WORD.test(w[0]) && !NAV_WORD.test(w[0])) return false
  }
  const words = s.split(/[^\p{L}\d-]+/u).filter((w) => w !== '')
  if (words.length === 0 || words.length > 16) return false
  const share = words.some((w) => NETWORK.test(w)) && words.every((w) => NETWORK.test(w) || SHARE_WORD.test(w))
  const nav = words.length >= 2 && words.every((w) => NAV_WORD.test(w))
  return share || nav
}

/** A menu or breadcrumb: three or more short items between "|", ">", "›" or "»" ("Home | World | Climate", "World > Climate"). */
function isMenuRow(s: string): boolean {
  if (isTerminated(s)) return false
  const items = s.split(/\s*[|>›»]\s*/).filter((x) => x !== '')
  const separators = (s.match(/[|>›»]/g) ?? []).length
  return items.length >= 2 && separators >= (s.includes('|') ? 2 : 1) && items.every((x) => wordCount(x) <= 3 && !/\d{4}/.test(x))
}

/** A line of page furniture: an ad label, navigation, a share row, a subscribe, comment or cookie prompt. */
export function isPromptLine(line: string): boolean {
  const s = line.trim()
  const words = wordCount(s)
  // Labels and buttons don't end like sentences ("Already a subscriber?" is a question, not a sentence).
  // isButtonRow splits into at least as many pieces as there are words: longer lines are never rows.
  if ((words <= 16 && isButtonRow(s)) || isMenuRow(s)) return true
  if (words <= 12 && PROMPT_START.test(s.replace(/[\s?!:.]+$/, '')) && (!isTerminated(s) || /[?:]$/.test(s))) return true
  if ((words <= 16 && TERMINATED_PROMPT.test(s)) || (words <= 20 && CONTACT.test(s))) return true
  if (words > 60 || SPEECH.test(s)) return false // quoted speech may say "you" and "sign up"
  // (A syndication note often stands in brackets: "(This story has not been edited by … staff …)".)
  return (YOU.test(s) && SECOND_PERSON_PROMPT.test(s)) || (COOKIE_WORD.test(s) && COOKIE.test(s)) || SYNDICATION.test(s.replace(/^\(/, ''))
}

/** A prompt to subscribe, sign up or give: the heading of a promotion box ("Subscribe to The Weekly"). */
const PROMOTION = /\b(?:subscri\w*|sign up|newsletters?|membership|donat\w*)\b/i
/** Words of a promotion's blurb: the reader addressed ("Our best reporting, straight to your inbox."). */
const READER = /\b(?:you|your)\b/i
/** A blurb is a line or two; a paragraph of the story that says "you" runs longer. */
const BLURB_MAX_WORDS = 30

/**
 * A short line addressing the reader beside a subscribe or donate prompt: the rest of the
 * promotion box ("Subscribe to the Weekly" | "Escape the noise. Get the facts in your inbox.").
 * On its own such a line may be the story's (a quoted "you"), so only its neighbour decides.
 */
export function isPromotionBlurb(line: string, neighbour: string): boolean {
  return PROMOTION.test(neighbour) && READER.test(line) && !SPEECH.test(line) && wordCount(line) <= BLURB_MAX_WORDS
}

// 2. Photo captions and credits.
const CREDIT_WORD = '(?:pool\\s+)?(?:photo(?:graph)?s?|pictures?|pic|images?|illustration|graphic|video|footage|credit|foto)'
const CREDIT_ONLY = new RegExp(
  `^(?:[©Ⓒ]|\\(c\\)\\s|copyright\\b(?=\\s*(?:[©Ⓒ]|\\(c\\)|\\d{4}|:|$))|\\(?(?:(?:header|cover|featured?|top|main|lead|banner|hero)\\s+)?${CREDIT_WORD}(?:\\s+credits?)?\\s*(?::|/|\\||by\\b)|(?:source|courtesy)\\s*:)`,
  'i',
)
// "… Square. Photograph: Jane Roe/Agency", "… Photo / Jane Roe", "… Credit:Agency", "Pool Photo by …"
const CREDIT_LABEL = new RegExp(`(?:^|[\\s.(\\[|])${CREDIT_WORD}(?:\\s+credits?)?\\s*(?::|/|\\||by\\b)([^:]{0,80})$`, 'i')
/** A gallery's picture number opening its caption: "[1/4] Ministers arrive …". */
const GALLERY_NUMBER = /^\[\d{1,2}\s?\/\s?\d{1,2}\]\s/

/** A wire photo's credit in brackets: "(AP Photo/Jane Roe, Pool)". Its captions name everyone in the picture and run long. */
const WIRE_PHOTO_CREDIT = /\((?:[\p{Lu}][\p{L}.&-]*\s){1,3}(?:[Pp]hoto|PHOTO|[Pp]icture)\s?\/[^()]{1,60}\)$/u
const WIRE_CAPTION_MAX_WORDS = 120
/** A caption opening with its label: "PHOTO: Officials exchange documents …", "File photo: …", "Image caption, …". */
const CAPTION_LABEL = /^\(?(?:(?:photo|picture|image|pictured|caption|photo caption|file (?:photo|picture))s?\s*:|(?:image|media) (?:caption|source)\s*,)\s*\S/i
const LABELLED_CAPTION_MAX_WORDS = 60

const CREDIT_TAIL = [
  /[©Ⓒ][^.!?]{0,80}$/,
  /\[(?:photo|image|picture|file photo)[^\]]*\]\s*$/i,
  /\((?:photo|image|picture|file photo)[^)]*\)\s*$/i,
  // "(Jane Roe/The Daily Planet)": a name and an outlet joined by a slash, in brackets at the end;
  // "[Jane Roe, Daily Planet]": a name and an outlet after a comma, in square brackets.
  /\(\s*[\p{Lu}][^()]{1,50}\/\s*[\p{Lu}][^()]{1,50}\)\s*$/u,
  /\[\s*[\p{Lu}][^[\]]{1,40},\s*[\p{Lu}][^[\]]{1,30}\]\s*$/u,
  // "(AGENCY file photo)": an agency's photo, in brackets at the end.
  /\((?:[\p{Lu}][\p{L}.&-]*\s+){1,3}(?:file\s+)?(?:photo|picture|image)\)\s*$/iu,
  // "… are parked in the port. Jane Roe/dpa": a photographer and an agency joined by a slash, no brackets.
  /\s(?:[\p{Lu}][\p{L}'’-]+\s){1,2}[\p{Lu}][\p{L}'’-]+\/\s?[\p{L}]{2,12}\s*$/u,
  /\|\s*(?:getty images|ap|afp|reuters|bloomberg|epa|shutterstock|alamy|license photo|file)\s*$/i,
  // "… in April. AP": an agency name standing alone after the caption's full stop.
  /[.!?]["”’]?\s+(?:AP|AFP|Reuters|Bloomberg|Getty Images|EPA|EPA-EFE|AAP|PA|Xinhua|Kyodo|Yonhap|ANI|PTI|IANS|Supplied|File)\s*$/,
  // "… on Tuesday. REUTERS/Jon Dale", "… in April. Jon Dale/Getty Images": an agency and its photographer after the caption's full stop.
  // Any agency's letters work as the named ones do: "… in Tokyo, Sept 8, 2022. APN/Jon Dale".
  /[.!?]["”’]?\s+(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|AAP|ANADOLU|Xinhua|XINHUA|\p{Lu}{2,8})\s?\/\s?(?:[\p{Lu}][\p{L}'’.-]+\s?){1,3}$/u,
  // "… during the virtual summit. Capitol Ledger photo": an outlet's name and "photo" after the caption's full stop.
  /[.!?]["”’]?\s+(?:[\p{Lu}][\p{L}.&'’-]*\s){1,3}(?:file\s)?(?:photo|photograph|picture)$/u,
  WIRE_PHOTO_CREDIT,
  // "AFP via Getty Images", alone or after the caption's full stop.
  /(?:^|[.!?]["”’]?\s)(?:[\p{Lu}][\p{L}.&'’-]*\s){1,4}via (?:Getty Images|Reuters|AP|AFP|Shutterstock)$/u,
  /[.!?]["”’]?\s+(?:[\p{Lu}][\p{L}'’-]+\s){1,2}[\p{Lu}][\p{L}'’-]+\s?\/\s?(?:Getty Images|AFP via Getty Images|Bloomberg via Getty Images|AP Photo|The Associated Press)\s*$/u,
]

/** A line that is only a photo credit: "© Agency", "Photo: Jane Roe", "(photo credit: …)". */
export function isCreditOnlyLine(line: string): boolean {
  const s = line.trim().replace(/^\((?=photo|image|picture)/i, '')
  return wordCount(s) <= 16 && CREDIT_ONLY.test(s)
}

/**
 * CREDIT_LABEL's label (":", "/", "|" or "by") is followed by at most 80 characters to the end, so it
 * lies in the last 82: a line with none there has no credit label, and CREDIT_LABEL, which tries a
 * start at every character, need not read its whole length (most lines are paragraphs).
 */
const LABEL_NEAR_END = /[:/|]|by/i
const LABEL_REACH = 82

/** A credit label at the end of a line, followed by a name of a few words that doesn't end a sentence. */
function hasCreditLabelTail(s: string): boolean {
  if (!LABEL_NEAR_END.test(s.length > LABEL_REACH ? s.slice(s.length - LABEL_REACH) : s)) return false
  const m = CREDIT_LABEL.exec(s)
  if (!m) return false
  const who = m[1].trim()
  return wordCount(who) <= 8 && !/[.!?]$/.test(who)
}

/**
 * A wire photo's caption: a present-tense description of the scene dated in full, weekday and year
 * ("Leaders pose for a group photo at the summit, Sunday, June 26, 2022."). A story's own sentence
 * tells what happened in the past tense.
 */
const CAPTION_DATE = new RegExp(String.raw`\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:${MONTH_NAME})\.? \d{1,2}, (?:19|20)\d\d\b`)
const CAPTION_VERB = /\b(?:poses?|attends?|speaks?|gestures?|walks?|arrives?|looks?|stands?|waves?|holds?|listens?|sits?|shakes?|delivers?|leaves?|(?:is|are) seen|takes? part)\b/

/** A photo caption carrying its credit, or a bare credit. */
export function isCaptionLine(line: string): boolean {
  const s = line.trim()
  if (isCreditOnlyLine(s) || GALLERY_NUMBER.test(s)) return true
  const words = wordCount(s)
  if (words <= LABELLED_CAPTION_MAX_WORDS && CAPTION_LABEL.test(s)) return true
  if (words > 80) return words <= WIRE_CAPTION_MAX_WORDS && s.endsWith(')') && WIRE_PHOTO_CREDIT.test(s)
  // (CAPTION_DATE holds the literal "day": a line without it needs no scan.)
  return hasCreditLabelTail(s) || hasCreditTail(s) || (s.includes('day') && CAPTION_DATE.test(s) && CAPTION_VERB.test(s))
}

/** One of CREDIT_TAIL at the end of a trimmed line. */
function hasCreditTail(s: string): boolean {
  // Each pattern but the copyright sign's ends the line with "]", ")" or an agency's name, in ASCII:
  // most lines end with a full stop or a quote mark and need none of the scans.
  const last = s.charCodeAt(s.length - 1)
  const mayEnd = last === 0x5d || last === 0x29 || ((last | 0x20) >= 0x61 && (last | 0x20) <= 0x7a)
  if (!mayEnd && !s.includes('©') && !s.includes('Ⓒ')) return false
  return CREDIT_TAIL.some((re) => re.test(s))
}
