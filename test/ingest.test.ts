import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../src/ingest/decode.js'
import { detectFormat } from '../src/ingest/detect.js'
import { parseFrontMatter } from '../src/ingest/front-matter.js'
import { normaliseDate } from '../src/ingest/date.js'
import { parseInput } from '../src/ingest/read.js'
import { parseSize } from '../src/cli/size.js'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(bytes('Tōkyō “net zero”'))).toBe('Tōkyō “net zero”')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('abc')]))).toBe('abc')
  })
  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Brüssel “55%”', 'utf16le')])
    expect(decodeText(le)).toBe('Brüssel “55%”')
    const be = Buffer.from(Buffer.from('Brüssel', 'utf16le')).swap16()
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe('Brüssel')
  })
  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // 0x93/0x94 are curly double quotes and 0xE9 is é in Windows-1252.
    expect(decodeText(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]))).toBe('“café”')
  })
  it('rejects binary content', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))).toThrow(/binary/)
  })
})

describe('detectFormat', () => {
  it('uses the file name first, then the content', () => {
    expect(detectFormat('a.jsonl.gz', '')).toBe('jsonl')
    expect(detectFormat('page.htm', '')).toBe('html')
    expect(detectFormat('stdin', '<!DOCTYPE html><html>')).toBe('html')
    expect(detectFormat('stdin', '{"text":"x"}\n{"text":"y"}')).toBe('jsonl')
    expect(detectFormat('a.txt', '---\ntitle: x\n---\nbody')).toBe('markdown')
    expect(detectFormat('a.txt', 'Plain words.')).toBe('text')
  })
})

describe('parseFrontMatter', () => {
  it('reads quoted and bare fields and returns the body', () => {
    const fm = parseFrontMatter('---\ntitle: "Chile to shut coal plants"\noutlet: The Ledger\ndate: 2019-06-04\n---\nBody line.\n')
    expect(fm?.fields).toEqual({ title: 'Chile to shut coal plants', outlet: 'The Ledger', date: '2019-06-04' })
    expect(fm?.body).toBe('Body line.\n')
  })
  it('returns null without a closing fence', () => {
    expect(parseFrontMatter('---\ntitle: x\nno end')).toBeNull()
  })
})

describe('normaliseDate', () => {
  it.each([
    ['2021-04-29', '2021-04-29'],
    ['2021-04-29T23:30:00-05:00', '2021-04-29'],
    ['April 29, 2021', '2021-04-29'],
    ['Thu, 29 Apr 2021 08:00:00 GMT', '2021-04-29'],
    ['2021-02-30', null],
    ['soon', null],
  ])('%s → %s', (input, want) => expect(normaliseDate(input)).toBe(want))
})

describe('parseInput', () => {
  it('gives one article per JSON Lines record and a failure per bad line, naming the line', () => {
    const text = [
      '{"id":"a1","title":"T","date":"2024-01-02","text":"Japan pledged net zero by 2050."}',
      'not json',
      '{"url":"https://example.org/b","html":"<p>Hi</p>"}',
      '{"title":"no body"}',
    ].join('\n')
    const out = parseInput('feed.jsonl', 'feed.jsonl', bytes(text))
    expect(out.map((r) => (r.ok ? r.article.doc : `${r.source} ${r.code}`))).toEqual([
      'a1',
      'feed.jsonl:2 E_BAD_JSONL',
      'https://example.org/b',
      'feed.jsonl:4 E_BAD_JSONL',
    ])
    const html = out[2]
    expect(html.ok && html.article.format).toBe('html')
  })
  it('gunzips and strips .gz from the doc name', () => {
    const out = parseInput('story.txt.gz', 'x/story.txt.gz', gzipSync(Buffer.from('Canada aims for net zero by 2050.')))
    expect(out[0].ok && out[0].article.doc).toBe('story.txt')
  })
  it('reports empty, oversize and broken gzip inputs', () => {
    expect(parseInput('a', 'a', new Uint8Array())[0]).toMatchObject({ ok: false, code: 'E_EMPTY' })
    expect(parseInput('a', 'a', bytes('x'.repeat(100)), 10)[0]).toMatchObject({ ok: false, code: 'E_TOO_LARGE' })
    expect(parseInput('a', 'a', gzipSync(Buffer.from('y'.repeat(5000))), 100)[0]).toMatchObject({ ok: false, code: 'E_TOO_LARGE' })
    expect(parseInput('a.gz', 'a.gz', new Uint8Array([0x1f, 0x8b, 1, 2, 3]))[0]).toMatchObject({ ok: false, code: 'E_BAD_GZIP' })
  })
  it('reads front-matter metadata', () => {
    const [r] = parseInput('a.txt', 'a.txt', bytes('---\ntitle: T\ndate: 2020-09-22\nurl: "https://x.test/a"\n---\nChina aims to peak emissions before 2030.'))
    expect(r.ok && r.article).toMatchObject({ title: 'T', date: '2020-09-22', url: 'https://x.test/a', format: 'markdown' })
    // Other names for the publication date, in front matter and in JSON Lines (issue 14).
    const [p] = parseInput('b.txt', 'b.txt', bytes('---\ntitle: T\nPublished: 2020-09-23\n---\nChina aims to peak emissions before 2030.'))
    expect(p.ok && p.article.date).toBe('2020-09-23')
    const [j] = parseInput('c.jsonl', 'c.jsonl', bytes('{"id":"c1","published_at":"2021-03-04T10:00:00Z","text":"Japan pledged net zero by 2050."}'))
    expect(j.ok && j.article.date).toBe('2021-03-04T10:00:00Z')
  })
})

describe('parseSize', () => {
  it('reads bytes and units', () => {
    expect(parseSize('100')).toBe(100)
    expect(parseSize('5MB')).toBe(5 * 1024 * 1024)
    expect(parseSize('1.5k')).toBe(1536)
    expect(() => parseSize('lots')).toThrow(/not a size/)
  })
})
