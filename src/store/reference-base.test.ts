import { describe, expect, it } from 'vitest'
import type { ReferenceTarget } from '../assess/reference/targets.js'
import type { DerivedClaim } from './claim-derive.js'
import { referenceBaseYear, referenceStatus, referenceWithdrawal, withReferenceBase } from './reference-base.js'

// A reference list of our own: Ruritania cuts 40–45% below 2005 by 2030 (60% with support, same base),
// Elbonia 20% below business as usual, Freedonia two documents that disagree on the base year.
const t = (x: Partial<ReferenceTarget>): ReferenceTarget => ({ actor: 'RUR', kind: 'reduction', year: 2030, gas: 'ghg', status: 'policy', source: 'Ruritania, NDC', date: '2021-07-01', ...x })
const REF = [
  t({ value: 40, value_max: 45, base_year: 2005 }), t({ value: 60, base_year: 2005, conditional: true, source: 'Ruritania, NDC (conditional part)' }),
  t({ actor: 'ELB', value: 20, bau_mt: 400 }),
  t({ actor: 'FRE', value: 30, base_year: 1990, source: 'Freedonia, NDC' }), t({ actor: 'FRE', value: 30, base_year: 2010, source: 'Freedonia, plan' }),
  t({ actor: 'RUR', kind: 'intensity', year: 2030, value: 33, base_year: 2010 }),
]
const ask = (x: Partial<Parameters<typeof referenceBaseYear>[0]>) =>
  referenceBaseYear({ actor: 'RUR', kind: 'reduction', year: 2030, metric: '', gas: '', value: 42, value_max: null, ...x }, REF)?.base_year ?? null

describe('referenceBaseYear', () => {
  it('gives the base year of the same actor, kind and year when the values overlap within half a point', () => {
    expect(ask({})).toBe(2005)
    expect(ask({ value: 39.5 })).toBe(2005)
    expect(ask({ value: 38, value_max: 41 })).toBe(2005)
    expect(ask({ value: 60 })).toBe(2005) // the conditional part
    expect(ask({ kind: 'intensity', value: 33 })).toBe(2010)
    expect(referenceBaseYear({ actor: 'RUR', kind: 'reduction', year: 2030, metric: '', gas: '', value: 45, value_max: null }, REF)?.source).toBe('Ruritania, NDC (2021-07-01)')
  })

  it('gives none for another value, year, kind, unit or gas, a cut against business as usual, or documents that disagree', () => {
    expect(ask({ value: 38 })).toBeNull()
    expect(ask({ value: 50 })).toBeNull()
    expect(ask({ year: 2035 })).toBeNull()
    expect(ask({ kind: 'net_zero', value: null })).toBeNull()
    expect(ask({ value: null })).toBeNull()
    expect(ask({ metric: 'GW' })).toBeNull()
    expect(ask({ gas: 'CH4' })).toBeNull()
    // A methane-only target speaks for a methane claim, and not for the all-gas claim of that value.
    const methane = [...REF, t({ value: 30, base_year: 2020, gas: 'ch4' })]
    const q = { actor: 'RUR', kind: 'reduction', year: 2030, metric: '', value: 30, value_max: null }
    expect(referenceBaseYear({ ...q, gas: 'CH4' }, methane)?.base_year).toBe(2020)
    expect(referenceBaseYear({ ...q, gas: '' }, methane)).toBeNull()
    expect(ask({ actor: 'ELB', value: 20 })).toBeNull()
    expect(ask({ actor: 'FRE', value: 30 })).toBeNull()
  })
})

describe('referenceStatus', () => {
  const q = { actor: 'RUR', kind: 'net_zero', year: 2050, metric: '', gas: '', value: null, value_max: null }
  const REFS = [...REF, t({ kind: 'net_zero', year: 2050, status: 'law', source: 'Ruritania, Climate Act' })]
  it('gives the standing of the unconditional matching target', () => {
    expect(referenceStatus(q, REFS)).toEqual({ status: 'law', source: 'Ruritania, Climate Act (2021-07-01)' })
    expect(referenceStatus({ ...q, kind: 'reduction', year: 2030, value: 44 }, REFS)?.status).toBe('policy')
    expect(referenceStatus({ ...q, year: 2060 }, REFS)).toBeNull()
    // A net-zero claim with no year is the actor's one net-zero target, unless the list holds two.
    expect(referenceStatus({ ...q, year: null }, REFS)?.status).toBe('law')
    expect(referenceStatus({ ...q, year: null }, [...REFS, t({ kind: 'net_zero', year: 2045, status: 'policy' })])).toBeNull()
    expect(referenceStatus({ ...q, kind: 'reduction', year: null, value: 44 }, REFS)).toBeNull()
    expect(referenceStatus({ ...q, gas: 'CH4' }, REFS)).toBeNull()
    expect(referenceStatus({ ...q, kind: 'reduction', year: 2030, value: 60 }, REFS)).toBeNull() // only the conditional part matches
  })
  it('gives none, and the end instead, for a target the list records as withdrawn', () => {
    const ended = [...REF, t({ kind: 'net_zero', year: 2050, status: 'law', source: 'Ruritania, Climate Act', withdrawn: { date: '2024-03-01', source: 'Ruritania, Repeal Act' } })]
    expect(referenceStatus(q, ended)).toBeNull()
    expect(referenceWithdrawal(q, ended)).toEqual({ date: '2024-03-01', source: 'Ruritania, Repeal Act (2024-03-01); target: Ruritania, Climate Act (2021-07-01)' })
    expect(referenceWithdrawal(q, REFS)).toBeNull()
    expect(referenceWithdrawal({ ...q, year: 2060 }, ended)).toBeNull()
  })
})

