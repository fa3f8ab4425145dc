import { describe, expect, it } from 'vitest'
import { asserts, readCues } from './claim-cues.js'

// Sentences of our own, one per pattern, with the pledge the extractor would read from each.
describe('readCues', () => {
  it.each([
    ['Earlier, Ruritania had chosen 2056 for closing its final coal unit.', 2056, null],
    ['The government had previously aimed for 2060 before the new plan.', 2060, null],
    ['Freedonia now wants climate neutrality by 2045 instead of 2050.', 2050, null],
    ['The cabinet dropped its previous deadline of 2040 for the last mine.', 2040, null],
  ])('a year named as former: %s', (s, year, value) => {
    const c = readCues({ year, value }, s)
    expect(c.oldYear).toBe(true)
    expect(asserts(c)).toBe(false)
  })

  it.each([
    ['Elbonia will cut emissions 55% by 2030, replacing a previous goal of 40%.', 2030, 40],
    ['Ruritania raised its 2030 target to 46%, up from 26%.', 2030, 26],
    ['The ministry raised the goal from 40% to 55% by 2030.', 2030, 40],
    ['It more than doubles the prior commitment of 26-28% by 2025.', 2025, 26],
    ['Freedonia will hold emissions to 380 Mt in 2030, down from a previous goal of 420 Mt.', 2030, 420],
    ['Elbonia now plans a 250 million tonne cut by 2030, replacing its earlier 180 million tonnes.', 2030, 180],
  ])('a value named as former: %s', (s, year, value) => {
    const c = readCues({ year, value }, s)
    expect(c.oldValue).toBe(true)
    expect(c.oldYear).toBe(false)
    expect(asserts(c)).toBe(false)
  })

  it.each([
    ['Elbonia will cut emissions 55% by 2030, replacing a previous goal of 40%.', 2030, 55],
    ['Ruritania raised its 2030 target to 46%, up from 26%.', 2030, 46],
    ['The ministry raised the goal from 40% to 55% by 2030.', 2030, 55],
    ['Freedonia will hold emissions to 380 Mt in 2030, down from a previous goal of 420 Mt.', 2030, 380],
    ['Japan previously pledged to reach net zero by 2050 and repeated it on Monday.', 2050, null],
    ['Freedonia will reach net zero by 2050, its prime minister said.', 2050, null],
    ['The plan cuts emissions 75% from 2020 to 2030 compared with business as usual.', 2030, 75],
    ['Ruritania will drop emissions by 40% under the plan by 2035.', 2035, 40],
    ['Elbonia refused to scrap its 2030 coal target despite the protests.', 2030, null],
    ["The minister said the country won't abandon the 2050 goal.", 2050, null],
  ])('still asserted: %s', (s, year, value) => {
    expect(asserts(readCues({ year, value }, s))).toBe(true)
  })

  it('reads a year move from either side', () => {
    const s = 'Ruritania brought forward its climate neutrality target from 2050 to 2045 on Thursday.'
    expect(readCues({ year: 2045 }, s)).toMatchObject({ movedFrom: 2050, movedTo: null })
    expect(readCues({ year: 2050 }, s)).toMatchObject({ movedFrom: null, movedTo: 2045 })
    expect(asserts(readCues({ year: 2045 }, s))).toBe(true)
    expect(asserts(readCues({ year: 2050 }, s))).toBe(false)
    expect(readCues({ year: 2045 }, 'Elbonia moved its coal exit to 2045 from 2056.')).toMatchObject({ movedFrom: 2056 })
  })

  it('reads a move to a year whose former year the sentence does not name', () => {
    expect(readCues({ year: 2050 }, 'The cabinet approved the plan and shifts the net zero target to 2050.').movedHere).toBe(true)
    expect(readCues({ year: 2035 }, 'The government will delay the ban on sales of petrol cars to 2035.').movedHere).toBe(true)
    expect(readCues({ year: 2050 }, 'Freedonia plans to move its economy to net zero by 2050.').movedHere).toBe(false)
  })

  it.each([
    'Ruritania scrapped its 2030 coal target on Friday.',
    'The new government repealed the climate act that set the 2050 goal.',
    'The 2035 ban on petrol cars was abandoned after the election.',
    'Elbonia has withdrawn its net zero pledge.',
  ])('withdrawn: %s', (s) => {
    const c = readCues({ year: 2030 }, s)
    expect(c.withdrawn).toBe(true)
    expect(asserts(c)).toBe(false)
  })

  it.each([
    'Ruritania said it would scrap coal by 2030.',
    'Freedonia withdrew from the Paris Agreement, but kept its 2030 target.',
    'The government did not scrap its 2030 target.',
  ])('not withdrawn: %s', (s) => {
    expect(readCues({ year: 2030 }, s).withdrawn).toBe(false)
  })
})

describe('readCues on figures in words, dates and plans', () => {
  it('a figure in words is a figure: the year of "a previous plan to cut emissions in half by 2030" stays live', () => {
    const s = 'The new goal supersedes a previous plan to cut emissions in half by 2030, the president said.'
    expect(readCues({ year: 2030, value: 50 }, s)).toMatchObject({ oldValue: true, oldYear: false })
    expect(readCues({ year: 2030, value: 61 }, s)).toMatchObject({ oldValue: false, oldYear: false })
  })
  it('only the first target year of a phrase about a former target is former', () => {
    const s = 'Earlier, Ruritania had chosen 2056 for closing its final unit, within a wider aim of net zero by 2060.'
    expect(readCues({ year: 2056 }, s).oldYear).toBe(true)
    expect(readCues({ year: 2060 }, s).oldYear).toBe(false)
    expect(readCues({ year: 2025, value: 26 }, 'It doubles the prior commitment under the 2015 Paris agreement to cut emissions 26% by 2025.').oldValue).toBe(true)
    expect(readCues({ year: 2030 }, 'Elbonia had previously pledged in July 2015 to act, and now targets net zero by 2030.').oldYear).toBe(false)
  })
  it.each([
    'The opposition leader backed a proposal to drop the net zero goal for 2050.',
    'Campaigners urged the government to scrap its 2030 target.',
    'The party would abandon the 2050 goal if elected.',
  ])('a withdrawal only planned or urged is none: %s', (s) => {
    expect(readCues({ year: 2050 }, s).withdrawn).toBe(false)
  })
})
