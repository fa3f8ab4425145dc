import type { Doc } from '../model/doc.js'

/** The layers of a Doc that stages add, in the order the pipeline builds them. */
export type Layer = 'sentences' | 'mentions' | 'datelines' | 'quotes' | 'tokens' | 'chunks' | 'clauses' | 'memory'

/** A Doc while it is being built: the article and text, and whatever layers the stages have added so far. */
export type DocDraft = Pick<Doc, 'article' | 'text'> & Partial<Omit<Doc, 'article' | 'text'>>

/**
 * One analysis stage (spaCy's pipeline component): it declares the layers it reads and the ones
 * it adds, and `run` returns the draft with its layers added. `checkOrder` refuses a pipeline in
 * which a stage runs before what it reads.
 */
export interface Stage {
  readonly name: string
  readonly requires: readonly Layer[]
  readonly assigns: readonly Layer[]
  run(doc: DocDraft): DocDraft
}

/** Throws when a stage requires a layer no earlier stage assigns (checked once, when the pipeline is built). */
export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<Layer>()
  for (const s of stages) {
    const missing = s.requires.filter((l) => !have.has(l))
    if (missing.length) throw new Error(`E_STAGE_ORDER: stage ${s.name} requires ${missing.join(', ')}, which no stage before it assigns`)
    for (const l of s.assigns) have.add(l)
  }
}

/** A draft with every layer, as the extractors read it. */
export function finished(d: DocDraft): Doc {
  const need = ['sentences', 'mentions', 'datelines', 'quotes', 'tokens', 'sentenceTokens', 'chunks', 'chunkOf', 'clauses'] as const
  for (const k of need) if (d[k] === undefined) throw new Error(`E_STAGE_ORDER: the Doc has no ${k} layer`)
  return d as Doc
}
