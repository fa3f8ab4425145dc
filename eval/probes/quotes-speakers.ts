import type { Probe } from './probe.js'

/** Quote probes: speakers named by their words as a noun, and by "she" or "he" after a woman and a man. */
export const SPEAKER_PROBES: readonly Probe[] = [
  // A person's words named as a noun: "Jane Roe's message was clear: “…”".
  {
    id: 'quote.speech-noun.1', test: 'mft', capability: 'speaker',
    text: 'Mayor Ida Holm\'s message was clear: "Nobody on this coast believes the money will arrive on time."',
    quotes: ['Ida Holm: Nobody on this coast believes the money will arrive on time.'],
  },
  {
    id: 'quote.speech-noun.2', test: 'inv', capability: 'speaker',
    text: 'Ida Holm, the mayor, spoke after the vote.\n\nHolm\'s verdict: "Nobody on this coast believes the money will arrive on time."',
    quotes: ['Ida Holm: Nobody on this coast believes the money will arrive on time.'],
  },
  {
    id: 'quote.speech-noun.3', test: 'neg', capability: 'not-speaker',
    text: 'The report\'s message was clear: "Nobody on this coast believes the money will arrive on time."',
  },
  // "she" after a man and a woman are named: the woman.
  {
    id: 'quote.pronoun-gender.1', test: 'mft', capability: 'speaker',
    text: 'Energy Minister Tom Hale spoke after climate envoy Mary Osei.\n\n"Nobody on this coast believes the money will arrive on time," she said.',
    quotes: ['Mary Osei: Nobody on this coast believes the money will arrive on time,'],
  },
  {
    id: 'quote.pronoun-gender.2', test: 'inv', capability: 'speaker',
    text: 'Climate envoy Mary Osei spoke after Energy Minister Tom Hale.\n\n"Nobody on this coast believes the money will arrive on time," he said.',
    quotes: ['Tom Hale: Nobody on this coast believes the money will arrive on time,'],
  },
]
