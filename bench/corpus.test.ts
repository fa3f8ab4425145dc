import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseInput } from '../src/ingest/read.js'
import { buildCorpus, createRandom, loadSamplePool, type SamplePool } from './corpus.js'

const SAMPLES = fileURLToPath(new URL('../samples/articles/', import.meta.url))

describe('benchmark corpus', () => {
  let pool: SamplePool
  beforeAll(async () => {
    pool = await loadSamplePool(SAMPLES)
  })

  test('the same seed gives the same corpus, another seed a different one', () => {
    const a = buildCorpus(pool, 20, 7).map((x) => x.raw.body)
    const b = buildCorpus(pool, 20, 7).map((x) => x.raw.body)
    const c = buildCorpus(pool, 20, 8).map((x) => x.raw.body)
    expect(b).toEqual(a)
    expect(c).not.toEqual(a)
  })

  test('articles are news-length and not repeats of one another', () => {
    const corpus = buildCorpus(pool, 200, 1)
    for (const a of corpus) {
      expect(a.bodyBytes).toBeGreaterThan(4000)
      expect(a.bodyBytes).toBeLessThan(8000)
    }
    expect(new Set(corpus.map((a) => a.raw.body)).size).toBe(corpus.length)
  })

  test('speakers found are surnames, not places or institutions', () => {
    expect(pool.speakers).toEqual(expect.arrayContaining(['Archambault', 'Solheim', 'Kisaragi']))
    for (const notPerson of ['House', 'States', 'Tokyo', 'China', 'Analysts']) expect(pool.speakers).not.toContain(notPerson)
  })

  test('the file bytes read back through the real reader to the same body', () => {
    const corpus = buildCorpus(pool, 5, 3)
    for (const a of corpus) {
      const [read] = parseInput(a.file.name, 'test', a.file.bytes)
      expect(read.ok).toBe(true)
      if (!read.ok) continue
      const firstSentence = a.raw.body.slice(0, 60)
      expect(read.article.body).toContain(a.file.name.endsWith('.html') ? firstSentence.replace(/&/g, '&amp;') : firstSentence)
      if (!a.file.name.endsWith('.html')) expect(read.article.title).toBe(a.raw.title)
    }
    expect(corpus.map((a) => a.file.name.split('.').pop())).toEqual(['txt', 'txt', 'txt', 'html', 'md'])
  })

  test('createRandom stays in [0, 1) and depends on the seed', () => {
    const r = createRandom(99)
    const xs = Array.from({ length: 1000 }, r)
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...xs)).toBeLessThan(1)
    expect(createRandom(1)()).not.toBe(createRandom(2)())
  })
})
