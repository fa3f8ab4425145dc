import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isCaptionLine, isCreditOnlyLine, isPromptLine, isTerminated, wordCount } from './text-lines.js'
import { isBylineLine, isLoneDateline, isMetadataLine, isSignOff, stripTrailingCredit } from './text-meta.js'

describe('isTerminated', () => {
  test.each([
    ['The plan passed.', true],
    ['“We are ready,” she said.', true],
    ['“We are not done yet,”', true],
    ['He listed three aims:', true],
    ['Ministers agree a deal on coal', false],
    ['Ten reasons the summit ‘matters’', false],
  ])('%s', (line, expected) => {
    expect(isTerminated(line)).toBe(expected)
  })

  // The backward scan must say what trim, strip-closers and test-the-end say.
  test('agrees with trim and the two regexes on any string', () => {
    const slow = (s: string) => /[.!?:;,…]$/.test(s.trim().replace(/["”’'»)\]]+$/u, ''))
    const chars = fc.constantFrom('a', '.', '!', '?', ':', ';', ',', '…', '"', '”', '’', "'", '»', ')', ']', ' ', '\t', '\u00a0', '\ufeff', '\u3000', '(', '“')
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }), (parts) => isTerminated(parts.join('')) === slow(parts.join(''))))
  })
})

describe('isPromptLine', () => {
  test.each([
    'Advertisement',
    'Subscribe now',
    'Already a subscriber?',
    'Read more: Islands plan sea walls',
    'Related: Wind farm approved',
    'Share on Facebook Share on Twitter Copy link',
    'Facebook Twitter WhatsApp Email',
    'Sign up for our weekly climate briefing',
    'Get the morning newsletter delivered to your inbox.',
    'We use cookies to improve your experience. Accept all cookies',
    'This story was originally published by a partner site and is republished here.',
    'Follow the Harbour Gazette on Twitter and Facebook',
    'Placeholder while the page loads',
    'Menu  Search  Sign in',
    'Home | World | Climate | Markets',
    'World > Climate > Summits',
    'LIVE UPDATES: Follow our desk through the night',
    'Click here to subscribe to our newsletter.',
    'Follow us on Twitter and Facebook for the latest updates.',
    'This story has been published from a wire agency feed without modifications to the text.',
  ])('furniture: %s', (line) => {
    expect(isPromptLine(line)).toBe(true)
  })

  test.each([
    'Related talks will be held in Geneva next month.',
    '“You cannot sign up to a target and then ignore it,” the envoy told delegates.',
    'Read the full text of the agreement, the minister urged lawmakers, before voting.',
    'The newsletter industry grew fast in 2021, analysts said.',
    'Search and rescue teams reached the island on Sunday.',
    'Exports > imports for the first time since 2019',
  ])('article text: %s', (line) => {
    expect(isPromptLine(line)).toBe(false)
  })
})

describe('captions and credits', () => {
  test.each([
    'Workers fit panels on a roof in a northern town. Photo: Jane Roe',
    'Turbines stand off the coast on Tuesday. Photograph: Sam Poe/Agency',
    'Ministers pose for a group photo at the summit. (Jane Roe/The Daily Planet)',
    'A ship loads coal at the port. Credit:Agency',
    'The minister speaks at a briefing in May. AP',
    'Delegates leave the hall late at night | Getty Images',
    'Flags fly outside the council building. [Photo/Agency]',
    'Crowds gather in the square. (Photo by JANE ROE/AGENCY)',
    '© Jane Roe/Agency',
    'Trucks queue at the border crossing. Lena Holt/agency',
    'A farmer checks a dry canal outside the town. (AGENCY file photo)',
    'The new minister at her swearing-in. May 2, 2025. [Jane Roe, Daily Planet]',
    'Delegates attend the closing plenary at the climate talks, Saturday, Nov. 23, 2024, in a northern port city',
  ])('caption: %s', (line) => {
    expect(isCaptionLine(line)).toBe(true)
  })

  test.each([
    'The agency published satellite images by the hundreds last year.',
    'He said the photo: was never shown to the committee, officials said.',
    'The fund will support solar panels and wind turbines across the region.',
    'The ministers agreed on a 50/50 split of the costs.',
    'Delegates met in Bonn [see the timeline, below].',
    'On Saturday, Nov. 23, 2024, the delegates agreed a new finance goal after two weeks of talks.',
  ])('not a caption: %s', (line) => {
    expect(isCaptionLine(line)).toBe(false)
  })

  test('credit-only lines', () => {
    expect(isCreditOnlyLine('(photo credit: JANE ROE/AGENCY)')).toBe(true)
    expect(isCreditOnlyLine('Photo : Agency News')).toBe(true)
    expect(isCreditOnlyLine('Photos of the flood spread online within hours.')).toBe(false)
  })
})

