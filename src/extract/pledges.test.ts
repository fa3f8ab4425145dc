import { describe, expect, test } from 'vitest'
import { isValidEvidence } from '../model/span.js'
import { extractPledges } from './pledges.js'
import { makeDoc, type MentionSpec } from './test-doc.js'

// All sentences below are our own, written to exercise one pattern of news English each.
const M: MentionSpec[] = [
  { text: 'Norway', actor: 'NOR' },
  { text: 'Peru', actor: 'PER' },
  { text: 'Kenya', actor: 'KEN' },
  { text: 'Chile', actor: 'CHL' },
  { text: 'the EU', actor: 'EU' },
  { text: 'G7', actor: 'G7' },
  { text: 'Ana Lopez', actor: 'PER', kind: 'person' },
  { text: 'Lopez', actor: 'PER', kind: 'person' },
]
const run = (text: string, date: string | null = '2021-04-22') => extractPledges(makeDoc(text, M, { date }))
const keys = (text: string, date?: string | null) => run(text, date).filter((p) => p.kind !== 'temperature').map((p) => `${p.actor} ${p.kind} ${p.year}`)

describe('extractPledges: targets as news states them', () => {
  test.each([
    ['Norway pledged to cut emissions 50-52% below 2005 levels by 2030.', { actor: 'NOR', kind: 'reduction', year: 2030, value: 50, value_max: 52, base_year: 2005 }],
    ['Kenya will seek a 32 percent reduction by fiscal 2030 from 2010 levels.', { actor: 'KEN', kind: 'reduction', year: 2030, value: 32, base_year: 2010 }],
    ['Peru aims to become carbon neutral by 2060.', { actor: 'PER', kind: 'net_zero', year: 2060 }],
    ['Kenya said its emissions would peak before 2030.', { actor: 'KEN', kind: 'peak', year: 2030 }],
    ['Chile will close all coal plants in the first half of the 2030s.', { actor: 'CHL', kind: 'phase_out', year: 2035 }],
    ['Peru promised to cut emissions by at least 40% by 2030.', { actor: 'PER', kind: 'reduction', year: 2030, value: 40 }],
    ['Norway wants to halve its emissions by 2030.', { actor: 'NOR', kind: 'reduction', year: 2030, value: 50 }],
    ['Kenya set a goal of cutting emissions by half by the middle of the century.', { actor: 'KEN', kind: 'reduction', year: 2050, value: 50 }],
    ['Chile plans to reach zero emissions by mid-century.', { actor: 'CHL', kind: 'net_zero', year: 2050 }],
    ['Peru will reduce emissions by 30 per cent by the end of the decade.', { actor: 'PER', kind: 'reduction', year: 2030, value: 30 }],
    ['Norway aims for renewables to supply 70% of its power by 2035.', { actor: 'NOR', kind: 'renewables', year: 2035, value: 70 }],
    ['Kenya will cut the carbon intensity of its economy by 33 per cent by 2030.', { actor: 'KEN', kind: 'intensity', year: 2030, value: 33 }],
    ['Peru’s 2045 net zero goal was confirmed on Monday.', { actor: 'PER', kind: 'net_zero', year: 2045 }],
    ['Chile aims to reach net zero around 2050.', { actor: 'CHL', kind: 'net_zero', year: 2050 }],
    ['Kenya wants more than half of its power to come from renewables by 2035.', { actor: 'KEN', kind: 'renewables', year: 2035, value: 50 }],
    ['Coal will be gone from Chile’s power mix by 2040, the minister said.', { actor: 'CHL', kind: 'phase_out', year: 2040 }],
    ['Peru aims to fully decarbonise its economy by 2050.', { actor: 'PER', kind: 'net_zero', year: 2050 }],
    ['Norway wants to be carbon negative by 2040.', { actor: 'NOR', kind: 'net_zero', year: 2040 }],
    ['Kenya intends to be carbon-free by 2050.', { actor: 'KEN', kind: 'net_zero', year: 2050 }],
  ])('%s', (text, want) => {
    const [p] = run(text)
    expect(p).toMatchObject(want)
    expect(isValidEvidence(text, p.evidence)).toBe(true)
    expect(p.rule).toMatch(new RegExp(`^${want.kind}\\.`))
  })

  test('"almost halve" has no value, but is a reduction', () => {
    const [p] = run('Chile intends to almost halve its emissions by 2030.')
    expect(p).toMatchObject({ actor: 'CHL', kind: 'reduction', year: 2030, value: null })
  })

  test('a target in passing, owned by a possessive', () => {
    expect(keys('Norway set 2040 as its deadline to become carbon neutral, a decade ahead of Peru’s 2050 plan.')).toEqual(['NOR net_zero 2040', 'PER net_zero 2050'])
  })

  test('a person resolves to the country through its mention', () => {
    expect(keys('Ana Lopez said the country would become climate neutral by 2050.')).toEqual(['PER net_zero 2050'])
  })

  test('two targets of one cue, each with its own value', () => {
    const ps = run('Under the draft, Kenya’s emissions are to fall by 60 percent by 2030 and by 85 percent by 2040 compared with 1990 levels.')
    expect(ps.map((p) => [p.year, p.value, p.base_year])).toEqual([[2030, 60, 1990], [2040, 85, 1990]])
  })

  test('"respectively" pairs coordinated actors with their values', () => {
    const ps = run('Norway and Peru have promised to cut emissions by 45% and 35%, respectively, by 2030.')
    expect(ps.map((p) => [p.actor, p.value])).toEqual([['NOR', 45], ['PER', 35]])
  })

  test('a later year of a cue takes the actors just before it', () => {
    expect(keys('Peru aims for carbon neutrality by 2050. Kenya has said it will meet that goal in 2060, and Norway and Chile aim for 2045.')).toEqual([
      'PER net_zero 2050', 'KEN net_zero 2060', 'NOR net_zero 2045', 'CHL net_zero 2045',
    ])
  })

  test('phase-out without a year needs a commitment', () => {
    expect(keys('At the summit the G7 pledged to phase out fossil fuel subsidies.')).toEqual(['G7 phase_out null'])
    expect(keys('Chile debated the wording, changing it from "phase out" to "phase down".')).toEqual([])
  })
})

