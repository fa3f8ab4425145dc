import { describe, expect, test } from 'vitest'
import { findDate, isDateOnlyLine, parseDateIn } from './dateline.js'

describe('parseDateIn', () => {
  test.each([
    ['Published: Friday 07 March 2025', '2025-03-07'],
    ['Posted 09:15 on October 3, 2024 / Updated later', '2024-10-03'],
    ['Write: 2023-05-17 08:00:01', '2023-05-17'],
    ['Published on 21/06/2022 - 10:30', '2022-06-21'],
    ['Created: 04-02-2021 11:00 IST', '2021-02-04'],
    ['06/25/2020', '2020-06-25'],
    ['Sept. 9, 2019', '2019-09-09'],
    ['the 1st of July 2018', '2018-07-01'],
  ])('%s', (s, iso) => {
    expect(parseDateIn(s)).toBe(iso)
  })

  test.each(['Monday', '31 February 2021', '7 days ago', '12/10/25', 'in 2030'])('no full date in %s', (s) => {
    expect(parseDateIn(s)).toBeNull()
  })
})

describe('findDate', () => {
  test('a leading date line wins', () => {
    expect(findDate('date 2022-01-05 Islanders demand faster cuts\n\nText of the story.')).toBe('2022-01-05')
  })

  test('a Published line is preferred over an Updated line', () => {
    const text = 'Harbour Gazette\nUpdated: 12 May 2021\nPublished: 10 May 2021\n\nThe port authority said on Monday it would electrify its cranes.'
    expect(findDate(text)).toBe('2021-05-10')
  })

  test('a field inside a pipe-separated metadata line counts', () => {
    expect(findDate('Wire desk | Created: 03-08-2020 14:10 | Updated: 04-08-2020 09:00\nBody text.')).toBe('2020-08-03')
  })

  test('a bare date-and-time line counts', () => {
    expect(findDate('A headline about turbines\nMarch 14, 2023 6:05 pm\n\nThe plant opened.')).toBe('2023-03-14')
  })

  test('a dateline with a year counts', () => {
    expect(findDate('OSLO, June 2, 2021 (Newswire) - The fund sold its coal shares.')).toBe('2021-06-02')
  })

  test('dates inside sentences, weekdays and datelines without a year do not', () => {
    expect(findDate('The treaty was signed on April 22, 2016, and ratified later.')).toBeNull()
    expect(findDate('OSLO, June 2 (Newswire) - The fund sold its shares on Tuesday.')).toBeNull()
    expect(findDate('Published in 2019, the report warned of floods on 3 May 2020.')).toBeNull()
  })

  test('an Updated date is the fallback', () => {
    expect(findDate('By A. Writer | Updated: 2020-11-30 10:00\n\nText.')).toBe('2020-11-30')
  })
})

describe('isDateOnlyLine', () => {
  test('a date with time words only', () => {
    expect(isDateOnlyLine('10:45 am on 2 April 2024')).toBe(true)
    expect(isDateOnlyLine('Talks resume on 2 April 2024')).toBe(false)
  })
})