describe('bylines, metadata, sign-offs', () => {
  test.each(['By Jane Roe', 'By Jane Roe and Sam Poe', 'By Staff Writer | site.example | Updated: 2022-03-01 10:00', 'Jane Roe | Reuters', '(Reporting by Jane Roe; Editing by Sam Poe)'])(
    'byline: %s',
    (line) => expect(isBylineLine(line)).toBe(true),
  )

  test.each(['By the end of the decade, coal will be gone.', 'By 2030 the grid must double.', 'By Friday, talks had stalled.'])('not a byline: %s', (line) => {
    expect(isBylineLine(line)).toBe(false)
  })

  test.each(['Published: Monday 3 June 2024', 'Updated 10:02 on March 3, 2021', 'June 4, 2023 9:30 am', '5 hours ago', '4 min read', '2 March 2023 | 6 min read'])('metadata: %s', (line) => {
    expect(isMetadataLine(line)).toBe(true)
  })

  test('a sentence starting with "Filed" is not metadata', () => {
    expect(isMetadataLine('Filed on behalf of island states, the complaint names three firms.')).toBe(false)
  })

  test('lone datelines and sign-offs', () => {
    expect(isLoneDateline('Lima (Newswire) –')).toBe(true)
    expect(isLoneDateline('Lima is the capital.')).toBe(false)
    expect(isSignOff('Sam Poe in Lima contributed to this report.')).toBe(true)
    expect(isSignOff('© 2024 Harbour Gazette')).toBe(true)
    expect(isSignOff('— With assistance from Sam Poe.')).toBe(true)
    expect(isSignOff('With assistance from Sam Poe and Ann Lee.')).toBe(true)
    expect(isSignOff('With assistance from Norway, Kenya built three solar farms.')).toBe(false)
    expect(isSignOff('Copyright law requires platforms to pay publishers, the court ruled.')).toBe(false)
  })
})

describe('stripTrailingCredit', () => {
  test.each([
    ['The plan was approved. (Reporting by Jane Roe; Editing by Sam Poe)', 'The plan was approved.'],
    ['The plan was approved. — Reported by Jane Roe, (c) 2022 Agency', 'The plan was approved.'],
    ['The plan was approved, the ministry said. ■', 'The plan was approved, the ministry said.'],
    ['The plan was approved.', 'The plan was approved.'],
  ])('%s', (line, expected) => {
    expect(stripTrailingCredit(line)).toBe(expected)
  })
})

describe('wordCount', () => {
  test.each([
    ['', 0],
    ['  Ministers  agree\ta deal ', 4],
    ['— 2030 — ·', 1],
    ['Zürich\u00a0and São Paulo', 4],
    ['𝐁old 🌍 ok', 2],
  ])('%j', (line, expected) => {
    expect(wordCount(line)).toBe(expected)
  })

  // The scan must count exactly what split-on-whitespace-then-keep-words counts.
  test('agrees with split and filter on any string', () => {
    const slow = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
    const chars = fc.constantFrom('a', 'Z', '7', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '-', '.', '“', 'é', 'ж', '中', '🌍', '𝐁', '\ud800')
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }), (parts) => wordCount(parts.join('')) === slow(parts.join(''))))
  })
})
