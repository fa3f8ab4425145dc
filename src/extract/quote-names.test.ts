import { expect, test } from 'vitest'
import { findSpeakerCandidates } from './quote-names.js'

function candidates(text: string): string[] {
  return findSpeakerCandidates(text, 0, text.length).map((c) => `${c.kind}:${c.name}`)
}

test.each([
  ['titles stripped', 'Deputy Prime Minister Anna Kowalczyk', ['person:Anna Kowalczyk']],
  ['portfolio joined by "of"', 'Minister of Finance Ali Demir', ['person:Ali Demir']],
  ['particles inside a name', 'Sheikh Khalid bin Saeed', ['person:Khalid bin Saeed']],
  ['initials and suffixes', 'Senator Robert J. Hale Jr. spoke', ['person:Robert J. Hale Jr.']],
  ['a name ends before "of"', 'Pia Lund of Fossil Watch', ['person:Pia Lund']],
  ['a body with connectors', 'the Department of Energy and Mines', ['body:Department of Energy and Mines']],
  ['a lower-case body', 'the environment department', ['body:environment department']],
  ['a name before a body noun', 'the Clean Seas campaign', ['body:Clean Seas campaign']],
  ['a pronoun', 'she told them', ['pronoun:she']],
  ['a news agency', 'the Xinhua agency', ['media:Xinhua']],
  ['a document', 'the final communique', ['document:the final communique']],
  ['a dateline is no speaker', 'LIMA - The minister said', []],
  ['a dateline with a country and an agency', 'LIMA, Peru (Reuters) - The minister said', []],
  ['capitals in a name are a name', 'NASA chief Bill Nelson said', ['body:NASA', 'person:Bill Nelson']],
  ['a nationality before a role names no one', 'one Nordic negotiator said', []],
  ['a name after the role still counts', 'a Nordic negotiator, Eva Lind, said', ['person:Eva Lind']],
])('%s', (_name, text, expected) => {
  expect(candidates(text)).toEqual(expected)
})

test('a possessive name is marked', () => {
  const [c] = findSpeakerCandidates('Lund’s speech', 0, 13)
  expect(c.possessive).toBe(true)
})
