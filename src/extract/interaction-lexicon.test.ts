import { describe, expect, test } from 'vitest'
import { TRIGGERS } from './interaction-lexicon.js'

// Encoded sentences (lower-cased words, `@` for an actor) that each trigger must match: the
// trigger's key word must then be among their words, or the cheap gate would skip a real match.
const SAMPLES: Record<string, readonly string[]> = {
  'urge-verb': ['@ pressed @ to cut coal', '@ is pressuring @ for more', '@ lobbied @ hard'],
  'urge-call-on': ['@ called on @ to act', '@ appealed to @ for help'],
  'urge-ask-to': ['@ asked @ to join', '@ told the @ to wait'],
  'urge-need-for': ['@ stressed the need for @ action'],
  'urge-expect': ['@ expects @ to lead', '@ looks forward to @ submitting a plan'],
  'urge-hope': ['@ hoped that @ will act'],
  'demand-verb': ['@ demanded an apology from @', '@ demanded that @ pay', '@ insisted on @ leaving'],
  'protest-verb': ['@ criticised @ over coal', '@ slammed @', '@ decried @ policy'],
  'protest-phrasal': ['@ objected that the text was rushed', '@ hit back at @', '@ took aim at @', '@ cried foul over @'],
  'protest-concern': ['@ raised serious concerns about @', '@ voiced anger at @'],
  'protest-swipe': ['@ made a thinly veiled attack at @', '@ took a swipe at @'],
  'protest-echo': ['@ and @ backed the objection', '@ echoed that criticism', '@ joined the protests .'],
  'protest-drew': ['@ drew sharp criticism from @', '@ came under fire from @', '@ is facing a backlash from @'],
  'protest-noun': ['@ criticism of @ grew'],
  'protest-reject-text': ['@ rejected the draft', '@ did not accept the text', '@ walked out of talks'],
  'meet-verb': ['@ met @ in lima', '@ is meeting with @', '@ visited @'],
  'meet-host': ['@ hosted the @ for talks'],
  'meet-talks-with': ['@ held two days of talks with @', '@ spoke by phone with @', '@ travelled to @', 'his first trip to @'],
  'meet-there': ['she took trips there', '@ flew there'],
  'meet-pair': ['@ and @ met', '@ and @ held talks', '@ and @ climate talks'],
  'meet-between': ['talks between @ and @'],
  'meet-after': ['after meeting with @ , @ said'],
  'agree-pair': ['the @ - @ methane deal was signed', '@ and @ agreed to act', '@ and @ signed a pact', '@ and @ struck a new trade deal'],
  'agree-with': ['a deal with @ was signed', 'a memorandum of understanding with @'],
  'agree-verb-with': ['a plan that @ agreed with @ and @', '@ agrees with the @ on a loan'],
  'agree-between': ['the pact between @ and @'],
  'cooperate-pair': ['@ and @ will work together', '@ and @ deepened climate co-operation', '@ and @ issued a joint statement'],
  'cooperate-with': ['@ will cooperate with @', '@ teamed up with @'],
  'sanction-verb': ['@ sanctioned @ firms', '@ banned imports from @'],
  'sanction-noun': ['@ imposed new tariffs on @', 'duties of up to 25 % on @ steel'],
}

describe('trigger key words', () => {
  test('every trigger has samples', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(TRIGGERS.map((t) => t.name).sort())
  })

  for (const t of TRIGGERS) {
    test.each(SAMPLES[t.name] ?? [])(`${t.name}: %s`, (sentence) => {
      expect(new RegExp(`(?<=^| )(?:${t.words})(?= |$)`).test(sentence)).toBe(true)
      expect(sentence.split(' ').some((w) => t.keyWord.test(w))).toBe(true)
    })
  }

  test('key words reject the common words of a sentence with no trigger', () => {
    const words = 'the minister said on tuesday that the country would reach its goal by 2030'.split(' ')
    expect(TRIGGERS.filter((t) => words.some((w) => t.keyWord.test(w))).map((t) => t.name)).toEqual([])
  })
})

test('no key word is shorter than three characters (triggersKeyedBy skips shorter words)', () => {
  const chars = [...'abcdefghijklmnopqrstuvwxyz0123456789@.,-\'']
  const short = [...chars, ...chars.flatMap((a) => chars.map((b) => a + b))]
  for (const t of TRIGGERS) expect(short.filter((w) => t.keyWord.test(w))).toEqual([])
})
