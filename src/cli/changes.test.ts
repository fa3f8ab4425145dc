import { describe, expect, it } from 'vitest'
import type { ChangeRow } from '../store/queries/register.js'
import { describeChange } from './changes.js'

const row = (x: Partial<ChangeRow>): ChangeRow => ({
  id: 1, actor: 'ELB', kind: 'reduction', year: 2030, change: 'changed', old_value: 26, old_value_max: null, new_value: 46, new_value_max: null,
  old_year: null, unit: 'percent', gas: null, reported: '2021-04-22', doc: null, url: null, outlet: null, evidence: null, ...x,
})

describe('describeChange', () => {
  it.each<[Partial<ChangeRow>, string]>([
    [{}, 'ELB reduction 2030: 26% → 46% (2021-04-22)'],
    [{ new_value: 50, new_value_max: 52 }, 'ELB reduction 2030: 26% → 50–52% (2021-04-22)'],
    [{ gas: 'CH4', old_value: 30, new_value: 40 }, 'ELB reduction 2030 (CH4): 30% → 40% (2021-04-22)'],
    [{ kind: 'renewables', unit: 'GW', change: 'new', old_value: null, new_value: 500 }, 'ELB renewables 2030: new 500 GW (2021-04-22)'],
    [{ unit: 'MtCO2e', old_value: 350, old_value_max: 420, new_value: 280, new_value_max: 330 }, 'ELB reduction 2030: 350–420 Mt CO2e → 280–330 Mt CO2e (2021-04-22)'],
    [{ kind: 'temperature', year: null, unit: 'degC', change: 'new', old_value: null, new_value: 1.5, reported: null }, 'ELB temperature (no year): new 1.5 °C (undated)'],
    [{ kind: 'net_zero', change: 'moved', year: 2045, old_year: 2050, old_value: null, new_value: null, unit: null }, 'ELB net_zero: 2050 → 2045 (2021-04-22)'],
    [{ kind: 'net_zero', change: 'new', old_value: null, new_value: null, unit: null, reported: null }, 'ELB net_zero 2030: new (undated)'],
    [{ change: 'withdrawn', gas: 'CH4' }, 'ELB reduction 2030 (CH4): withdrawn (2021-04-22)'],
  ])('%o', (x, text) => expect(describeChange(row(x))).toBe(text))
})
