import { describe, expect, it } from 'vitest'
import { taggerNlp } from '../nlp/wink.js'
import { INTERACTION_ENTRIES } from './interactions.js'

/**
 * The interaction lexicon is read by lemma (a noun phrase's head, a clause's verb), and the lemmas are
 * wink's: "dialogue" is read as "dialog", "ties" as "tie", "finalised" as "finalize". A word whose lemma
 * its entry does not also list is only there for the sentence filter (src/nlp/candidates.ts reads
 * surface forms), and matches nothing: each single word must reach its entry through its own lemma.
 */
const nlp = taggerNlp()
const lemmaIn = (sentence: string, i: number): string => (nlp.readDoc(sentence).tokens().out(nlp.its.lemma as never) as unknown as string[])[i]

// ("found" as in "founded": wink reads the bare form in a sentence as the past of "find", the participle as "found".
// "ties" is read only where the tagger takes it for a name, opening a sentence ("Ties between A and B …"): as a
// noun mid-sentence it mostly states a standing relation ("has close ties with"), not a joint act, and reading it
// there as "tie" added a false cooperation on the dev check split.)
const EXCEPTIONS = new Set(['found', 'ties'])

describe('interaction lexicon: every word reaches its entry by its lemma', () => {
  for (const e of INTERACTION_ENTRIES) {
    const words = (list: readonly string[]) => list.filter((w) => !w.includes(' ') && !EXCEPTIONS.has(w))
    it(e.id, () => {
      const unreached: string[] = []
      for (const w of words(e.nouns)) {
        const lemma = lemmaIn(`The ${w} was long.`, 1)
        if (lemma !== w && !e.nouns.includes(lemma)) unreached.push(`${w} → ${lemma}`)
      }
      for (const w of [...words(e.verbs), ...words(e.light)]) {
        const lemma = lemmaIn(`They will ${w} it.`, 2)
        if (lemma !== w && !e.verbs.includes(lemma) && !e.light.includes(lemma)) unreached.push(`${w} → ${lemma}`)
      }
      expect(unreached).toEqual([])
    })
  }
})