test('"almost half" states no size, where "more than half" states its floor', () => {
  const [p] = run('Kenya wants almost half of its power to come from renewables by 2035.')
  expect(p).toMatchObject({ actor: 'KEN', kind: 'renewables', year: 2035 })
  expect(p.value ?? null).toBeNull()
})

describe('extractPledges: statements that are not pledges', () => {
  test.each([
    ['what others urge', 'The EU urged Kenya to cut its emissions by 40% by 2030.'],
    ['a refusal', 'Peru refused to set a net zero target for 2050.'],
    ['a condition', 'If rich nations pay, Kenya could cut emissions by 30% by 2030.'],
    ['a projection', 'Norway is expected to see emissions fall 5% by 2030.'],
    ['a science pathway', 'Global emissions must fall 43% by 2030 to keep 1.5C within reach.'],
    ['a past date', 'Chile signed the accord in 2015.'],
    ['a possible absence', 'Analysts say coal could be gone from Chile’s grid by 2040.'],
    ['a partial decarbonisation', 'Peru will decarbonise its bus fleet by 2035.'],
    ['a past date "around" a year', 'Chile’s emissions peaked around 2007.'],
    ['a projection "around" a year', 'Kenya’s emissions are expected to peak around 2035.'],
    ['a reduction with no size', 'Peru launched a plan to reduce emissions by 2050.'],
  ])('%s', (_why, text) => {
    expect(keys(text)).toEqual([])
  })
})

