import { maxParties, pairsWithin, partiesOf } from './party.js'
import { findClause, passiveLightDone, prepsAfter, prepsAfterToken } from './around.js'
import { clauseOf, type Frame } from './types.js'

/**
 * "talks between Egypt and Ethiopia", "an agreement between Chile and Peru", "a pact inked between
 * India and the UK", "the deal struck between …": the parties are the list after "between" following
 * the noun (or its participle) or the verb; for a
 * meeting, the list of its "of" phrase ("a meeting of the Saudi and Emirati energy ministers").
 */
export const between: Frame = (t) => {
  const isBetween = (x: { prep: string }) => x.prep === 'between' || x.prep === 'among'
  const p = t.chunk >= 0 ? (prepsAfter(t.doc, t.chunk).find(isBetween) ?? afterParticiple(t).find(isBetween) ?? passiveOf(t)?.preps.find(isBetween)) : clauseOf(t)?.preps.find(isBetween)
  if (p) return pairsWithin(partiesOf(t.doc, p.phrase), maxParties(t.entry.type))
  // "a meeting of the Saudi and Emirati energy ministers": the gathering's members, right after the noun.
  const of = t.chunk >= 0 && t.entry.type === 'meet' ? prepsAfter(t.doc, t.chunk, 1).find((x) => x.prep === 'of') : undefined
  return of ? pairsWithin(partiesOf(t.doc, of.phrase), maxParties(t.entry.type)) : []
}

/**
 * "Talks were held between Egypt and Sudan", "A deal was signed between …": the passive of one of the entry's
 * light verbs the noun is the subject of ("a deal was proposed between …" was not struck; "were not held",
 * "no talks were held", "could be held": none took place; the clause that carries it is read here, as attach.ts does not
 * read a noun subject's own verb).
 */
function passiveOf(t: Parameters<Frame>[0]) {
  const c = t.doc.chunks[t.chunk]
  const k = findClause(t.doc, t.doc.tokens[c.start].sentence, (k) => k.verb.voice === 'passive' && k.subjectFrom === 'own' && !!k.subject?.chunks.includes(t.chunk))
  return k && passiveLightDone(k, t.entry, c.det) ? k : undefined
}

/** "the deal struck between Chile and Argentina", "talks held between …": the phrases after a participle right after the noun. */
function afterParticiple(t: Parameters<Frame>[0]) {
  const end = t.doc.chunks[t.chunk].end
  const v = t.doc.tokens[end]
  return v && v.pos === 'VERB' && v.lower !== v.lemma && v.sentence === t.doc.tokens[end - 1].sentence ? prepsAfterToken(t.doc, end, 1) : []
}
