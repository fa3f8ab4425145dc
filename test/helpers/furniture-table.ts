/**
 * The cleaner's table of page furniture and near sentences, on two pages we wrote: each line stands
 * once between two paragraphs of one story, and once as the last line of another (where a scraped
 * page often ends with a prompt or a link, and the cleaner keeps a last line cut short). A rule is
 * shown on two pages, never on one sentence.
 */
import { expect, test } from 'vitest'
import { cleanText } from '../../src/clean/text.js'

// Stories written for these tests; outlets, people and places are invented.
export const P1 = 'Norland will cut its greenhouse gas emissions by 60 percent by 2035, Prime Minister Ada Vale said on Tuesday, raising an earlier goal.'
export const P2 = 'The target, set against 1990 levels, will be written into law before the year is out, the environment ministry said in a statement.'
export const P3 = 'Opposition parties said the plan lacked detail on how farms and heavy industry would cut their share of emissions.'
const Q1 = 'Chile and Estland signed a deal on Monday to build a hydrogen corridor between their ports, the two governments said in a joint note.'
const Q2 = 'The first cargoes are due in 2028, and both sides said they would ask development banks to help pay for the new terminals.'

/** Each line of `goes` is dropped on both pages; each of `stays` (a near sentence of a story) is kept on both. */
export function furnitureTable(goes: readonly string[], stays: readonly string[]): void {
  test.each(goes)('%j goes', (line) => {
    expect(cleanText([P1, line, P2].join('\n\n')).text).toBe([P1, P2].join('\n\n'))
    expect(cleanText([Q1, Q2, line].join('\n\n')).text).toBe([Q1, Q2].join('\n\n'))
  })
  if (stays.length === 0) return
  test.each(stays)('the story’s own sentence %j stays', (sentence) => {
    expect(cleanText([P1, sentence, P2].join('\n\n')).text).toBe([P1, sentence, P2].join('\n\n'))
    expect(cleanText([Q1, Q2, sentence].join('\n\n')).text).toBe([Q1, Q2, sentence].join('\n\n'))
  })
}
