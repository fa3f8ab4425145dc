import { asideOfSubject, findClause, prepsAfter, roleInClause } from './around.js'
import { actorsOrOwner, cross, partiesOf } from './party.js'
import type { Frame } from './types.js'

/**
 * Help one party gives another, told by what the helped one does it "with": "Kenya will build the plant
 * with German help", "With support from Germany, Kenya will …", "Kenya, with Germany's backing, will …".
 * The giver is the noun's owner or modifier, or the phrase after "from"; the helped is the subject of the
 * clause the phrase belongs to: the main clause for a phrase that opens the sentence, the subject an aside
 * follows. (The act's negation and modality are its clause's, read as for any trigger.)
 */
export const backed: Frame = (t) => {
  if (t.chunk < 0) return []
  const { doc } = t
  const chunk = doc.chunks[t.chunk]
  if (doc.tokens[chunk.start - 1]?.lower !== 'with') return []
  let givers = [...actorsOrOwner(chunk)]
  if (givers.length === 0) {
    const from = prepsAfter(doc, t.chunk).find((p) => p.prep === 'from')
    givers = from ? partiesOf(doc, from.phrase) : []
  }
  if (givers.length === 0) return []
  const sentence = doc.tokens[chunk.start].sentence
  const role = roleInClause(doc, t.chunk)
  let helped = role?.role === 'prep' ? partiesOf(doc, doc.clauses[role.clause].subject) : []
  if (helped.length === 0) {
    const aside = asideOfSubject(doc, chunk.start)
    if (aside) helped = partiesOf(doc, aside.subject)
  }
  if (helped.length === 0 && chunk.start - 1 === doc.sentenceTokens[sentence]![0]) {
    const main = findClause(doc, sentence, (c) => c.verb.start > chunk.end && c.subjectFrom === 'own')
    if (main) helped = partiesOf(doc, main.subject)
  }
  return cross(helped, givers)
}
