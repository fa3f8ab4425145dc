import { expect, test } from 'vitest'
import { normaliseFeedDate } from './feed-date.js'

test.each([
  ['Thu, 29 Apr 2021 23:30:00 -0500', '2021-04-29T23:30:00-05:00'],
  ['Thu, 29 Apr 2021 08:00:00 GMT', '2021-04-29T08:00:00+00:00'],
  ['29 Apr 2021 08:00 EDT', '2021-04-29T08:00:00-04:00'],
  ['Thu, 29 Apr 21 08:00:00 +0200', '2021-04-29T08:00:00+02:00'],
  ['Thursday, 29 April 2021 08:00:00 CEST', '2021-04-29T08:00:00+00:00'],
  ['2021-04-29T08:00:00Z', '2021-04-29T08:00:00+00:00'],
  ['2021-04-29T08:00:00.123+05:30', '2021-04-29T08:00:00+05:30'],
  ['2021-04-29', '2021-04-29'],
])('normaliseFeedDate(%j) = %s', (input, iso) => {
  expect(normaliseFeedDate(input)).toBe(iso)
})

test.each(['', 'yesterday', '31 Apr 2021 08:00:00 GMT', '2021-13-01', 'Thu, 29 Foo 2021 08:00:00 GMT', null])(
  'normaliseFeedDate(%j) is null',
  (input) => {
    expect(normaliseFeedDate(input)).toBeNull()
  },
)
