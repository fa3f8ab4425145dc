import type { Db } from '../../store/db.js'
import { storeAnalysis } from '../../store/write-article.js'
import { referenceAnalyses } from './statements.js'

export interface ReferenceLoad {
  readonly articles: number
  readonly stored: number
  readonly known: number
  readonly facts: number
  readonly changes: number
}

/**
 * Loads the reference register into the store through the ordinary article
 * path (one transaction per actor and source date). Running it again stores nothing new: the
 * same text is the same article.
 */
export async function storeReference(db: Db): Promise<ReferenceLoad> {
  const s = { articles: 0, stored: 0, known: 0, facts: 0, changes: 0 }
  for (const a of referenceAnalyses()) {
    s.articles++
    const r = await storeAnalysis(db, a)
    if (r.status === 'known') s.known++
    else {
      s.stored++
      s.facts += r.factsAdded
      s.changes += r.changes
    }
  }
  return s
}
