import { describe, expect, it } from 'vitest'
import type { Claim } from '../store/queries/targets.js'
import { renderTargets } from './targets.js'

const claim = (x: Partial<Claim>): Claim => ({
  id: 1, actor: 'ELB', kind: 'reduction', year: 2030, value: 50, value_max: null, unit: 'percent', gas: null, base_year: null, base_year_from: null, base_year_source: null,
  status: 'pledged', status_from: 'article', status_source: null, state: 'current', state_reason: null, state_evidence: null, successor_year: null,
  sources: 1, reports: 1, mentions: 0, undated: 0, first_reported: '2021-04-22', last_reported: '2021-04-22', history: [],
  evidence: [{ article_id: 1, doc: 'a', url: null, outlet: null, date: '2021-04-22', start: 0, end: 30, text: 'Elbonia will halve its emissions by 2030.', about: true }], ...x,
})

describe('targets output', () => {
  const stated = claim({ base_year: 2005, base_year_from: 'article' })
  const looked = claim({ actor: 'RUR', base_year: 2005, base_year_from: 'reference', base_year_source: 'Ruritania, NDC (2021-07-01)', status: 'law', status_from: 'reference', status_source: 'Ruritania, Climate Act (2021-06-01)' })
  it('marks a base year and a status the reference list gave in the table; a stated one stays bare', () => {
    const [, , a, b] = renderTargets('table', [stated, looked]).split('\n')
    expect(a).toMatch(/^ELB .* 2005 +pledged /)
    expect(b).toMatch(/^RUR .* 2005 \(reference\) +law \(reference\) /)
  })
  it('prints a value in tonnes with its unit, a range as a range, and a share bare', () => {
    const tonnes = claim({ value: 350, value_max: 420, unit: 'MtCO2e' })
    const [, , share, mass] = renderTargets('table', [claim({}), tonnes]).split('\n')
    expect(share).toMatch(/^ELB +reduction +2030 +50 +pledged /)
    expect(mass).toMatch(/^ELB +reduction +2030 +350–420 Mt CO2e +pledged /)
    expect(renderTargets('csv', [tonnes])).toContain('350–420 Mt CO2e')
  })
  it('names the reference\'s sources with --all, and in JSON', () => {
    const table = renderTargets('table', [looked], true)
    expect(table.split('\n')[0]).toMatch(/base_source +status_source +reason/)
    expect(table).toContain('Ruritania, NDC (2021-07-01)')
    expect(table).toContain('Ruritania, Climate Act (2021-06-01)')
    expect(JSON.parse(renderTargets('json', [looked]))[0]).toMatchObject({ base_year_from: 'reference', base_year_source: 'Ruritania, NDC (2021-07-01)', status_from: 'reference' })
  })
})
