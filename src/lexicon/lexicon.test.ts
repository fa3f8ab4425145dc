import { describe, expect, it } from 'vitest'
import { extractInteractions } from '../extract/interactions/index.js'
import { analyseArticle } from '../nlp/analyse.js'
import { INTERACTION_ENTRIES } from './interactions.js'
import { FRAME_NAMES } from './schema.js'

/** The interactions the whole pipeline reads in one sentence, as "ACTOR type TARGET". */
function read(text: string): string[] {
  const doc = analyseArticle({ doc: 'example', title: null, date: '2024-05-02', url: null, outlet: null, text })
  return extractInteractions(doc).map((i) => `${i.actor} ${i.type} ${i.target}`)
}

/** Symmetric facts may come out in either order. */
function has(found: readonly string[], fact: string): boolean {
  const [a, type, b] = fact.split(' ')
  return found.includes(fact) || (['meet', 'agree', 'cooperate'].includes(type) && found.includes(`${b} ${type} ${a}`))
}

describe('interaction lexicon: every entry’s examples', () => {
  for (const e of INTERACTION_ENTRIES) {
    describe(e.id, () => {
      it.each(e.examples.hit)('finds it in: %s', (text, fact) => {
        expect(has(read(text), fact), `${read(text).join(', ') || 'nothing'}`).toBe(true)
      })
      it.each(e.examples.miss)('finds no %s in: %s'.replace('%s in', `${e.type} in`), (text) => {
        expect(read(text).filter((f) => f.split(' ')[1] === e.type)).toEqual([])
      })
    })
  }
})

describe('interaction lexicon: shape', () => {
  it('has unique ids and a CAMEO category on every entry', () => {
    const ids = INTERACTION_ENTRIES.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of INTERACTION_ENTRIES) expect(e.cameo).toMatch(/^\d{2,4}$/)
  })
  it('uses only registered frames', () => {
    for (const e of INTERACTION_ENTRIES) for (const f of e.frames) expect(FRAME_NAMES).toContain(f)
  })
})
