import { describe, expect, test } from 'vitest'
import { extractPledges } from './pledges.js'
import { makeDoc, type MentionSpec } from './test-doc.js'

// Our own sentences, one pattern of news English each (issue 14's register audit).
const M: MentionSpec[] = [
  { text: 'Peru', actor: 'PER' },
  { text: 'Kenya', actor: 'KEN' },
  { text: 'Chile', actor: 'CHL' },
  { text: 'Paris', actor: 'FRA' },
  { text: 'Bonn', actor: 'DEU' },
  { text: 'UN climate summit', actor: 'UNFCCC', kind: 'group' },
  { text: 'UN climate conference', actor: 'UNFCCC', kind: 'group' },
]
const run = (text: string, date = '2021-09-20') => extractPledges(makeDoc(text, M, { date })).filter((p) => p.kind !== 'temperature')
const brief = (text: string, date?: string) => run(text, date).map((p) => `${p.actor} ${p.kind} ${p.year} ${p.value ?? '-'}`)

describe('a value before a deadline already passed is that old goal’s, not a later target’s', () => {
  test.each([
    ['Kenya set in 2013 a goal to raise the renewable share of its power to 12% by 2019, while its energy plan to 2035, adopted in 2016, set a target of 40% of renewables in power by 2035.', ['KEN renewables 2035 40']],
    ['Peru meant to cut emissions 5% by 2020 and now aims for a 35% cut by 2030.', ['PER reduction 2030 35']],
    ['Chile wanted renewables to make up 20% of its power by 2020 and now plans 70% of renewables in power by 2040.', ['CHL renewables 2040 70']],
  ])('%s', (text, want) => {
    expect(brief(text)).toEqual(want)
  })
  test('the same deadline still ahead keeps its value', () => {
    expect(brief('Kenya aims to raise the renewable share of its power to 12% by 2025.')).toEqual(['KEN renewables 2025 12'])
  })
})

describe('the summit where a pledge was made, or its city, does not own it', () => {
  test.each([
    ['Its new plan is near the first promise made by Peru in 2015 during the Paris UN climate summit – a 30% cut in emissions by 2030.', ['PER reduction 2030 30']],
    ['The plan is close to the pledge made by Chile in 2015 at the Paris conference of the UN, a 25% cut in emissions intensity by 2030.', ['CHL intensity 2030 25']],
    ['Speaking at the Bonn UN climate conference, Kenya promised a 32% cut in emissions by 2030.', ['KEN reduction 2030 32']],
  ])('%s', (text, want) => {
    expect(brief(text, '2021-04-16')).toEqual(want)
  })
  test('a summit can still be the one whose deal sets the goal', () => {
    expect(brief('The UN climate summit agreed to cut emissions 45% by 2030.', '2021-11-13')).toEqual(['UNFCCC reduction 2030 45'])
  })
})