describe('withReferenceBase', () => {
  const d = (x: Partial<DerivedClaim>): DerivedClaim => ({
    id: 1, value: 46, value_max: null, base_year: null, base_source: null, status: null, status_source: null, state: 'current', cause: null, shown: null, top: null, eligible: [], ...x,
  })
  const key = { actor: 'JPN', kind: 'reduction', year: 2030, metric: '', gas: '' }
  it('fills a current claim without a base year from the real reference list, and nothing else', () => {
    expect(withReferenceBase(d({}), key)).toMatchObject({ base_year: 2013, base_source: expect.stringContaining('Japan') })
    expect(withReferenceBase(d({ base_year: 2005 }), key)).toMatchObject({ base_year: 2005, base_source: null })
    expect(withReferenceBase(d({ state: 'superseded' }), key)).toMatchObject({ base_year: null, base_source: null })
    expect(withReferenceBase(d({ value: 26 }), key)).toMatchObject({ base_year: null, base_source: null })
  })
  it('raises a weaker status to the reference\'s official standing, and never lowers one', () => {
    const nz = { ...key, kind: 'net_zero', year: 2050 }
    expect(withReferenceBase(d({ value: null, status: 'pledged' }), nz)).toMatchObject({ status: 'law', status_source: expect.stringContaining('Japan') })
    expect(withReferenceBase(d({ value: null, status: null }), nz)).toMatchObject({ status: 'law' })
    expect(withReferenceBase(d({ value: null, status: 'law' }), nz)).toMatchObject({ status: 'law', status_source: null })
    expect(withReferenceBase(d({ status: 'law' }), key)).toMatchObject({ status: 'law', status_source: null }) // JPN 2030 is policy
    expect(withReferenceBase(d({ value: null, status: 'pledged', state: 'superseded' }), nz)).toMatchObject({ status: 'pledged', status_source: null })
  })
  it('withdraws a current claim of a target the real list records as ended, unless a report asserts it after the end', () => {
    // The US targets went with its exit from the Paris Agreement (January 2025).
    const us = { actor: 'USA', kind: 'reduction', year: 2035, metric: '', gas: '' }
    const claim = d({ value: 61, value_max: 66, base_year: 2005, status: 'pledged' })
    const out = withReferenceBase(claim, { ...us, asserted_last: '2024-12-19' })
    expect(out).toMatchObject({ state: 'withdrawn', status: 'pledged', status_source: null, cause: { why: 'withdrawn', date: '2025-01-20', successor: null } })
    expect(out.cause?.reference).toMatch(/^United States, Executive Order 14162 .*\(2025-01-20\); target: United States of America, 2035 NDC, .*\(2024-12-19\)$/)
    expect(withReferenceBase(claim, { ...us, asserted_last: null }).state).toBe('withdrawn') // undated reports only
    expect(withReferenceBase(claim, { ...us, asserted_last: '2025-06-01' })).toMatchObject({ state: 'current', cause: null, status: 'pledged' })
    // The methane cut of the same NDC went with it; another methane figure is another target.
    expect(withReferenceBase(d({ value: 35, status: 'pledged' }), { ...us, gas: 'CH4', asserted_last: '2024-12-19' }).state).toBe('withdrawn')
    expect(withReferenceBase(d({ value: 30, status: 'pledged' }), { ...us, gas: 'CH4', asserted_last: '2024-12-19' }).state).toBe('current')
    expect(withReferenceBase(d({ value: null }), { ...us, kind: 'net_zero', year: 2050, asserted_last: '2024-12-19' }).state).toBe('withdrawn')
    // Its base year is still the record of what was set.
    expect(withReferenceBase(d({ value: 50 }), { ...us, year: 2030, asserted_last: '2021-04-23' })).toMatchObject({ state: 'withdrawn', base_year: 2005, base_source: expect.stringContaining('(2021-04-22)') })
  })
})
