import { describe, expect, test } from 'vitest'
import type { Mention, Sentence } from '../model/doc.js'
import { selectSentences } from './candidates.js'

/** Sentences laid end to end, one space apart, as splitSentences would give them. */
function sentencesOf(texts: readonly string[]): Sentence[] {
  let at = 0
  return texts.map((text, index) => {
    const s = { start: at, end: at + text.length, text, paragraph: 0, index }
    at = s.end + 1
    return s
  })
}

/** A country mention over the first occurrence of `word` in the sentences' joined text. */
function mentionOf(sentences: readonly Sentence[], word: string, actor: string): Mention {
  const text = sentences.map((s) => s.text).join(' ')
  const start = text.indexOf(word)
  return { start, end: start + word.length, text: word, kind: 'country', actor }
}

describe('selectSentences', () => {
  test('an actor with a trigger word is tagged; the trigger alone, or an actor alone, is not', () => {
    const s = sentencesOf(['Ruritania criticised the new levy.', 'Critics called the levy clumsy.', 'Ruritania has many lakes.'])
    const mentions = [mentionOf(s, 'Ruritania', 'RUR')]
    expect(selectSentences(s, mentions)).toEqual([true, false, false])
  })

  test('a word standing for an actor counts as one', () => {
    const s = sentencesOf(['The weather was mild.', 'She criticised the new levy.'])
    expect(selectSentences(s, [])).toEqual([false, true])
  })

  test('a pledge alone needs no tags (pledges are read from the text): a year or a percentage selects nothing', () => {
    const s = sentencesOf(['Emissions fall by 40% by 2035.', 'The weather was mild.'])
    expect(selectSentences(s, [])).toEqual([false, false])
  })

  test('an actor with a verb that makes a measure is tagged: the memory learns whose "the border tax" is', () => {
    const s = sentencesOf(['Ruritania will tax imported steel.', 'Ruritania has many lakes.'])
    expect(selectSentences(s, [mentionOf(s, 'Ruritania', 'RUR')])).toEqual([true, false])
  })

  test('a quote, the sentence before it and an attribution cut from it are tagged', () => {
    const s = sentencesOf(['The mayor looked at the river.', '“The water rose overnight,” she said.', 'The weather was mild.'])
    expect(selectSentences(s, [])).toEqual([true, true, false])
    const cut = sentencesOf(['“Where is the money?”', 'asked the mayor.', 'The weather was mild.'])
    expect(selectSentences(cut, [])).toEqual([true, true, false])
  })

  test('a sentence in lower case with no quote before it is not an attribution', () => {
    const s = sentencesOf(['The weather was mild.', 'asked nobody in particular.'])
    expect(selectSentences(s, [])).toEqual([false, false])
  })
})
