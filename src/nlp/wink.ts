import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * The wink-nlp instances, loaded once per process. Sentence splitting runs the
 * `sbd` pipe alone (about 2.4x faster than the full pipe); tagging runs the `pos`
 * pipe alone on the candidate sentences. (Each instance reads the model once: they
 * cannot share one read, as wink's cache writes unknown words into its lexeme hash.)
 */
let sbd: ReturnType<typeof winkNLP> | undefined
let tagger: ReturnType<typeof winkNLP> | undefined

export function sentenceNlp(): ReturnType<typeof winkNLP> {
  sbd ??= winkNLP(model, ['sbd'])
  return sbd
}

/** POS tags and lemmas without the rest of the pipe (sentences, entities, sentiment): about half of readDoc's cost. */
export function taggerNlp(): ReturnType<typeof winkNLP> {
  tagger ??= winkNLP(withRememberedLemmas(model), ['pos'])
  return tagger
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string

// Distinct words kept per tag; news English reuses few, and any past this are lemmatised as before.
const MAX_REMEMBERED_LEMMAS = 50_000

/**
 * The model with a lemmatiser that remembers the lemma of each noun, verb and adjective it has
 * lemmatised (issue 13). wink lemmatises anew every token its lexicon gives no single lemma (about
 * one in six: names, most of them, which it hands back as they are, and some fifty nouns, verbs and
 * adjectives per article), and a noun tries up to eight suffix rewrites, each a regex replace and a
 * lexicon lookup. The answer depends only on the word, the tag and the model's fixed lexicon (a word
 * wink adds to its cache while reading is never a base form to it), so remembering it changes no lemma.
 */
function withRememberedLemmas(m: typeof model): typeof model {
  const lemmatize = m.addons.lemmatize as Lemmatize
  const known: Record<string, Map<string, string>> = { NOUN: new Map(), VERB: new Map(), ADJ: new Map() }
  const remembered: Lemmatize = (value, pos, cache) => {
    // Any other tag gives the word back at once: nothing to remember.
    const byWord = known[pos]
    if (byWord === undefined) return lemmatize(value, pos, cache)
    let lemma = byWord.get(value)
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache)
      if (byWord.size < MAX_REMEMBERED_LEMMAS) byWord.set(value, lemma)
    }
    return lemma
  }
  // A copy: the shared model object keeps wink's own lemmatiser for the other instances.
  const addons = Object.assign(Object.create(null), m.addons, { lemmatize: remembered })
  return Object.assign(Object.create(null) as typeof model, m, { addons })
}
