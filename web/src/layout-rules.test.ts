import { describe, expect, it } from 'vitest'
import { rankEvidence } from './evidence-rank.js'
import { claimLabel, num, valueWithUnit } from './format.js'
import { circularLayout } from './layout.js'
import { bandOf, mapFill } from './map-colours.js'
import { nodeRadius, overlaps, placeLabels } from './network-labels.js'
import { layoutTimeline, yearOf } from './timeline-layout.js'

describe('values with units', () => {
  it('prints units, ranges and no negative zero', () => {
    expect(valueWithUnit('reduction', 40, 45)).toBe('40–45%')
    expect(valueWithUnit('renewables', 500, null, 'GW')).toBe('500 GW')
    expect(valueWithUnit('temperature', 1.5)).toBe('1.5 °C')
    expect(valueWithUnit('reduction', 350, 420, 'MtCO2e')).toBe('350–420 Mt CO2e')
    expect(claimLabel({ kind: 'reduction', year: 2030, value: 1000, value_max: null, base_year: null, unit: 'MtCO2e' })).toBe('Emissions cut 2030: 1,000 Mt CO2e')
    expect(num(-0.001)).toBe('0')
    expect(claimLabel({ kind: 'reduction', year: 2030, value: 46, value_max: null, base_year: 2013, gas: 'CH4' })).toBe('Methane cut 2030: 46% below 2013 levels')
  })
})

describe('the map', () => {
  it("shows an EU member without a target under the EU's, and its own target before it", () => {
    const years = new Map([['EU', 2050], ['SWE', 2045]])
    expect(mapFill('FRA', years)).toMatchObject({ kind: 'eu', year: 2050, colour: bandOf(2050).colour })
    expect(mapFill('SWE', years)).toMatchObject({ kind: 'own', year: 2045 })
    expect(mapFill('BRA', years).kind).toBe('none')
    expect(mapFill('FRA', new Map()).kind).toBe('none')
  })
})

describe('the actor timeline', () => {
  const claims = [
    { id: 1, kind: 'net_zero', year: 2050, value: null, value_max: null, base_year: null, first_reported: '2020-10-26', last_reported: '2021-04-22', history: [] },
    {
      id: 2, kind: 'reduction', year: 2030, value: 46, value_max: 50, base_year: 2013, first_reported: '2015-07-17', last_reported: '2021-04-22',
      history: [{ value: 26, value_max: null, first_reported: '2015-07-17' }, { value: 46, value_max: 50, first_reported: '2021-04-22' }],
    },
  ]
  it('puts every target on one year axis, steps by report date, a range as a band', () => {
    for (const width of [1100, 360]) {
      const l = layoutTimeline(claims, width, new Date('2024-01-01'))
      expect(l.lanes.map((x) => x.id)).toEqual([2, 1]) // by target year
      for (const t of l.ticks) expect(t.text).toMatch(/^\d{4}$/)
      expect(l.ticks.every((t) => t.x >= l.left && t.x <= l.right)).toBe(true)
      const [cut, nz] = l.lanes
      expect(cut.steps.map((s) => s.text)).toEqual(['26%', '46–50%'])
      expect(cut.steps[1].yBottom - cut.steps[1].yTop).toBeGreaterThan(0) // the band
      expect(cut.steps[0].x2).toBeCloseTo(cut.steps[1].x1)
      expect(nz.deadline!.x).toBeGreaterThan(cut.deadline!.x)
      expect(nz.reports.length).toBe(2)
      expect(l.width).toBe(width)
    }
    expect(yearOf('2021-07-01')).toBeCloseTo(2021.5, 1)
  })
})

describe('network labels', () => {
  it('never overlap a node or each other, even on a crowded circle', () => {
    const edges = Array.from({ length: 45 }, (_, i) => ({ actor: `A${i}`, target: `B${i % 7}`, count: 1 + (i % 4) }))
    const nodes = circularLayout(edges, 230, 380, 380)
    const labels = placeLabels(nodes, 380, 380)
    const nodeBoxes = nodes.map((n) => ({ x1: n.x - nodeRadius(n.degree), y1: n.y - nodeRadius(n.degree), x2: n.x + nodeRadius(n.degree), y2: n.y + nodeRadius(n.degree) }))
    for (const [i, l] of labels.entries()) {
      for (const m of labels.slice(i + 1)) expect(overlaps(l.box, m.box), `${l.id} / ${m.id}`).toBe(false)
      for (const b of nodeBoxes) expect(overlaps(l.box, b), l.id).toBe(false)
    }
  })
})

describe('evidence order', () => {
  it('puts a report about the actor before a passing mention, dated before undated', () => {
    const rows = [
      { text: 'Environmental groups had hoped for China to bring its net zero goal forward from 2060.', date: '2024-05-01' },
      { text: 'China will reach carbon neutrality before 2060, President Xi said.', date: null },
      { text: 'BEIJING - China will aim for carbon neutrality before 2060.', date: '2020-09-23' },
    ]
    const ranked = rankEvidence(rows, { id: 'CHN', name: 'China' }, { year: 2060, value: null })
    expect(ranked.map((r) => r.date)).toEqual(['2020-09-23', null, '2024-05-01'])
    // The register's own judgement, when it has one, outweighs the wording.
    const judged = rankEvidence([{ ...rows[2], about: false }, { ...rows[0], about: true }], { id: 'CHN', name: 'China' }, { year: 2060, value: null })
    expect(judged[0].text).toBe(rows[0].text)
  })
})
