import * as chrono from 'chrono-node'

// chrono-node is costly; it runs only on sentences where it could find a day, a month or a
// weekday (the only results used): a date in figures, a month or weekday name, a casual day word
// ("yesterday", "now"), or a time unit after a number or a modifier ("for a day", "last month",
// "two weeks ago"). Years alone ("last year", "in 2030") never give a day or month. The gate
// follows chrono's own patterns, quirks included: it reads "lasts" as "last s(econd)".
const UNITS = String.raw`seconds?|minutes?|hours?|days?|weeks?|months?|quarters?`
const UNIT_ABBREVIATIONS = String.raw`s|m|h|d|w|mo|mons?|mos|secs?|mins?|hrs?|qtr`
const NUMBER_WORDS = String.raw`the|an?|few|several|couple|of|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`
const DATE_WORD = new RegExp(
  [
    // Digits alone ("in 2030", "40%") give no day; dates written in figures ("9/11", "2021-09-02", "1.5") do.
    String.raw`\d[-./:\s]\d`,
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\w)`,
    String.raw`\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|week)(?:day|end)?(?!\w)`,
    String.raw`\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night|morning|afternoon|evening|midnight|midday|noon)(?!\w)`,
    // "last month", "next week", "lasts"; "by the end of this year" (moved to the year's last day).
    String.raw`\b(?:this|last|past|next|after)\s*(?:${UNITS}|${UNIT_ABBREVIATIONS})(?!\w)`,
    String.raw`\b(?:end|day)\s+of\s+(?:the\s+)?(?:this|last|past|next)\b`,
    // "3 days", "a day", "the day before", "5d"; a number word glued to a short unit ("them") is not read.
    // No \b before the number: chrono reads "pasta days" as "past a days".
    String.raw`(?:\d|${NUMBER_WORDS})\s{0,3}(?:${UNITS})(?!\w)`,
    String.raw`(?:\d\s{0,3}|(?:${NUMBER_WORDS})\s{1,3})(?:${UNIT_ABBREVIATIONS})(?!\w)`,
  ].join('|'),
  'i',
)
/** A weekday's short form alone, as chrono reads "sat" or "Sun" with nothing around it. */
const SHORT_WEEKDAY = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)$/i
const FUTURE = /\b(?:will|shall|next|upcoming|to be held|scheduled|plans? to)\b/i
/** A length of time after "for", "after", "within" or "over": what chrono reads as a time from now. */
const DURATION = new RegExp(String.raw`^(?:for|after|within|over)\s+(?:\d+|${NUMBER_WORDS})(?:\s+(?:\d+|${NUMBER_WORDS}))*\s*(?:${UNITS})$`, 'i')

/**
 * chrono's two parsers of a time from the reference ("two weeks ago", "three days later") take about
 * two thirds of its time, as each tries its pattern of numbers and units at every position. They can
 * only match where one of their closing words follows a unit, so a sentence without those words is
 * read by the same parsers less those two: the same results, at a third of the cost.
 */
const AGO_OR_LATER = /\b(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\W|$)/i
const RELATIVE_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'])
const fullChrono = chrono.casual
const leanChrono = withoutParsers(chrono.casual, RELATIVE_PARSERS)

/** A copy of `c` without the parsers of the given class names; throws if one is not there (a new chrono version). */
export function withoutParsers(c: chrono.Chrono, names: ReadonlySet<string>): chrono.Chrono {
  const lean = c.clone()
  const kept = lean.parsers.filter((p) => !names.has(p.constructor.name))
  if (kept.length !== lean.parsers.length - names.size) throw new Error(`chrono-node: parsers ${[...names].join(', ')} not found`)
  lean.parsers = kept
  return lean
}

/**
 * Resolves the date an event in `sentence` happened, against the article's date (`YYYY-MM-DD`).
 *
 * 1. chrono-node finds date expressions ("on Tuesday", "last month", "on 9 November").
 * 2. A bare weekday is the latest such day on or before the article date, as news reports
 *    past events, unless the sentence speaks of the future ("will meet on Friday").
 * 3. A month without a day gives `YYYY-MM`; years alone ("in 2013", "by 2030") are not event dates.
 * Returns null when the sentence states no date or the article has none.
 * @example resolveEventDate('They met on Tuesday.', '2021-09-02') // '2021-08-31'
 */
export function resolveEventDate(sentence: string, articleDate: string | null): string | null {
  return eventDatesIn(sentence, articleDate)[0]?.date ?? null
}

/** A date a sentence names, and where: `index` and `end` are offsets into the sentence. */
export interface DateAt {
  readonly date: string
  readonly index: number
  readonly end: number
}

/** Every event date a sentence names, in order (resolveEventDate's rules): a caller may pick the one in its clause. */
export function eventDatesIn(sentence: string, articleDate: string | null): DateAt[] {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate) || !DATE_WORD.test(sentence)) return []
  const ref = new Date(`${articleDate}T12:00:00Z`)
  const out: DateAt[] = []
  const reader = AGO_OR_LATER.test(sentence) ? fullChrono : leanChrono
  for (const r of reader.parse(sentence, { instant: ref, timezone: 0 })) {
    // A short weekday standing alone is a word: "sat down with", "wed in March", "The Sun reported".
    if (SHORT_WEEKDAY.test(r.text)) continue
    // A span is no date: "spoke for two hours", "agreed after a week of talks" (chrono reads them from now).
    if (DURATION.test(r.text)) continue
    const date = dateOf(r, sentence, ref)
    if (date) out.push({ date, index: r.index, end: r.index + r.text.length })
  }
  return out
}

function dateOf(r: chrono.ParsedResult, sentence: string, ref: Date): string | null {
  const c = r.start
  // Only a future marker close before the date turns a weekday forward ("will meet on Friday").
  const future = FUTURE.test(sentence.slice(Math.max(0, r.index - 40), r.index))
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const wd = c.get('weekday')
    return wd === null ? null : isoDay(nearestWeekday(ref, wd, future))
  }
  // A day or month with no year is the latest one on or before the article's date ("met in March",
  // "imposed tariffs on 9 January"), or the next one after a future marker (chrono takes the nearest).
  const month = c.get('month') ?? 1
  const day = c.isCertain('day') ? (c.get('day') ?? 1) : 1
  const year = c.isCertain('year') ? (c.get('year') ?? ref.getUTCFullYear()) : yearAround(ref, month, day, future)
  if (c.isCertain('day')) return isoDay(dayOf(year, month, day))
  if (c.isCertain('month') && (c.isCertain('year') || monthAfterTimeWord(sentence, r.index, r.text))) return isoDay(dayOf(year, month, 1)).slice(0, 7)
  return null
}

/** The year of a month and day named without one: on or before `ref` for a past event, after it for a future one. */
function yearAround(ref: Date, month: number, day: number, future: boolean): number {
  const year = ref.getUTCFullYear()
  const key = month * 100 + day
  const today = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate()
  // (A month alone, day 1, is "on or before" through the whole of the article's month.)
  const sameMonth = day === 1 && month === ref.getUTCMonth() + 1
  if (future) return key > today || sameMonth ? year : year + 1
  return key <= today || sameMonth ? year : year - 1
}

function dayOf(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12))
}

/** Words that put a bare month name in time: "in May", "since March", "last June", "early April". */
const MONTH_LEADS = /(?:^|\s)(?:in|since|by|until|till|from|through|during|before|after|around|last|next|this|early|late|mid|of|end|between|and|or|to)\s*$/i

/**
 * A month named alone ("in May") is a date only after a time word: "Theresa May urged …", "Mrs May",
 * "April Reyes said" are names.
 */
function monthAfterTimeWord(sentence: string, index: number, text: string): boolean {
  if (!/^[A-Z][a-z]+[.,;]?$/.test(text.trim())) return true
  return MONTH_LEADS.test(sentence.slice(Math.max(0, index - 12), index))
}

function nearestWeekday(ref: Date, weekday: number, future: boolean): Date {
  const diff = (weekday - ref.getUTCDay() + 7) % 7
  const days = future ? (diff === 0 ? 7 : diff) : diff === 0 ? 0 : diff - 7
  return new Date(ref.getTime() + days * 86_400_000)
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

