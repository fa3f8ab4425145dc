import { cross, partiesOf } from './party.js'
import { targetsOf } from './targets.js'
import { clauseOf, type Frame } from './types.js'

/**
 * A feeling one party's act stirs in another: "Australia's coal plans angered Tuvalu" and "Tuvalu was
 * angered by Australia's decision" are Tuvalu's protest at Australia. The verb's roles run the other
 * way from criticism: the one who feels is the object (or a passive's subject), the act or the party
 * behind it is the subject (or the passive's agent).
 */
export const provoked: Frame = (t) => {
  const c = clauseOf(t)
  if (!c || t.chunk >= 0) return []
  const { doc, entry } = t
  if (c.verb.voice === 'active') {
    const feelers = partiesOf(doc, c.object)
    return feelers.length ? cross(feelers, targetsOf(doc, entry.type, c.subject, undefined, feelers)) : []
  }
  const feelers = partiesOf(doc, c.subject)
  if (feelers.length === 0) return []
  // "was angered by …", or "was angered at/over Japan's decision".
  const cause = c.agent ?? c.preps.find((p) => entry.preps.includes(p.prep))?.phrase
  return cross(feelers, targetsOf(doc, entry.type, cause, undefined, feelers))
}
