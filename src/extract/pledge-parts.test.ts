import { describe, expect, test } from 'vitest'
import { findCues } from './pledge-cues.js'
import { decadeEnd, findBaseYears, findTargetYears } from './pledge-years.js'
import { findValues } from './pledge-values.js'
import { changeOf, previousValueOf, statusOf } from './pledge-status.js'

const ctx = { pubYear: 2021, lastYear: null }
const years = (t: string, c = ctx) => findTargetYears(t, c).map((y) => [y.year, y.form])

describe('findTargetYears', () => {
  test.each([
    ['cut emissions by 2030', [[2030, 'by']]],
    ['by fiscal year 2030', [[2030, 'by']]],
    ['a goal for FY2035', [[2035, 'by']]],
    ['no later than 2060', [[2060, 'by']]],
    ['a 2035 emissions target', [[2035, 'noun']]],
    ['peak between 2022 and 2025', [[2025, 'by']]],
    ['fell between 2010 and 2019', []],
    ['set 2056 as the year it would close the plants', [[2056, 'noun']]],
    ['by the middle of the century', [[2050, 'by']]],
    ['by mid-century', [[2050, 'by']]],
    ['by the end of the decade', [[2030, 'by']]],
    ['in the mid-2030s', [[2035, 'by']]],
    ['within the next decade', [[2031, 'approx']]],
    ['40% below 2005 levels by 2030', [[2030, 'by']]],
    ['61% below 2005 levels in 2035', [[2035, 'by']]],
    ['signed in 2015 and again in 2021', []],
  ])('%s', (text, want) => {
    expect(years(text)).toEqual(want)
  })

  test('"by the same year" takes the year named before it', () => {
    expect(years('a 20% cut by 2030 and a 10% intensity cut by the same year')).toEqual([[2030, 'by'], [2030, 'by']])
    expect(years('a 10% intensity cut by the same year', { pubYear: 2021, lastYear: 2035 })).toEqual([[2035, 'by']])
  })

  test('end of the decade needs the article date', () => {
    expect(years('by the end of the decade', { pubYear: null, lastYear: null })).toEqual([])
    expect(decadeEnd(2020)).toBe(2030)
    expect(decadeEnd(2029)).toBe(2030)
  })
})

describe('findBaseYears', () => {
  test('a change over years is no base', () => {
    expect(findBaseYears('Emissions rose 5% from 2019 to 2023.')).toEqual([])
  })
  test.each([
    ['below 2005 levels', 2005],
    ['compared with 1990', 1990],
    ['from a 2000 baseline', 2000],
    ['from levels in 2015', 2015],
    ['vs 2013 levels', 2013],
    ['30% lower than in 2016', 2016],
    ['to 30% below what they were in 2016', 2016],
    ['46% by FY2030 from FY2013 levels', 2013],
    ['by more than 65% from 2005', 2005],
  ])('%s', (text, want) => {
    expect(findBaseYears(text).map((b) => b.year)).toEqual([want])
  })
})

describe('findValues', () => {
  const vals = (t: string) => findValues(t).map((v) => [v.value, v.valueMax ?? null, v.exact])
  test.each([
    ['by 46 percent', [[46, null, true]]],
    ['by 50% to 52%', [[50, 52, true]]],
    ['by 40 to 45 per cent', [[40, 45, true]]],
    ['by 61-66 pc', [[61, 66, true]]],
    ['between 75% and 85%', [[75, 85, true]]],
    ['by more than 60%', [[60, null, false]]],
    ['cut in half', [[50, null, true]]],
    ['almost halve', [[null, null, false]]],
    ['by nearly four-fifths', [[null, null, false]]],
    ['by two-thirds', [[66.7, null, true]]],
    ['cut emissions by one billion tonnes', [[1000, null, true]]],
    ['in the first half of the 2030s', []],
  ])('%s', (text, want) => {
    expect(vals(text)).toEqual(want)
  })

  test('gigawatts carry their unit', () => {
    expect(findValues('500 gigawatts of wind')).toMatchObject([{ value: 500, unit: 'GW' }])
  })

  test('a share of people, as a poll gives it, is no value', () => {
    expect(vals('58% of Kenyans want to cut their fuel use')).toEqual([])
    // A share of a country's emissions still is.
    expect(vals("cut 40% of Kenya's emissions")).toEqual([[40, null, true]])
  })
})