describe('extractPledges: one pledge per actor, kind and year', () => {
  test('an exact restatement beats a hedged first mention', () => {
    const ps = run('Peru will cut emissions by more than 60% by 2035. The new goal calls for Peru to cut emissions by 61% to 66% below 2005 levels by 2035.')
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ value: 61, value_max: 66, base_year: 2005 })
  })

  test('a yearless restatement is dropped when the dated one exists', () => {
    expect(keys('Norway will phase out coal by 2030. Norway has committed to phase out coal.')).toEqual(['NOR phase_out 2030'])
  })

  test('status and change come from the sentence', () => {
    const [p] = run('Kenya passed a law raising its 2030 target to a 50% cut, up from 30%.')
    expect(p).toMatchObject({ actor: 'KEN', kind: 'reduction', year: 2030, value: 50, status: 'law', change: 'raised', previous: 30 })
  })

  test('in a sentence of several targets the change word goes to the target it stands next to', () => {
    const ps = run('Kenya will cut emissions 40% below 2010 levels by 2035, a big step up from its earlier 25% goal, on the road to net zero by 2055.')
    expect(ps.find((p) => p.kind === 'reduction')).toMatchObject({ year: 2035, value: 40, change: 'raised', previous: 25 })
    expect(ps.find((p) => p.kind === 'net_zero')).toMatchObject({ year: 2055 })
    expect(ps.find((p) => p.kind === 'net_zero')?.change).toBeUndefined()
    const [later] = run('Kenya reaffirmed on Monday that it will reach net zero by 2055.')
    expect(later).toMatchObject({ kind: 'net_zero', change: 'reaffirmed' })
  })

  test('the main actor owns targets stated without a subject', () => {
    expect(keys('Chile unveiled its climate plan on Monday.\n\nCarbon neutrality is to be achieved by 2050.')).toEqual(['CHL net_zero 2050'])
  })

  test('temperature goals go to PARIS', () => {
    const ps = run('The Paris Agreement aims to limit warming to 1.5 degrees Celsius.')
    expect(ps).toMatchObject([{ actor: 'PARIS', kind: 'temperature', value: 1.5 }])
  })
})

describe('extractPledges: more ways of stating targets', () => {
  test.each([
    ['Chile raised its 2030 emissions target to 45%, up from 30%.', { actor: 'CHL', kind: 'reduction', year: 2030, value: 45, change: 'raised', previous: 30 }],
    // A move "from X to Y" is no range: the target is Y, and X its previous value when a target moved.
    ['Chile lifted its 2030 goal for cutting emissions from 30 percent to 45 percent.', { actor: 'CHL', kind: 'reduction', year: 2030, value: 45, previous: 30 }],
    ['Kenya will raise the share of renewables from 20% to 40% by 2030.', { actor: 'KEN', kind: 'renewables', year: 2030, value: 40 }],
    // A share of land or sea is a conservation goal: the wind capacity is the renewables target.
    ['Peru will deploy 5 gigawatts of offshore wind and conserve 30% of its lands and waters by 2030.', { actor: 'PER', kind: 'renewables', year: 2030, value: 5, unit: 'GW' }],
    // A text that drops or omits a call states no target.
    ['At COP31 the draft text drops the reference to ending coal power by 2040. Kenya will phase out coal by 2035.', { actor: 'KEN', kind: 'phase_out', year: 2035 }],
    // The old goal a target replaces, named in a sentence of its own, is its previous value.
    ['Peru agreed to cut emissions by 50% by 2030. The new target replaces its existing goal to cut emissions 30 percent by 2030.', { actor: 'PER', kind: 'reduction', year: 2030, value: 50, previous: 30 }],
    ['Kenya aims to generate 60% of its electricity from renewable sources by 2030.', { actor: 'KEN', kind: 'renewables', year: 2030, value: 60 }],
    ['Norway will stop selling new petrol cars by 2025.', { actor: 'NOR', kind: 'phase_out', year: 2025 }],
    ['Peru wants its grid to be coal-free by 2032.', { actor: 'PER', kind: 'phase_out', year: 2032 }],
    ['Norway will ban the sale of new diesel cars from 2028.', { actor: 'NOR', kind: 'phase_out', year: 2028 }],
    ['Kenya pledged to cut emissions by forty percent by 2035.', { actor: 'KEN', kind: 'reduction', year: 2035, value: 40 }],
    // A law's obligation is the target ("must" alone is only wished for: below).
    ['Under its new climate act, Peru must reach net zero by 2050.', { actor: 'PER', kind: 'net_zero', year: 2050 }],
  ])('%s', (text, want) => {
    expect(run(text)[0]).toMatchObject(want)
  })

  test.each([
    ['not set', 'Peru has not set a date for carbon neutrality by 2050.'],
    ['a forecast about a possessive', 'Analysts expect Kenya’s emissions to peak before 2030.'],
    ['a possessive with a modal', 'Peru’s emissions should peak by 2026.'],
    ['a dropped target', 'Chile dropped its plan to phase out coal by 2030.'],
    ['an obligation with no law', 'Peru must reach net zero by 2050, campaigners said.'],
    ['a share of people in a poll', 'A poll found that 58% of Kenyans want to cut their fuel use by 2030.'],
  ])('no pledge: %s', (_why, text) => {
    expect(keys(text)).toEqual([])
  })
})

