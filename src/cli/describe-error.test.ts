import { describe, expect, it } from 'vitest'
import { describeError } from './describe-error.js'

// Issue 15: a second process on a data folder sometimes died with `pledgewatch: undefined`.
describe('describeError', () => {
  it.each([
    [Object.assign(new Error('no such table'), { code: '42P01' }), 'no such table [42P01]'],
    [new Error('', { cause: new Error('disk full') }), 'disk full'],
    [Object.assign(new Error(''), { name: 'RuntimeError' }), 'RuntimeError with no message'],
    [undefined, 'an empty error value (undefined) was thrown'],
    [null, 'an empty error value (null) was thrown'],
    ['', 'an empty error'],
    [{ message: 'relation missing', code: 'XX001' }, 'relation missing [XX001]'],
    [{ name: 'ExitStatus', status: 1 }, 'the embedded database stopped (exit status 1)'],
    [42, '42'],
  ])('names the cause of %o', (thrown, line) => {
    expect(describeError(thrown)).toBe(line)
  })
  it('never says "undefined" for an object without a message', () => {
    expect(describeError({ errno: -5 })).toBe('{ errno: -5 }')
  })
})
