import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { KNOWN_PEOPLE } from './data/people.js'
import { COUNTRIES, GAZETTEER, scanGazetteer } from './gazetteer.js'
import { trieRegexSource } from './trie-regex.js'

const require = createRequire(import.meta.url)
const WORLD = require('world-countries/countries.json') as Array<{ cca3: string; unMember: boolean }>

function actorsOf(text: string): Array<string | null> {
  return scanGazetteer(text).map((h) => ('actor' in h.entry ? h.entry.actor : null))
}

describe('gazetteer data', () => {
  const actors = new Set([...GAZETTEER.values()].flatMap((e) => ('actor' in e ? [e.actor] : [])))

  it('names every UN member', () => {
    const members = WORLD.filter((c) => c.unMember).map((c) => c.cca3)
    expect(members.length).toBeGreaterThanOrEqual(193)
    expect(members.filter((id) => !actors.has(id))).toEqual([])
  })

  it('names Taiwan, Palestine, Kosovo and the Holy See', () => {
    for (const id of ['TWN', 'PSE', 'XKX', 'VAT']) expect(actors.has(id)).toBe(true)
  })

  it('names every scored group', () => {
    for (const id of ['EU', 'G7', 'G20', 'UN', 'UNFCCC', 'PARIS', 'IEA', 'IPCC', 'OPEC', 'ASEAN', 'AOSIS']) expect(actors.has(id)).toBe(true)
  })

  it('lists known people under a country or a scored group', () => {
    const groups = new Set(['EU', 'G7', 'G20', 'UN', 'UNFCCC', 'PARIS', 'IEA', 'IPCC', 'OPEC', 'ASEAN', 'AOSIS'])
    expect(KNOWN_PEOPLE.length).toBeGreaterThan(150)
    for (const p of KNOWN_PEOPLE) {
      expect(COUNTRIES.has(p.actor) || groups.has(p.actor), p.name).toBe(true)
      expect(p.role, p.name).not.toBe('')
    }
  })

  it.each([
    ['U.S.', 'USA'], ['US', 'USA'], ['U.S.A.', 'USA'], ['America', 'USA'], ['the States', 'USA'], ['UK', 'GBR'],
    ['U.K.', 'GBR'], ['Britain', 'GBR'], ['Great Britain', 'GBR'], ['South Korea', 'KOR'], ['North Korea', 'PRK'],
    ['Russia', 'RUS'], ['Iran', 'IRN'], ['Vietnam', 'VNM'], ['Turkey', 'TUR'], ['Türkiye', 'TUR'], ['Turkiye', 'TUR'],
    ['the Netherlands', 'NLD'], ['Holland', 'NLD'], ['UAE', 'ARE'], ['Saudi', 'SAU'], ['Ivory Coast', 'CIV'],
    ['Chinese', 'CHN'], ['Japanese', 'JPN'], ['American', 'USA'], ['British', 'GBR'], ['Emirati', 'ARE'], ['Indian', 'IND'],
    ['Australian', 'AUS'], ['Dutch', 'NLD'], ['Filipino', 'PHL'], ['Korean', 'KOR'], ['Beijing', 'CHN'],
    ['Washington', 'USA'], ['White House', 'USA'], ['Tokyo', 'JPN'], ['Whitehall', 'GBR'], ['Downing Street', 'GBR'],
    ['Kremlin', 'RUS'], ['New Delhi', 'IND'], ['Delhi', 'IND'], ['Canberra', 'AUS'], ['Ottawa', 'CAN'], ['Seoul', 'KOR'],
    ['Blue House', 'KOR'], ['Riyadh', 'SAU'], ['Brussels', 'EU'], ['Berlin', 'DEU'], ['Brasilia', 'BRA'],
    ['Pretoria', 'ZAF'], ['Jakarta', 'IDN'], ['Ankara', 'TUR'], ['Abu Dhabi', 'ARE'],
    ['European Union', 'EU'], ['E.U.', 'EU'], ['European Commission', 'EU'], ['G-7', 'G7'], ['Group of Seven', 'G7'],
    ['G20', 'G20'], ['U.N.', 'UN'], ['COP28', 'UNFCCC'], ['COP 26', 'UNFCCC'], ['Paris Agreement', 'PARIS'],
    ['Paris climate accord', 'PARIS'], ['IEA', 'IEA'], ['IPCC', 'IPCC'], ['OPEC+', 'OPEC'], ['ASEAN', 'ASEAN'],
    ['Alliance of Small Island States', 'AOSIS'],
  ])('reads %s as %s', (name, id) => {
    const entry = GAZETTEER.get(name)
    expect(entry && 'actor' in entry ? entry.actor : null).toBe(id)
  })
})

describe('scanGazetteer', () => {
  it('takes the longest name at a position', () => {
    expect(actorsOf('Ministers from South Africa, Papua New Guinea and Guinea-Bissau met.')).toEqual(['ZAF', 'PNG', 'GNB'])
  })

  it('blocks seas, outlets and places that only contain a country', () => {
    expect(actorsOf('Ships in the South China Sea, a Washington Post report and a New York office.')).toEqual([null, null, null])
  })

  it('does not match inside a longer word', () => {
    expect(actorsOf('A woman from Romania opened a Chinatown cafe.')).toEqual(['ROU'])
  })

  it('finds names next to punctuation and hyphens', () => {
    expect(actorsOf('U.S.-China talks (Japan) and "India".')).toEqual(['USA', 'CHN', 'JPN', 'IND'])
  })
})

describe('scanGazetteer', () => {
  // The scan tries the strings of each two-letter opening apart; one pattern of the whole gazetteer
  // (leftmost, longest, never ending inside a word) must find the same.
  const WORD = 'A-Za-z0-9\\u00C0-\\u024F'
  const whole = new RegExp(`(?:${trieRegexSource(GAZETTEER.keys())})(?:(?<![${WORD}])|(?![${WORD}]))`, 'y')
  const candidate = /[A-Z\u00C0-\u00DE]|\b(?:al-|el-|bin |von |mainland |small island |the (?=[A-Z]))/g
  function byWholePattern(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = []
    candidate.lastIndex = 0
    for (let c = candidate.exec(text); c; c = candidate.exec(text)) {
      if (c.index > 0 && /[A-Za-z0-9\u00C0-\u024F'’]/.test(text[c.index - 1])) continue
      whole.lastIndex = c.index
      if (!whole.test(text)) continue
      out.push([c.index, whole.lastIndex])
      candidate.lastIndex = whole.lastIndex
    }
    return out
  }

  it.each([
    'The U.S. and China met in Beijing; the mainland Chinese side and the Kremlin said little.',
    'Ruritanian envoys met Chadians, the Chad Basin team and small island states in Washington.',
    'US$5bn for the U.S.A.; EU-China talks; al-Jaber and bin Salman spoke; Germanys and Japanese.',
    'South Koreans, North Korea, Koreas, the UK, UKs, Britain\'s and Türkiye’s ministers in Ankara.',
  ])('finds what one pattern of the whole gazetteer finds: %s', (text) => {
    expect(scanGazetteer(text).map((h) => [h.start, h.end])).toEqual(byWholePattern(text))
  })
})
