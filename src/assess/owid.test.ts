import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv.js'
import { DatasetError, parseOwidCsv } from './owid.js'
import { owidCsv } from './testing/owid-csv.js'

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n3,\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['3', '']])
  })
  it('refuses an unterminated quote', () => expect(() => parseCsv('a\n"b\n')).toThrow(/unterminated/))
})

describe('parseOwidCsv', () => {
  it('reads the actors, the world, land use and the latest year', () => {
    const d = parseOwidCsv(owidCsv({ last: 2024 }))
    expect(d.latestYear).toBe(2024)
    expect(d.actors.length).toBeGreaterThanOrEqual(30)
    const eu = d.actors.find((a) => a.actor === 'EU')!
    expect(eu.co2[2024]).toBeCloseTo(2570 * 1.01, 0)
    expect(eu.nonCo2[2023]).toBeCloseTo(630, 0)
    expect(d.landUse[2024]).toBeCloseTo(4.1, 1)
    expect(d.actors.find((a) => a.actor === 'CHN')!.gdp![2005]).toBeCloseTo(4420e9, -6)
  })
  it.each([
    ['a missing column', (s: string) => s.replace('iso_code', 'isocode'), /missing column iso_code/],
    ['a word where a number belongs', (s: string) => s.replace(/\n(China,2010,CHN,,[^,]*,)[^,]+/, '\n$1lots'), /line \d+: co2/],
    ['a short line', (s: string) => s + 'World,2025\n', /2 fields, the header has 8/],
    ['too few actors', () => owidCsv({ actors: 10 }), /only 10 of our 33 actors/],
    ['wrong units', (s: string) => s.replace(/\nWorld,2024,OWID_WRL,,,([0-9.]+)/, '\nWorld,2024,OWID_WRL,,,37.8'), /World fossil CO2 in 2024 is 37.8 Mt/],
    ['not CSV at all', () => '<html>rate limited</html>', /missing columns country, year, iso_code, co2/],
  ])('refuses %s, naming the reason', (_, spoil, reason) => {
    const text = spoil(owidCsv())
    expect(() => parseOwidCsv(text)).toThrow(DatasetError)
    expect(() => parseOwidCsv(text)).toThrow(reason)
  })
})