test('a pathway published by the IEA is nobody’s pledge', () => {
  const doc = makeDoc('Chile met on Monday. The IEA roadmap sees carbon neutrality by 2050 for the region.', [...M, { text: 'IEA', actor: 'IEA', kind: 'group' }])
  expect(extractPledges(doc)).toEqual([])
})

test('a COP deal’s content belongs to UNFCCC', () => {
  const text = 'Delegates at COP30 in Chile approved the final text on Friday.\n\nChile welcomed it, and Chile will host talks.\n\nIt calls for a doubling of clean energy capacity by 2030.'
  const doc = makeDoc(text, [...M, { text: 'COP30', actor: 'UNFCCC', kind: 'group' }])
  expect(extractPledges(doc).map((p) => `${p.actor} ${p.kind} ${p.year}`)).toEqual(['UNFCCC renewables 2030'])
})

test('a deal "that calls for" or "calls on countries to" states its own content', () => {
  const text =
    'Delegates at COP30 approved a deal late on Friday that calls for a phase-out of coal power by 2040.\n\n' +
    'The text also calls on countries to double clean energy capacity by 2035.\n\n' +
    'Chile later called on Peru to end coal power by 2032.'
  const doc = makeDoc(text, [...M, { text: 'COP30', actor: 'UNFCCC', kind: 'group' }])
  expect(extractPledges(doc).map((p) => `${p.actor} ${p.kind} ${p.year}`)).toEqual(['UNFCCC phase_out 2040', 'UNFCCC renewables 2035'])
})

test('"close them all" after a sentence naming coal plants is a phase-out', () => {
  expect(keys('Kenya still runs 12 coal-fired power stations. The plan is to close them all by 2035.')).toEqual(['KEN phase_out 2035'])
  expect(keys('Kenya still runs 12 wind farms. The plan is to close them all by 2035.')).toEqual([])
})

test('an expected result of a plan is a projection, not a target', () => {
  expect(keys('The ministry expects the plan to result in a 40% decrease in emissions by 2030 in Kenya.')).toEqual([])
})

test('a projection about a possessive owner is no target', () => {
  expect(keys('Kenya’s emissions are projected to peak in 2027.')).toEqual([])
})

