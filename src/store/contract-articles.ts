import type { Analysis, Pledge, Quote } from '../model/facts.js'
import type { Db } from './db.js'
import { queryConflicts, queryChanges } from './queries/register.js'
import { queryPeople } from './queries/people.js'
import { queryTargets } from './queries/targets.js'

/** Runs a contract test on a freshly opened store, closing it whatever happens: `it('…', usingDb(open)(async (db) => …))`. */
export function usingDb(open: () => Promise<Db>): (fn: (db: Db) => Promise<void>) => () => Promise<void> {
  return (fn) => async () => {
    const db = await open()
    try {
      await fn(db)
    } finally {
      await db.close()
    }
  }
}

/** A pledge as a test writes it: the fields, and a phrase of the article that is its evidence. */
export type TestPledge = Partial<Pledge> & Pick<Pledge, 'actor' | 'kind' | 'year'> & { readonly in: string }

/**
 * An article of our own for the register's contract tests: a headline and
 * sentences, one paragraph each; each pledge's evidence is the whole sentence holding its phrase
 * (as the extractor gives it). Interactions and quotes are optional.
 */
export function story(
  doc: string, date: string | null, headline: string, sentences: readonly string[], pledges: readonly TestPledge[],
  more: { url?: string; outlet?: string; quotes?: ReadonlyArray<Pick<Quote, 'speaker' | 'actor'> & { in: string }> } = {},
): Analysis {
  // One paragraph per sentence: the lead (headline and first paragraph) is then the first sentence.
  const text = `${headline}\n\n${sentences.join('\n\n')}`
  const sentence = (phrase: string) => {
    const s = [headline, ...sentences].find((x) => x.includes(phrase))
    if (!s) throw new Error(`${doc}: no sentence holds "${phrase}"`)
    const start = text.indexOf(s)
    return { start, end: start + s.length, text: s }
  }
  return {
    doc, title: headline, date, url: more.url ?? null, outlet: more.outlet ?? null, text,
    pledges: pledges.map(({ in: phrase, ...p }) => ({ ...p, evidence: sentence(phrase) })),
    interactions: [],
    quotes: (more.quotes ?? []).map(({ in: phrase, ...q }) => ({ ...q, text: phrase, evidence: sentence(phrase) })),
  }
}

/** Database ids are handed out in arrival order; everything else must not depend on it. */
export function withoutIds<T>(o: T): T {
  if (Array.isArray(o)) return o.map(withoutIds) as T
  if (o && typeof o === 'object') return Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'id' && k !== 'article_id').map(([k, v]) => [k, withoutIds(v)])) as T
  return o
}

/** What the register shows, without database ids: targets (all states, all evidence), change log, conflicts, people. */
export async function registerView(db: Db): Promise<unknown> {
  return withoutIds({
    targets: await queryTargets(db, { all: true, evidence: 50 }),
    changes: await queryChanges(db),
    conflicts: await queryConflicts(db),
    people: await queryPeople(db),
  })
}

/** A fixed shuffle (no randomness in tests): every k-th article, k stepping through the list. */
export function shuffled<T>(xs: readonly T[], step = 7): T[] {
  const out: T[] = []
  for (let s = 0; s < step; s++) for (let i = s; i < xs.length; i += step) out.push(xs[i])
  return out
}
