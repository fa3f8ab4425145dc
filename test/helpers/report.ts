/**
 * A hand-made analysis of one report, for tests that need the register to
 * hold exact pledges (the store contract's way): our own sentence, the
 * evidence covering it, an outlet and a URL.
 */
import type { Analysis, Pledge } from '../../src/model/facts.js'

export interface ReportSpec {
  readonly doc: string
  readonly date: string | null
  readonly outlet: string
  readonly url: string | null
  readonly sentence: string
  readonly pledges: ReadonlyArray<Partial<Pledge> & Pick<Pledge, 'actor' | 'kind' | 'year'>>
}

const FILLER = 'The ministry published the figures alongside a long annex on forestry, transport, buildings and industry, which analysts said would take weeks to read in full.'

export function report(r: ReportSpec): Analysis {
  const evidence = { start: 0, end: r.sentence.length, text: r.sentence }
  return {
    doc: r.doc,
    title: r.doc,
    date: r.date,
    url: r.url,
    outlet: r.outlet,
    // The filler differs per report (its doc), so no two are taken for wire copies of one story.
    text: `${r.sentence}\n\n${FILLER} (${r.doc})`,
    pledges: r.pledges.map((p) => ({ ...p, evidence })),
    interactions: [],
    quotes: [],
  }
}