describe('extractPledges: who owns a target named near other actors', () => {
  const N: MentionSpec[] = [
    { text: 'Norway', actor: 'NOR' },
    { text: 'Kenya', actor: 'KEN' },
    { text: 'the United Nations', actor: 'UN' },
    { text: 'the UAE', actor: 'ARE' },
    { text: 'the Group of Seven', actor: 'G7' },
  ]
  const owned = (text: string) =>
    extractPledges(makeDoc(text, N, { date: '2021-04-22' }))
      .filter((p) => p.kind !== 'temperature')
      .map((p) => `${p.actor} ${p.kind} ${p.year}${p.value == null ? '' : ` ${p.value}`}`)

  test('an actor told of a target is not its owner', () => {
    expect(owned('Norway told the United Nations it would cut emissions by 55% by 2030.')).toEqual(['NOR reduction 2030 55'])
  })
  test('a target followed by "that X announced" belongs to X', () => {
    expect(owned('Critics said the 45 percent cut by 2030 that Kenya announced falls short.')).toEqual(['KEN reduction 2030 45'])
  })
  test('an appositive after a comma sizes a noun-year target', () => {
    expect(owned('Norway confirmed its 2035 goal, a 70 percent reduction in emissions.')).toEqual(['NOR reduction 2035 70'])
  })
  test('the year after "from" in "forward to Y1 from Y2" is the replaced one', () => {
    expect(owned('Kenya brought its emissions peak forward to 2028 from 2032.')).toEqual(['KEN peak 2028'])
  })
  test('carbon-free electricity is a renewables target', () => {
    expect(owned('Norway pledged 100% carbon-free electricity by 2035.')).toEqual(['NOR renewables 2035 100'])
  })
  test('the object of "press" is urged even when the same country was named before in the sentence', () => {
    const text = 'Norway met Kenya officials and used the talks to press Kenya to cut emissions 40% by 2030.'
    expect(owned(text)).toEqual([])
  })
  test('"X\'s 2060 one" names a target year by the cue before it', () => {
    expect(owned("Norway's 2050 net-zero target comes a decade before Kenya's 2060 one.")).toEqual(['NOR net_zero 2050', 'KEN net_zero 2060'])
    expect(owned('By 2035 one in five cars sold in Kenya will be electric.')).toEqual([])
  })
  test('those joined or followed in setting a target hold it too', () => {
    expect(owned('Norway joined Kenya and the UAE in pledging net zero by 2050.')).toEqual(['NOR net_zero 2050', 'KEN net_zero 2050', 'ARE net_zero 2050'])
  })
  test('the list after "is the goal of" owns the target before it', () => {
    expect(owned('Net zero by 2050 is the goal of Kenya and the UAE.')).toEqual(['KEN net_zero 2050', 'ARE net_zero 2050'])
  })
  test('a list a relative clause follows owns the target the clause states', () => {
    expect(owned('Norway now stands alongside Kenya and the UAE, which all aim for net zero by 2050.')).toEqual(['NOR net_zero 2050', 'KEN net_zero 2050', 'ARE net_zero 2050'])
    expect(owned('The summit heard from Kenya, which aims for net zero by 2050.')).toEqual(['KEN net_zero 2050'])
  })
  test('a list opened by "like" is no owner of the subject\'s target', () => {
    expect(owned('Norway, like Kenya and the UAE, has a legal target of net zero by 2050.')).toEqual(['NOR net_zero 2050'])
  })
  test('"would" commits to a phase-out with no year', () => {
    expect(owned('Kenya said it would phase out coal power.')).toEqual(['KEN phase_out null'])
  })
})

describe('extractPledges: single gases, hedged goals, fronted years (issue 13)', () => {
  test.each([
    ['Peru pledged to cut methane emissions 30% by 2030 from 2020 levels.', { actor: 'PER', kind: 'reduction', year: 2030, value: 30, gas: 'CH4' }],
    ['Chile will reduce methane from its mines by 60% below 2015 levels by 2030.', { actor: 'CHL', kind: 'reduction', year: 2030, value: 60, gas: 'CH4' }],
    ['Kenya hopes to be carbon neutral by 2055, its president told lawmakers.', { actor: 'KEN', kind: 'net_zero', year: 2055 }],
    ['The president said he hoped Peru could become carbon neutral by 2050.', { actor: 'PER', kind: 'net_zero', year: 2050 }],
    ['By 2035, Norway intends to slash emissions 70 percent from 1990 levels.', { actor: 'NOR', kind: 'reduction', year: 2035, value: 70, base_year: 1990 }],
    ['Chile aims to cut emissions per unit of GDP by 25% by 2030 compared with 2015.', { actor: 'CHL', kind: 'intensity', year: 2030, value: 25 }],
    ["Norway's climate law requires a 55% cut in emissions from 1990 levels by 2030.", { actor: 'NOR', kind: 'reduction', year: 2030, value: 55, base_year: 1990 }],
    ['Kenya will lower emissions 32 percent from 2010 levels by 2030.', { actor: 'KEN', kind: 'reduction', year: 2030, value: 32 }],
  ])('%s', (text, expected) => {
    expect(run(text)).toContainEqual(expect.objectContaining(expected))
  })
  test('a methane target stands apart from the all-gas target of the same year', () => {
    const ps = run('Peru pledged to cut methane emissions 30% by 2030, alongside a 45% cut in all greenhouse gases by the same year.')
    expect(ps.filter((p) => p.kind === 'reduction').map((p) => [p.value, p.gas ?? null]).sort()).toEqual([[30, 'CH4'], [45, null]])
  })
  test.each([
    'Norway will help finance 5 GW of renewable capacity across Africa by 2030.',
    'Peru was pressed by Chile to commit to a 60% cut in emissions by 2035.',
    'Chile aims to cut emissions per unit of GDP by 25% by 2030.',
  ])('no reduction or renewables target of the actor: %s', (text) => {
    expect(run(text).filter((p) => p.kind === 'renewables' || p.kind === 'reduction')).toEqual([])
  })
})
