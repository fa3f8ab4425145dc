import { describe, expect, test } from 'vitest'
import * as chrono from 'chrono-node'
import { resolveEventDate, withoutParsers } from './dates.js'

describe('resolveEventDate', () => {
  test.each([
    // 2024-03-14 is a Thursday.
    ['The ministers met on Tuesday in Lima.', '2024-03-12'],
    ['The envoy said Thursday that talks went well.', '2024-03-14'],
    ['The two leaders will meet on Friday.', '2024-03-15'],
    ['Last month the two sides signed a pact.', '2024-02'],
    ['They signed the treaty on 9 March in Lima.', '2024-03-09'],
    ['The presidents first met in 2013.', null],
    ['Both aim for net zero by 2050.', null],
    // Phrases the chrono gate (DATE_WORD) must let through: no digit date, no month name.
    ['The envoys met yesterday in Lima.', '2024-03-13'],
    ['The envoys held talks over the weekend.', '2024-03-09'],
    ['The envoys met 2 weeks ago.', '2024-02-29'],
    ['The pact takes effect at the end of this year.', '2024-12-31'],
    ['Prices rose in 2023 and again last year.', null],
    ['The envoys talked on the day before the summit.', '2024-03-13'],
    ['The envoys spoke every day and held a two-day meeting.', null],
    // chrono reads "lasts" as "last second": the gate must not hide what chrono would find.
    ['The envoys will talk as long as the truce lasts.', '2024-03-14'],
    // A month's name alone is a date after a time word, and a name otherwise.
    ['The ministers met in March.', '2024-03'],
    ['Britain and France, led by Theresa May, urged the premier to act.', null],
    ['April Reyes, the envoy, met the premier.', null],
    // A month or day with no year: the latest on or before the article's date, or the next one after a future marker.
    ['The ministers met in June.', '2023-06'],
    ['The ministers will meet in June.', '2024-06'],
    ['The ministers met in January.', '2024-01'],
    ['They signed the treaty on 20 March in Lima.', '2023-03-20'],
    ['The treaty will be signed on 20 March in Lima.', '2024-03-20'],
    ['The ministers met in June 2025.', '2025-06'],
    // A short weekday alone is a word ("sat down", "The Sun"); with "on" or a stop it is a day.
    ['The envoy sat down with her counterpart.', null],
    ['The Sun said the ministers met on Tuesday.', '2024-03-12'],
    ['The ministers met on Sat. in Lima.', '2024-03-09'],
    // A span after "for", "after" or "within" is no date (chrono reads it as a time from the article's day).
    ['The two presidents spoke by phone for three hours.', null],
    ['The envoys talked for 45 minutes on Monday.', '2024-03-11'],
    ['The envoys signed the pact after a week of talks.', null],
    ['The envoys met three days ago.', '2024-03-11'],
  ])('%s', (sentence, expected) => {
    expect(resolveEventDate(sentence, '2024-03-14')).toBe(expected)
  })

  test('no article date, no resolved date', () => {
    expect(resolveEventDate('They met on Tuesday.', null)).toBeNull()
  })
})

describe('the lean chrono reader (dates without "ago" or "later")', () => {
  const lean = withoutParsers(chrono.casual, new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']))
  const ref = { instant: new Date('2025-03-12T12:00:00Z'), timezone: 0 }
  const read = (c: chrono.Chrono, s: string) => c.parse(s, ref).map((r) => [r.index, r.text, r.start.date().toISOString()])

  test('reads sentences without those words as the full reader does', () => {
    for (const s of [
      'The envoys met on Tuesday in Lima.',
      'Tariffs took effect on 3 February and were doubled last month.',
      'Ministers from both countries will meet next week, the ministry said yesterday.',
      'Talks ran for two days in mid-January 2024.',
    ]) expect(read(lean, s)).toEqual(read(chrono.casual, s))
  })

  test('leaves "two weeks ago" and "three days later" to the full reader', () => {
    expect(read(lean, 'They met two weeks ago.')).toEqual([])
    expect(read(chrono.casual, 'They met two weeks ago.')).toHaveLength(1)
    expect(resolveEventDate('Three days later the two leaders met again.', '2025-03-12')).toBe('2025-03-15')
    expect(resolveEventDate('The two leaders met two weeks ago.', '2025-03-12')).toBe('2025-02-26')
  })

  test('says so when a parser it should drop is not there', () => {
    expect(() => withoutParsers(chrono.casual, new Set(['NoSuchParser']))).toThrow(/NoSuchParser/)
  })
})
