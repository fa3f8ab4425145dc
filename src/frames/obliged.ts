import { quoteSpeakerActors, reportingSpeech } from './around.js'
import { cross, partiesOf } from './party.js'
import { clauseOf, type Frame } from './types.js'
import { ADDRESSING_VERBS } from '../lexicon/speech.js'

/**
 * An obligation one party states for another: "“Australia must stop approving coal mines,” the
 * Tuvaluan leader said", "Kerry said China should peak its emissions sooner". The trigger is the
 * clause's modal; the pressed party is its subject; the one pressing is the subject of the speech
 * verb that reports it, or the speaker of the quote it stands in. A speaker's own obligation ("we must act") presses no one.
 */
export const obliged: Frame = (t) => {
  const c = clauseOf(t)
  if (!c || t.chunk >= 0 || !c.subject || c.subjectFrom !== 'own') return []
  const speech = reportingSpeech(t.doc, c)
  const pressing = speech ? partiesOf(t.doc, speech.subject) : quoteSpeakerActors(t.doc, c)
  // "The EU told China it must peak sooner": a pronoun subject after a party spoken to is that party.
  const told = speech && ADDRESSING_VERBS.has(speech.verb.lemma) && t.doc.chunks[c.subject.chunks[0]].kind === 'pronoun' ? partiesOf(t.doc, speech.object) : []
  const pressed = told.length ? told : partiesOf(t.doc, c.subject)
  return cross(pressing.filter((a) => !pressed.includes(a)), pressed)
}
