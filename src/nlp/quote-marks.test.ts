import { describe, expect, test } from 'vitest'
import { findQuoteSegments } from './quote-marks.js'

function quoted(text: string): string[] {
  return findQuoteSegments(text, 0, text.length).map((s) => text.slice(s.start, s.end))
}

describe('findQuoteSegments', () => {
  test.each([
    ['curly double marks', 'The mayor said “the river is rising fast,” and left.', ['the river is rising fast,']],
    ['straight double marks', 'She said "we will plant more trees" on Friday.', ['we will plant more trees']],
    ['curly opener closed by a straight mark', 'He said “time is short for all of us," today.', ['time is short for all of us,']],
    ['two apostrophes as a closer', `"We are proud of this plan,'' the governor said.`, ['We are proud of this plan,']],
    ['two right single marks as a closer', '“Coal must go by the end,’’ she told them.', ['Coal must go by the end,']],
    ['guillemets', 'Il a dit «nous allons réduire les émissions» hier.', ['nous allons réduire les émissions']],
    ['single curly marks in a headline', 'Minister: ‘We will not back down on coal’', ['We will not back down on coal']],
    ['apostrophes inside a quote', '“It’s the farmers’ turn now,” he said.', ['It’s the farmers’ turn now,']],
    ['two quotes around an attribution', '“We agreed,” he said. “Now we act.”', ['We agreed,', 'Now we act.']],
    ['curly double opener closed by a single mark', '“We regret the decision,’ said the envoy. “We hope to return.’', ['We regret the decision,', 'We hope to return.']],
    ['a nested single quote closed inside a double one', '“He called it ‘a disaster,’ and left,” she said.', ['He called it ‘a disaster,’ and left,']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected)
  })

  test('an unclosed quote is capped at the end of the scanned line', () => {
    const text = 'She said: “We are not done yet.\n\nOther news followed.'
    const line = text.indexOf('\n')
    const [seg] = findQuoteSegments(text, 0, line)
    expect(seg.closed).toBe(false)
    expect(text.slice(seg.start, seg.end)).toBe('We are not done yet.')
  })

  test('a lone apostrophe opens nothing and does not hide a later quote', () => {
    expect(quoted("In the '90s the senator said \"we must act on this now\".")).toEqual(['we must act on this now'])
    expect(quoted('The ministers’ meeting ended late.')).toEqual([])
  })

  test('a stray closing mark with nothing open is ignored', () => {
    expect(quoted('The plan is “out of date” with the facts.” Then “the vote came in late”.')).toEqual(['out of date', 'the vote came in late'])
  })

  test('an unclosed curly single mark opens speech at the line start or after a colon, and nowhere else', () => {
    expect(quoted('Jane Doe said: ‘We will keep going until the job is done.')).toEqual(['We will keep going until the job is done.'])
    expect(quoted('‘In this way we reach more people than before.')).toEqual(['In this way we reach more people than before.'])
    expect(quoted('Back in the ‘90s the river never flooded.')).toEqual([])
  })
})
