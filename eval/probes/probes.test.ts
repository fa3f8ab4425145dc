import { describe, expect, it } from 'vitest'
import { PROBES } from './index.js'

describe('probe suite', () => {
  it('gives every probe its own id (the runner keys misses by id, so a second one would merge into the first)', () => {
    const seen = new Set<string>()
    const twice = PROBES.map((p) => p.id).filter((id) => seen.has(id) || !seen.add(id))
    expect(twice).toEqual([])
  })

  it('names each probe by its area and capability, and states something unless it is a sentence that states nothing', () => {
    for (const p of PROBES) {
      expect(p.id, p.id).toMatch(/^(interaction|pledge|quote|none)\.[\w-]+\.[\w.-]+$/)
      const states = (p.pledges?.length ?? 0) + (p.interactions?.length ?? 0) + (p.quotes?.length ?? 0)
      if (p.test === 'mft') expect(states, p.id).toBeGreaterThan(0)
      if (p.test === 'none') expect(states, p.id).toBe(0)
    }
  })
})
