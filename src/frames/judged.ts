import { neededAfter } from './active.js'
import { POINTING_PRONOUNS } from '../lexicon/links.js'
import { frontedTopic, quoteSpeakerActors, reportingSpeech } from './around.js'
import { actorsOrOwner, cross, partiesOf } from './party.js'
import { targetsOf } from './targets.js'
import { clauseOf, type Frame, type Trigger } from './types.js'

/**
 * A verdict said of another party or its act: "Brazil said the EU law was unfair", "“The EU levy is
 * discriminatory,” India's trade minister said". The trigger is an adjective after "be"; the judged
 * are the clause's subject (an actor, or the actor a thing belongs to); the judge is the subject of
 * the speech verb the clause complements, or of a speech clause after it in the same sentence, or
 * the speaker of the quote it stands in.
 */
export const judged: Frame = (t) => {
  const c = clauseOf(t)
  if (!c || t.chunk >= 0) return []
  // ("was not doing enough": an entry may name the words its verb's object needs.)
  if (t.entry.objectNeeds.length && !neededAfter(t, c.verb.end)) return []
  const { doc } = t
  const speech = reportingSpeech(doc, c)
  const judges = speech ? partiesOf(doc, speech.subject) : quoteSpeakerActors(doc, c)
  if (judges.length === 0) return []
  // ("The claims put out by the Togolese leader about Ghana are false": who made the thing, as for any protest's target.)
  let judgedActors = c.subject ? actorsOrOwners(t, c.subject.chunks) : []
  if (judgedActors.length === 0 && c.subject) judgedActors = targetsOf(doc, 'protest', c.subject, undefined, judges)
  // "“It is a grave mistake,” Scholz said of the US decision": what "it" means is said after "of".
  // (The tagger may leave "this" out of any phrase: then it is the word before the verb.)
  const head = c.subject ? (c.subject.chunks.length === 1 ? doc.chunks[c.subject.chunks[0]].head : -1) : c.verb.start - 1
  const pointing = head >= 0 && POINTING_PRONOUNS.has(doc.tokens[head].lower)
  // ("Asked about Japan's plan, the spokesman said it was irresponsible": the topic a fronted participle names.)
  const of = speech?.preps.find((p) => p.prep === 'of' || p.prep === 'about')?.phrase ?? (pointing ? frontedTopic(doc, c.sentence) : undefined)
  if (pointing && of) judgedActors = actorsOrOwners(t, of.chunks)
  if (judgedActors.length === 0) return []
  return cross(judges.filter((a) => !judgedActors.includes(a)), judgedActors)
}


/** The actors a list of chunks names, or the actors their things belong to ("the US decision"). */
function actorsOrOwners(t: Trigger, chunks: readonly number[]): string[] {
  return [...new Set(chunks.flatMap((k) => actorsOrOwner(t.doc.chunks[k])))]
}
