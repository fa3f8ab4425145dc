import { describe, expect, test } from 'vitest'
import { isListItem, looksLikeMarkdown, stripListMarker, stripMarkdownLine } from './markdown.js'

describe('stripMarkdownLine', () => {
  test.each([
    ['## Norland sets a new goal', 'Norland sets a new goal'],
    ['# Heading with closing hashes ##', 'Heading with closing hashes'],
    ['The [ministry](https://example.org/a_(b)) said so.', 'The ministry said so.'],
    ['See the [report][1] for details.', 'See the report for details.'],
    ['A chart ![emissions chart](https://example.org/c.png) follows.', 'A chart  follows.'],
    ['The cut is **55%** by *2030*, not __60%__.', 'The cut is 55% by 2030, not 60%.'],
    ['Keep snake_case_names and 2 * 3 as written.', 'Keep snake_case_names and 2 * 3 as written.'],
    ['- Coal ends by 2035', 'Coal ends by 2035'],
    ['3. Methane falls by a third', 'Methane falls by a third'],
    ['> Quoted line', 'Quoted line'],
    ['Use `net zero` and ~~old~~ words', 'Use net zero and old words'],
    ['An escaped \\*star\\* stays', 'An escaped *star* stays'],
    ['Visit <https://example.org/x> now', 'Visit https://example.org/x now'],
    ['Line<br>break', 'Linebreak'],
  ])('%s', (input, expected) => {
    expect(stripMarkdownLine(input)).toBe(expected)
  })

  test.each(['---', '* * *', '[1]: https://example.org/ref', '| --- | :---: |', '```ts'])('syntax-only line %s becomes empty', (line) => {
    expect(stripMarkdownLine(line)).toBe('')
  })
})

describe('list markers', () => {
  test('bullets and numbers are list items; a year at line start is not', () => {
    expect(isListItem('• Solar doubles by 2030')).toBe(true)
    expect(isListItem('12) Wind triples')).toBe(true)
    expect(isListItem('2030. A year to remember')).toBe(false)
    expect(isListItem('-5 degrees overnight')).toBe(false)
    expect(stripListMarker('  • Solar doubles by 2030')).toBe('Solar doubles by 2030')
  })
})

describe('looksLikeMarkdown', () => {
  test('links or headings mark Markdown; plain prose does not', () => {
    expect(looksLikeMarkdown('Plain words.\n\nMore plain words.')).toBe(false)
    expect(looksLikeMarkdown('Text with a [link](https://example.org).')).toBe(true)
    expect(looksLikeMarkdown('## A heading\n\nText.')).toBe(true)
  })
})
