import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * The wink-nlp instances, loaded once per process. Sentence splitting runs the
 * `sbd` pipe alone (about 2.4x faster than the full pipe); the full pipe with
 * POS is kept for callers that need tags on a few candidate sentences.
 */
let sbd: ReturnType<typeof winkNLP> | undefined
let full: ReturnType<typeof winkNLP> | undefined
let tagger: ReturnType<typeof winkNLP> | undefined

export function sentenceNlp(): ReturnType<typeof winkNLP> {
  sbd ??= winkNLP(model, ['sbd'])
  return sbd
}

export function fullNlp(): ReturnType<typeof winkNLP> {
  full ??= winkNLP(model)
  return full
}

/** POS tags and lemmas without the rest of the pipe (sentences, entities, sentiment): about half of readDoc's cost. */
export function taggerNlp(): ReturnType<typeof winkNLP> {
  tagger ??= winkNLP(model, ['pos'])
  return tagger
}
