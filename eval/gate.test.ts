import { describe, expect, it } from 'vitest'
import { checkFloors, raiseFloors } from './gate.js'

const baseline = { note: '', epsilon: 0.005, floors: { pledges_f1: 0.9, quotes_f1: 0.8 } }

describe('eval gate', () => {
  it('fails a figure below its floor by more than epsilon, passes one within it', () => {
    const rows = checkFloors({ pledges_f1: 0.89, quotes_f1: 0.797 }, baseline)
    expect(rows.map((r) => [r.name, r.ok])).toEqual([
      ['pledges_f1', false],
      ['quotes_f1', true],
    ])
  })
  it('counts a missing figure as zero', () => {
    expect(checkFloors({ quotes_f1: 0.9 }, baseline)[0].ok).toBe(false)
  })
  it('raises floors but refuses to lower one without --allow-regression', () => {
    expect(raiseFloors({ pledges_f1: 0.95, quotes_f1: 0.85 }, baseline).floors).toEqual({ pledges_f1: 0.945, quotes_f1: 0.845 })
    expect(() => raiseFloors({ pledges_f1: 0.5 }, baseline)).toThrow(/refusing to lower/)
    expect(raiseFloors({ pledges_f1: 0.5 }, baseline, true).floors.pledges_f1).toBe(0.495)
  })
})
