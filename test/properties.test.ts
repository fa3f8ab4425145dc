import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInput } from '../src/ingest/read.js'
import { AnalysisSchema } from '../src/model/facts.js'
import { analyseRaw } from '../src/pipeline.js'

// Analysis never throws, whatever it is given, and every span it returns is valid.
function checkAnalysis(bytes: Uint8Array, name: string): void {
  for (const read of parseInput(name, name, bytes)) {
    if (!read.ok) {
      expect(read.reason.length).toBeGreaterThan(0)
      continue
    }
    const out = analyseRaw(read.article)
    if (!out.ok) {
      expect(out.code).toMatch(/^E_/)
      continue
    }
    const a = AnalysisSchema.parse(out.analysis)
    for (const f of [...a.pledges, ...a.interactions, ...a.quotes]) {
      expect(a.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text)
    }
  }
}

const enc = (s: string) => new TextEncoder().encode(s)

// Words that make the extractors fire, so random text reaches their deep paths.
const WORDS = ['Japan', 'China', 'the United States', 'Kerry', 'said', '“', '”', '"', 'net zero', 'by 2050', '46%', 'percent', 'cut', 'emissions', 'pledged', 'urged', 'met', 'sanctions', 'on', '.', ',', '\n\n', 'he', 'carbon neutral', '2030', 'peak', 'coal', 'phase out', 'from 2013 levels', 'Beijing', 'Tokyo', 'Prime Minister', 'envoy', '‘', '’', '—']
const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '))

describe('analysis never throws and spans stay valid', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => checkAnalysis(enc(s), 'x.txt')), { numRuns: 150 })
  })
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => checkAnalysis(b, 'x.bin')), { numRuns: 150 })
  })
  it('on news-like word salad with unbalanced quote marks', () => {
    fc.assert(fc.property(newsy, (s) => checkAnalysis(enc(s), 'x.txt')), { numRuns: 200 })
  })
  it('on arbitrary HTML', () => {
    const tag = fc.constantFrom('p', 'div', 'script', 'article', 'h1', 'figure', 'figcaption', 'a', 'span', 'title', 'meta')
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      n: fc.oneof(
        { depthSize: 'small' },
        newsy,
        fc.string({ maxLength: 30 }),
        fc.tuple(tag, fc.array(tie('n'), { maxLength: 4 }), fc.boolean()).map(([t, kids, close]) => `<${t}>${kids.join('')}${close ? `</${t}>` : ''}`),
      ),
    })).n
    fc.assert(fc.property(node, (h) => checkAnalysis(enc(`<html><body>${h}</body></html>`), 'x.html')), { numRuns: 150 })
  })
  it('on JSON Lines with arbitrary fields', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), (rows) => checkAnalysis(enc(rows.map((r) => JSON.stringify(r)).join('\n')), 'x.jsonl')), { numRuns: 100 })
  })
})
