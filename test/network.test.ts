import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Analysis, Interaction } from '../src/model/facts.js'
import { queryNetwork, type NetworkEdge } from '../src/server/queries-network.js'
import type { Db } from '../src/store/db.js'
import { openDb } from '../src/store/open.js'
import { storeAnalysis } from '../src/store/write-article.js'

// The network is read from month counts, with months a date range cuts through
// counted from their interactions (migration 005): checked here against a plain
// count over every stored interaction, for random type sets and date ranges.
const ACTORS = ['CHL', 'NOR', 'PER', 'KEN']
const TYPES = ['urge', 'meet', 'protest'] as const
const SENTENCE = 'Officials from the two countries spoke about copper, forests and the coming summit.'

interface Stored {
  readonly actor: string
  readonly target: string
  readonly type: string
  /** The interaction's own date, else its article's: what the network counts by. */
  readonly when: string
}

let db: Db
const stored: Stored[] = []

/** A small seeded generator, so the register is the same on every run. */
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32)
}

beforeAll(async () => {
  db = await openDb({ data: ':memory:' })
  const r = random(11)
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  for (let a = 0; a < 40; a++) {
    const day = `2023-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
    const interactions: Interaction[] = []
    for (let k = 0; k < 3; k++) {
      const [actor, target] = [pick(ACTORS), pick(ACTORS.filter((x) => x !== ACTORS[a % 4]))]
      if (actor === target) continue
      // Own dates: none (the article's), a full date, a month, a year.
      const date = pick([null, `2023-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15`, `2023-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`, '2023'])
      interactions.push({ actor, type: pick(TYPES), target, date, evidence: { start: 0, end: SENTENCE.length, text: SENTENCE } })
    }
    const text = `${SENTENCE}\n\nStory number ${a} of the network test, filed on ${day}.`
    const article: Analysis = { doc: `net-${a}`, title: `net ${a}`, date: day, url: null, text, pledges: [], interactions, quotes: [] }
    const result = await storeAnalysis(db, article)
    if (result.status !== 'new') continue
    for (const x of interactions) stored.push({ actor: x.actor, target: x.target, type: x.type, when: x.date ?? day })
  }
}, 60_000)
afterAll(() => db?.close())

/** The network as a plain count over every stored interaction. */
function expected(types: readonly string[] | undefined, since: string | undefined, until: string | undefined): NetworkEdge[] {
  const edges = new Map<string, { actor: string; target: string; type: string; count: number; first: string; last: string }>()
  for (const x of stored) {
    if (types?.length && !types.includes(x.type)) continue
    if (since !== undefined && x.when < since) continue
    if (until !== undefined && x.when > until + '~') continue
    const key = `${x.actor} ${x.type} ${x.target}`
    const e = edges.get(key) ?? { actor: x.actor, target: x.target, type: x.type, count: 0, first: x.when, last: x.when }
    e.count++
    if (x.when < e.first) e.first = x.when
    if (x.when > e.last) e.last = x.when
    edges.set(key, e)
  }
  const byKey = (a: NetworkEdge, b: NetworkEdge) => a.actor.localeCompare(b.actor) || a.target.localeCompare(b.target) || a.type.localeCompare(b.type)
  return [...edges.values()].sort((a, b) => b.count - a.count || byKey(a, b))
}

describe('queryNetwork', () => {
  it('counts every interaction of the register exactly, for any types and date range', async () => {
    expect(stored.length).toBeGreaterThan(60)
    const date = fc.oneof(
      fc.constant(undefined),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `2023-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.integer({ min: 1, max: 12 }).map((m) => `2023-${String(m).padStart(2, '0')}`),
      fc.constantFrom('2022', '2023', '2024'),
    )
    await fc.assert(
      fc.asyncProperty(fc.subarray([...TYPES]), date, date, async (types, since, until) => {
        const got = await queryNetwork(db, { types, since, until, limit: 1000 })
        expect(got.map((e) => ({ ...e }))).toEqual(expected(types, since, until))
      }),
      { numRuns: 60 },
    )
  })
})
