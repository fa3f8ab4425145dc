import { describe, expect, it } from 'vitest'
import { changeEventId, conflictEventId, uuidOf } from './event-id.js'

const line = { actor: 'JPN', kind: 'reduction', year: 2030, goal: null, metric: '', gas: '', change: 'changed', old_value: 26, old_value_max: null, new_value: 46, new_value_max: null, old_year: null, reported: '2021-04-22' }

describe('event ids', () => {
  it('are RFC 9562 version-8 UUID URNs, the same for the same parts', () => {
    expect(changeEventId(line)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(changeEventId({ ...line })).toBe(changeEventId(line))
    expect(uuidOf(['a'])).not.toBe(uuidOf(['b']))
  })
  it('tell apart what changed, on which claim, reported when', () => {
    const id = changeEventId(line)
    for (const other of [{ new_value: 45 }, { reported: '2021-04-23' }, { gas: 'CH4' }, { metric: 'GW' }, { change: 'new' }, { year: 2035 }]) {
      expect(changeEventId({ ...line, ...other })).not.toBe(id)
    }
  })
  it('name a conflict the same whichever side comes first', () => {
    const a = { value: 40, value_max: null, reported: '2021-04-20', doc: 'east' }
    const b = { value: 36, value_max: null, reported: '2021-04-23', doc: 'west' }
    const k = { actor: 'CAN', kind: 'reduction', year: 2030, goal: null, metric: '', gas: '', origin: 'reports' }
    expect(conflictEventId({ ...k, a, b })).toBe(conflictEventId({ ...k, a: b, b: a }))
    expect(conflictEventId({ ...k, a, b })).not.toBe(conflictEventId({ ...k, a, b: { ...b, value: 35 } }))
  })
})
