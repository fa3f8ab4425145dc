import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { need } from './helpers/requirements.mjs'
import { readInput } from '../src/ingest/read.js'
import { AnalysisSchema } from '../src/model/facts.js'
import { analyseRaw } from '../src/pipeline.js'

// Every fact's evidence must be the exact slice of the text it points into,
// on every dev article (FORMAT.md). The articles are read from ../shared, never copied;
// a clone without them skips this (npm test says so), except under CI=true.
const RAW = resolve(__dirname, '../../shared/eval/dev/raw')
const files = existsSync(RAW) ? readdirSync(RAW).sort() : []
const shared = await need('shared')

describe.skipIf(shared.skip)('evidence spans on the dev articles', () => {
  it('finds the dev set', () => expect(files.length).toBeGreaterThan(10))
  it.each(files)('%s', async (name) => {
    const [read] = await readInput(join(RAW, name))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    const out = analyseRaw(read.article)
    expect(out.ok).toBe(true)
    if (!out.ok) return
    const a = AnalysisSchema.parse(out.analysis)
    for (const fact of [...a.pledges, ...a.interactions, ...a.quotes]) {
      expect(a.text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text)
    }
  })
})
