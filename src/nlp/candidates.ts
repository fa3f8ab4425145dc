import { INTERACTION_ENTRIES } from '../lexicon/interactions.js'
import { SPEECH_VERBS } from '../lexicon/speech.js'
import { COUNTRY_ANAPHORS, GROUP_ANAPHORS, PAIR_NOUNS, PRONOUNS, ORDER_ANAPHORS } from '../lexicon/roles.js'
import { DENYING_VERBS } from '../lexicon/modality.js'
import { DESCRIPTIVE_ROLES, SIGNATURE_LINE, SPEAKER_REACH } from '../lexicon/quotes.js'
import { INTRODUCTION } from './speaker-interview.js'
import { MAKING_VERBS, NOMINALISATIONS } from '../lexicon/nominalisations.js'
import { prefixPattern, surfacePrefixes } from '../lexicon/stems.js'
import type { Mention, Sentence } from '../model/doc.js'
import { namedBefore } from './memory-state.js'

/**
 * Any word an interaction trigger, a speech verb, or a verb by which an actor makes what a later
 * sentence names ("the EU will tax imports" … "the border tax") can start with (src/lexicon/stems.ts).
 */
const TRIGGER_WORDS = prefixPattern(
  surfacePrefixes([
    ...INTERACTION_ENTRIES.flatMap((e) => [...e.verbs, ...e.nouns, ...e.predicates, ...e.adverbs, ...e.adjectives]),
    ...SPEECH_VERBS,
    ...DENYING_VERBS,
    ...MAKING_VERBS,
    ...NOMINALISATIONS.keys(),
  ]),
)
/**
 * Words that stand for an actor named before (the discourse memory's pronouns and anaphors,
 * src/lexicon/roles.ts): a sentence with one of these may hold a fact with no mention of its own.
 * First-person pronouns stand for a quote's speaker, and a quoted sentence is selected anyway.
 */
const ANAPHOR = new RegExp(
  `\\b(?:${[...Object.keys(PRONOUNS).filter((p) => PRONOUNS[p] !== 'speaker'), ...COUNTRY_ANAPHORS, ...GROUP_ANAPHORS, ...PAIR_NOUNS, ...Object.keys(ORDER_ANAPHORS), 'two', 'counterparts?'].join('|')})\\b`,
  'i',
)

/** A quotation mark (a straight single one only where it opens a word): the sentence may hold a quote whose speaker src/nlp/speakers.ts reads. */
const QUOTE_MARK = /["“”«»„‘]|(?:^|\s)'/
/** A sentence cut from the quote before it ("“Where is the money?” | asked Jane Doe.", "“…” | — Jane Doe"): its attribution. */
const LOWER_START = /^(?:\p{Ll}|[-–—]\s)/u
/** A quote ending its sentence with a question or an exclamation: the next sentence may name its speaker ("“…?” | Jane Doe asked."). */
const ASKED_END = /[?!]["”’']\s*$/
/** Words pointing back to the quote before: the sentence names its speaker ("“…” | That was the message from Jane Doe.", "So said …", "With those words, …"). */
const BACK_START = /^(?:That|This|Those|These|So|With|Such)\b/
/**
 * "he said", "she says", "the scientist said": a quote given to a pronoun or to a trade the story calls the
 * person it is about by (lexicon DESCRIPTIVE_ROLES), whose person may be named a paragraph or two before
 * ("Jane Doe, 54, runs a shop. … “…,” she said"; "Hydrologist Jo Ray … “…,” the scientist said").
 */
const PRONOUN_SPEAKER = new RegExp(`\\b(?:he|she|the (?:${[...DESCRIPTIVE_ROLES].join('|')}))\\b`, 'i')

/**
 * Which sentences the tagger reads: those with an actor (or a word standing for one) and a trigger,
 * a speech verb or a making verb, and those holding a quotation mark, followed by one that holds one,
 * or starting in lower case or pointing back after one (the speaker of a quote may be anyone: "…,” said Jane Doe"),
 * and the paragraph of a quote given to "he" or "she" with the two before.
 * Pledges are read from the sentence text and its mentions (src/extract/pledges.ts): a sentence
 * that may state only a pledge needs no tags.
 * @returns one flag per sentence, by index
 */
export function selectSentences(sentences: readonly Sentence[], mentions: readonly Mention[]): boolean[] {
  // Each sentence's quotation mark is read once: three sentences ask about it (issue 13: this
  // selection runs on every sentence, so its regular expressions are a cost of their own).
  const quoted = sentences.map((s) => QUOTE_MARK.test(s.text))
  const out: boolean[] = new Array(sentences.length)
  const named: boolean[] = new Array(sentences.length)
  const pointsBack: boolean[] = new Array(sentences.length)
  let m = 0
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i].text
    while (m < mentions.length && mentions[m].end <= sentences[i].start) m++
    named[i] = m < mentions.length && mentions[m].start < sentences[i].end
    pointsBack[i] = ANAPHOR.test(text)
    // Cheapest tests first; any one selects the sentence.
    out[i] =
      quoted[i] ||
      // The sentence before a quote may name its speaker: "Jane Doe described the flood. “…”", "The Met said …. A statement said: “…”".
      (i + 1 < sentences.length && quoted[i + 1]) ||
      (i > 0 && quoted[i - 1] && (LOWER_START.test(text) || BACK_START.test(text) || ASKED_END.test(sentences[i - 1].text) || SIGNATURE_LINE.test(text))) ||
      ((named[i] || pointsBack[i]) && TRIGGER_WORDS.test(text))
  }
  // A selected sentence whose actor is a word pointing back ("She and her Canadian counterpart signed …")
  // needs the last sentence before it that names an actor read too (sentences naming no one may stand
  // between: "The weather was cold."), the one the discourse memory reads (memory-state.ts namedBefore),
  // or the memory never sees whom it points to when that sentence holds no trigger ("The German chancellor was in Montreal.").
  const before = namedBefore(sentences, mentions)
  for (let i = 1; i < sentences.length; i++) {
    if (out[i] && pointsBack[i] && before[i] >= 0 && named[before[i]]) out[before[i]] = true
  }
  // The paragraph of a quote given to "he" or "she", and the two before, where its person is named; or of
  // the sentence before a quote that names its speaker so ("Half the coral was bleached, the scientist said. “…”").
  for (let i = 0; i < sentences.length; i++) {
    if (!(quoted[i] || (i + 1 < sentences.length && quoted[i + 1])) || !PRONOUN_SPEAKER.test(sentences[i].text)) continue
    for (let j = i - 1; j >= 0 && sentences[j].paragraph >= sentences[i].paragraph - SPEAKER_REACH; j--) out[j] = true
  }
  // An interview's answer after its question ("Q: Why now?" ¶ "“…”"): the introduction before the question names who answers.
  for (let i = 1; i < sentences.length; i++) {
    if (!quoted[i] || quoted[i - 1] || sentences[i - 1].paragraph !== sentences[i].paragraph - 1 || !sentences[i - 1].text.trimEnd().endsWith('?')) continue
    for (let j = i - 2; j >= 0 && j > i - 2 - INTRODUCTION && sentences[j].paragraph >= sentences[i].paragraph - 1 - SPEAKER_REACH; j--) out[j] = true
  }
  return out
}
