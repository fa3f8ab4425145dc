/**
 * Publication dates from the metadata lines of a scraped article: a leading
 * `date YYYY-MM-DD`, "Published …" / "Created …" / "Updated …" lines, lines
 * that hold only a date, and a wire dateline ("TOKYO, Aug 31, 2021 (Reuters) -").
 * Only a date with day, month and year counts: a weekday or "7 days ago" is
 * never turned into a day.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}
/** A month's name, full or cut short, as regex source: the one list the cleaner's date patterns read. */
export const MONTH_NAME = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
const MONTH = `(${MONTH_NAME})\\.?`
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?'

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/
const YMD_SLASH = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/
const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i')
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/

/** Lines whose date is the publication date, and lines whose date is a later revision. */
const PUBLISHED = /^\s*(?:\W\s*)?(?:date|published|first published|posted|created|write|written|released|issued)\b/i
const UPDATED = /^\s*(?:\W\s*)?(?:last\s+)?(?:updated|modified|edited|update)\b/i
// Capitalised only: inside a sentence, "was published on …" dates the thing reported, not the article.
const PUBLISHED_FIELD = /\b(?:Published|Posted|Created|Write)\b\s*(?:on|at)?\s*:?/
const UPDATED_FIELD = /\b(?:Updated|Modified)\b\s*(?:on|at)?\s*:?/

const KEYWORD_TO_DATE = /^[\s:,|/–—-]*(?:(?:on|at)\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?[\s,]*$/i

/** Words that may sit next to a date on a date-only line. */
// (Ends where no letter or digit follows, not at \b: "a.m." ends with a full stop.)
const DATE_FILLER = /\b(?:\d+\s*-?\s*min(?:ute)?s?\s+read|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|et|pst|pdt|pt|ist|jst|kst|aest|aedt|hrs?|local time|time)(?![A-Za-z0-9])/gi

/**
 * The first full calendar date written in `s`, as `YYYY-MM-DD`, or null.
 * Numeric dates are read day first ("02-11-2022" is 2 November) unless the
 * second number is above 12 and so can only be the day ("04/22/2021").
 * @example parseDateIn('Published: Tuesday 02 November 2021') // '2021-11-02'
 */
export function parseDateIn(s: string): string | null {
  return locateDate(s)?.iso ?? null
}

/** The first full date in `s` and where it starts. */
function locateDate(s: string): { at: number; iso: string } | null {
  const found: { at: number; iso: string | null }[] = []
  const iso = ISO.exec(s) ?? YMD_SLASH.exec(s)
  if (iso) found.push({ at: iso.index, iso: validDay(+iso[1], +iso[2], +iso[3]) })
  const dmy = DAY_MONTH_YEAR.exec(s)
  if (dmy) found.push({ at: dmy.index, iso: validDay(+dmy[3], monthNumber(dmy[2]), +dmy[1]) })
  const mdy = MONTH_DAY_YEAR.exec(s)
  if (mdy) found.push({ at: mdy.index, iso: validDay(+mdy[3], monthNumber(mdy[1]), +mdy[2]) })
  const num = NUMERIC.exec(s)
  if (num) {
    const [a, b, y] = [+num[1], +num[3], +num[4]]
    // Day first is the common order outside the US; a second number above 12 can only be a day.
    found.push({ at: num.index, iso: b > 12 ? validDay(y, a, b) : validDay(y, b, a) })
  }
  const first = found.filter((f) => f.iso !== null).sort((x, y) => x.at - y.at)[0]
  return first ? { at: first.at, iso: first.iso as string } : null
}

/**
 * Finds the article's publication date in its metadata lines, as ISO
 * `YYYY-MM-DD`, or null. Steps:
 * 1. a leading `date YYYY-MM-DD` line;
 * 2. a "Published/Posted/Created …" line or field ("Reuters | Created: 02-11-2022");
 * 3. a line that is only a date (and a time);
 * 4. a wire dateline with a year at the start of a paragraph;
 * 5. an "Updated …" line, when nothing says when the article first appeared.
 * Dates inside ordinary sentences are never taken: they are what the story is about.
 * @example findDate('By Jane Roe\nPublished 16:54 on September 22, 2020\n\nText.') // '2020-09-22'
 */
export function findDate(text: string): string | null {
  try {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').slice(0, 40)
    const lead = /^date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(lines[0] ?? '')
    if (lead) return parseDateIn(lead[1])
    let updated: string | null = null
    let dateOnly: string | null = null
    let dateline: string | null = null
    for (const line of lines) {
      if (line.length > 400) continue
      const published = publishedDate(line)
      if (published) return published
      if (updated === null && (UPDATED.test(line) || UPDATED_FIELD.test(line))) updated = parseDateIn(line)
      if (dateOnly === null && isDateOnlyLine(line)) dateOnly = parseDateIn(line)
      if (dateline === null) dateline = datelineDate(line)
    }
    return dateOnly ?? dateline ?? updated
  } catch {
    return null
  }
}

/** True when a line says nothing but a date, perhaps with a time, a weekday or a zone. */
export function isDateOnlyLine(line: string): boolean {
  if (line.length > 80 || parseDateIn(line) === null) return false
  const rest = line
    .replace(ISO, ' ').replace(YMD_SLASH, ' ').replace(DAY_MONTH_YEAR, ' ').replace(MONTH_DAY_YEAR, ' ').replace(NUMERIC, ' ')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, ' ')
    .replace(DATE_FILLER, ' ')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim()
  return rest === ''
}

/** The date of a "Published …" line, or of a "Published:/Created:" field inside a metadata line. */
function publishedDate(line: string): string | null {
  const lead = PUBLISHED.exec(line)
  if (lead && !/^\s*date\s+\D/i.test(line)) {
    const d = dateRightAfter(line.slice(lead[0].length))
    if (d) return d
  }
  const field = PUBLISHED_FIELD.exec(line)
  return field ? dateRightAfter(line.slice(field.index + field[0].length)) : null
}

/**
 * The date that follows a keyword with at most "on", "at" or a time between:
 * in "Published in 2019, the report warned … on 3 May 2020" the date is the story's.
 */
function dateRightAfter(rest: string): string | null {
  const d = locateDate(rest)
  return d && KEYWORD_TO_DATE.test(rest.slice(0, d.at)) ? d.iso : null
}

const DATELINE_WITH_YEAR = new RegExp(`^[A-Z][A-Za-z .'’-]{1,40},?\\s+(${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})\\s*(?:\\([^)]{1,30}\\))?\\s*[-–—:]`)

/** "LONDON, April 21, 2021 (Reuters) -": wire datelines carry a year only sometimes. */
function datelineDate(line: string): string | null {
  const m = DATELINE_WITH_YEAR.exec(line)
  return m ? parseDateIn(m[1]) : null
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
