import { existsSync } from 'node:fs'
import { expandPaths, readInput } from '../src/ingest/read.js'
import type { RawArticle } from '../src/model/article.js'
import { cleanRaw } from '../src/pipeline.js'
import type { BenchArticle } from './corpus.js'

/** The cleaned texts of real articles: the dev set in ../shared (read there, never copied). */
export async function loadDevTexts(dir: string): Promise<string[]> {
  if (!existsSync(dir)) throw new Error(`no dev articles at ${dir}`)
  const out: string[] = []
  for (const file of await expandPaths([dir])) {
    for (const read of await readInput(file)) if (read.ok) out.push(cleanRaw(read.article).text)
  }
  if (out.length < 20) throw new Error(`too few dev articles in ${dir} (${out.length})`)
  return out
}

/**
 * `count` bench articles of real news text (issue 13): whole dev articles joined, in order from a
 * starting article that moves with the index and the seed, until each reaches about `size` bytes.
 * Nothing is rewritten, so the text is as the extractors meet it in the wild; the same few hundred
 * articles repeat across a large corpus, which does not matter to throughput (the pipeline keeps no cache).
 * Each is a RawArticle of format text, and the same as front-matter file bytes for the reader pass.
 */
export function buildDevCorpus(texts: readonly string[], count: number, seed: number, size = 5000): BenchArticle[] {
  const out: BenchArticle[] = []
  for (let i = 0; i < count; i++) {
    const parts: string[] = []
    let length = 0
    for (let k = (i * 7 + seed) % texts.length; length < size; k = (k + 1) % texts.length) {
      parts.push(texts[k])
      length += texts[k].length + 2
    }
    const body = parts.join('\n\n')
    const doc = `dev-bench-${String(i).padStart(5, '0')}`
    const raw: RawArticle = { doc: `${doc}.txt`, source: `bench:${i}`, format: 'text', body, title: null, date: '2024-05-02', outlet: null }
    const bytes = Buffer.from(`---\ndate: 2024-05-02\n---\n${body}\n`)
    out.push({ raw, file: { name: `${doc}.txt`, bytes }, bodyBytes: Buffer.byteLength(body) })
  }
  return out
}
