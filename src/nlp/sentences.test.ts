import { describe, expect, test } from 'vitest'
import { scanSentences } from './sentence-scan.js'
import { splitSentences, winkSentences } from './sentences.js'

const texts = (line: string, ranges: readonly (readonly [number, number])[] | null) => ranges?.map(([s, e]) => line.slice(s, e)) ?? null

describe('scanSentences on easy lines', () => {
  test.each([
    ['Ministers met on Monday. They agreed a plan.', ['Ministers met on Monday.', 'They agreed a plan.']],
    ['Output rose 3.5 percent in 2024. Prices fell.', ['Output rose 3.5 percent in 2024.', 'Prices fell.']],
    ['Emissions fell by 12%. Coal use fell too.', ['Emissions fell by 12%.', 'Coal use fell too.']],
    ['The talks ended (late on Friday). A deal followed.', ['The talks ended (late on Friday).', 'A deal followed.']],
    ['Warming must stay near 1.5C. Few expect that.', ['Warming must stay near 1.5C.', 'Few expect that.']],
    ['"We are ready." The envoy left early.', ['"We are ready."', 'The envoy left early.']],
    ['It was agreed. “Now we build,” she said.', ['It was agreed.', '“Now we build,” she said.']],
    ['Is this enough? Nobody in the room thought so!', ['Is this enough?', 'Nobody in the room thought so!']],
    ['  A headline without a stop  ', ['A headline without a stop']],
  ])('%s', (line, expected) => {
    expect(texts(line, scanSentences(line))).toEqual(expected)
  })
})

describe('scanSentences leaves hard lines to wink', () => {
  test.each([
    'Mr. Lindqvist arrived in Oslo on Monday.',
    'Talks began at 9 a.m. The ministers then left.',
    'The bill was signed by John Q. Public last week.',
    'Funding was cut, etc. Nobody objected.',
    '“Why now?” she asked.',
    'They waited... Then the vote came.',
    'What a result?! The room went quiet.',
    'The plan was approved. then it stalled.',
  ])('%s', (line) => {
    expect(scanSentences(line)).toBeNull()
  })
})

describe('the scan agrees with wink where it decides', () => {
  // Lines of our own in the shapes news paragraphs take; wink is the reference for boundaries.
  const lines = [
    'Canada raised its 2030 goal to a cut of 45% from 2005 levels. The new figure will be sent to the United Nations next month.',
    '"We cannot wait for others to move first," said Anna Berg, the environment minister. "The cost of delay is rising every year."',
    'The two leaders met in Jakarta on Tuesday. They signed a pact on coal finance, according to officials. Details were not released.',
    'Germany wants to reach net zero by 2045. France and Italy have set 2050 as their date.',
    'Prices rose 2.4 percent in March. Analysts had expected 2.1 percent.',
    'Who pays for the damage? That question split the room for two weeks.',
    'The fund stands at $100bn a year (a figure set in 2009). Poorer countries want more.',
    // Initials joined by stops are decided by the next word (issue 13: most hard lines held one).
    'The U.S. plan was published. Critics said it was weak.',
    'Talks with the U.S. ended. The EU said it would go on.',
    'He met U.N. officials in Geneva on Friday.',
  ]
  test.each(lines)('%s', (line) => {
    const scanned = scanSentences(line)
    expect(scanned).not.toBeNull()
    expect(scanned).toEqual(winkSentences(line))
  })
})

test('a web address is no sentence end (wink would split "example.org")', () => {
  expect(scanSentences('Visit example.org for the full text.')).toEqual([[0, 36]])
})

describe('splitSentences', () => {
  test('offsets point into the text; lines and paragraphs are kept apart', () => {
    const text = 'A headline on coal\n\nMr. Berg spoke first. The plan passed.\nA caption line\n\nLater, the vote came.'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['A headline on coal', 'Mr. Berg spoke first.', 'The plan passed.', 'A caption line', 'Later, the vote came.'])
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 2])
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4])
  })
})
