import { describe, expect, test } from 'vitest'
import { extractPledges } from './pledges.js'
import { makeDoc, type MentionSpec } from './test-doc.js'

// Our own sentences: one way each of stating a target's unconditional and conditional figures.
const M: MentionSpec[] = [{ text: 'Kenya', actor: 'KEN' }, { text: 'Peru', actor: 'PER' }, { text: 'Chile', actor: 'CHL' }]
const values = (text: string) =>
  extractPledges(makeDoc(text, M, { date: '2024-05-02' })).filter((p) => p.kind === 'reduction').map((p) => [p.actor, p.year, p.value, p.value_max ?? null])

describe('extractPledges: unconditional and conditional figures (ANNOTATION.md: value and value_max)', () => {
  test.each([
    ['Kenya aims to cut its emissions by 12.5% by 2030, or 31% with international support.', ['KEN', 2030, 12.5, 31]],
    ['Peru pledged a 20% cut by 2030 on its own and up to 40% with foreign finance.', ['PER', 2030, 20, 40]],
    // The unconditional figure written second is still the value.
    ['Chile committed to a conditional 45% cut and an unconditional 25% cut in emissions by 2030.', ['CHL', 2030, 25, 45]],
    ['Kenya promises an unconditional 8% reduction in emissions by 2035 and a conditional 26%.', ['KEN', 2035, 8, 26]],
    // An NDC's two figures named by the words alone: "unconditional target", "conditional one".
    ['Peru raised its unconditional target to 30.5% and its conditional one to 41.2% by 2030.', ['PER', 2030, 30.5, 41.2]],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected])
  })
  test.each([
    // A share of the one figure that depends on help is no second figure.
    ['Kenya will cut emissions by 32% by 2030, with 21% of that conditional on international support.', ['KEN', 2030, 32, null]],
    // Two figures, neither conditional: the target's own.
    ['Peru will cut emissions by 30% by 2030, after a 10% cut by 2025.', ['PER', 2030, 30, null]],
  ])('%s', (text, expected) => {
    expect(values(text)).toContainEqual(expected)
  })
})