describe('findCues', () => {
  test.each([
    ['become climate-neutral', 'net_zero'],
    ['greenhouse gas neutrality', 'net_zero'],
    ['peak its emissions', 'peak'],
    ['phase down unabated coal', 'phase_out'],
    ['shut down its last coal plants', 'phase_out'],
    ['a transition away from fossil fuels', 'phase_out'],
    ['non-fossil energy', 'renewables'],
    ['emissions intensity', 'intensity'],
    ['emissions 58 percent lower than 1990', 'reduction'],
    // One per word of CUE_NEEDS, in capitals too: the gate before each pattern must let them through.
    ['an END TO NET EMISSIONS', 'net_zero'],
    ['Net Zero', 'net_zero'],
    ['stop selling new Petrol cars', 'phase_out'],
    ['ban new diesel and gasoline vehicles', 'phase_out'],
    ['end the use of hydrofluorocarbons', 'phase_out'],
    ['close its Power Stations', 'phase_out'],
    ['exit oil and gas', 'phase_out'],
    ['go fossil-free', 'phase_out'],
    ['zero-carbon electricity', 'renewables'],
    ['solar capacity', 'renewables'],
    ['offshore wind', 'renewables'],
    ['clean power', 'renewables'],
    ['Renewables', 'renewables'],
    ['carbon INTENSITY', 'intensity'],
  ])('%s', (text, kind) => {
    expect(findCues(text).map((c) => c.kind)).toEqual([kind])
  })

  test.each([
    ['From Wind And Solar', 'renewables'],
    ['the share of Nuclear power', 'renewables'],
    ['Geothermal capacity', 'renewables'],
    ['Sets 2033 as the Final year for Coal', 'phase_out'],
  ])('%s (gate words in capitals too)', (text, kind) => {
    expect(findCues(text).map((c) => c.kind)).toEqual([kind])
  })

  test('a cut "below" a base starts at the first digit of its figure', () => {
    const text = 'must fall by 10 per cent below 2017 levels'
    const [cue] = findCues(text).filter((c) => c.kind === 'reduction' && text.slice(c.start, c.end).includes('below'))
    expect(text.slice(cue.start, cue.end)).toBe('10 per cent below')
  })

  test('a peak as base is no peaking target', () => {
    expect(findCues('a 10% cut from their peak').map((c) => c.kind)).toEqual(['reduction'])
  })
})

describe('status and change', () => {
  test.each([
    ['Parliament passed the bill enshrining the target.', 'law'],
    ['The bloc has written the cut into law.', 'law'],
    ['The ministry published a draft proposal.', 'proposed'],
    ['The government is considering a tougher goal.', 'considering'],
    ['The cabinet adopted a national strategy.', 'policy'],
    ['The president vowed to act.', 'pledged'],
    // a country's law or act that binds it (our own paraphrases)
    ["Austria's climate protection law requires the state to reach neutrality by 2040.", 'law'],
    ["Ireland's landmark climate law commits the country to halving emissions by 2030.", 'law'],
    ['A 2019 act obliges Finland to be carbon neutral by 2035.', 'law'],
    ["Norway's draft climate law would commit it to a 55% cut by 2030.", 'proposed'],
    ["Chile's lawmakers back the plan to reach net zero by 2050.", 'pledged'],
    // a law named as lacking the target (our own paraphrases)
    ["Chile's president backed a 2050 net zero goal its law does not mention.", 'pledged'],
    ['The 2050 target is official policy but has not yet been put into law.', 'policy'],
    ['The goal is not legally binding, officials said.', 'pledged'],
    ['Mexico aims for net zero by 2050 but has no climate law to back it.', 'pledged'],
  ])('%s', (text, status) => {
    expect(statusOf(text)).toBe(status)
  })

  test('change and previous value', () => {
    expect(changeOf('It raised the goal, up from 26%.')).toBe('raised')
    expect(previousValueOf('It raised the goal, up from 26%.')).toBe(26)
    expect(changeOf('The country reaffirmed its target.')).toBe('reaffirmed')
    expect(changeOf('The bill weakens the methane goal.')).toBe('lowered')
    expect(previousValueOf('replacing the previous target of a 22pc reduction')).toBe(22)
    // the new figure first, the replaced one after "from" (our own paraphrases)
    expect(previousValueOf('Oman raised its 2030 target to 45% from 30%.')).toBe(30)
    expect(previousValueOf('lifting the goal to a 62 percent cut from 43 percent')).toBe(43)
    expect(previousValueOf('cut emissions to 40% from 2005 levels')).toBeUndefined()
  })
})
