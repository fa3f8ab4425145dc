import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Claim } from '../../src/store/queries/targets.js'

/** One expectation of test/fixtures/register-expectations.json. */
export interface Expectation {
  readonly actor: string
  readonly kind: string
  readonly year: number
  readonly value?: number
  readonly value_max?: number
  readonly base_year?: number
  readonly gas?: string
  readonly status?: string
  readonly source: string
}

export interface ExpectationResult {
  readonly expectation: Expectation
  readonly holds: boolean
  /** What the register shows instead, for the report. */
  readonly found: string
}

export function loadExpectations(): { current: Expectation[]; withdrawn?: Expectation[]; not_current: Expectation[] } {
  return JSON.parse(readFileSync(resolve(__dirname, '../fixtures/register-expectations.json'), 'utf8'))
}

const inRange = (e: Expectation, c: Claim) =>
  e.value === undefined || (c.value !== null && c.value >= e.value - 0.5 && (c.value_max ?? c.value) <= (e.value_max ?? e.value) + 0.5)
const overlapsValue = (e: Expectation, c: Claim) =>
  e.value === undefined || (c.value !== null && e.value - 0.5 <= (c.value_max ?? c.value) && c.value - 0.5 <= (e.value_max ?? e.value))
const show = (c: Claim | undefined) =>
  c ? `${c.state} ${c.value ?? ''}${c.value_max != null ? `–${c.value_max}` : ''}${c.base_year ? ` vs ${c.base_year}${c.base_year_from === 'reference' ? ' (reference list)' : ''}` : ''}${c.status ? ` [${c.status}${c.status_from === 'reference' ? ' (reference list)' : ''}]` : ''}` : 'no claim'

/** The claim an expectation is about: that actor, kind and year, its gas (none: all gases), a share or no value. */
const claimOf = (claims: readonly Claim[], e: Expectation) =>
  claims.filter((c) => c.actor === e.actor && c.kind === e.kind && c.year === e.year && (c.gas ?? undefined) === e.gas && c.unit !== 'GW')

/**
 * Checks a register (every claim, all states) against the expectations: a
 * current one holds when a current claim has a value inside the expected
 * range (ranges must fall inside it) and the expected base year; a withdrawn
 * one the same of a withdrawn claim (and no current claim of it); a not-current
 * one holds when no current claim has that value (or, without one, exists).
 */
export function checkExpectations(claims: readonly Claim[], ex = loadExpectations()) {
  const shown = (state: string) => (e: Expectation): ExpectationResult => {
    const found = claimOf(claims, e).find((c) => c.state === state)
    const rival = state !== 'current' && claimOf(claims, e).some((c) => c.state === 'current')
    const holds = found !== undefined && !rival && inRange(e, found) && (e.base_year === undefined || found.base_year === e.base_year)
    return { expectation: e, holds, found: show(found ?? claimOf(claims, e)[0]) }
  }
  const current = ex.current.map(shown('current'))
  const withdrawn = (ex.withdrawn ?? []).map(shown('withdrawn'))
  const notCurrent = ex.not_current.map((e): ExpectationResult => {
    const bad = claimOf(claims, e).find((c) => c.state === 'current' && overlapsValue(e, c))
    return { expectation: e, holds: bad === undefined, found: show(bad ?? claimOf(claims, e)[0]) }
  })
  const status = ex.current.filter((e) => e.status).map((e): ExpectationResult => {
    const found = claimOf(claims, e).find((c) => c.state === 'current')
    return { expectation: e, holds: found?.status === e.status, found: show(found) }
  })
  const share = (rs: ExpectationResult[]) => (rs.length ? rs.filter((r) => r.holds).length / rs.length : 1)
  return { current, withdrawn, notCurrent, status, share: share([...current, ...withdrawn, ...notCurrent]), statusShare: share(status) }
}

/** The report a person reads: each miss with what the register shows, then the shares. */
export function describeExpectations(r: ReturnType<typeof checkExpectations>): string {
  const line = (x: ExpectationResult) => `  ${x.holds ? 'ok  ' : 'MISS'} ${x.expectation.actor} ${x.expectation.kind} ${x.expectation.year}${x.expectation.value !== undefined ? ` = ${x.expectation.value}${x.expectation.value_max !== undefined ? `–${x.expectation.value_max}` : ''}` : ''}${x.expectation.base_year ? ` vs ${x.expectation.base_year}` : ''}${x.expectation.status ? ` [${x.expectation.status}]` : ''}: register ${x.found}`
  const n = (rs: ExpectationResult[]) => `${rs.filter((x) => x.holds).length}/${rs.length}`
  return [
    'current targets:', ...r.current.map(line), 'withdrawn targets:', ...r.withdrawn.map(line), 'must not be current:', ...r.notCurrent.map(line), 'status (reported apart):', ...r.status.map(line),
    `expectations holding: ${n([...r.current, ...r.withdrawn, ...r.notCurrent])} (${(100 * r.share).toFixed(1)}%): current ${n(r.current)}, withdrawn ${n(r.withdrawn)}, not current ${n(r.notCurrent)}; status ${n(r.status)}`,
  ].join('\n')
}
