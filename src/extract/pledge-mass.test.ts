import { describe, expect, test } from 'vitest'
import { isValidEvidence } from '../model/span.js'
import { findMasses } from './pledge-mass.js'
import { extractPledges } from './pledges.js'
import { makeDoc, type MentionSpec } from './test-doc.js'

// Our own sentences (issue 14, item 6): targets stated in tonnes, and tonnes that are no target's size.

describe('findMasses: tonnes in million tonnes CO2e', () => {
  const read = (t: string) => findMasses(t).map((m) => [m.value, m.valueMax ?? null, t.slice(m.start, m.end)])
  test.each([
    ['cut greenhouse gases by one billion tonnes', [[1000, null, 'one billion tonnes']]],
    ['trim emissions by a billion tonnes', [[1000, null, 'a billion tonnes']]],
    ['shave half a billion tonnes off its emissions', [[500, null, 'half a billion tonnes']]],
    ['hold emissions near 1.2 gigatonnes', [[1200, null, '1.2 gigatonnes']]],
    ['hold emissions at 0.9 Gt', [[900, null, '0.9 Gt']]],
    ['emissions of 350-420 Mt', [[350, 420, '350-420 Mt']]],
    ['emissions of 364–404 million tons', [[364, 404, '364–404 million tons']]],
    ['emissions between 510 and 590 MtCO2e', [[510, 590, 'between 510 and 590 MtCO2e']]],
    ['held to 610 million to 655 million metric tons of carbon dioxide equivalent', [[610, 655, '610 million to 655 million metric tons of carbon dioxide equivalent']]],
    ['store 100 million tons of CO2 a year', [[100, null, '100 million tons of CO2']]],
    ['reduce its emissions by 37m tonnes', [[37, null, '37m tonnes']]],
    ['lower emissions by 2.5bn tonnes', [[2500, null, '2.5bn tonnes']]],
    ['lower greenhouse gases by 750,000 tonnes', [[0.75, null, '750,000 tonnes']]],
    ['save 45 million metric tons of carbon pollution', [[45, null, '45 million metric tons of carbon pollution']]],
    ['trim 12 million tonnes a year of emissions', [[12, null, '12 million tonnes a year of emissions']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want)
  })

  test.each([
    ['Ruritania emitted 400 million tonnes last year.', 'level'],
    ['Its emissions stood at roughly 655 Mt in 2019.', 'level'],
    ['Emissions reached 512 million tonnes of CO2 last year.', 'level'],
    ['It pumps out some 90 million tons of greenhouse gases.', 'level'],
    ['Emissions will drop from the current 75 million tonnes by 2031.', 'level'],
    ['The cut is measured against a business-as-usual projection of 140 million tonnes of CO2.', 'level'],
    ['Coal output should reach a billion tonnes by 2030, though emissions fall.', 'material'],
    ['Emissions fell as mills made 80 million tonnes of steel.', 'material'],
    ['Residents will emit at most 4 tonnes per person by 2035.', 'rate'],
    ['It will trim 20 million tonnes of methane.', 'gas'],
    ['Not one tonne of carbon has been saved.', 'small'],
  ])('no target size: %s', (text, reason) => {
    const [m] = findMasses(text)
    expect(m).toMatchObject({ value: null, reason })
  })

  test.each([
    'The carbon price will climb to $65 a tonne by 2030.',
    'Polluters will pay 90 euros per tonne of CO2 from 2027.',
    'Permits cost about £40/tonne this spring.',
  ])('a price is no amount (%#)', (text) => {
    expect(findMasses(text)).toEqual([])
  })

  test('a move from one figure to another keeps the second', () => {
    expect(read('cut emissions from 820 Mt to 610 Mt')).toEqual([[610, null, '610 Mt']])
    expect(read('raised the emissions cut from 300 to 340 Mt')).toEqual([[340, null, '340 Mt']])
  })
})

const M: MentionSpec[] = [
  { text: 'Ruritania', actor: 'RUR' },
  { text: 'Elbonia', actor: 'ELB' },
]
const run = (text: string) => extractPledges(makeDoc(text, M, { date: '2023-05-02' })).filter((p) => p.kind !== 'temperature')

describe('extractPledges: targets in tonnes', () => {
  test.each([
    ['Ruritania has promised to cut its emissions by one billion tonnes by 2032.', { actor: 'RUR', kind: 'reduction', year: 2032, value: 1000, unit: 'MtCO2e' }],
    ['Elbonia aims to reduce emissions to 364–404 million tons by 2030.', { actor: 'ELB', kind: 'reduction', year: 2030, value: 364, value_max: 404, unit: 'MtCO2e' }],
    ['Ruritania will reduce greenhouse gas emissions by 1.2 gigatonnes by 2040.', { actor: 'RUR', kind: 'reduction', year: 2040, value: 1200, unit: 'MtCO2e' }],
    ['Elbonia pledged to cut emissions by 100 million tons of CO2 a year by 2035.', { actor: 'ELB', kind: 'reduction', year: 2035, value: 100, unit: 'MtCO2e' }],
    // A level held between two figures, and an amount mitigated.
    ['Ruritania will keep its emissions between 90 and 95 million tonnes of CO2 equivalent by 2035.', { actor: 'RUR', kind: 'reduction', year: 2035, value: 90, value_max: 95, unit: 'MtCO2e' }],
    ['Elbonia pledged to mitigate 120 million tons of carbon equivalent by 2035.', { actor: 'ELB', kind: 'reduction', year: 2035, value: 120, unit: 'MtCO2e' }],
    ['Elbonia committed to the mitigation of between 50 and 60 million tons of carbon equivalent for 2035.', { actor: 'ELB', kind: 'reduction', year: 2035, value: 50, value_max: 60, unit: 'MtCO2e' }],
  ])('%s', (text, want) => {
    const [p] = run(text)
    expect(p).toMatchObject(want)
    expect(p.rule).toMatch(/^reduction\.mt-/)
    expect(isValidEvidence(text, p.evidence)).toBe(true)
  })

  test('a level measured in the same sentence is not the target', () => {
    const [p] = run('Elbonia, which emitted 400 million tonnes last year, will cut emissions 30% by 2030.')
    expect(p).toMatchObject({ actor: 'ELB', kind: 'reduction', year: 2030, value: 30, unit: 'percent' })
  })

  test('a level alone gives no value in tonnes', () => {
    const ps = run('Ruritania emitted 400 million tonnes last year and will cut emissions by 2030.')
    expect(ps.every((p) => p.value == null && p.unit === undefined)).toBe(true)
  })

  test('a price per tonne gives no value', () => {
    const ps = run('Elbonia will raise its carbon price to $50 a tonne by 2030.')
    expect(ps.every((p) => p.unit !== 'MtCO2e')).toBe(true)
  })

  test('the share wins over tonnes for the same target, in one sentence or two', () => {
    expect(run('Ruritania will cut emissions by 200 million tonnes, or 35%, by 2030.')).toMatchObject([{ value: 35, unit: 'percent' }])
    expect(run('Ruritania will cut emissions by 200 million tonnes by 2030. That is a 35% cut by 2030.')).toMatchObject([{ value: 35, unit: 'percent' }])
  })
})
